using Microsoft.EntityFrameworkCore;
using Rafael.Workflows.Deadlines;

namespace Rafael.Workflows.Tests.Support;

/// <summary>A host context with nothing but the workflow model, as the Engine's will include it.</summary>
public sealed class WorkflowTestDbContext(DbContextOptions<WorkflowTestDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyWorkflowModel();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }
}
