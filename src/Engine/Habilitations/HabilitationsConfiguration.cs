using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rafael.Engine.Structures;

namespace Rafael.Engine.Habilitations;

/// <summary>Maps dispositifs, mesures and préinscription rights.</summary>
public sealed class HabilitationsConfiguration :
    IEntityTypeConfiguration<Dispositif>,
    IEntityTypeConfiguration<Mesure>,
    IEntityTypeConfiguration<DroitPreinscription>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Dispositif> builder)
    {
        builder.ToTable("dispositifs");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Code).HasMaxLength(20).IsRequired();
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.Libelle).HasMaxLength(200).IsRequired();
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasOne<Structure>().WithMany().HasForeignKey(d => d.FinanceurId).OnDelete(DeleteBehavior.Restrict);
    }

    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Mesure> builder)
    {
        builder.ToTable("mesures");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Code).HasMaxLength(30).IsRequired();
        builder.HasIndex(m => new { m.DispositifId, m.Code }).IsUnique();
        builder.Property(m => m.Libelle).HasMaxLength(200).IsRequired();
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne<Dispositif>().WithMany().HasForeignKey(m => m.DispositifId).OnDelete(DeleteBehavior.Restrict);
    }

    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<DroitPreinscription> builder)
    {
        builder.ToTable("droits_preinscription");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => new { d.StructureId, d.MesureId }).IsUnique();
        builder.HasIndex(d => d.MesureId);
        builder.HasOne<Structure>().WithMany().HasForeignKey(d => d.StructureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Mesure>().WithMany().HasForeignKey(d => d.MesureId).OnDelete(DeleteBehavior.Cascade);
    }
}
