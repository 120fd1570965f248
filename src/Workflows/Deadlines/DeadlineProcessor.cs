using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Rafael.Workflows.Outbox;
using Rafael.Workflows.Polling;

namespace Rafael.Workflows.Deadlines;

/// <summary>
/// Fires due deadlines. Safe on many nodes: each batch is claimed with a lease by one atomic UPDATE, which
/// only takes rows that are due and unclaimed (or whose lease expired); a node that dies keeps nothing
/// longer than its lease. A <see cref="IDeadlineBatchHandler"/> gets each claimed batch whole, in one
/// transaction; if that fails, the batch's deadlines are handled one by one.
/// </summary>
public sealed class DeadlineProcessor
{
    private readonly Func<DbContext> _createContext;
    private readonly IDeadlineHandler _handler;
    private readonly TimeProvider _time;
    private readonly DeadlineProcessorOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates a processor.</summary>
    /// <param name="createContext">Creates a host context that includes the workflow model (one per run).</param>
    /// <param name="handler">Fires the triggers.</param>
    /// <param name="time">The clock: due times and leases are compared with it.</param>
    /// <param name="options">Settings; defaults if null.</param>
    /// <param name="logger">Where failures are logged.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public DeadlineProcessor(
        Func<DbContext> createContext, IDeadlineHandler handler, TimeProvider time,
        DeadlineProcessorOptions? options = null, ILogger<DeadlineProcessor>? logger = null)
    {
        _createContext = createContext ?? throw new ArgumentNullException(nameof(createContext));
        _handler = handler ?? throw new ArgumentNullException(nameof(handler));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _options = options ?? new DeadlineProcessorOptions();
        _options.Validate();
        _logger = logger ?? NullLogger<DeadlineProcessor>.Instance;
    }

    /// <summary>Claims and handles due deadlines, batch after batch, until none is due or the batch limit is reached.</summary>
    /// <param name="cancellationToken">Stops after the current deadline; the rest of the batch is released.</param>
    /// <returns>What the run did.</returns>
    public async Task<DeadlineRunResult> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var db = _createContext();
        int claimed = 0, handled = 0, failed = 0;
        for (var batch = 0; batch < _options.MaxBatchesPerRun; batch++)
        {
            var (anyDue, deadlines) = await ClaimAsync(db, cancellationToken);
            if (!anyDue)
            {
                break;
            }

            // An empty claim while deadlines are due means another node took them first: look again.
            claimed += deadlines.Count;
            if (deadlines.Count > 1 && _handler is IDeadlineBatchHandler batchHandler
                && await HandleBatchAsync(db, batchHandler, deadlines, cancellationToken))
            {
                handled += deadlines.Count;
                continue;
            }

            for (var i = 0; i < deadlines.Count; i++)
            {
                try
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (await HandleAsync(db, deadlines[i], cancellationToken))
                    {
                        handled++;
                    }
                    else
                    {
                        failed++;
                    }
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Hand back at once, rather than after the lease, what this node will not handle.
                    await ReleaseAsync(db, deadlines.Skip(i));
                    throw;
                }
            }
        }

        return claimed == 0 ? DeadlineRunResult.None : new DeadlineRunResult(claimed, handled, failed);
    }

    /// <summary>Runs <see cref="RunOnceAsync"/> until cancelled, waiting <see cref="DeadlineProcessorOptions.PollInterval"/> when idle.</summary>
    /// <param name="cancellationToken">Stops the loop.</param>
    /// <returns>A task that completes when the loop stops.</returns>
    public Task RunAsync(CancellationToken cancellationToken) =>
        PollingLoop.RunAsync(async ct => (await RunOnceAsync(ct)).Claimed, _options.PollInterval, _time, _logger, "Deadline", cancellationToken);

    private async Task<(bool AnyDue, List<DueDeadline> Deadlines)> ClaimAsync(DbContext db, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var set = db.Set<Deadline>();
        if (db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            var taken = await ClaimSkippingLockedAsync(db, now, cancellationToken);
            return (taken.Count > 0, taken);
        }

        var candidates = await set.AsNoTracking()
            .Where(d => d.State == DeadlineState.Pending && d.NextAttemptAt <= now
                && (d.ClaimedUntil == null || d.ClaimedUntil <= now))
            .OrderBy(d => d.NextAttemptAt)
            .Select(d => d.Id)
            .Take(_options.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return (false, []);
        }

        var claim = $"{_options.NodeName}/{Guid.NewGuid():N}";
        var until = now + _options.LeaseDuration;
        try
        {
            // The conditions are repeated on the UPDATE itself: a row another node claimed since the SELECT is
            // re-checked once its lock is released, and skipped.
            await set
                .Where(d => candidates.Contains(d.Id) && d.State == DeadlineState.Pending && d.NextAttemptAt <= now
                    && (d.ClaimedUntil == null || d.ClaimedUntil <= now))
                .ExecuteUpdateAsync(
                    s => s.SetProperty(d => d.ClaimedBy, claim)
                        .SetProperty(d => d.ClaimedUntil, until)
                        .SetProperty(d => d.Version, d => d.Version + 1),
                    cancellationToken);
        }
        catch (DbException exception) when (exception.IsTransient)
        {
            // A deadlock or a busy database between racing nodes: the next claim will do.
            _logger.LogDebug(exception, "Deadline claim lost a race");
            return (true, []);
        }

        var claimed = await set.AsNoTracking()
            // By primary key: the claim column has no index.
            .Where(d => candidates.Contains(d.Id) && d.ClaimedBy == claim)
            .OrderBy(d => d.NextAttemptAt)
            .ToListAsync(cancellationToken);
        return (true, claimed.Select(d => new DueDeadline(d)).ToList());
    }

    // PostgreSQL: choose, claim and read the batch in one statement. The rows another node is claiming at the same time
    // are skipped rather than waited for (FOR UPDATE SKIP LOCKED), so that nodes share the work without blocking; when all
    // due rows are being claimed by others, the run ends and the next poll looks again.
    private async Task<List<DueDeadline>> ClaimSkippingLockedAsync(DbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var type = db.Model.FindEntityType(typeof(Deadline))!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(type.FindProperty(property)!.GetColumnName(table)!);
        var name = sql.DelimitIdentifier(table.Name, table.Schema);
        var (id, state, next, claimedBy, claimedUntil, version) = (Column(nameof(Deadline.Id)), Column(nameof(Deadline.State)),
            Column(nameof(Deadline.NextAttemptAt)), Column(nameof(Deadline.ClaimedBy)), Column(nameof(Deadline.ClaimedUntil)), Column(nameof(Deadline.Version)));
        var text = $"UPDATE {name} SET {claimedBy} = {{0}}, {claimedUntil} = {{1}}, {version} = {version} + 1 WHERE {id} IN ("
            + $"SELECT {id} FROM {name} WHERE {state} = {{2}} AND {next} <= {{3}} AND ({claimedUntil} IS NULL OR {claimedUntil} <= {{3}}) "
            + $"ORDER BY {next} LIMIT {{4}} FOR UPDATE SKIP LOCKED) RETURNING *";
        var claim = $"{_options.NodeName}/{Guid.NewGuid():N}";
        var claimed = await db.Set<Deadline>()
            .FromSqlRaw(text, claim, now + _options.LeaseDuration, nameof(DeadlineState.Pending), now, _options.BatchSize)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return claimed.OrderBy(d => d.NextAttemptAt).Select(d => new DueDeadline(d)).ToList();
    }

    // One transaction for the whole batch; if it fails, nothing of it was committed and the caller hands the
    // deadlines over one by one, so that a single bad one is recorded alone and never blocks the others.
    private async Task<bool> HandleBatchAsync(
        DbContext db, IDeadlineBatchHandler handler, List<DueDeadline> deadlines, CancellationToken cancellationToken)
    {
        try
        {
            await handler.HandleBatchAsync(deadlines, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await ReleaseAsync(db, deadlines);
            throw;
        }
#pragma warning disable CA1031 // Whatever the batch throws sends its deadlines down the one-by-one path.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _logger.LogWarning(exception, "Deadline batch of {Count} failed; handling its deadlines one by one", deadlines.Count);
            return false;
        }

        // The handler marks what it fires; the rest of the batch (left alone, or not marked) is marked now, in one
        // statement. The claim is dropped by any reschedule, cancel or take-over, so this never touches those.
        var now = _time.GetUtcNow();
        var claim = deadlines[0].ClaimedBy;
        var ids = deadlines.Select(d => d.Id).ToList();
        await db.Set<Deadline>()
            .Where(d => ids.Contains(d.Id) && d.ClaimedBy == claim && d.State == DeadlineState.Pending)
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.State, DeadlineState.Fired)
                    .SetProperty(d => d.FiredAt, now)
                    .SetProperty(d => d.LastError, (string?)null)
                    .SetProperty(d => d.ClaimedBy, (string?)null)
                    .SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null)
                    .SetProperty(d => d.Version, d => d.Version + 1),
                CancellationToken.None);
        return true;
    }

    private async Task<bool> HandleAsync(DbContext db, DueDeadline due, CancellationToken cancellationToken)
    {
        try
        {
            await _handler.HandleAsync(due, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Whatever a handler throws is recorded on the deadline, which is tried again.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _logger.LogWarning(exception, "Deadline {Deadline} failed", due);
            await RecordFailureAsync(db, due, exception);
            return false;
        }

        // The handler normally marked the deadline fired in its own transaction; if it did not touch it,
        // mark it now. The version check makes this a no-op after a reschedule, a cancel or a take-over.
        var now = _time.GetUtcNow();
        await Untouched(db, due).ExecuteUpdateAsync(
            s => s.SetProperty(d => d.State, DeadlineState.Fired)
                .SetProperty(d => d.FiredAt, now)
                .SetProperty(d => d.LastError, (string?)null)
                .SetProperty(d => d.ClaimedBy, (string?)null)
                .SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(d => d.Version, d => d.Version + 1),
            CancellationToken.None);
        return true;
    }

    private async Task RecordFailureAsync(DbContext db, DueDeadline due, Exception exception)
    {
        var failures = due.PreviousFailures + 1;
        var next = _time.GetUtcNow() + RetryBackoff.Delay(failures, _options.RetryBaseDelay, _options.RetryMaxDelay);
        var error = ErrorText.Describe(exception);
        await Untouched(db, due).ExecuteUpdateAsync(
            s => s.SetProperty(d => d.Attempts, failures)
                .SetProperty(d => d.LastError, error)
                .SetProperty(d => d.NextAttemptAt, next)
                .SetProperty(d => d.ClaimedBy, (string?)null)
                .SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(d => d.Version, d => d.Version + 1),
            CancellationToken.None);
    }

    private static async Task ReleaseAsync(DbContext db, IEnumerable<DueDeadline> deadlines)
    {
        foreach (var due in deadlines)
        {
            await Untouched(db, due).ExecuteUpdateAsync(
                s => s.SetProperty(d => d.ClaimedBy, (string?)null)
                    .SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null)
                    .SetProperty(d => d.Version, d => d.Version + 1),
                CancellationToken.None);
        }
    }

    private static IQueryable<Deadline> Untouched(DbContext db, DueDeadline due)
    {
        var id = due.Id;
        var claim = due.ClaimedBy;
        var version = due.ClaimVersion;
        return db.Set<Deadline>().Where(d =>
            d.Id == id && d.ClaimedBy == claim && d.Version == version && d.State == DeadlineState.Pending);
    }
}
