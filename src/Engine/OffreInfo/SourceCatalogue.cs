using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Catalogue;
using Rafael.Engine.Common;
using Rafael.Engine.Persistence;
using Rafael.Engine.Structures;

namespace Rafael.Engine.OffreInfo;

/// <summary>
/// The published catalogue as the "Offre info" feed reads it (CIR-08): published actions (and those in Modifiée, whose
/// published version stays online, CIR-04) with their sessions still on offer, in reference order, read by pages so
/// that memory stays bounded whatever the size of the catalogue.
/// </summary>
/// <param name="db">The database.</param>
public sealed class SourceCatalogue(RafaelDbContext db) : ISourceOffreInfo
{
    private const int TaillePage = 200;

    private static readonly string[] EtatsPublies = [ActionFormation.Publiee, "modifiee"];

    private static readonly string[] SessionsRetirees = [Catalogue.Session.Annulee, Catalogue.Session.Supprimee, Catalogue.Session.Terminee];

    /// <inheritdoc />
    public async IAsyncEnumerable<ActionPubliee> LireAsync(DateTimeOffset? depuis, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The referential is small (structures, funders, programmes): read once; the offer itself is paged.
        var structures = await db.Structures.AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken);
        var mesures = await db.Mesures.AsNoTracking().ToDictionaryAsync(m => m.Id, cancellationToken);
        var dispositifs = await db.Dispositifs.AsNoTracking().ToDictionaryAsync(d => d.Id, cancellationToken);
        var apres = string.Empty;
        while (true)
        {
            var requete = db.Actions.AsNoTracking()
                .Where(a => EtatsPublies.Contains(a.Status) && string.Compare(a.Reference, apres) > 0)
                // An action whose sessions are all over is no longer on offer: it leaves the feed, it is not "left out"
                // for missing data (the report keeps that word for what cannot be exported validly).
                .Where(a => db.Sessions.Any(s => s.ActionId == a.Id && !SessionsRetirees.Contains(s.Status)));
            if (depuis is { } instant)
            {
                // PostgreSQL stores instants in UTC and Npgsql refuses any other offset: "depuis" may come with one.
                var d = instant.ToUniversalTime();
                requete = requete.Where(a => a.ModifieeLe >= d || db.Sessions.Any(s => s.ActionId == a.Id && s.ModifieeLe >= d));
            }

            var page = await requete.OrderBy(a => a.Reference).Take(TaillePage).ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                yield break;
            }

            var ids = page.Select(a => a.Id).ToList();
            var sessions = (await db.Sessions.AsNoTracking()
                    .Where(s => ids.Contains(s.ActionId) && !SessionsRetirees.Contains(s.Status))
                    .ToListAsync(cancellationToken))
                .OrderBy(s => s.Reference, StringComparer.Ordinal)
                .ToLookup(s => s.ActionId);
            foreach (var action in page)
            {
                var sessionsPubliees = sessions[action.Id]
                    .Select(s => SessionDuFlux(s, structures, mesures, dispositifs))
                    .ToList();
                yield return Action(action, structures[action.ResponsableId], sessionsPubliees);
            }

