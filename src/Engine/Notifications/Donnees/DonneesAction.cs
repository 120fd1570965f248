namespace Rafael.Engine.Notifications.Donnees;

/// <summary>What the templates <c>action.a-verifier</c>, <c>action.alerte</c> and <c>action.publiee</c> receive.</summary>
/// <param name="Action">The action.</param>
/// <param name="Motif">What the administrator asks (Alerte), empty otherwise.</param>
/// <param name="Lien">Where to see the action.</param>
public sealed record DonneesAction(ActionNotifiee Action, string Motif, string Lien);
