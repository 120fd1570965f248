namespace Rafael.Engine.Notifications.Donnees;

/// <summary>A session as a template sees it.</summary>
/// <param name="Reference">Its numéro Carif (CAT-02).</param>
/// <param name="Debut">Its start date, in words (empty for permanent entry).</param>
/// <param name="Fin">Its end date, in words.</param>
/// <param name="Lieu">Where it takes place.</param>
public sealed record SessionNotifiee(string Reference, string Debut, string Fin, string Lieu);
