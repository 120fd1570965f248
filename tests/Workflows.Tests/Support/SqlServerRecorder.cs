using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Rafael.Workflows.Tests.Support;

/// <summary>
/// No SQL Server runs here: this records the SQL that EF generates for SQL Server and answers every command
/// without a server, so that the processors' queries are at least translated for the customer's database.
/// </summary>
public sealed class SqlServerRecorder : DbCommandInterceptor
{
    private readonly Queue<Func<DbDataReader>> _answers = new();

    /// <summary>Every command's text, in order.</summary>
    public List<string> Commands { get; } = [];

    /// <summary>A context on SQL Server that never connects.</summary>
    public WorkflowTestDbContext CreateContext() => new(
        new DbContextOptionsBuilder<WorkflowTestDbContext>()
            .UseSqlServer("Server=sqlserver.invalid;Database=rafael;Encrypt=false")
            .AddInterceptors(this, new NoConnection())
            .Options);

    /// <summary>The next query returns one row with one identifier, as the search for candidates would.</summary>
    public void AnswerNextQueryWithId(Guid id)
    {
        var table = new DataTable();
        table.Columns.Add("Id", typeof(Guid));
        table.Rows.Add(id);
        _answers.Enqueue(table.CreateDataReader);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        Commands.Add(command.CommandText);
        var reader = _answers.Count > 0 ? _answers.Dequeue()() : new DataTable().CreateDataReader();
        return ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(reader));
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Commands.Add(command.CommandText);
        return ValueTask.FromResult(InterceptionResult<int>.SuppressWithResult(1));
    }

    private sealed class NoConnection : DbConnectionInterceptor
    {
        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
            DbConnection connection, ConnectionEventData eventData, InterceptionResult result,
            CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult.Suppress());
    }
}