            apres = page[^1].Reference;
        }
    }

    private static ActionPubliee Action(ActionFormation a, Structure responsable, IReadOnlyList<SessionPubliee> sessions) => new(
        a.Reference,
        new OrganismeResponsable(
            responsable.Siret,
            responsable.NumeroActivite,
            responsable.Nom,
            responsable.RaisonSociale,
            Adresse(responsable.Adresse),
            a.Contacts.Select(c => c.Telephone).FirstOrDefault(t => t is not null),
            a.Contacts.Select(c => c.Email).FirstOrDefault(e => e is not null),
            a.LienWeb),
        [.. a.Contacts.Select(Contact)],
        a.Intitule,
        a.PlusDeLaFormation,
        a.LienWeb,
        a.ObjectifGeneral,
        a.Objectifs,
        a.Programme,
        a.Validation,
        [.. a.Certifications.Select(c => Certification(c.Code))],
        [.. a.Durees.Select(d => new DureeModalite(d.Modalite, (int)Math.Round(d.Heures, MidpointRounding.AwayFromZero)))],
        a.ConditionsAcces,
        a.Prerequis,
        a.Conventionnee,
        [],
        sessions,
        a.CreeeLe,
        a.ModifieeLe);

    private static SessionPubliee SessionDuFlux(
        Catalogue.Session s,
        Dictionary<Guid, Structure> structures,
        Dictionary<Guid, Habilitations.Mesure> mesures,
        Dictionary<Guid, Habilitations.Dispositif> dispositifs)
    {
        var formateur = structures[s.FormateurId];
        var informations = s.InformationsCollectives.Count == 0
            ? null
            : new InformationCollective([.. s.InformationsCollectives.Select(i => DateOnly.FromDateTime(HeureDeParis.En(i.Date).DateTime))], null);
        return new SessionPubliee(
            s.Reference,
            s.VoieAcces,
            s.HorsAlternance,
            new OrganismeFormateur(formateur.Siret, formateur.RaisonSociale),
            s.Contact is null ? null : Contact(s.Contact),
            [.. s.Certifications.Select(c => new CertificationVisee(Certification(c.Code), c.TypeValidation, [.. c.Blocs.Select(b => new BlocCompetences(b, b))]))],
            s.DateDebut,
            s.DateFin,
            s.TypeEntree,
            s.Commentaire,
            informations,
            new AdresseOffre(s.Lieu.Ligne, s.Lieu.CodePostal, s.Lieu.Ville, Departement(s.Lieu.CodePostal)),
            Financement(s, structures, mesures, dispositifs),
            s.CreeeLe,
            s.ModifieeLe);
    }

    private static FinancementSession? Financement(
        Catalogue.Session s,
        Dictionary<Guid, Structure> structures,
        Dictionary<Guid, Habilitations.Mesure> mesures,
        Dictionary<Guid, Habilitations.Dispositif> dispositifs)
    {
        if (!s.Conventionnee || s.MesureId is not { } mesureId || !mesures.TryGetValue(mesureId, out var mesure)
            || !dispositifs.TryGetValue(mesure.DispositifId, out var dispositif))
        {
            return null;
        }

        var financeur = structures.TryGetValue(dispositif.FinanceurId, out var f) ? f.Nom : dispositif.Code;
        return new FinancementSession(
            new Financeur(financeur, TypeFinanceurDe(dispositif.Code)),
            dispositif.Code,
            mesure.Code,
            s.NumeroMarche,
            s.EffectifMinimal,
            s.Places,
            s.CapaciteAccueil,
            s.Coefficient is { } c ? (int)Math.Round(c, MidpointRounding.AwayFromZero) : null,
            s.DateLimiteInscription,
            s.DateLimiteEntreeTardive,
            s.RatioSuiteParcours);
    }

    /// <summary>
    /// The LHEO funder type of a programme (docs/lheo-mapping.md): the Région's programmes, France Travail's, the
    /// State's; any other is "autre" until the funder's structure carries its type.
    /// </summary>
    /// <param name="codeDispositif">The programme's code.</param>
    /// <returns>The funder type.</returns>
    public static TypeFinanceur TypeFinanceurDe(string codeDispositif) => codeDispositif.ToUpperInvariant() switch
    {
        "PRF" or "HSP" or "PACTE" or "PRF-HSP" => TypeFinanceur.Region,
        "POEC" or "AIF" or "AFPR" or "POEI" => TypeFinanceur.FranceTravail,
        "PIC" => TypeFinanceur.EtatEmploi,
        _ => TypeFinanceur.Autre,
    };

    /// <summary>Splits a catalogue certification code into the LHEO code it is: <c>RNCP…</c>, <c>RS…</c> or a Certif Info number.</summary>
    /// <param name="code">The code as entered.</param>
    /// <returns>The certification.</returns>
    public static CertificationOffre Certification(string code)
    {
        var c = code.Trim().ToUpperInvariant();
        if (c.StartsWith("RNCP", StringComparison.Ordinal))
        {
            return new CertificationOffre(c[4..].Trim(), null, null);
        }

        if (c.StartsWith("RS", StringComparison.Ordinal))
        {
            return new CertificationOffre(null, c[2..].Trim(), null);
        }

        return new CertificationOffre(null, null, c);
    }

    private static ContactOffre Contact(ContactFormation c) => new(null, c.Nom, null, c.Telephone, c.Email);

    private static AdresseOffre Adresse(AdresseStructure a) => new(a.Ligne, a.CodePostal, a.Ville, a.Departement);

    private static string? Departement(string codePostal) =>
        codePostal.Length < 2 ? null
        : codePostal.StartsWith("97", StringComparison.Ordinal) && codePostal.Length >= 3 ? codePostal[..3]
        : codePostal.StartsWith("20", StringComparison.Ordinal) ? (string.CompareOrdinal(codePostal, "20200") < 0 ? "2A" : "2B")
        : codePostal[..2];
}
