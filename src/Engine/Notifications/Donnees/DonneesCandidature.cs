namespace Rafael.Engine.Notifications.Donnees;

/// <summary>
/// What the templates <c>candidature.recue</c>, <c>candidature.avis-donne</c>,
/// <c>candidature.avis-non-transmis-dans-7-jours</c> and <c>candidature.session-annulee</c> receive.
/// </summary>
/// <param name="Candidat">The candidate (no email: the candidate is not a user).</param>
/// <param name="Action">The action.</param>
/// <param name="Session">The session.</param>
/// <param name="Prescripteur">The adviser who made the candidature.</param>
/// <param name="StructurePrescriptrice">The adviser's structure.</param>
/// <param name="Avis">The verdict in words (empty while pending).</param>
/// <param name="Motif">The verdict's reason (empty if none).</param>
/// <param name="DateLimiteAvis">The last day to give the verdict (AVIS-07), in words.</param>
/// <param name="Lien">Where to see the candidature.</param>
public sealed record DonneesCandidature(
    PersonneNotifiee Candidat,
    ActionNotifiee Action,
    SessionNotifiee Session,
    PersonneNotifiee Prescripteur,
    StructureNotifiee StructurePrescriptrice,
    string Avis,
    string Motif,
    string DateLimiteAvis,
    string Lien);
