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
}
