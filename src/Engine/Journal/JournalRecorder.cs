using System.Buffers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Rafael.Engine.Journal;

/// <summary>
/// Turns the change tracker's pending changes into journal entries, so that no command can forget to journal.
/// Secrets (password hashes, stamps) are never copied into the journal.
/// </summary>
internal static class JournalRecorder
{
    private static readonly HashSet<string> Secrets = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "NormalizedEmail", "NormalizedUserName",
    };

    public static List<JournalEntry> Record(ChangeTracker tracker, IJournalContext? context, DateTimeOffset now)
    {
        var entries = new List<JournalEntry>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || !IsJournaled(entry))
            {
                continue;
            }

            var changes = Changes(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }

            var key = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
            var operation = entry.State switch
            {
                EntityState.Added => "creation",
                EntityState.Deleted => "suppression",
                _ => "modification",
            };
            entries.Add(new JournalEntry(
                now,
                context?.CompteId,
                context?.AdministrateurId,
                context?.Action,
                entry.Metadata.ClrType.Name,
                key,
                operation,
                Serialize(changes)));
        }

        return entries;
    }

    // The same JSON as JsonSerializer.Serialize of a dictionary of { avant, apres } objects, written straight, without
    // the anonymous objects nor the dictionary's reflection-based metadata (a sweep journals thousands of entries).
    private static string Serialize(List<Change> changes)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var change in changes)
            {
                writer.WritePropertyName(change.Name);
                writer.WriteStartObject();
                if (change.HasBefore)
                {
                    writer.WritePropertyName("avant");
                    JsonSerializer.Serialize(writer, change.Before);
                }

                if (change.HasAfter)
                {
                    writer.WritePropertyName("apres");
                    JsonSerializer.Serialize(writer, change.After);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static bool IsJournaled(EntityEntry entry)
    {
        var type = entry.Metadata.ClrType;
        return type != typeof(JournalEntry)
            && type.Namespace?.StartsWith("Rafael.Workflows.Outbox", StringComparison.Ordinal) != true
            && !type.Name.StartsWith("IdentityUser", StringComparison.Ordinal);
    }

    private static List<Change> Changes(EntityEntry entry)
    {
        var changes = new List<Change>();
        AddChanges(changes, entry.State, entry.Properties, entry.ComplexProperties, string.Empty);
        return changes;
    }

    private static void AddChanges(
        List<Change> changes,
        EntityState state,
        IEnumerable<PropertyEntry> properties,
        IEnumerable<ComplexPropertyEntry> complexProperties,
        string prefix)
    {
        foreach (var property in properties)
        {
            var name = prefix + property.Metadata.Name;
            if (Secrets.Contains(name) || name == "Version")
            {
                continue;
            }

            switch (state)
            {
                case EntityState.Added:
                    changes.Add(new Change(name, false, null, true, property.CurrentValue));
                    break;
                case EntityState.Deleted:
                    changes.Add(new Change(name, true, property.OriginalValue, false, null));
                    break;
                default:
                    if (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
                    {
                        changes.Add(new Change(name, true, property.OriginalValue, true, property.CurrentValue));
                    }

                    break;
            }
        }

        foreach (var complex in complexProperties)
        {
            if (complex.Metadata.IsCollection)
            {
                continue;
            }

            if (complex.Metadata.IsNullable && complex.CurrentValue is null && state != EntityState.Modified)
            {
                continue;
            }

            AddChanges(changes, state, complex.Properties, complex.ComplexProperties, complex.Metadata.Name + ".");
        }
    }

    private readonly record struct Change(string Name, bool HasBefore, object? Before, bool HasAfter, object? After);
}
