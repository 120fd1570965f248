using Microsoft.EntityFrameworkCore;

namespace Rafael.Workflows;

/// <summary>Adds the workflow layer's tables (outbox, deadlines, definition versions…) to the host's EF model.</summary>
public static class WorkflowModel
{
    /// <summary>Applies every entity configuration of this assembly to <paramref name="modelBuilder"/>.</summary>
    /// <param name="modelBuilder">The host DbContext's model builder.</param>
    /// <returns>The same builder.</returns>
    public static ModelBuilder ApplyWorkflowModel(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        return modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkflowModel).Assembly);
    }
}
