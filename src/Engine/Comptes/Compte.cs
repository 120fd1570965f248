using Microsoft.AspNetCore.Identity;

namespace Rafael.Engine.Comptes;

/// <summary>
/// A person's one account (ACC-02): the email is the login. Rights are not held here but per structure, in
/// <see cref="Rattachements.Rattachement"/>. Identity's <c>ConcurrencyStamp</c> guards concurrent changes.
/// </summary>
public sealed class Compte : IdentityUser<Guid>
{
    /// <summary>For EF Core and Identity, which need a parameterless constructor.</summary>
    public Compte()
    {
        Prenom = string.Empty;
        NomFamille = string.Empty;
    }

    /// <summary>Creates an account awaiting validation.</summary>
    /// <param name="email">Email, also the login.</param>
    /// <param name="prenom">First name.</param>
    /// <param name="nomFamille">Last name.</param>
    /// <param name="telephone">Phone, optional.</param>
    /// <param name="creeLe">When it is created.</param>
    public Compte(string email, string prenom, string nomFamille, string? telephone, DateTimeOffset creeLe)
    {
        Id = Guid.NewGuid();
        Email = email;
        UserName = email;
        Prenom = prenom;
        NomFamille = nomFamille;
        PhoneNumber = telephone;
        CreeLe = creeLe;
        LockoutEnabled = true;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    /// <summary>First name.</summary>
    public string Prenom { get; private set; }

    /// <summary>Last name.</summary>
    public string NomFamille { get; private set; }

    /// <summary>Status: only <see cref="StatutCompte.Actif"/> signs in.</summary>
    public StatutCompte Statut { get; private set; }

    /// <summary>A platform administrator (Cap Métiers): decides requests without a référent, manages structures and rights.</summary>
    public bool EstAdministrateur { get; private set; }

    /// <summary>The structure the person currently acts for (ACC-09); null until they have one.</summary>
    public Guid? StructureCouranteId { get; private set; }

    /// <summary>When the account was created.</summary>
    public DateTimeOffset CreeLe { get; private set; }

    /// <summary>The name shown to others.</summary>
    public string NomAffiche => $"{Prenom} {NomFamille}";

    /// <summary>Validates the account: it may now sign in.</summary>
    public void Activer() => Statut = StatutCompte.Actif;

    /// <summary>The account request was refused.</summary>
    public void Refuser() => Statut = StatutCompte.Refuse;

    /// <summary>A refused person asks again with the same email: the account goes back to awaiting a decision.</summary>
    /// <param name="prenom">First name.</param>
    /// <param name="nomFamille">Last name.</param>
    /// <param name="telephone">Phone.</param>
    public void RedemanderAcces(string prenom, string nomFamille, string? telephone)
    {
        Prenom = prenom;
        NomFamille = nomFamille;
        PhoneNumber = telephone;
        Statut = StatutCompte.EnAttente;
    }

    /// <summary>Grants the platform administrator right.</summary>
    public void NommerAdministrateur() => EstAdministrateur = true;

    /// <summary>The person edits their own information (ACC-09); the email is changed through Identity.</summary>
    /// <param name="prenom">First name.</param>
    /// <param name="nomFamille">Last name.</param>
    /// <param name="telephone">Phone.</param>
    public void ModifierIdentite(string prenom, string nomFamille, string? telephone)
    {
        Prenom = prenom;
        NomFamille = nomFamille;
        PhoneNumber = telephone;
    }

    /// <summary>Changes the email, which is also the login; the security stamp changes so that other sessions end.</summary>
    /// <param name="email">The new email.</param>
    /// <param name="normalise">Identity's normalised form of it.</param>
    public void ChangerEmail(string email, string normalise)
    {
        Email = email;
        UserName = email;
        NormalizedEmail = normalise;
        NormalizedUserName = normalise;
        EmailConfirmed = false;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    /// <summary>Chooses the structure the person acts for; the caller has checked the attachment.</summary>
    /// <param name="structureId">The structure.</param>
    public void ChoisirStructureCourante(Guid? structureId) => StructureCouranteId = structureId;
}
