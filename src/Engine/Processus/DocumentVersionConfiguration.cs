using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rafael.Engine.Processus;

/// <summary>Maps <see cref="DocumentVersion"/> to the <c>document_versions</c> table.</summary>
public sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<DocumentVersion> builder)
    {
        builder.ToTable("document_versions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Statut).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Nom).HasMaxLength(100).IsRequired();
        builder.Property(d => d.Contenu).IsRequired();
        builder.Property(d => d.Commentaire).HasMaxLength(1000);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => new { d.Type, d.Nom, d.Numero }).IsUnique();
    }
}
