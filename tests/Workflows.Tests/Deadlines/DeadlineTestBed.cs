using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Rafael.Workflows.Deadlines;
using Rafael.Workflows.Tests.Support;
using Xunit;

namespace Rafael.Workflows.Tests.Deadlines;

/// <summary>A database, a fake clock and a recording handler, with the steps the deadline tests share.</summary>
public sealed class DeadlineTestBed : IAsyncDisposable
{
    public const string Subject = "candidature";
    public const string Trigger = "avis-non-transmis";

    private DeadlineTestBed(TestDatabase database)
    {
        Database = database;
        Handler = new RecordingDeadlineHandler(database, Time);
    }

    public static DateTimeOffset Start { get; } = new(2025, 3, 10, 8, 0, 0, TimeSpan.Zero);

    public TestDatabase Database { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public RecordingDeadlineHandler Handler { get; }

    public static async Task<DeadlineTestBed> CreateAsync(string provider) => new(await TestDatabase.CreateAsync(provider));

    public DeadlineProcessor Processor(DeadlineProcessorOptions? options = null, IDeadlineHandler? handler = null) =>
        new(Database.CreateContext, handler ?? Handler, Time, options);

    /// <summary>Sets a deadline in a command of its own, as the Engine does.</summary>
    public async Task<Guid> SetAsync(string subjectId, string name, DateTimeOffset dueAt)
    {
        await using var db = Database.CreateContext();
        var deadline = await new DeadlineScheduler(Time).SetAsync(db, Subject, subjectId, name, Trigger, dueAt, Ct);
        await db.SaveChangesAsync(Ct);
        return deadline.Id;
    }

    public async Task<Deadline> LoadAsync(Guid id)
    {
        await using var db = Database.CreateContext();
        return await db.Set<Deadline>().AsNoTracking().SingleAsync(d => d.Id == id, Ct);
    }

    public async Task<List<Deadline>> AllAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Set<Deadline>().AsNoTracking().ToListAsync(Ct);
    }

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
