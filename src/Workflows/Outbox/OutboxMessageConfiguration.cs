using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rafael.Workflows.Outbox;

/// <summary>Maps <see cref="OutboxMessage"/> to the <c>outbox_messages</c> table.</summary>
public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Type).HasMaxLength(100).IsRequired();
        builder.Property(m => m.Payload).IsRequired();
        builder.Property(m => m.IdempotencyKey).HasMaxLength(200).IsRequired();
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();
        builder.Property(m => m.LastError).HasMaxLength(4000);
        builder.Property(m => m.ClaimedBy).HasMaxLength(100);
        builder.HasIndex(m => new { m.ProcessedAt, m.ParkedAt, m.NextAttemptAt });
    }
}
