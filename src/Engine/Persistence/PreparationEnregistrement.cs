using Rafael.Engine.Candidatures;
using Rafael.Engine.Journal;

namespace Rafael.Engine.Persistence;

/// <summary>
/// The first half of a save (<see cref="RafaelDbContext.PreparerEnregistrement"/>), shared by the ordinary and the
/// set-based save: the journal of the changes (not yet added), and the DASH-01 bookkeeping the save needs.
/// </summary>
/// <param name="Journal">The journal entries of the pending changes, versions already bumped.</param>
/// <param name="Comptage">The actions, sessions and new candidatures that DASH-01 must recount once saved; null when none.</param>
internal sealed record PreparationEnregistrement(List<JournalEntry> Journal, ChangementsComptage? Comptage);
