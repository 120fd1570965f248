using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rafael.Engine.Journal;

/// <summary>Maps <see cref="JournalEntry"/> to the <c>journal</c> table.</summary>
public sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("journal");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Action).HasMaxLength(100);
        builder.Property(j => j.EntityType).HasMaxLength(100).IsRequired();
        builder.Property(j => j.EntityId).HasMaxLength(100).IsRequired();
        builder.Property(j => j.Operation).HasMaxLength(20).IsRequired();
        builder.Property(j => j.Changes).IsRequired();
        builder.HasIndex(j => new { j.EntityType, j.EntityId, j.Instant });
        builder.HasIndex(j => j.CompteId);
        builder.HasIndex(j => j.Instant);
    }
}
