namespace Rafael.Engine.Catalogue;

/// <summary>An information collective of a session's recruitment (CAT-07): up to three, each with a date and a place.</summary>
/// <param name="Date">When.</param>
/// <param name="Lieu">Where.</param>
public sealed record ReunionInformation(DateTimeOffset Date, string Lieu);
