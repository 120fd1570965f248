using System.Linq.Expressions;
using Rafael.Engine.Acteurs;

namespace Rafael.Engine.Candidatures;

/// <summary>
/// CAND-06: a candidature is visible to the prescriber structure that made it and to the OF structures that are
/// Responsable or Positionneur of its session; the Formateur sees counts only; administrators see everything.
/// </summary>
public static class VisibiliteCandidatures
{
    /// <summary>Whether the caller, acting for their current structure, may see the candidature.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="candidature">The candidature.</param>
    /// <returns>True when visible.</returns>
    public static bool PeutVoir(Acteur acteur, Candidature candidature)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        ArgumentNullException.ThrowIfNull(candidature);
        return acteur.EstAdministrateur || (acteur.StructureCouranteId is { } s
            && (s == candidature.PrescripteurStructureId
                || ((s == candidature.ResponsableId || s == candidature.PositionneurId) && ArriveeALOrganisme(candidature.Status))));
    }

    /// <summary>The same rule as a filter for queries.</summary>
    /// <param name="acteur">The caller.</param>
    /// <returns>The predicate.</returns>
    public static Expression<Func<Candidature, bool>> Filtre(Acteur acteur)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        if (acteur.EstAdministrateur)
        {
            return c => true;
        }

        var s = acteur.StructureCouranteId ?? Guid.Empty;
        return c => c.PrescripteurStructureId == s
            || ((c.ResponsableId == s || c.PositionneurId == s) && c.Status != Candidature.BrouillonPrescripteur && c.Status != Candidature.Supprimee);
    }

    /// <summary>CAND-01: only a validated candidature reaches the OF; drafts stay with the prescriber.</summary>
    private static bool ArriveeALOrganisme(string status) => status is not (Candidature.BrouillonPrescripteur or Candidature.Supprimee);
}
