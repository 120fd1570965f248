using Rafael.Workflows.Deadlines;

namespace Rafael.Workflows.Tests.Support;

/// <summary>A handler that only runs the given function: it never marks the deadline itself.</summary>
public sealed class DelegateDeadlineHandler(Func<DueDeadline, CancellationToken, Task> handle) : IDeadlineHandler
{
    public Task HandleAsync(DueDeadline deadline, CancellationToken cancellationToken) => handle(deadline, cancellationToken);
}
