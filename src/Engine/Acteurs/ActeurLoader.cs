using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Persistence;

namespace Rafael.Engine.Acteurs;

/// <summary>Loads the <see cref="Acteur"/> of an account from the database.</summary>
public sealed class ActeurLoader(RafaelDbContext db)
{
    /// <summary>Loads the account's current rights; null when the account no longer exists or is not active.</summary>
    /// <param name="compteId">The account.</param>
    /// <param name="administrateurId">The administrator who took control, if any.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The actor, or null.</returns>
    public async Task<Acteur?> ChargerAsync(Guid compteId, Guid? administrateurId, CancellationToken cancellationToken = default)
    {
        var compte = await db.Users.AsNoTracking()
            .Where(c => c.Id == compteId && c.Statut == Comptes.StatutCompte.Actif)
            .Select(c => new { c.Id, c.Prenom, c.NomFamille, c.EstAdministrateur, c.StructureCouranteId })
            .SingleOrDefaultAsync(cancellationToken);
        if (compte is null)
        {
            return null;
        }

        var rattachement = compte.StructureCouranteId is { } structureId
            ? await db.Rattachements.AsNoTracking()
                .Where(r => r.CompteId == compteId && r.StructureId == structureId)
                .Select(r => new { r.Profil, r.EstReferent })
                .SingleOrDefaultAsync(cancellationToken)
            : null;

        return new Acteur(
            compte.Id,
            $"{compte.Prenom} {compte.NomFamille}",
            compte.EstAdministrateur,
            rattachement is null ? null : compte.StructureCouranteId,
            rattachement?.Profil,
            rattachement?.EstReferent ?? false,
            administrateurId);
    }
}
