using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Catalogue;
using Rafael.Engine.OffreInfo;
using Rafael.Engine.Persistence;

namespace Rafael.Engine.Candidatures;

/// <summary>The funded sessions of the catalogue, as candidatures read them.</summary>
public sealed class SessionsCandidatablesCatalogue(RafaelDbContext db) : ISessionsCandidatables
{
    /// <inheritdoc />
    public async Task<SessionCandidatable?> TrouverAsync(Guid sessionId, CancellationToken cancellationToken) =>
        (await LireAsync(Financees().Where(x => x.Session.Id == sessionId), cancellationToken)).SingleOrDefault();

    /// <inheritdoc />
    public async Task<IReadOnlyList<SessionCandidatable>> TrouverAsync(IReadOnlyCollection<Guid> sessionIds, CancellationToken cancellationToken)
    {
        var ids = sessionIds.ToArray();
        return await LireAsync(Financees().Where(x => ids.Contains(x.Session.Id)), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SessionCandidatable>> OuvertesAsync(IReadOnlyCollection<string> mesures, RechercheSessions criteres, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteres);
        var codes = mesures.ToArray();
        var requete = Financees().Where(x => x.Session.Status == Session.Ouverte && x.Action.Status == ActionFormation.Publiee && codes.Contains(x.Mesure));
        if (criteres.Du is { } du)
        {
            requete = requete.Where(x => x.Session.DateFin >= du);
        }

        if (criteres.Au is { } au)
        {
            requete = requete.Where(x => x.Session.DateDebut <= au);
        }

        if (!string.IsNullOrWhiteSpace(criteres.Dispositif))
        {
            requete = requete.Where(x => x.Session.CodeDispositif == criteres.Dispositif);
        }

        if (!string.IsNullOrWhiteSpace(criteres.Mesure))
        {
            requete = requete.Where(x => x.Mesure == criteres.Mesure);
        }

        if (!string.IsNullOrWhiteSpace(criteres.Texte))
        {
            var texte = criteres.Texte.Trim().ToUpperInvariant();
            requete = requete.Where(x => x.Action.Intitule.ToUpper().Contains(texte) || x.Session.Reference.Contains(texte) || x.Action.Reference.Contains(texte));
        }

        var sessions = await LireAsync(requete, cancellationToken);

        // The place is stored as a JSON document: the département or town filter applies to what the query found.
        if (!string.IsNullOrWhiteSpace(criteres.Lieu))
        {
            var lieu = criteres.Lieu.Trim();
            sessions = [.. sessions.Where(s => (s.CodePostal ?? string.Empty).StartsWith(lieu, StringComparison.Ordinal)
                || string.Equals(s.Ville, lieu, StringComparison.OrdinalIgnoreCase))];
        }

        return [.. sessions.OrderBy(s => s.DateDebut).ThenBy(s => s.Reference)];
    }

    private IQueryable<Ligne> Financees() =>
        from s in db.Sessions.AsNoTracking()
        join a in db.Actions.AsNoTracking() on s.ActionId equals a.Id
        join m in db.Mesures.AsNoTracking() on s.MesureId equals m.Id
        join f in db.Structures.AsNoTracking() on s.FinanceurId equals f.Id into financeurs
        from f in financeurs.DefaultIfEmpty()
        where s.Conventionnee
        select new Ligne { Session = s, Action = a, Mesure = m.Code, Financeur = f == null ? null : f.Nom };

    private static async Task<List<SessionCandidatable>> LireAsync(IQueryable<Ligne> requete, CancellationToken cancellationToken)
    {
        var lignes = await requete.ToListAsync(cancellationToken);
        return [.. lignes.Select(Vers)];
    }

    private static SessionCandidatable Vers(Ligne l) => new()
    {
        Id = l.Session.Id,
        Reference = l.Session.Reference,
        Intitule = l.Action.Intitule,
        Dispositif = l.Session.CodeDispositif ?? string.Empty,
        Mesure = l.Mesure,
        Financeur = l.Financeur,
        NumeroMarche = l.Session.NumeroMarche,
        EffectifVise = l.Session.Places ?? 0,
        CapaciteAccueil = l.Session.CapaciteAccueil ?? 0,
        Coefficient = l.Session.Coefficient ?? 1,
        DateDebut = l.Session.DateDebut,
        DateFin = l.Session.DateFin,
        DateLimiteInscription = l.Session.DateLimiteInscription ?? l.Session.DateDebut,
        DateLimiteEntreeTardive = l.Session.DateLimiteEntreeTardive ?? l.Session.DateDebut,
        TypeEntree = l.Session.TypeEntree switch
        {
            TypeEntree.EntreesSortiesPermanentes => TypeEntreeSession.EntreesSortiesPermanentes,
            TypeEntree.EntreesSortiesSequencees => TypeEntreeSession.EntreesSortiesSequencees,
            _ => TypeEntreeSession.DatesFixes,
        },
        HeuresHebdomadaires = l.Session.HeuresHebdomadaires,
        ResponsableId = l.Action.ResponsableId,
        FormateurId = l.Session.FormateurId,
        PositionneurId = l.Session.PositionneurId,
        Ville = l.Session.Lieu.Ville,
        CodePostal = l.Session.Lieu.CodePostal,
        Annulee = l.Session.Status == Session.Annulee,
        OuverteAuxCandidatures = l.Session.Status == Session.Ouverte && l.Action.Status == ActionFormation.Publiee,
        Publiee = ComptageTableauDeBord.Compte(l.Action.Status, l.Session.Status),
    };

    private sealed class Ligne
    {
        public required Session Session { get; init; }

        public required ActionFormation Action { get; init; }

        public required string Mesure { get; init; }

        public string? Financeur { get; init; }
    }
}
