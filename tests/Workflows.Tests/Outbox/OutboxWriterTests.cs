using Rafael.Workflows.Outbox;
using Rafael.Workflows.Tests.Support;
using Xunit;
using static Rafael.Workflows.Tests.Outbox.OutboxTestBed;

namespace Rafael.Workflows.Tests.Outbox;

public sealed class OutboxWriterTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_same_idempotency_key_is_written_once(string provider)
    {
        await using var bed = await CreateAsync(provider);
        var writer = new OutboxWriter(bed.Time);
        await using (var db = bed.Database.CreateContext())
        {
            Assert.NotNull(await writer.AddAsync(db, EmailType, "{}", "convocation:c-1", Ct));
            Assert.Null(await writer.AddAsync(db, EmailType, "{}", "convocation:c-1", Ct));
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = bed.Database.CreateContext())
        {
            Assert.Null(await writer.AddAsync(db, EmailType, "{}", "convocation:c-1", Ct));
            Assert.NotNull(await writer.AddAsync(db, EmailType, "{}", "convocation:c-2", Ct));
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal(["convocation:c-1", "convocation:c-2"], (await bed.AllAsync()).Select(m => m.IdempotencyKey).Order());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_message_of_a_command_that_does_not_commit_is_never_delivered(string provider)
    {
        await using var bed = await CreateAsync(provider);
        await using (var db = bed.Database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            await new OutboxWriter(bed.Time).AddAsync(db, EmailType, "{}", "convocation:c-1", Ct);
            await db.SaveChangesAsync(Ct);
            await transaction.RollbackAsync(Ct);
        }

        Assert.Equal(OutboxDispatchResult.None, await bed.Dispatcher().RunOnceAsync(Ct));
        Assert.Empty(await bed.AllAsync());
    }
}
