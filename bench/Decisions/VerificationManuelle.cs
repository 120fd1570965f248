using Rafael.Rules;

namespace Rafael.Bench.Decisions;

/// <summary>The same decision written by hand in C#: the baseline the data-driven engine is compared with.</summary>
internal static class VerificationManuelle
{
    public static string? Refus(string statut, IReadOnlyCollection<string> roles, DateOnly maintenant, SessionFaits s, CandidatFaits c, StructureFaits st, UtilisateurFaits u, Parametres p)
    {
        if (statut != "brouillon-prescripteur")
        {
            return "WF-ETAT";
        }

        if (!roles.Contains("prescripteur-niveau-2") && !roles.Contains("prescripteur-niveau-3"))
        {
            return "WF-ROLE";
        }

        if (s.Annulee || !s.OuverteAuxCandidatures || maintenant > s.DateLimiteInscription)
        {
            return "CAND-04";
        }

        if (!st.MesuresHabilitees.Contains(s.Mesure) || u.NiveauPrescripteur is not (>= 1 and <= 3))
        {
            return "HAB-03";
        }

        if (c.CandidaturesEnCours >= p.MaxCandidaturesEnCours || (s.Dispositif == "HSP" && c.CandidaturesEnCoursHsp >= p.MaxCandidaturesEnCoursHsp))
        {
            return "CAND-02";
        }

        var quota = Math.Floor(s.Coefficient * (p.QuotaSurCapaciteAccueil ? s.CapaciteAccueil : s.EffectifVise));
        return s.CandidaturesEnCours + 1 <= quota ? null : "CAND-03";
    }
}
