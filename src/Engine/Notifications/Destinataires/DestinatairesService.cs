using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Comptes;
using Rafael.Engine.Persistence;
using Rafael.Engine.Rattachements;

namespace Rafael.Engine.Notifications.Destinataires;

/// <summary>
/// Finds the people behind a recipient role: an account, the administrators, the members of a structure with a
/// given profile or the référents. Only active accounts receive emails, except the person whose own request is
/// decided (their account is not active yet).
/// </summary>
/// <param name="db">The unit of work.</param>
public sealed class DestinatairesService(RafaelDbContext db)
{
    /// <summary>One account, whatever its status.</summary>
    /// <param name="compteId">The account.</param>
    /// <param name="role">The role it receives in.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The recipient, or none when the account is gone.</returns>
    public async Task<IReadOnlyList<Destinataire>> CompteAsync(Guid compteId, string role, CancellationToken cancellationToken = default)
    {
        var compte = await db.Users.AsNoTracking().Where(c => c.Id == compteId && c.Email != null).SingleOrDefaultAsync(cancellationToken);
        return compte is null ? [] : [new Destinataire(compte.Id, compte.Email!, compte.Prenom, compte.NomFamille, role)];
    }

    /// <summary>The active platform administrators.</summary>
    /// <param name="role">The role they receive in.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The recipients.</returns>
    public async Task<IReadOnlyList<Destinataire>> AdministrateursAsync(string role, CancellationToken cancellationToken = default)
    {
        var comptes = await db.Users.AsNoTracking()
            .Where(c => c.EstAdministrateur && c.Statut == StatutCompte.Actif && c.Email != null)
            .OrderBy(c => c.Email)
            .ToListAsync(cancellationToken);
        return [.. comptes.Select(c => new Destinataire(c.Id, c.Email!, c.Prenom, c.NomFamille, role))];
    }

    /// <summary>The active members of a structure who are référents or whose profile passes <paramref name="profil"/>.</summary>
    /// <param name="structureId">The structure.</param>
    /// <param name="role">The role they receive in.</param>
    /// <param name="referents">Whether the structure's référents are included whatever their profile.</param>
    /// <param name="profil">Which management profiles are included.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The recipients, by address.</returns>
    public async Task<IReadOnlyList<Destinataire>> MembresAsync(
        Guid structureId, string role, bool referents, Func<ProfilGestion?, bool> profil, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profil);
        var membres = await db.Rattachements.AsNoTracking()
            .Where(r => r.StructureId == structureId)
            .Join(db.Users.Where(c => c.Statut == StatutCompte.Actif && c.Email != null), r => r.CompteId, c => c.Id, (r, c) => new { r.Profil, r.EstReferent, Compte = c })
            .ToListAsync(cancellationToken);
        return [.. membres
            .Where(m => (referents && m.EstReferent) || profil(m.Profil))
            .OrderBy(m => m.Compte.Email, StringComparer.Ordinal)
            .Select(m => new Destinataire(m.Compte.Id, m.Compte.Email!, m.Compte.Prenom, m.Compte.NomFamille, role))];
    }

    /// <summary>The référents of a structure.</summary>
    /// <param name="structureId">The structure.</param>
    /// <param name="role">The role they receive in.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The recipients.</returns>
    public Task<IReadOnlyList<Destinataire>> ReferentsAsync(Guid structureId, string role, CancellationToken cancellationToken = default) =>
        MembresAsync(structureId, role, referents: true, _ => false, cancellationToken);

    /// <summary>The OF users who handle candidatures on a structure (profile préinscription or général, CAT-03).</summary>
    /// <param name="structureId">The Responsable or Positionneur structure.</param>
    /// <param name="role">The role they receive in.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The recipients.</returns>
    public Task<IReadOnlyList<Destinataire>> PreinscriptionAsync(Guid structureId, string role, CancellationToken cancellationToken = default) =>
        MembresAsync(structureId, role, referents: false, Profils.GerePreinscriptions, cancellationToken);

    /// <summary>The OF users who handle the catalogue on a structure (profile catalogue or général, CAT-03).</summary>
    /// <param name="structureId">The Responsable structure.</param>
    /// <param name="role">The role they receive in.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The recipients.</returns>
    public Task<IReadOnlyList<Destinataire>> CatalogueAsync(Guid structureId, string role, CancellationToken cancellationToken = default) =>
        MembresAsync(structureId, role, referents: false, Profils.GereCatalogue, cancellationToken);
}
