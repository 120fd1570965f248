using Microsoft.EntityFrameworkCore;

namespace Rafael.Workflows.Outbox;

/// <summary>What an administrator does with messages that could not be delivered: list them, retry them.</summary>
/// <param name="createContext">Creates a host context that includes the workflow model.</param>
/// <param name="time">The clock: a retried message is due now.</param>
public sealed class OutboxAdmin(Func<DbContext> createContext, TimeProvider time)
{
    /// <summary>Parked messages, most recently parked first.</summary>
    /// <param name="skip">How many to skip, for paging.</param>
    /// <param name="take">How many to return at most.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The page of parked messages (not tracked).</returns>
    public async Task<IReadOnlyList<OutboxMessage>> ListParkedAsync(
        int skip = 0, int take = 100, CancellationToken cancellationToken = default)
    {
        await using var db = createContext();
        return await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.ParkedAt != null)
            .OrderByDescending(m => m.ParkedAt)
            .ThenBy(m => m.Id)
            .Skip(skip)
            .Take(take)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Un-parks a message and makes it due now, with a fresh count of attempts.</summary>
    /// <param name="id">The message's identifier.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>False if there is no such parked message.</returns>
    public async Task<bool> RetryAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = createContext();
        var message = await db.Set<OutboxMessage>().AsTracking()
            .FirstOrDefaultAsync(m => m.Id == id && m.ParkedAt != null, cancellationToken);
        if (message is null)
        {
            return false;
        }

        message.Retry(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
