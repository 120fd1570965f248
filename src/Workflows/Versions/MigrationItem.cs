using Rafael.Workflows.Runtime;

namespace Rafael.Workflows.Versions;

/// <summary>One entity in a migration plan: whether it can move to the target version, and why not.</summary>
/// <param name="Subject">The entity.</param>
/// <param name="FromVersion">The version it is pinned to when planned.</param>
/// <param name="Status">Its state when planned.</param>
/// <param name="CanMove">True when its state exists in the target version.</param>
/// <param name="Reason">Why it cannot move, in French; null when it can.</param>
public sealed record MigrationItem(IWorkflowSubject Subject, int FromVersion, string Status, bool CanMove, string? Reason);
