using Rafael.Engine.Common;
using Rafael.Engine.Rattachements;

namespace Rafael.Engine.Acteurs;

/// <summary>
/// The signed-in person as they act now: their current structure and the profile they hold there (ACC-09), read
/// from the database at each request so that a removed right stops at once.
/// </summary>
/// <param name="CompteId">The account.</param>
/// <param name="Nom">Display name.</param>
/// <param name="EstAdministrateur">Platform administrator.</param>
/// <param name="StructureCouranteId">The structure they act for, if any.</param>
/// <param name="Profil">Their management profile in that structure.</param>
/// <param name="EstReferent">Référent of that structure.</param>
/// <param name="AdministrateurId">The administrator who has taken control of this account (ACC-10), if any.</param>
public sealed record Acteur(
    Guid CompteId,
    string Nom,
    bool EstAdministrateur,
    Guid? StructureCouranteId,
    ProfilGestion? Profil,
    bool EstReferent,
    Guid? AdministrateurId)
{
    /// <summary>Refuses unless the caller is a platform administrator.</summary>
    /// <exception cref="InterditException">Not an administrator.</exception>
    public void ExigerAdministrateur()
    {
        if (!EstAdministrateur)
        {
            throw new InterditException("ACC-05", "Cette action est réservée aux administrateurs de la plateforme.");
        }
    }

    /// <summary>Refuses unless the caller acts for <paramref name="structureId"/> as its référent, or is an administrator.</summary>
    /// <param name="structureId">The structure.</param>
    /// <exception cref="InterditException">Neither référent of that structure nor administrator.</exception>
    public void ExigerReferentOuAdministrateur(Guid structureId)
    {
        if (EstAdministrateur || EstReferentDe(structureId))
        {
            return;
        }

        throw new InterditException(
            "ACC-08",
            "Seul le référent de la structure (ou un administrateur) peut faire cela. Si vous êtes référent de cette structure, choisissez-la comme structure courante.");
    }

    /// <summary>True when the caller acts for <paramref name="structureId"/> and is its référent.</summary>
    /// <param name="structureId">The structure.</param>
    /// <returns>Whether they are its référent now.</returns>
    public bool EstReferentDe(Guid structureId) => EstReferent && StructureCouranteId == structureId;
}
