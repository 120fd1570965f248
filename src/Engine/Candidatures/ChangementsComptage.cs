namespace Rafael.Engine.Candidatures;

/// <summary>The actions and sessions a unit of work moves into or out of what DASH-01 counts.</summary>
/// <param name="Actions">Actions whose state moved between published (or modified) and anything else.</param>
/// <param name="Sessions">Sessions deleted, or no longer deleted.</param>
internal sealed record ChangementsComptage(Guid[] Actions, Guid[] Sessions);
