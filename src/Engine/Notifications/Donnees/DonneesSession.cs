namespace Rafael.Engine.Notifications.Donnees;

/// <summary>What the templates <c>session.suppression-demandee</c> and <c>session.suppression-refusee</c> receive.</summary>
/// <param name="Action">The session's action.</param>
/// <param name="Session">The session.</param>
/// <param name="Motif">The reason the OF gave for the suppression request.</param>
/// <param name="Lien">Where to see the session.</param>
public sealed record DonneesSession(ActionNotifiee Action, SessionNotifiee Session, string Motif, string Lien);
