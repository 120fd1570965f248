namespace Rafael.Engine.Journal;

/// <summary>One change of one entity: who (and on behalf of whom), when, what, before and after.</summary>
public sealed class JournalEntry
{
    private JournalEntry()
    {
        EntityType = string.Empty;
        EntityId = string.Empty;
        Operation = string.Empty;
        Changes = string.Empty;
    }

    /// <summary>Records a change.</summary>
    /// <param name="instant">When it was saved.</param>
    /// <param name="compteId">The account in whose name.</param>
    /// <param name="administrateurId">The administrator acting for that account, if any.</param>
    /// <param name="action">The command.</param>
    /// <param name="entityType">The entity's type name.</param>
    /// <param name="entityId">The entity's key.</param>
    /// <param name="operation"><c>creation</c>, <c>modification</c> or <c>suppression</c>.</param>
    /// <param name="changes">JSON object: property → { avant, apres }.</param>
    public JournalEntry(DateTimeOffset instant, Guid? compteId, Guid? administrateurId, string? action, string entityType, string entityId, string operation, string changes)
    {
        Id = Guid.NewGuid();
        Instant = instant;
        CompteId = compteId;
        AdministrateurId = administrateurId;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Operation = operation;
        Changes = changes;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>When.</summary>
    public DateTimeOffset Instant { get; private set; }

    /// <summary>The account in whose name the change was made.</summary>
    public Guid? CompteId { get; private set; }

    /// <summary>The administrator who acted for that account (ACC-10), if any.</summary>
    public Guid? AdministrateurId { get; private set; }

    /// <summary>The command.</summary>
    public string? Action { get; private set; }

    /// <summary>The entity's type.</summary>
    public string EntityType { get; private set; }

    /// <summary>The entity's key.</summary>
    public string EntityId { get; private set; }

    /// <summary>Creation, modification or deletion.</summary>
    public string Operation { get; private set; }

    /// <summary>JSON object: property → { avant, apres }.</summary>
    public string Changes { get; private set; }
}
