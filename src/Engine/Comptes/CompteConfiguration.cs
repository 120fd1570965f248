using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rafael.Engine.Comptes;

/// <summary>Adds Rafael's columns to Identity's user table.</summary>
public sealed class CompteConfiguration : IEntityTypeConfiguration<Compte>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Compte> builder)
    {
        builder.ToTable("comptes");
        builder.Property(c => c.Prenom).HasMaxLength(100).IsRequired();
        builder.Property(c => c.NomFamille).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Statut).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(c => c.NomAffiche);
    }
}
