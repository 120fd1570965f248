using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rafael.Engine.Notifications.Preferences;

/// <summary>Maps <see cref="Desabonnement"/>: one row per person and email turned off.</summary>
public sealed class DesabonnementConfiguration : IEntityTypeConfiguration<Desabonnement>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Desabonnement> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("notifications_desabonnements");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Modele).HasMaxLength(100).IsRequired();
        builder.HasIndex(d => new { d.CompteId, d.Modele }).IsUnique();
        builder.Property(d => d.Version).IsConcurrencyToken();
    }
}
