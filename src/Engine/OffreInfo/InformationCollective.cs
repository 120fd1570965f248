namespace Rafael.Engine.OffreInfo;

/// <summary>Information meetings of a session's recruitment: up to 3 dates and a place (CAT-07).</summary>
/// <param name="Dates">The meetings' dates (0 to 3).</param>
/// <param name="Lieu">Where they take place, if given.</param>
public sealed record InformationCollective(IReadOnlyList<DateOnly> Dates, AdresseOffre? Lieu);
