using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Rafael.Workflows.Deadlines;
using Rafael.Workflows.Outbox;
using Rafael.Workflows.Tests.Support;
using Xunit;

namespace Rafael.Workflows.Tests.Deadlines;

/// <summary>SQL Server is the customer's production database but does not run here: check what EF sends it.</summary>
public sealed class SqlServerTranslationTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 10, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_workflow_tables_are_created_with_their_unique_keys_on_SQL_Server()
    {
        var recorder = new SqlServerRecorder();
        using var db = recorder.CreateContext();

        var script = db.Database.GenerateCreateScript();

        Assert.Contains("CREATE TABLE [deadlines]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_deadlines_SubjectType_SubjectId_Name]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_outbox_messages_IdempotencyKey]", script, StringComparison.Ordinal);
        Assert.Contains("[DueAt] datetimeoffset NOT NULL", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_deadline_claim_is_one_conditional_UPDATE_on_SQL_Server()
    {
        var recorder = new SqlServerRecorder();
        recorder.AnswerNextQueryWithId(Guid.NewGuid());
        var processor = new DeadlineProcessor(
            recorder.CreateContext, new DelegateDeadlineHandler((_, _) => Task.CompletedTask), new FakeTimeProvider(Start),
            new DeadlineProcessorOptions { MaxBatchesPerRun = 1 });

        await processor.RunOnceAsync(TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n\n", recorder.Commands));
        var update = Assert.Single(recorder.Commands, c => c.Contains("UPDATE", StringComparison.Ordinal));
        Assert.Contains("[ClaimedBy] = @", update, StringComparison.Ordinal);
        Assert.Contains("[ClaimedUntil] IS NULL OR [d].[ClaimedUntil] <= @", update, StringComparison.Ordinal);
        Assert.Contains("[State] = N'Pending'", update, StringComparison.Ordinal);
        Assert.Equal(3, recorder.Commands.Count);
    }

    [Fact]
    public async Task The_outbox_claim_is_one_conditional_UPDATE_on_SQL_Server()
    {
        var recorder = new SqlServerRecorder();
        recorder.AnswerNextQueryWithId(Guid.NewGuid());
        var dispatcher = new OutboxDispatcher(
            recorder.CreateContext, [new RecordingOutboxHandler("email")], new FakeTimeProvider(Start),
            new OutboxDispatcherOptions { MaxBatchesPerRun = 1 });

        await dispatcher.RunOnceAsync(TestContext.Current.CancellationToken);

        var update = Assert.Single(recorder.Commands, c => c.Contains("UPDATE", StringComparison.Ordinal));
        Assert.Contains("[ClaimedUntil] IS NULL OR [o].[ClaimedUntil] <= @", update, StringComparison.Ordinal);
        Assert.Contains("[ParkedAt] IS NULL", update, StringComparison.Ordinal);
        Assert.Equal(3, recorder.Commands.Count);
    }
}
