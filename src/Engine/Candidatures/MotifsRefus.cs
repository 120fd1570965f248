namespace Rafael.Engine.Candidatures;

/// <summary>The refusal motifs: kebab-case in the definitions and the Api, PascalCase in the rule sets (AVIS-02, AVIS-06).</summary>
public static class MotifsRefus
{
    private static readonly Dictionary<string, (string Regles, string Libelle)> Motifs = new(StringComparer.Ordinal)
    {
        ["prerequis-non-satisfaits"] = ("PrerequisPedagogiquesNonSatisfaits", "Prérequis pédagogiques non satisfaits"),
        ["absence-non-justifiee"] = ("AbsenceNonJustifiee", "Absence non justifiée"),
        ["conditions-administratives"] = ("ConditionsAdministrativesNonSatisfaites", "Conditions administratives et réglementaires non satisfaites"),
        ["session-complete"] = ("SessionComplete", "Session complète"),
        ["avis-non-transmis"] = ("AvisNonTransmis", "Avis non transmis"),
        ["projet-non-correspondant"] = ("FormationNeCorrespondPasAuProjet", "Formation qui ne correspond pas au projet"),
        ["candidat-indisponible"] = ("CandidatIndisponible", "Candidat indisponible"),
        ["autres"] = ("Autres", "Autres"),
        ["non-conformite-administrative"] = ("NonConformiteAdministrative", "Non-conformité administrative"),
        ["personne-injoignable"] = ("PersonneInjoignable", "Personne injoignable"),
    };

    /// <summary>The value the rule sets know, or the motif as given when unknown (so that the rules refuse it).</summary>
    /// <param name="motif">The kebab-case motif.</param>
    /// <returns>The rule sets' value.</returns>
    public static string? PourLesRegles(string? motif) => motif is not null && Motifs.TryGetValue(motif, out var m) ? m.Regles : motif;

    /// <summary>The French label of a motif.</summary>
    /// <param name="motif">The kebab-case motif.</param>
    /// <returns>The label.</returns>
    public static string? Libelle(string? motif) => motif is not null && Motifs.TryGetValue(motif, out var m) ? m.Libelle : motif;
}
