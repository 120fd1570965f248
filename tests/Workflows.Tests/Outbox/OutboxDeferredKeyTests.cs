using Rafael.Workflows.Outbox;
using Rafael.Workflows.Tests.Support;
using Xunit;
using static Rafael.Workflows.Tests.Outbox.OutboxTestBed;

namespace Rafael.Workflows.Tests.Outbox;

public sealed class OutboxDeferredKeyTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Deferred_key_checks_drop_the_keys_already_committed_once_before_saving(string provider)
    {
        await using var bed = await CreateAsync(provider);
        var writer = new OutboxWriter(bed.Time);
        await using (var db = bed.Database.CreateContext())
        {
            await writer.AddAsync(db, EmailType, "{}", "avis:c-1", Ct);
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = bed.Database.CreateContext())
        {
            OutboxWriter.DeferKeyChecks(db);
            // Not looked up one by one: the committed key is only found by the check before saving.
            Assert.NotNull(await writer.AddAsync(db, EmailType, "{}", "avis:c-1", Ct));
            Assert.NotNull(await writer.AddAsync(db, EmailType, "{}", "avis:c-2", Ct));
            Assert.Null(await writer.AddAsync(db, EmailType, "{}", "avis:c-2", Ct));

            Assert.Equal(1, await OutboxWriter.CheckDeferredAsync(db, Ct));
            // Checked as usual again afterwards.
            Assert.Null(await writer.AddAsync(db, EmailType, "{}", "avis:c-1", Ct));
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal(["avis:c-1", "avis:c-2"], (await bed.AllAsync()).Select(m => m.IdempotencyKey).Order());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Deferred_keys_stay_known_after_the_change_tracker_is_cleared_until_the_deferral_ends(string provider)
    {
        await using var bed = await CreateAsync(provider);
        var writer = new OutboxWriter(bed.Time);
        await using var db = bed.Database.CreateContext();
        await writer.AddAsync(db, EmailType, "{}", "avis:c-0", Ct);
        OutboxWriter.DeferKeyChecks(db);
        Assert.True(OutboxWriter.KeyChecksDeferred(db));
        // Tracked before the deferral, then added under it.
        Assert.Null(await writer.AddAsync(db, EmailType, "{}", "avis:c-0", Ct));
        Assert.NotNull(await writer.AddAsync(db, EmailType, "{}", "avis:c-1", Ct));
        Assert.Null(writer.AddForNewEntity(db, EmailType, new { }, "avis:c-1"));

        // A batch written in slices empties the tracker between two of them: its keys are still known.
        await db.SaveChangesAsync(Ct);
        db.ChangeTracker.Clear();
        Assert.Null(await writer.AddAsync(db, EmailType, "{}", "avis:c-1", Ct));
        Assert.NotNull(writer.AddForNewEntity(db, EmailType, new { }, "avis:c-2"));

        Assert.True(OutboxWriter.EndDeferredKeyChecks(db));
        Assert.False(OutboxWriter.KeyChecksDeferred(db));
        Assert.False(OutboxWriter.EndDeferredKeyChecks(db));
        // Checked against the database again.
        Assert.Null(await writer.AddAsync(db, EmailType, "{}", "avis:c-1", Ct));
        await db.SaveChangesAsync(Ct);
        Assert.Equal(["avis:c-0", "avis:c-1", "avis:c-2"], (await bed.AllAsync()).Select(m => m.IdempotencyKey).Order());
    }
}
