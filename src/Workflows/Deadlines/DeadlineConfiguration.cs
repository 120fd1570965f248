using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rafael.Workflows.Outbox;

namespace Rafael.Workflows.Deadlines;

/// <summary>Maps <see cref="Deadline"/> to the <c>deadlines</c> table.</summary>
public sealed class DeadlineConfiguration : IEntityTypeConfiguration<Deadline>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Deadline> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("deadlines");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.SubjectType).HasMaxLength(50).IsRequired();
        builder.Property(d => d.SubjectId).HasMaxLength(100).IsRequired();
        builder.Property(d => d.Name).HasMaxLength(100).IsRequired();
        builder.Property(d => d.Trigger).HasMaxLength(100).IsRequired();
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(20).IsRequired();
        builder.Property(d => d.ClaimedBy).HasMaxLength(150);
        builder.Property(d => d.LastError).HasMaxLength(ErrorText.MaxLength);
        builder.Property(d => d.Version).IsConcurrencyToken();
        // One row per subject and name, whatever its state: setting it again reschedules or re-arms that row,
        // and a plain unique index works the same on SQLite, PostgreSQL and SQL Server.
        builder.HasIndex(d => new { d.SubjectType, d.SubjectId, d.Name }).IsUnique();
        builder.HasIndex(d => new { d.State, d.NextAttemptAt });
    }
}
