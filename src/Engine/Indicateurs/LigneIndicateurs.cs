namespace Rafael.Engine.Indicateurs;

/// <summary>The candidatures of one dispositif, mesure and responsible OF, per state (DASH-04).</summary>
/// <param name="Dispositif">Dispositif code.</param>
/// <param name="Mesure">Mesure code.</param>
/// <param name="StructureId">The OF responsible for the sessions; empty on the total line.</param>
/// <param name="Structure">Its name; "Total" on the total line.</param>
/// <param name="EnAttente">Awaiting a verdict (whatever the step: to convene, convened, verdict to give).</param>
/// <param name="Retenues">Retained.</param>
/// <param name="NonRetenues">Not retained.</param>
/// <param name="AvisNonTransmis">No verdict given in time.</param>
/// <param name="RefusSessionComplete">Refused, session full.</param>
/// <param name="RefusSessionAnnulee">Refused, session cancelled.</param>
/// <param name="Supprimees">Withdrawn by the prescriber.</param>
public sealed record LigneIndicateurs(
    string Dispositif,
    string Mesure,
    Guid StructureId,
    string Structure,
    int EnAttente,
    int Retenues,
    int NonRetenues,
    int AvisNonTransmis,
    int RefusSessionComplete,
    int RefusSessionAnnulee,
    int Supprimees)
{
    /// <summary>Every candidature of the line.</summary>
    public int Total => EnAttente + Retenues + NonRetenues + AvisNonTransmis + RefusSessionComplete + RefusSessionAnnulee + Supprimees;

    /// <summary>The candidatures that got an outcome (neither waiting nor withdrawn).</summary>
    public int Traitees => Retenues + NonRetenues + AvisNonTransmis + RefusSessionComplete + RefusSessionAnnulee;

    /// <summary>Taux de retenue: retained among those that got an outcome, in percent with one decimal; null when none did.</summary>
    public decimal? TauxRetenue => Traitees == 0 ? null : Math.Round(100m * Retenues / Traitees, 1, MidpointRounding.AwayFromZero);
}
