using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Catalogue;
using Rafael.Engine.Common;
using Rafael.Engine.Persistence;
using Rafael.Rules;

namespace Rafael.Engine.Candidatures;

/// <summary>
/// The list by session (DASH-02). A session is listed to the structures that are Responsable, Positionneur or Formateur
/// of it, to the prescriber structures that made candidatures on it, and to administrators. Its counts follow CAND-06:
/// a structure with a role on the session counts every candidature that reached the OF (the Formateur sees counts
/// only, which is what this list is); a prescriber counts its own.
/// </summary>
public sealed class SessionsCandidaturesLecture(RafaelDbContext db, IParametresProvider parametres, TimeProvider time)
{
    private static readonly string[] HorsOrganisme = [Candidature.BrouillonPrescripteur, Candidature.Supprimee];

    /// <summary>The sessions the caller sees, filtered and paged, soonest first.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="filtre">The filters.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The page.</returns>
    public async Task<PageCandidatures<LigneSessionCandidatures>> ListerAsync(Acteur acteur, FiltreSessionsCandidatures filtre, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        ArgumentNullException.ThrowIfNull(filtre);
        var requete = Filtrer(acteur, filtre);
        var total = await requete.CountAsync(cancellationToken);
        var taille = Math.Clamp(filtre.Taille, 1, 500);
        var page = Math.Max(1, filtre.Page);
        var lignes = await requete
            .OrderBy(l => l.Session.DateDebut).ThenBy(l => l.Session.Reference)
            .Skip((page - 1) * taille).Take(taille)
            .ToListAsync(cancellationToken);
        return new PageCandidatures<LigneSessionCandidatures>(await CompleterAsync(acteur, lignes, cancellationToken), total, page, taille);
    }

