using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

using Rafael.Workflows.Polling;

namespace Rafael.Workflows.Outbox;

/// <summary>
/// Delivers pending outbox messages to the <see cref="IOutboxHandler"/>s of their type. Safe on many nodes: each
/// batch is claimed with a lease by one atomic UPDATE; a failed delivery is retried with exponential backoff,
/// then parked after <see cref="OutboxDispatcherOptions.MaxAttempts"/> failures.
/// </summary>
/// <remarks>
/// Messages are taken in due order, but with several nodes and retries there is no ordering guarantee between
/// messages: a consumer that needs one must order by <see cref="OutboxMessage.OccurredAt"/> itself.
/// </remarks>
public sealed class OutboxDispatcher
{
    private readonly Func<DbContext> _createContext;
    private readonly IReadOnlyList<IOutboxHandler> _handlers;
    private readonly TimeProvider _time;
    private readonly OutboxDispatcherOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates a dispatcher.</summary>
    /// <param name="createContext">Creates a host context that includes the workflow model (one per run).</param>
    /// <param name="handlers">The handlers; a message goes to every one that can handle its type.</param>
    /// <param name="time">The clock: due times and leases are compared with it.</param>
    /// <param name="options">Settings; defaults if null.</param>
    /// <param name="logger">Where failures are logged.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public OutboxDispatcher(
        Func<DbContext> createContext, IEnumerable<IOutboxHandler> handlers, TimeProvider time,
        OutboxDispatcherOptions? options = null, ILogger<OutboxDispatcher>? logger = null)
    {
        _createContext = createContext ?? throw new ArgumentNullException(nameof(createContext));
        _handlers = handlers?.ToList() ?? throw new ArgumentNullException(nameof(handlers));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _options = options ?? new OutboxDispatcherOptions();
        _options.Validate();
        _logger = logger ?? NullLogger<OutboxDispatcher>.Instance;
    }

    /// <summary>Claims and delivers due messages, batch after batch, until none is due or the batch limit is reached.</summary>
    /// <param name="cancellationToken">Stops after the current message; the rest of the batch is released.</param>
    /// <returns>What the run did.</returns>
    public async Task<OutboxDispatchResult> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var db = _createContext();
        var tally = new Tally();
        for (var batch = 0; batch < _options.MaxBatchesPerRun; batch++)
        {
            var (anyDue, messages) = await ClaimAsync(db, cancellationToken);
            if (!anyDue)
            {
                break;
            }

            // An empty claim while messages are due means another node took them first: look again.
            tally.Claimed += messages.Count;
            for (var i = 0; i < messages.Count; i++)
            {
                try
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await DeliverAsync(db, messages[i], tally, cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Hand back at once, rather than after the lease, what this node will not deliver.
                    await ReleaseAsync(db, messages.Skip(i));
                    throw;
                }
            }
        }

        return tally.Claimed == 0
            ? OutboxDispatchResult.None
            : new OutboxDispatchResult(tally.Claimed, tally.Processed, tally.Failed, tally.Parked, tally.Lost);
    }

    /// <summary>Runs <see cref="RunOnceAsync"/> until cancelled, waiting <see cref="OutboxDispatcherOptions.PollInterval"/> when idle.</summary>
    /// <param name="cancellationToken">Stops the loop.</param>
    /// <returns>A task that completes when the loop stops.</returns>
    public Task RunAsync(CancellationToken cancellationToken) =>
        PollingLoop.RunAsync(async ct => (await RunOnceAsync(ct)).Claimed, _options.PollInterval, _time, _logger, "Outbox", cancellationToken);

    private async Task<(bool AnyDue, List<OutboxMessage> Messages)> ClaimAsync(DbContext db, CancellationToken cancellationToken)
    {
        // Values tracked from an earlier batch would hide the new claim.
        db.ChangeTracker.Clear();
        var now = _time.GetUtcNow();
        var set = db.Set<OutboxMessage>();
        var candidates = await set.AsNoTracking()
            .Where(m => m.ProcessedAt == null && m.ParkedAt == null && m.NextAttemptAt <= now
                && (m.ClaimedUntil == null || m.ClaimedUntil <= now))
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
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
                .Where(m => candidates.Contains(m.Id) && m.ProcessedAt == null && m.ParkedAt == null
                    && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil <= now))
                .ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.ClaimedBy, claim).SetProperty(m => m.ClaimedUntil, until),
                    cancellationToken);
        }
        catch (DbException exception) when (exception.IsTransient)
        {
            _logger.LogDebug(exception, "Outbox claim lost a race");
            return (true, []);
        }

        var messages = await set.AsTracking()
            // By primary key: the claim column has no index.
            .Where(m => candidates.Contains(m.Id) && m.ClaimedBy == claim)
            .OrderBy(m => m.NextAttemptAt)
            .ToListAsync(cancellationToken);
        return (true, messages);
    }

    private async Task DeliverAsync(DbContext db, OutboxMessage message, Tally tally, CancellationToken cancellationToken)
    {
        try
        {
            var handlers = _handlers.Where(h => h.CanHandle(message.Type)).ToList();
            if (handlers.Count == 0 && _options.AwaitsConnector(message.Type))
            {
                // Kept for the connector that a later release deploys: it will find every message since the start.
                message.Defer(_time.GetUtcNow() + _options.AwaitingConnectorRecheck);
                await TrySaveAsync(db, message);
                return;
            }

            if (handlers.Count == 0)
            {
                // Recorded as a failure, so that a message nobody subscribes to ends up parked and visible.
                throw new InvalidOperationException($"No outbox handler for type '{message.Type}'.");
            }

            foreach (var handler in handlers)
            {
                await handler.HandleAsync(message, cancellationToken);
            }

            message.MarkProcessed(_time.GetUtcNow());
            if (await TrySaveAsync(db, message))
            {
                tally.Processed++;
            }
            else
            {
                tally.Lost++;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Whatever a handler throws is recorded on the message, which is tried again.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _logger.LogWarning(exception, "Outbox message {Id} of type {Type} failed", message.Id, message.Type);
            var now = _time.GetUtcNow();
            var delay = RetryBackoff.Delay(message.Attempts + 1, _options.RetryBaseDelay, _options.RetryMaxDelay);
            message.RecordFailure(ErrorText.Describe(exception), now + delay);
            var parked = exception is OutboxParkException || message.Attempts >= _options.MaxAttempts;
            if (parked)
            {
                message.Park(now);
            }

            if (!await TrySaveAsync(db, message))
            {
                tally.Lost++;
            }
            else if (parked)
            {
                tally.Parked++;
            }
            else
            {
                tally.Failed++;
            }
        }
    }

    private async Task ReleaseAsync(DbContext db, IEnumerable<OutboxMessage> messages)
    {
        foreach (var message in messages)
        {
            message.Release();
            await TrySaveAsync(db, message);
        }
    }

    /// <summary>Saves the outcome unless another node took the message over (the claim is the concurrency token).</summary>
    private async Task<bool> TrySaveAsync(DbContext db, OutboxMessage message)
    {
        try
        {
            // Not cancellable: an outcome of a delivery that happened must be recorded.
            await db.SaveChangesAsync(CancellationToken.None);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            _logger.LogWarning("Outbox message {Id}: lease expired and taken over before the outcome was saved", message.Id);
            db.Entry(message).State = EntityState.Detached;
            return false;
        }
    }

    private sealed class Tally
    {
        public int Claimed { get; set; }

        public int Processed { get; set; }

        public int Failed { get; set; }

        public int Parked { get; set; }

        public int Lost { get; set; }
    }
}
