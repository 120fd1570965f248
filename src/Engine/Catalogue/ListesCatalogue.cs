using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Common;
using Rafael.Engine.Persistence;
using Rafael.Engine.Rattachements;

namespace Rafael.Engine.Catalogue;

/// <summary>The catalogue's lists: an OF's or a funder's actions by tab (CIR-07), the administrators' queues
/// (CIR-05, CAT-10), and the likely duplicates shown before a creation (CAT-11).</summary>
public sealed class ListesCatalogue(RafaelDbContext db)
{
    /// <summary>The statuses of the administrators' check queue (CIR-01, CIR-04).</summary>
    public static readonly string[] StatutsAVerifier = [ActionFormation.Creee, ActionFormation.Modifiee];

    /// <summary>The caller's catalogue: an OF sees the actions it is Responsable of, a funder its funded actions, an
    /// administrator all of them.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="filtre">Tab, filter, sort, page.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>One page.</returns>
    public async Task<PageCatalogue<ActionResume>> ListerAsync(Acteur acteur, FiltreCatalogue filtre, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        ArgumentNullException.ThrowIfNull(filtre);
        var actions = db.Actions.AsNoTracking();
        if (acteur.EstAdministrateur)
        {
            if (filtre.ResponsableId is { } r)
            {
                actions = actions.Where(a => a.ResponsableId == r);
            }
        }
        else if (acteur.StructureCouranteId is { } structure && acteur.Profil == ProfilGestion.GestionnaireFinanceur)
        {
            actions = actions.Where(a => a.FinanceurId == structure);
        }
        else if (acteur.StructureCouranteId is { } of && acteur.Profil is ProfilGestion.GestionnaireOfCatalogue or ProfilGestion.GestionnaireOfGeneral or ProfilGestion.GestionnaireOfPreinscription)
        {
            actions = actions.Where(a => a.ResponsableId == of);
        }
        else
        {
            throw new InterditException("CAT-03", "Le catalogue se consulte par un organisme de formation, un financeur ou un administrateur.");
        }

        return await PageAsync(Filtrer(actions, filtre), filtre, cancellationToken);
    }

    /// <summary>The administrators' check queue: OF actions Créée or Modifiée, oldest first (CIR-01, CIR-04, CIR-05).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="filtre">Filter and page (the tab is ignored).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>One page.</returns>
    public async Task<PageCatalogue<ActionResume>> AVerifierAsync(Acteur acteur, FiltreCatalogue filtre, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        ArgumentNullException.ThrowIfNull(filtre);
        acteur.ExigerAdministrateur();
        // Constants, not a parameter list, so that PostgreSQL matches the queue's partial index.
        var actions = db.Actions.AsNoTracking().Where(a => a.Status == ActionFormation.Creee || a.Status == ActionFormation.Modifiee);
        return await PageAsync(Filtrer(actions, filtre with { Onglet = null }), filtre with { Tri = filtre.Tri ?? "modification", Croissant = filtre.Tri is null || filtre.Croissant }, cancellationToken);
    }

    /// <summary>The administrators' queue of session deletion requests (CAT-10), oldest first.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The sessions.</returns>
    public async Task<IReadOnlyList<Session>> SuppressionsDemandeesAsync(Acteur acteur, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        acteur.ExigerAdministrateur();
        return await db.Sessions.AsNoTracking().Where(s => s.Status == Session.SuppressionDemandee).OrderBy(s => s.ModifieeLe).Take(FiltreCatalogue.TailleMax).ToListAsync(cancellationToken);
    }

    /// <summary>CAT-11: the OF's published actions with the same title and the same certifications as the one it is
    /// about to create.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="intitule">The title typed.</param>
    /// <param name="certifications">The certification codes typed.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The likely duplicates.</returns>
    public async Task<IReadOnlyList<ActionResume>> DoublonsAsync(Acteur acteur, string intitule, IReadOnlyCollection<string> certifications, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        ArgumentNullException.ThrowIfNull(certifications);
        if (acteur.StructureCouranteId is not { } of)
        {
            return [];
        }

        var titre = Normaliser(intitule);
        var candidates = await db.Actions.AsNoTracking()
            .Where(a => a.ResponsableId == of && a.Status == ActionFormation.Publiee && a.Intitule.ToLower() == titre)
            .ToListAsync(cancellationToken);
        var codes = certifications.Select(c => c.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. candidates
            .Where(a => a.Certifications.Select(c => c.Code).ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(codes))
            .Select(a => new ActionResume(a.Id, a.Reference, a.Intitule, a.Status, a.Conventionnee, a.ResponsableId, a.ModifieeLe, 0))];
    }

    private static string Normaliser(string intitule) => string.Join(' ', intitule.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static IQueryable<ActionFormation> Filtrer(IQueryable<ActionFormation> actions, FiltreCatalogue filtre)
    {
        if (filtre.Onglet is { Length: > 0 } onglet)
        {
            actions = actions.Where(a => a.Status == onglet);
        }

        if (filtre.Conventionnee is { } conventionnee)
        {
            actions = actions.Where(a => a.Conventionnee == conventionnee);
        }

        if (filtre.Recherche?.Trim() is { Length: > 0 } recherche)
        {
            var motif = recherche.ToLowerInvariant();
            actions = actions.Where(a => a.Reference == recherche || a.Intitule.ToLower().Contains(motif));
        }

        return actions;
    }

    private async Task<PageCatalogue<ActionResume>> PageAsync(IQueryable<ActionFormation> actions, FiltreCatalogue filtre, CancellationToken cancellationToken)
    {
        var taille = Math.Clamp(filtre.Taille, 1, FiltreCatalogue.TailleMax);
        var page = Math.Max(1, filtre.Page);
        var total = await actions.CountAsync(cancellationToken);
        actions = (filtre.Tri, filtre.Croissant) switch
        {
            ("intitule", true) => actions.OrderBy(a => a.Intitule).ThenBy(a => a.Reference),
            ("intitule", false) => actions.OrderByDescending(a => a.Intitule).ThenBy(a => a.Reference),
            ("reference", true) => actions.OrderBy(a => a.Reference),
            ("reference", false) => actions.OrderByDescending(a => a.Reference),
            (_, true) => actions.OrderBy(a => a.ModifieeLe).ThenBy(a => a.Reference),
            _ => actions.OrderByDescending(a => a.ModifieeLe).ThenBy(a => a.Reference),
        };
        var lignes = await actions
            .Skip((page - 1) * taille)
            .Take(taille)
            .Select(a => new { a.Id, a.Reference, a.Intitule, a.Status, a.Conventionnee, a.ResponsableId, a.ModifieeLe })
            .ToListAsync(cancellationToken);

        // Sessions are counted for the page's actions only, in a second query: counted in the page query, PostgreSQL
        // counts them for every row skipped by the offset too.
        var ids = lignes.Select(l => l.Id).ToList();
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => ids.Contains(s.ActionId) && s.Status != Session.Annulee && s.Status != Session.Supprimee)
            .GroupBy(s => s.ActionId)
            .Select(g => new { ActionId = g.Key, Nombre = g.Count() })
            .ToDictionaryAsync(g => g.ActionId, g => g.Nombre, cancellationToken);
        var elements = lignes
            .Select(a => new ActionResume(a.Id, a.Reference, a.Intitule, a.Status, a.Conventionnee, a.ResponsableId, a.ModifieeLe, sessions.GetValueOrDefault(a.Id)))
            .ToList();
        return new PageCatalogue<ActionResume>(elements, total, page, taille);
    }
}
