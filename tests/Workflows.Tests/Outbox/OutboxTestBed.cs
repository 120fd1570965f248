using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Rafael.Workflows.Outbox;
using Rafael.Workflows.Tests.Support;
using Xunit;

namespace Rafael.Workflows.Tests.Outbox;

/// <summary>A database, a fake clock and a recording handler, with the steps the outbox tests share.</summary>
public sealed class OutboxTestBed : IAsyncDisposable
{
    public const string EmailType = "email.convocation";

    private OutboxTestBed(TestDatabase database) => Database = database;

    public static DateTimeOffset Start { get; } = new(2025, 3, 10, 8, 0, 0, TimeSpan.Zero);

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public TestDatabase Database { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public RecordingOutboxHandler Handler { get; } = new(EmailType);

    public static async Task<OutboxTestBed> CreateAsync(string provider) => new(await TestDatabase.CreateAsync(provider));

    public OutboxDispatcher Dispatcher(OutboxDispatcherOptions? options = null, params IOutboxHandler[] handlers) =>
        new(Database.CreateContext, handlers.Length == 0 ? [Handler] : handlers, Time, options);

    public OutboxAdmin Admin() => new(Database.CreateContext, Time);

    /// <summary>Writes a message in a command of its own, as the Engine does.</summary>
    public async Task<Guid> WriteAsync(string key, string type = EmailType)
    {
        await using var db = Database.CreateContext();
        var message = await new OutboxWriter(Time).AddAsync(db, type, new { Candidature = key }, key, Ct);
        await db.SaveChangesAsync(Ct);
        return message?.Id ?? throw new InvalidOperationException($"Key {key} already written.");
    }

    public async Task<OutboxMessage> LoadAsync(Guid id)
    {
        await using var db = Database.CreateContext();
        return await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id, Ct);
    }

    public async Task<List<OutboxMessage>> AllAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Set<OutboxMessage>().AsNoTracking().ToListAsync(Ct);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
