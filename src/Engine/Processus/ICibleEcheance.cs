using Rafael.Engine.Common;
using Rafael.Engine.Persistence;

namespace Rafael.Engine.Processus;

/// <summary>An aggregate kind whose deadlines fire triggers (candidature, session…): one per kind.</summary>
public interface ICibleEcheance
{
    /// <summary>The aggregate kind, as given to <see cref="ProcessusService"/> (for example <c>candidature</c>).</summary>
    string TypeSujet { get; }

    /// <summary>Fires the deadline's trigger on the aggregate, as the system, in the given unit of work (not saved).</summary>
    /// <param name="db">The unit of work.</param>
    /// <param name="processus">The process service bound to that unit of work.</param>
    /// <param name="idSujet">The aggregate's identifier.</param>
    /// <param name="declencheur">The trigger.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    Task DeclencherAsync(RafaelDbContext db, ProcessusService processus, string idSujet, string declencheur, CancellationToken cancellationToken);

    /// <summary>
    /// Fires one trigger on many aggregates, as the system, in the given unit of work (not saved), for a batch of
    /// due deadlines. An aggregate whose rules refuse the trigger now (it moved on) is left alone. Override it to
    /// load the aggregates in one query; by default they are fired one after the other.
    /// </summary>
    /// <param name="db">The unit of work.</param>
    /// <param name="processus">The process service bound to that unit of work.</param>
    /// <param name="idsSujets">The aggregates' identifiers.</param>
    /// <param name="declencheur">The trigger.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    async Task DeclencherLotAsync(RafaelDbContext db, ProcessusService processus, IReadOnlyList<string> idsSujets, string declencheur, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idsSujets);
        foreach (var id in idsSujets)
        {
            try
            {
                await DeclencherAsync(db, processus, id, declencheur, cancellationToken);
            }
            catch (RegleRefuseeException)
            {
                // As for a single deadline: the aggregate is no longer where the deadline expected it.
            }
        }
    }
}
