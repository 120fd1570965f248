using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Common;
using Rafael.Engine.Demandes;
using Rafael.Engine.Persistence;
using Rafael.Engine.Rattachements;

namespace Rafael.Engine.Comptes;

/// <summary>A person's own account (ACC-09) and the administrators' direct creation of accounts (HAB-02).</summary>
public sealed class ComptesService(RafaelDbContext db, UserManager<Compte> comptes, TimeProvider time)
{
    /// <summary>The caller's account, tracked.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The account.</returns>
    public async Task<Compte> MoiAsync(Acteur acteur, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        return await db.Users.SingleAsync(c => c.Id == acteur.CompteId, cancellationToken);
    }

    /// <summary>An account, read-only.</summary>
    /// <param name="compteId">The account.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The account, not tracked.</returns>
    public async Task<Compte> LireAsync(Guid compteId, CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking().SingleAsync(c => c.Id == compteId, cancellationToken);

    /// <summary>The caller's attachments with the structures' names.</summary>
    /// <param name="compteId">The account.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>(attachment, structure name) pairs, by structure name.</returns>
    public async Task<IReadOnlyList<(Rattachement Rattachement, string Structure)>> RattachementsAsync(Guid compteId, CancellationToken cancellationToken = default)
    {
        var lignes = await db.Rattachements.AsNoTracking()
            .Where(r => r.CompteId == compteId)
            .Join(db.Structures, r => r.StructureId, s => s.Id, (r, s) => new { r, s.Nom })
            .OrderBy(x => x.Nom)
            .ToListAsync(cancellationToken);
        return [.. lignes.Select(x => (x.r, x.Nom))];
    }

    /// <summary>The person edits their own information (ACC-09).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="email">New email (also the login).</param>
    /// <param name="prenom">First name.</param>
    /// <param name="nom">Last name.</param>
    /// <param name="telephone">Phone.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The account.</returns>
    public async Task<Compte> ModifierMoiAsync(Acteur acteur, string email, string prenom, string nom, string? telephone, CancellationToken cancellationToken = default)
    {
        var compte = await MoiAsync(acteur, cancellationToken);
        compte.ModifierIdentite(prenom, nom, telephone);
        if (!string.Equals(compte.Email, email, StringComparison.OrdinalIgnoreCase))
        {
            if (await comptes.FindByEmailAsync(email) is not null)
            {
                throw new ChampsInvalidesException("email", "Cette adresse email est déjà celle d'un autre compte.");
            }

            // One change of the row: Identity's SetEmail then SetUserName would each stamp a new concurrency token.
            compte.ChangerEmail(email, comptes.NormalizeEmail(email));
        }

        await db.SaveChangesAsync(cancellationToken);
        return compte;
    }

    /// <summary>The person changes their password, giving the current one (ACC-09).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="actuel">Current password.</param>
    /// <param name="nouveau">New password.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    public async Task ChangerMotDePasseAsync(Acteur acteur, string actuel, string nouveau, CancellationToken cancellationToken = default)
    {
        var compte = await MoiAsync(acteur, cancellationToken);
        var resultat = await comptes.ChangePasswordAsync(compte, actuel, nouveau);
        if (!resultat.Succeeded && resultat.Errors.Any(e => e.Code == "PasswordMismatch"))
        {
            throw new ChampsInvalidesException("motDePasseActuel", "Le mot de passe actuel est incorrect.");
        }

        DemandesService.ExigerSucces(resultat);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Chooses the structure the person acts for (ACC-09); they must be attached to it.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="structureId">The structure.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    public async Task ChoisirStructureCouranteAsync(Acteur acteur, Guid structureId, CancellationToken cancellationToken = default)
    {
        var compte = await MoiAsync(acteur, cancellationToken);
        if (!await db.Rattachements.AnyAsync(r => r.CompteId == compte.Id && r.StructureId == structureId, cancellationToken))
        {
            throw new RegleRefuseeException("ACC-09", "Vous n'êtes pas rattaché à cette structure : demandez d'abord votre rattachement.", "structureId");
        }

        compte.ChoisirStructureCourante(structureId);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An administrator creates an active account attached to a structure with a profile (HAB-02).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="email">Email.</param>
    /// <param name="motDePasse">Initial password.</param>
    /// <param name="prenom">First name.</param>
    /// <param name="nom">Last name.</param>
    /// <param name="structureId">The structure.</param>
    /// <param name="profil">The profile there.</param>
    /// <param name="referent">Whether the person becomes the structure's référent.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The account.</returns>
    public async Task<Compte> CreerParAdministrateurAsync(Acteur acteur, string email, string motDePasse, string prenom, string nom, Guid structureId, ProfilGestion? profil, bool referent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        acteur.ExigerAdministrateur();
        var structure = await db.Structures.FindAsync([structureId], cancellationToken)
            ?? throw new ChampsInvalidesException("structureId", "Cette structure n'existe pas.");
        if (await comptes.FindByEmailAsync(email) is not null)
        {
            throw new RegleRefuseeException("ACC-07", "Un compte existe déjà pour cette adresse email : rattachez-le à la structure plutôt que d'en créer un second.", "email");
        }

        var maintenant = time.GetUtcNow();
        var compte = new Compte(email, prenom, nom, null, maintenant);
        compte.Activer();
        DemandesService.ExigerSucces(await comptes.CreateAsync(compte, motDePasse));
        var rattachement = new Rattachement(compte.Id, structureId, maintenant);
        if (profil is { } p)
        {
            rattachement.AttribuerProfil(p, structure);
        }

        if (referent)
        {
            foreach (var r in await db.Rattachements.Where(r => r.StructureId == structureId && r.EstReferent).ToListAsync(cancellationToken))
            {
                r.RetirerReferent();
            }

            rattachement.NommerReferent();
        }

        db.Rattachements.Add(rattachement);
        compte.ChoisirStructureCourante(structureId);
        await db.SaveChangesAsync(cancellationToken);
        return compte;
    }

    /// <summary>Checks that an administrator may take control of <paramref name="compteId"/> (ACC-10).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="compteId">The account to act for.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The account.</returns>
    public async Task<Compte> PreparerPriseDeControleAsync(Acteur acteur, Guid compteId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        acteur.ExigerAdministrateur();
        if (acteur.AdministrateurId is not null)
        {
            throw new RegleRefuseeException("ACC-10", "Vous agissez déjà pour le compte de quelqu'un : rendez d'abord la main.");
        }

        var compte = await db.Users.SingleOrDefaultAsync(c => c.Id == compteId, cancellationToken)
            ?? throw new IntrouvableException("Compte introuvable.");
        if (compte.Statut != StatutCompte.Actif)
        {
            throw new RegleRefuseeException("ACC-10", "On ne peut prendre le contrôle que d'un compte actif.");
        }

        if (compte.Id == acteur.CompteId)
        {
            throw new RegleRefuseeException("ACC-10", "Vous ne pouvez pas prendre le contrôle de votre propre compte.");
        }

        return compte;
    }
}
