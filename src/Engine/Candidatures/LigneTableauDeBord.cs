namespace Rafael.Engine.Candidatures;

/// <summary>One row of the DASH-01 dashboard: the counts of one role of the caller's structure.</summary>
/// <param name="Role">The role.</param>
/// <param name="EnAttente">Awaiting a verdict.</param>
/// <param name="AvisNonTransmisSous15Jours">Awaiting a verdict and switching to Avis non transmis within the horizon (AVIS-07).</param>
/// <param name="Retenues">Retained.</param>
/// <param name="NonRetenues">Not retained.</param>
/// <param name="AvisNonTransmis">Avis non transmis.</param>
/// <param name="RefusSessionComplete">Waiting list.</param>
/// <param name="RefusSessionAnnulee">Session cancelled.</param>
public sealed record LigneTableauDeBord(
    RoleStructure Role,
    int EnAttente,
    int AvisNonTransmisSous15Jours,
    int Retenues,
    int NonRetenues,
    int AvisNonTransmis,
    int RefusSessionComplete,
    int RefusSessionAnnulee);
