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
        // One round trip: the account and its rattachement to its current structure, if it still has one.
        var compte = await (
            from c in db.Users.AsNoTracking()
            where c.Id == compteId && c.Statut == Comptes.StatutCompte.Actif
            from r in db.Rattachements.AsNoTracking().Where(r => r.CompteId == c.Id && r.StructureId == c.StructureCouranteId).DefaultIfEmpty()
            select new { c.Id, c.Prenom, c.NomFamille, c.EstAdministrateur, c.StructureCouranteId, Rattache = r != null, Profil = r == null ? null : r.Profil, EstReferent = r != null && r.EstReferent })
            .SingleOrDefaultAsync(cancellationToken);
        if (compte is null)
        {
            return null;
        }

        return new Acteur(
            compte.Id,
            $"{compte.Prenom} {compte.NomFamille}",
            compte.EstAdministrateur,
            compte.Rattache ? compte.StructureCouranteId : null,
            compte.Profil,
            compte.EstReferent,
            administrateurId);
    }
}
