using Rafael.Engine.Persistence;
using Rafael.Workflows.Runtime;

namespace Rafael.Engine.Processus;

/// <summary>The aggregates that follow one process definition, for moving them to a newer version (one per definition).</summary>
public interface ISujetsProcessus
{
    /// <summary>The definition's name (for example <c>demande-compte</c>).</summary>
    string Definition { get; }

    /// <summary>The tracked aggregates pinned to a version older than <paramref name="version"/>, with their identifiers.</summary>
    /// <param name="db">The unit of work.</param>
    /// <param name="version">The target version.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>(identifier, aggregate) pairs.</returns>
    Task<IReadOnlyList<(string Id, IWorkflowSubject Sujet)>> AvantVersionAsync(RafaelDbContext db, int version, CancellationToken cancellationToken);
}
