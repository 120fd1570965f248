using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rafael.Engine.Comptes;

namespace Rafael.Engine.Demandes;

/// <summary>Maps <see cref="Demande"/> to the <c>demandes</c> table.</summary>
public sealed class DemandeConfiguration : IEntityTypeConfiguration<Demande>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Demande> builder)
    {
        builder.ToTable("demandes");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Status).HasColumnName("statut").HasMaxLength(40).IsRequired();
        builder.Property(d => d.DefinitionName).HasMaxLength(60).IsRequired();
        builder.Ignore(d => d.Statut);
        builder.Property(d => d.ProfilAttribue).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.Message).HasMaxLength(1000);
        builder.Property(d => d.MotifRefus).HasMaxLength(1000);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => new { d.Status, d.StructureId });
        builder.HasIndex(d => d.CompteId);
        builder.HasOne<Compte>().WithMany().HasForeignKey(d => d.CompteId).OnDelete(DeleteBehavior.Cascade);
        builder.ComplexProperty(d => d.StructureProposee, s => s.ToJson("structure_proposee"));
    }
}
