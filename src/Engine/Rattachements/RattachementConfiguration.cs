using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rafael.Engine.Comptes;
using Rafael.Engine.Structures;

namespace Rafael.Engine.Rattachements;

/// <summary>Maps <see cref="Rattachement"/>; one row per person and structure, which with a single profile column enforces ACC-04.</summary>
public sealed class RattachementConfiguration : IEntityTypeConfiguration<Rattachement>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Rattachement> builder)
    {
        builder.ToTable("rattachements");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.CompteId, r.StructureId }).IsUnique();
        builder.HasIndex(r => r.StructureId);
        builder.Property(r => r.Profil).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Compte>().WithMany().HasForeignKey(r => r.CompteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Structure>().WithMany().HasForeignKey(r => r.StructureId).OnDelete(DeleteBehavior.Restrict);
    }
}
