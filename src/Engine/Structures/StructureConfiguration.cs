using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rafael.Engine.Structures;

/// <summary>Maps <see cref="Structure"/> to the <c>structures</c> table.</summary>
public sealed class StructureConfiguration : IEntityTypeConfiguration<Structure>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Structure> builder)
    {
        builder.ToTable("structures");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.RaisonSociale).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Nom).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Sigle).HasMaxLength(50);
        builder.Property(s => s.Siret).HasMaxLength(14).IsRequired();
        builder.HasIndex(s => s.Siret);
        builder.Property(s => s.NumeroActivite).HasMaxLength(11);
        builder.HasIndex(s => s.RaisonSociale);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.ComplexProperty(s => s.Adresse, a =>
        {
            a.Property(x => x.Ligne).HasColumnName("adresse_ligne").HasMaxLength(200);
            a.Property(x => x.CodePostal).HasColumnName("adresse_code_postal").HasMaxLength(5);
            a.Property(x => x.Ville).HasColumnName("adresse_ville").HasMaxLength(100);
            a.Property(x => x.Departement).HasColumnName("adresse_departement").HasMaxLength(3);
        });
    }
}
