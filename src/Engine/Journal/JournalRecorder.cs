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
                JsonSerializer.Serialize(changes)));
        }

        return entries;
    }

    private static bool IsJournaled(EntityEntry entry)
    {
        var type = entry.Metadata.ClrType;
        return type != typeof(JournalEntry)
            && type.Namespace?.StartsWith("Rafael.Workflows.Outbox", StringComparison.Ordinal) != true
            && !type.Name.StartsWith("IdentityUser", StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> Changes(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        AddChanges(changes, entry.State, entry.Properties, entry.ComplexProperties, string.Empty);
        return changes;
    }

    private static void AddChanges(
        Dictionary<string, object?> changes,
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
                    changes[name] = new { apres = property.CurrentValue };
                    break;
                case EntityState.Deleted:
                    changes[name] = new { avant = property.OriginalValue };
                    break;
                default:
                    if (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
                    {
                        changes[name] = new { avant = property.OriginalValue, apres = property.CurrentValue };
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
}
