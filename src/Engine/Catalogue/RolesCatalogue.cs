using Rafael.Engine.Acteurs;
using Rafael.Engine.Rattachements;

namespace Rafael.Engine.Catalogue;

/// <summary>
/// The caller's roles on an action or a session, from their current structure's role on it (CAT-03) and their
/// profile there (ACC-03), as the process definitions name them.
/// </summary>
public static class RolesCatalogue
{
    /// <summary>Platform administrator.</summary>
    public const string Administrateur = "administrateur";

    /// <summary>The funder of a conventionnée offer.</summary>
    public const string Financeur = "financeur";

    /// <summary>The system (feeds, deadlines).</summary>
    public const string Systeme = "systeme";

    /// <summary>Roles on an action: only its Responsable edits it (CAT-03).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="action">The action.</param>
    /// <returns>The roles.</returns>
    public static IReadOnlyCollection<string> SurAction(Acteur acteur, ActionFormation action)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        ArgumentNullException.ThrowIfNull(action);
        var roles = new List<string>();
        Commun(acteur, action.FinanceurId, roles);
        if (acteur.StructureCouranteId == action.ResponsableId)
        {
            AjouterProfilOf(acteur, roles);
        }

        return roles;
    }

    /// <summary>Roles on a session: its action's Responsable or its Formateur edits it (CAT-03).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="action">Its action.</param>
    /// <param name="session">The session.</param>
    /// <returns>The roles.</returns>
    public static IReadOnlyCollection<string> SurSession(Acteur acteur, ActionFormation action, Session session)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(session);
        var roles = new List<string>();
        Commun(acteur, session.FinanceurId ?? action.FinanceurId, roles);
        if (acteur.StructureCouranteId is { } s && (s == action.ResponsableId || s == session.FormateurId))
        {
            AjouterProfilOf(acteur, roles);
        }

        return roles;
    }

    /// <summary>True when the caller acts for the action's Responsable with a catalogue profile.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="action">The action.</param>
    /// <returns>Whether they are its Responsable.</returns>
    public static bool EstResponsable(Acteur acteur, ActionFormation action) =>
        acteur.StructureCouranteId == action.ResponsableId && ProfilCatalogue(acteur);

    /// <summary>True when the caller acts for the funder of the offer.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="financeurId">The offer's funder.</param>
    /// <returns>Whether they are its funder.</returns>
    public static bool EstFinanceur(Acteur acteur, Guid? financeurId) =>
        financeurId is { } f && acteur.StructureCouranteId == f && acteur.Profil == ProfilGestion.GestionnaireFinanceur;

    /// <summary>True for the profiles that edit a catalogue (ACC-03).</summary>
    /// <param name="acteur">The caller.</param>
    /// <returns>Whether their profile edits a catalogue.</returns>
    public static bool ProfilCatalogue(Acteur acteur) =>
        acteur.Profil is ProfilGestion.GestionnaireOfCatalogue or ProfilGestion.GestionnaireOfGeneral;

    private static void Commun(Acteur acteur, Guid? financeurId, List<string> roles)
    {
        if (acteur.EstAdministrateur)
        {
            roles.Add(Administrateur);
        }

        if (EstFinanceur(acteur, financeurId))
        {
            roles.Add(Financeur);
        }
    }

    private static void AjouterProfilOf(Acteur acteur, List<string> roles)
    {
        switch (acteur.Profil)
        {
            case ProfilGestion.GestionnaireOfCatalogue:
                roles.Add("of-catalogue");
                break;
            case ProfilGestion.GestionnaireOfGeneral:
                roles.Add("of-general");
                break;
        }
    }
}
