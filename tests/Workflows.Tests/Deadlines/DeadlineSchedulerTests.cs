using Rafael.Workflows.Deadlines;
using Rafael.Workflows.Tests.Support;
using Xunit;
using static Rafael.Workflows.Tests.Deadlines.DeadlineTestBed;

namespace Rafael.Workflows.Tests.Deadlines;

public sealed class DeadlineSchedulerTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Setting_a_deadline_again_moves_its_due_time_instead_of_adding_one(string provider)
    {
        await using var bed = await CreateAsync(provider);
        var id = await bed.SetAsync("c-1", "avis-non-transmis", Start.AddDays(15));
        var sameId = await bed.SetAsync("c-1", "avis-non-transmis", Start.AddDays(20));

        Assert.Equal(id, sameId);
        var deadline = Assert.Single(await bed.AllAsync());
        Assert.Equal(Start.AddDays(20), deadline.DueAt);

        bed.Time.Advance(TimeSpan.FromDays(15));
        Assert.Equal(DeadlineRunResult.None, await bed.Processor().RunOnceAsync(Ct));
        bed.Time.Advance(TimeSpan.FromDays(5));
        Assert.Equal(1, (await bed.Processor().RunOnceAsync(Ct)).Handled);
        Assert.Equal(1, bed.Handler.Fired[id]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Setting_the_same_deadline_twice_in_one_command_writes_one_row(string provider)
    {
        await using var bed = await CreateAsync(provider);
        var scheduler = new DeadlineScheduler(bed.Time);
        await using (var db = bed.Database.CreateContext())
        {
            await scheduler.SetAsync(db, Subject, "c-1", "avis-non-transmis", Trigger, Start.AddDays(1), Ct);
            await scheduler.SetAsync(db, Subject, "c-1", "avis-non-transmis", Trigger, Start.AddDays(2), Ct);
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal(Start.AddDays(2), Assert.Single(await bed.AllAsync()).DueAt);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_new_subject_s_deadline_set_twice_in_one_command_writes_one_row_and_fires(string provider)
    {
        await using var bed = await CreateAsync(provider);
        await using (var db = bed.Database.CreateContext())
        {
            var premiere = DeadlineScheduler.SetForNewSubject(db, Subject, "c-neuve", "avis-non-transmis", Trigger, Start.AddDays(1));
            var seconde = DeadlineScheduler.SetForNewSubject(db, Subject, "c-neuve", "avis-non-transmis", Trigger, Start.AddDays(2));
            Assert.Same(premiere, seconde);
            await db.SaveChangesAsync(Ct);
        }

        var deadline = Assert.Single(await bed.AllAsync());
        Assert.Equal(Start.AddDays(2), deadline.DueAt);
        bed.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, (await bed.Processor().RunOnceAsync(Ct)).Handled);
        Assert.Equal(1, bed.Handler.Fired[deadline.Id]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_cancelled_deadline_never_fires(string provider)
    {
        await using var bed = await CreateAsync(provider);
        var id = await bed.SetAsync("c-1", "avis-non-transmis", Start.AddDays(15));
        bed.Time.Advance(TimeSpan.FromDays(3));
        await using (var db = bed.Database.CreateContext())
        {
            Assert.True(await new DeadlineScheduler(bed.Time).CancelAsync(db, Subject, "c-1", "avis-non-transmis", Ct));
            Assert.False(await new DeadlineScheduler(bed.Time).CancelAsync(db, Subject, "c-1", "inconnue", Ct));
            await db.SaveChangesAsync(Ct);
        }

        bed.Time.Advance(TimeSpan.FromDays(30));
        Assert.Equal(DeadlineRunResult.None, await bed.Processor().RunOnceAsync(Ct));
        var deadline = await bed.LoadAsync(id);
        Assert.Equal(DeadlineState.Cancelled, deadline.State);
        Assert.Equal(Start.AddDays(3), deadline.CancelledAt);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Cancelling_all_of_a_subject_leaves_other_subjects_alone(string provider)
    {
        await using var bed = await CreateAsync(provider);
        await bed.SetAsync("c-1", "avis-non-transmis", Start.AddDays(15));
        await bed.SetAsync("c-1", "relance-positionneur", Start.AddDays(7));
        var other = await bed.SetAsync("c-2", "avis-non-transmis", Start.AddDays(15));
        var scheduler = new DeadlineScheduler(bed.Time);
        await using (var db = bed.Database.CreateContext())
        {
            // One added in the same command, not yet saved, is cancelled too.
            await scheduler.SetAsync(db, Subject, "c-1", "entree-tardive", Trigger, Start.AddDays(2), Ct);
            Assert.Equal(3, await scheduler.CancelAllAsync(db, Subject, "c-1", Ct));
            await db.SaveChangesAsync(Ct);
        }

        bed.Time.Advance(TimeSpan.FromDays(30));
        Assert.Equal(1, (await bed.Processor().RunOnceAsync(Ct)).Handled);
        Assert.Equal([other], bed.Handler.Fired.Keys);
        Assert.Equal(3, (await bed.AllAsync()).Count(d => d.State == DeadlineState.Cancelled));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Setting_a_fired_deadline_again_re_arms_it(string provider)
    {
        await using var bed = await CreateAsync(provider);
        var id = await bed.SetAsync("c-1", "relance", Start);
        await bed.Processor().RunOnceAsync(Ct);
        Assert.Equal(DeadlineState.Fired, (await bed.LoadAsync(id)).State);

        await bed.SetAsync("c-1", "relance", Start.AddDays(7));
        var rearmed = await bed.LoadAsync(id);
        Assert.Equal(DeadlineState.Pending, rearmed.State);
        Assert.Null(rearmed.FiredAt);

        bed.Time.Advance(TimeSpan.FromDays(7));
        await bed.Processor().RunOnceAsync(Ct);
        Assert.Equal(2, bed.Handler.Fired[id]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_deadline_rescheduled_while_its_handler_runs_is_not_fired_at_the_old_time(string provider)
    {
        await using var bed = await CreateAsync(provider);
        var id = await bed.SetAsync("c-1", "avis-non-transmis", Start);
        // The candidature's dates change (a command commits) after the claim, before the handler's transaction.
        bed.Handler.BeforeFiring = async (_, _) => await bed.SetAsync("c-1", "avis-non-transmis", Start.AddDays(10));

        Assert.Equal(1, (await bed.Processor().RunOnceAsync(Ct)).Handled);
        Assert.Equal(0, bed.Handler.TotalFired);
        var rescheduled = await bed.LoadAsync(id);
        Assert.Equal(DeadlineState.Pending, rescheduled.State);
        Assert.Equal(Start.AddDays(10), rescheduled.NextAttemptAt);

        bed.Handler.BeforeFiring = null;
        bed.Time.Advance(TimeSpan.FromDays(10));
        await bed.Processor().RunOnceAsync(Ct);
        Assert.Equal(1, bed.Handler.Fired[id]);
    }
}
