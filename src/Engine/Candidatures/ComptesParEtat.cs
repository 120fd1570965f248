namespace Rafael.Engine.Candidatures;

/// <summary>Candidatures of one session counted by state (DASH-02 session lines).</summary>
/// <param name="EnAttente">Awaiting a verdict.</param>
/// <param name="Retenues">Retained.</param>
/// <param name="NonRetenues">Not retained.</param>
/// <param name="AvisNonTransmis">Avis non transmis.</param>
/// <param name="RefusSessionComplete">Waiting list.</param>
/// <param name="RefusSessionAnnulee">Session cancelled.</param>
public sealed record ComptesParEtat(int EnAttente, int Retenues, int NonRetenues, int AvisNonTransmis, int RefusSessionComplete, int RefusSessionAnnulee)
{
    /// <summary>Counts from (status, number) pairs.</summary>
    /// <param name="parStatut">Status of either definition → number.</param>
    /// <returns>The counts.</returns>
    public static ComptesParEtat De(IReadOnlyDictionary<string, int> parStatut)
    {
        ArgumentNullException.ThrowIfNull(parStatut);
        int N(params string[] statuts) => statuts.Sum(s => parStatut.GetValueOrDefault(s));
        return new ComptesParEtat(
            N(Candidature.StatutsEnAttente),
            N(Candidature.Retenue),
            N(Candidature.NonRetenue),
            N(Candidature.AvisNonTransmis),
            N(Candidature.RefusSessionComplete),
            N(Candidature.RefusSessionAnnulee));
    }
}
