using Rafael.Engine.Acteurs;
using Rafael.Engine.Rattachements;

namespace Rafael.Engine.Candidatures;

/// <summary>The roles the candidature definitions know, for one caller on one candidature.</summary>
internal static class RolesCandidatures
{
    public const string Systeme = "systeme";

    public static IReadOnlyCollection<string> De(Acteur acteur, Candidature candidature)
    {
        var roles = new List<string>(2);
        if (acteur.EstAdministrateur)
        {
            roles.Add("administrateur");
        }

        if (acteur.StructureCouranteId is not { } structureId)
        {
            return roles;
        }

        if (structureId == candidature.PrescripteurStructureId && CandidaturesService.NiveauPrescripteur(acteur.Profil) is { } niveau)
        {
            roles.Add($"prescripteur-niveau-{niveau}");
        }

        // CAT-03: candidatures are handled by the Responsable or the Positionneur, with a préinscription profile.
        if (structureId == candidature.ResponsableId || structureId == candidature.PositionneurId)
        {
            switch (acteur.Profil)
            {
                case ProfilGestion.GestionnaireOfPreinscription:
                    roles.Add("of-preinscription");
                    break;
                case ProfilGestion.GestionnaireOfGeneral:
                    roles.Add("of-general");
                    break;
            }
        }

        return roles;
    }
}
