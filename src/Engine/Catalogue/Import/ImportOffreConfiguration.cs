using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rafael.Engine.Catalogue.Import;

/// <summary>Maps the stored import reports.</summary>
public sealed class ImportOffreConfiguration : IEntityTypeConfiguration<ImportOffre>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<ImportOffre> builder)
    {
        builder.ToTable("imports_offre");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Format).HasMaxLength(10).IsRequired();
        builder.Property(i => i.NomFichier).HasMaxLength(200);
        builder.Property(i => i.Interruption).HasMaxLength(1000);
        builder.Property(i => i.Rejets).EnJson("rejets");
        builder.Ignore(i => i.Rejetees);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => new { i.StructureId, i.Le });
    }
}