    /// <summary>Every session the caller sees with the filters, unpaged, for the CSV export (DASH-03), by pages of 500.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="filtre">The filters (paging ignored).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The lines, soonest first.</returns>
    public async IAsyncEnumerable<LigneSessionCandidatures> ExporterAsync(
        Acteur acteur, FiltreSessionsCandidatures filtre, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filtre);
        for (var page = 1; ; page++)
        {
            var lot = await ListerAsync(acteur, filtre with { Page = page, Taille = 500 }, cancellationToken);
            foreach (var ligne in lot.Lignes)
            {
                yield return ligne;
            }

            if (page * lot.Taille >= lot.Total)
            {
                yield break;
            }
        }
    }

    private IQueryable<Ligne> Filtrer(Acteur acteur, FiltreSessionsCandidatures filtre)
    {
        if (filtre.Etat is { } etat && !LibellesEtatsSession.Tous.ContainsKey(etat))
        {
            throw new ChampsInvalidesException("etat", $"État de session inconnu : « {etat} ». États possibles : {string.Join(", ", LibellesEtatsSession.Tous.Keys)}.");
        }

        var s = acteur.StructureCouranteId ?? Guid.Empty;
        var requete =
            from session in db.Sessions.AsNoTracking()
            join action in db.Actions.AsNoTracking() on session.ActionId equals action.Id
            join mesure in db.Mesures.AsNoTracking() on session.MesureId equals mesure.Id
            where session.Conventionnee && session.Status != Session.Supprimee
            select new Ligne { Session = session, Intitule = action.Intitule, ResponsableId = action.ResponsableId, Mesure = mesure.Code };
        if (!acteur.EstAdministrateur)
        {
            requete = requete.Where(l => l.ResponsableId == s || l.Session.PositionneurId == s || l.Session.FormateurId == s
                || db.Candidatures.Any(c => c.SessionId == l.Session.Id && c.PrescripteurStructureId == s && c.Status != Candidature.Supprimee));
        }

        requete = filtre.Role switch
        {
            RoleStructure.Responsable => requete.Where(l => l.ResponsableId == s),
            RoleStructure.Positionneur => requete.Where(l => l.Session.PositionneurId == s),
            RoleStructure.Formateur => requete.Where(l => l.Session.FormateurId == s),
            _ => requete,
        };

        var aujourdhui = JoursParis.Date(time.GetUtcNow());
        if (filtre.Terminees is { } terminees)
        {
            requete = terminees ? requete.Where(l => l.Session.DateFin < aujourdhui) : requete.Where(l => l.Session.DateFin >= aujourdhui);
        }

        if (filtre.Etat is { } statut)
        {
            requete = requete.Where(l => l.Session.Status == statut);
        }

        if (!string.IsNullOrWhiteSpace(filtre.Dispositif))
        {
            requete = requete.Where(l => l.Session.CodeDispositif == filtre.Dispositif);
        }

        if (filtre.DebutApres is { } debut)
        {
            requete = requete.Where(l => l.Session.DateDebut >= debut);
        }

        if (filtre.FinAvant is { } fin)
        {
            requete = requete.Where(l => l.Session.DateFin <= fin);
        }

        if (!string.IsNullOrWhiteSpace(filtre.Texte))
        {
            var texte = filtre.Texte.Trim().ToUpperInvariant();
            requete = requete.Where(l => l.Intitule.ToUpper().Contains(texte)
                || l.Session.Reference.Contains(texte)
                || (l.Session.NumeroMarche != null && l.Session.NumeroMarche.ToUpper().Contains(texte)));
        }

        return requete;
    }

    private async Task<IReadOnlyList<LigneSessionCandidatures>> CompleterAsync(Acteur acteur, List<Ligne> lignes, CancellationToken cancellationToken)
    {
        var s = acteur.StructureCouranteId ?? Guid.Empty;
        var ids = lignes.Select(l => l.Session.Id).ToArray();
        var structures = lignes.SelectMany(l => new[] { l.ResponsableId, l.Session.PositionneurId, l.Session.FormateurId, l.Session.FinanceurId ?? Guid.Empty }).Distinct().ToArray();
        var noms = await db.Structures.AsNoTracking().Where(x => structures.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Nom, cancellationToken);

        // What reached the OF, for the sessions where the caller's structure plays a role (or the caller administers).
        var organisme = await db.Candidatures.AsNoTracking()
            .Where(c => ids.Contains(c.SessionId) && !HorsOrganisme.Contains(c.Status))
            .GroupBy(c => new { c.SessionId, c.Status })
            .Select(g => new { g.Key.SessionId, g.Key.Status, Nombre = g.Count() })
            .ToListAsync(cancellationToken);
        var prescrites = await db.Candidatures.AsNoTracking()
            .Where(c => ids.Contains(c.SessionId) && c.PrescripteurStructureId == s && c.Status != Candidature.Supprimee)
            .GroupBy(c => new { c.SessionId, c.Status })
            .Select(g => new { g.Key.SessionId, g.Key.Status, Nombre = g.Count() })
            .ToListAsync(cancellationToken);

        var resultat = new List<LigneSessionCandidatures>(lignes.Count);
        foreach (var l in lignes)
        {
            var session = l.Session;
            var roles = new List<RoleStructure>(3);
            if (l.ResponsableId == s)
            {
                roles.Add(RoleStructure.Responsable);
            }

            if (session.PositionneurId == s)
            {
                roles.Add(RoleStructure.Positionneur);
            }

            if (session.FormateurId == s)
            {
                roles.Add(RoleStructure.Formateur);
            }

            var toutes = organisme.Where(o => o.SessionId == session.Id).ToDictionary(o => o.Status, o => o.Nombre);
            var visibles = acteur.EstAdministrateur || roles.Count > 0
                ? toutes
                : prescrites.Where(o => o.SessionId == session.Id).ToDictionary(o => o.Status, o => o.Nombre);
            var p = await parametres.GetAsync(session.CodeDispositif ?? string.Empty, cancellationToken);
            var maximum = (int)Math.Floor((session.Coefficient ?? 1) * ((p.QuotaSurCapaciteAccueil ? session.CapaciteAccueil : session.Places) ?? 0));
            resultat.Add(new LigneSessionCandidatures(
                session.Id,
                session.Reference,
                l.Intitule,
                session.FinanceurId is { } f ? noms.GetValueOrDefault(f) : null,
                session.NumeroMarche,
                session.CodeDispositif ?? string.Empty,
                l.Mesure,
                noms.GetValueOrDefault(l.ResponsableId, string.Empty),
                noms.GetValueOrDefault(session.PositionneurId, string.Empty),
                noms.GetValueOrDefault(session.FormateurId, string.Empty),
                $"{session.Lieu.CodePostal} {session.Lieu.Ville}".Trim(),
                session.DateDebut,
                session.DateFin,
                session.Status,
                LibellesEtatsSession.De(session.Status),
                roles,
                Candidature.StatutsOccupantUnePlace.Sum(x => toutes.GetValueOrDefault(x)),
                maximum,
                ComptesParEtat.De(visibles)));
        }

        return resultat;
    }

    private sealed class Ligne
    {
        public required Session Session { get; init; }

        public required string Intitule { get; init; }

        public required Guid ResponsableId { get; init; }

        public required string Mesure { get; init; }
    }
}
