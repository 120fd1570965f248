using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Journal;

namespace Rafael.Engine.Persistence;

/// <summary>
/// Creates contexts outside a request, for the background processors (deadlines, outbox), on the configured provider.
/// Each context is its own unit of work and the caller disposes it.
/// </summary>
public sealed class RafaelDbContextFactory
{
    private readonly Func<IJournalContext?, RafaelDbContext> create;

    internal RafaelDbContextFactory(Func<IJournalContext?, RafaelDbContext> create) => this.create = create;

    /// <summary>A new context; the journal records the given context's actor, or the system.</summary>
    /// <param name="journal">Who acts; null for the system.</param>
    /// <returns>The context.</returns>
    public RafaelDbContext Create(IJournalContext? journal = null) => create(journal);
}
