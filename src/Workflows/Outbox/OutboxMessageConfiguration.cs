using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rafael.Workflows.Outbox;

/// <summary>Maps <see cref="OutboxMessage"/> to the <c>outbox_messages</c> table.</summary>
public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Type).HasMaxLength(100).IsRequired();
        builder.Property(m => m.Payload).IsRequired();
        builder.Property(m => m.IdempotencyKey).HasMaxLength(200).IsRequired();
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();
        builder.Property(m => m.LastError).HasMaxLength(ErrorText.MaxLength);
        // The claim is the concurrency token: a dispatcher whose lease expired and was taken over
        // cannot record an outcome over the new owner's.
        builder.Property(m => m.ClaimedBy).HasMaxLength(150).IsConcurrencyToken();
        builder.Ignore(m => m.IsPending);
        builder.HasIndex(m => new { m.ProcessedAt, m.ParkedAt, m.NextAttemptAt });
    }
}
