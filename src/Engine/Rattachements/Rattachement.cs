using Rafael.Engine.Common;
using Rafael.Engine.Structures;

namespace Rafael.Engine.Rattachements;

/// <summary>
/// A person attached to a structure (ACC-02), with the rights they hold there: one management profile at most
/// (ACC-04), the other profiles, and the référent star (ACC-08).
/// </summary>
public sealed class Rattachement : IVersionne
{
    private Rattachement()
    {
    }

    /// <summary>Attaches a person to a structure, with no profile yet.</summary>
    /// <param name="compteId">The person's account.</param>
    /// <param name="structureId">The structure.</param>
    /// <param name="rattacheLe">When.</param>
    public Rattachement(Guid compteId, Guid structureId, DateTimeOffset rattacheLe)
    {
        Id = Guid.NewGuid();
        CompteId = compteId;
        StructureId = structureId;
        RattacheLe = rattacheLe;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>The person.</summary>
    public Guid CompteId { get; private set; }

    /// <summary>The structure.</summary>
    public Guid StructureId { get; private set; }

    /// <summary>The management profile held in this structure, if any.</summary>
    public ProfilGestion? Profil { get; private set; }

    /// <summary>Employeur, Prestataire.</summary>
    public AutresProfils AutresProfils { get; private set; }

    /// <summary>The person administers the structure's accounts.</summary>
    public bool EstReferent { get; private set; }

    /// <summary>When the person was attached.</summary>
    public DateTimeOffset RattacheLe { get; private set; }

    /// <inheritdoc />
    public int Version { get; private set; }

    /// <summary>Assigns the management profile (ACC-03, ACC-04).</summary>
    /// <param name="profil">The profile.</param>
    /// <param name="structure">The structure, whose type the profile must fit.</param>
    /// <exception cref="RegleRefuseeException">A profile is already held, or it does not fit the structure.</exception>
    public void AttribuerProfil(ProfilGestion profil, Structure structure)
    {
        ArgumentNullException.ThrowIfNull(structure);
        if (Profil is { } actuel)
        {
            throw new RegleRefuseeException(
                "ACC-04",
                $"Cette personne a déjà le profil « {Profils.Libelle(actuel)} » dans cette structure : un seul profil de gestion par structure. Retirez-le avant d'en attribuer un autre.",
                "profil");
        }

        if (!structure.Est(Profils.TypeRequis(profil)))
        {
            throw new RegleRefuseeException(
                "ACC-03",
                $"Le profil « {Profils.Libelle(profil)} » ne peut pas être attribué dans {structure.Nom}, qui n'est pas {LibelleType(Profils.TypeRequis(profil))}.",
                "profil");
        }

        Profil = profil;
    }

    /// <summary>Removes the management profile; the person stays attached.</summary>
    public void RetirerProfil() => Profil = null;

    /// <summary>Sets the non-management profiles.</summary>
    /// <param name="autres">Employeur, Prestataire.</param>
    public void DefinirAutresProfils(AutresProfils autres) => AutresProfils = autres;

    /// <summary>Marks the person as the structure's référent.</summary>
    public void NommerReferent() => EstReferent = true;

    /// <summary>Removes the référent star (when another person is named).</summary>
    public void RetirerReferent() => EstReferent = false;

    /// <inheritdoc />
    public void IncrementerVersion() => Version++;

    private static string LibelleType(TypesStructure type) => type switch
    {
        TypesStructure.OrganismeFormation => "un organisme de formation",
        TypesStructure.Prescripteur => "un prescripteur",
        TypesStructure.Financeur => "un financeur",
        _ => type.ToString(),
    };
}
