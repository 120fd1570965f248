namespace Rafael.Engine.Notifications.Donnees;

/// <summary>
/// What the templates <c>compte.demande-a-valider</c>, <c>compte.demande-acceptee</c> and <c>compte.demande-refusee</c>
/// receive (ACC-05, NOTIF-01): an account, affiliation or structure request.
/// </summary>
/// <param name="TypeDemande">compte, rattachement, creation-structure or modification-structure.</param>
/// <param name="TypeLibelle">The kind of request in words (« demande de compte »…).</param>
/// <param name="Demandeur">Who asked.</param>
/// <param name="Structure">The structure concerned (existing or proposed).</param>
/// <param name="Message">The requester's message (empty if none).</param>
/// <param name="DeposeeLe">When it was filed, in words, Paris time.</param>
/// <param name="DecideeLe">When it was decided, in words (empty while pending).</param>
/// <param name="MotifRefus">The reason for a refusal (empty otherwise).</param>
/// <param name="Profil">The profile granted on acceptance (empty otherwise).</param>
/// <param name="Lien">Where to act or to sign in.</param>
public sealed record DonneesDemande(
    string TypeDemande,
    string TypeLibelle,
    PersonneNotifiee Demandeur,
    StructureNotifiee Structure,
    string Message,
    string DeposeeLe,
    string DecideeLe,
    string MotifRefus,
    string Profil,
    string Lien);
