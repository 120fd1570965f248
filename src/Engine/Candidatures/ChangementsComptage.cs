namespace Rafael.Engine.Candidatures;

/// <summary>What a unit of work changes that DASH-01's flag depends on.</summary>
/// <param name="Actions">Actions whose state moved between published (or modified) and anything else.</param>
/// <param name="Sessions">Sessions deleted, or no longer deleted.</param>
/// <param name="Candidatures">New candidatures, whose flag is checked again against the catalogue once saved.</param>
internal sealed record ChangementsComptage(Guid[] Actions, Guid[] Sessions, Guid[] Candidatures);
