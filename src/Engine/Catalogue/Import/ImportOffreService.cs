using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Common;
using Rafael.Engine.Persistence;
using Rafael.Engine.Rattachements;
using Rafael.Engine.Structures;

namespace Rafael.Engine.Catalogue.Import;

/// <summary>
/// Imports a funder's feed of conventionnée offer (CAT-04): each line creates or updates one session and its action,
/// found again by the funder's stable keys, so that importing the same file twice changes nothing the second time.
/// Each line is its own transaction: a refused line writes nothing. The actions and sessions change through the
/// catalogue's own commands, so an import emits the same events as the forms (e.g. <c>session.dates-modifiees</c>).
/// </summary>
public sealed class ImportOffreService(
    RafaelDbContext db,
    CatalogueService catalogue,
    PublicationService publication,
    SessionsService sessions,
    TimeProvider time)
{
    private static readonly JsonSerializerOptions Comparaison = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, MesureImportee?> mesures = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Guid?> organismes = new(StringComparer.Ordinal);

    /// <summary>Refuses anyone but an administrator or a funder's manager (CAT-04), before the file is read.</summary>
    /// <param name="acteur">The caller.</param>
    /// <exception cref="InterditException">Neither.</exception>
    public static void ExigerImporteur(Acteur acteur)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        if (!acteur.EstAdministrateur && !(acteur.Profil == ProfilGestion.GestionnaireFinanceur && acteur.StructureCouranteId is not null))
        {
            throw new InterditException("CAT-04", "L'offre conventionnée vient des financeurs : seuls un gestionnaire financeur (pour ses dispositifs) et les administrateurs l'importent.");
        }
    }

    /// <summary>Imports the lines one by one and stores the report.</summary>
    /// <param name="acteur">The caller: an administrator, or a funder's manager for its own dispositifs.</param>
    /// <param name="format">The file's format, for the report.</param>
    /// <param name="nomFichier">The file's name, if known.</param>
    /// <param name="lignes">The lines, read lazily from the file.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The stored report.</returns>
    /// <exception cref="ChampsInvalidesException">The file cannot be read; the lines before the fault stay imported and the report says so.</exception>
    public async Task<ImportOffre> ImporterAsync(Acteur acteur, string format, string? nomFichier, IAsyncEnumerable<LigneImport> lignes, CancellationToken cancellationToken = default)
    {
        ExigerImporteur(acteur);
        ArgumentNullException.ThrowIfNull(lignes);
        var rapport = new ImportOffre(format, nomFichier, acteur.CompteId, acteur.EstAdministrateur ? null : acteur.StructureCouranteId, time.GetUtcNow());
        var lues = 0;
        try
        {
            await foreach (var ligne in lignes.WithCancellation(cancellationToken))
            {
                lues++;
                if (ligne.Rejet is { } rejet)
                {
                    rapport.Rejeter(rejet);
                }
                else if (ligne.Offre is { } offre)
                {
                    await ImporterLigneAsync(acteur, ligne.Numero, offre, rapport, cancellationToken);
                }
            }
        }
        catch (FichierImportIllisibleException e)
        {
            if (lues == 0)
            {
                throw new ChampsInvalidesException("fichier", e.Message);
            }

            rapport.Interrompre(e.Message);
            await EnregistrerAsync(rapport, cancellationToken);
            throw new ChampsInvalidesException("fichier", $"{e.Message} Les {lues} ligne(s) précédentes ont été traitées : voir le rapport d'import {rapport.Id}.");
        }

        if (lues == 0)
        {
            throw new ChampsInvalidesException("fichier", "Le fichier ne contient aucune ligne à importer.");
        }

        await EnregistrerAsync(rapport, cancellationToken);
        return rapport;
    }

    /// <summary>A stored report: its importer and the administrators read it; 404 for anyone else.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="id">The report.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The report.</returns>
    public async Task<ImportOffre> LireAsync(Acteur acteur, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        var rapport = await db.ImportsOffre.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (rapport is null || !(acteur.EstAdministrateur || (rapport.StructureId is { } s && s == acteur.StructureCouranteId)))
        {
            throw new IntrouvableException("Rapport d'import introuvable.");
        }

        return rapport;
    }

    private async Task EnregistrerAsync(ImportOffre rapport, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        db.ImportsOffre.Add(rapport);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private async Task ImporterLigneAsync(Acteur acteur, int numero, LigneOffre ligne, ImportOffre rapport, CancellationToken cancellationToken)
    {
        var rejets = new List<(string Champ, string Raison, string? Regle)>();
        var mesure = await MesureAsync(ligne.CodeMesure, cancellationToken);
        if (mesure is null)
        {
            rejets.Add(("mesure", $"La mesure « {ligne.CodeMesure} » n'existe pas sur Rafael.", null));
        }
        else if (!acteur.EstAdministrateur && mesure.FinanceurId != acteur.StructureCouranteId)
        {
            rejets.Add(("mesure", $"La mesure « {ligne.CodeMesure} » relève du dispositif {mesure.CodeDispositif} d'un autre financeur : un financeur n'importe que l'offre de ses propres dispositifs.", "CAT-04"));
        }

        var responsable = await OrganismeAsync(ligne.SiretResponsable, "siretResponsable", rejets, cancellationToken);
        var formateur = ligne.SiretFormateur is { Length: > 0 } sf ? await OrganismeAsync(sf, "siretFormateur", rejets, cancellationToken) : responsable;
        var positionneur = ligne.SiretPositionneur is { Length: > 0 } sp ? await OrganismeAsync(sp, "siretPositionneur", rejets, cancellationToken) : responsable;
        if (rejets.Count > 0 || mesure is null || responsable is null)
        {
            Rejeter(rapport, numero, rejets);
            return;
        }

        var saisieSession = ligne.Session with
        {
            FormateurId = formateur,
            PositionneurId = positionneur,
            Financement = ligne.Session.Financement! with { MesureId = mesure.Id, NumeroMarche = Vide(ligne.NumeroMarche) },
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            // A feed speaks for the funder of the line's dispositif: an administrator importing acts as that funder would.
            var pourLeFinanceur = acteur with { EstAdministrateur = false, StructureCouranteId = mesure.FinanceurId, Profil = ProfilGestion.GestionnaireFinanceur, EstReferent = false };
            var resultat = await AppliquerAsync(pourLeFinanceur, ligne, mesure, responsable.Value, saisieSession, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            rapport.Compter(resultat);
        }
        catch (Exception e) when (e is RegleRefuseeException or ChampsInvalidesException or InterditException or IntrouvableException or DbUpdateConcurrencyException or LigneRefuseeException)
        {
            await transaction.RollbackAsync(cancellationToken);
            Rejeter(rapport, numero, Raisons(e));
        }
        finally
        {
            // Each line starts from a clean unit of work: nothing of a refused line lingers, memory stays bounded.
            db.ChangeTracker.Clear();
        }
    }

    private async Task<ResultatLigne> AppliquerAsync(Acteur acteur, LigneOffre ligne, MesureImportee mesure, Guid responsableId, SaisieSession saisieSession, CancellationToken cancellationToken)
    {
        var cleAction = ligne.IdentifiantAction.Trim();
        var cleSession = ligne.IdentifiantSession.Trim();
        var marche = Vide(ligne.NumeroMarche);
        var action = await db.Actions.SingleOrDefaultAsync(a => a.Conventionnee && a.FinanceurId == mesure.FinanceurId && a.ReferenceExterne == cleAction, cancellationToken);
        var resultat = ResultatLigne.Inchangee;
        if (action is null)
        {
            action = await catalogue.CreerActionConventionneeAsync(acteur, responsableId, mesure.FinanceurId, ligne.Action, cleAction, cancellationToken);
            resultat = ResultatLigne.Creee;
        }
        else
        {
            if (action.ResponsableId != responsableId)
            {
                throw new LigneRefuseeException("siretResponsable", "L'organisme responsable d'une action ne change pas : cette action importée a déjà un autre organisme responsable.", "CAT-03");
            }

            if (Empreinte(SaisieDe(action)) != Empreinte(ligne.Action))
            {
                await publication.ModifierAsync(acteur, action.Id, ligne.Action, cancellationToken);
                resultat = ResultatLigne.MiseAJour;
            }
        }

        var session = await db.Sessions.SingleOrDefaultAsync(
            s => s.Conventionnee && s.FinanceurId == mesure.FinanceurId && s.NumeroMarche == marche && s.ReferenceExterne == cleSession, cancellationToken);
        if (session is null)
        {
            await sessions.AjouterAsync(acteur, action.Id, saisieSession, cleSession, cancellationToken);
            return ResultatLigne.Creee;
        }

        if (session.ActionId != action.Id)
        {
            throw new LigneRefuseeException("identifiantSession", $"La session « {cleSession} » de ce marché appartient déjà à une autre action.", null);
        }

        if (Empreinte(SessionsService.SaisieDe(session)) != Empreinte(saisieSession))
        {
            await sessions.ModifierAsync(acteur, session.Id, saisieSession, cancellationToken);
            return resultat == ResultatLigne.Creee ? resultat : ResultatLigne.MiseAJour;
        }

        return resultat;
    }

    /// <summary>The action's form as stored, to compare with a line.</summary>
    private static SaisieAction SaisieDe(ActionFormation a) => new()
    {
        Intitule = a.Intitule,
        PlusDeLaFormation = a.PlusDeLaFormation,
        LienWeb = a.LienWeb,
        ObjectifGeneral = a.ObjectifGeneral,
        Objectifs = a.Objectifs,
        Programme = a.Programme,
        Validation = a.Validation,
        Certifications = a.CertificationsProposees ?? a.Certifications,
        Durees = a.Durees,
        ConditionsAcces = a.ConditionsAcces,
        Prerequis = a.Prerequis,
        Contacts = a.Contacts,
    };

    /// <summary>A comparable form of a saisie: decimals without trailing zeros and instants in UTC, as the databases
    /// give them back differently from what was written.</summary>
    private static string Empreinte(SaisieAction s) => JsonSerializer.Serialize(
        s with
        {
            Intitule = s.Intitule.Trim(),
            Durees = [.. s.Durees.Select(d => d with { Heures = Normal(d.Heures) })],
        },
        Comparaison);

    private static string Empreinte(SaisieSession s) => JsonSerializer.Serialize(
        s with
        {
            HeuresHebdomadaires = s.HeuresHebdomadaires is { } h ? Normal(h) : null,
            InformationsCollectives = [.. s.InformationsCollectives.Select(i => i with { Date = i.Date.ToUniversalTime() })],
            Financement = s.Financement is { } f
                ? f with { Coefficient = Normal(f.Coefficient), RatioSuiteParcours = f.RatioSuiteParcours is { } r ? Normal(r) : null, NumeroMarche = Vide(f.NumeroMarche) }
                : null,
        },
        Comparaison);

    private static decimal Normal(decimal d) => d / 1.000000000000000000000000000000000m;

    private static string? Vide(string? texte) => string.IsNullOrWhiteSpace(texte) ? null : texte.Trim();

    private static void Rejeter(ImportOffre rapport, int numero, List<(string Champ, string Raison, string? Regle)> rejets) =>
        rapport.Rejeter(new RejetImport(
            numero,
            [.. rejets.Select(r => r.Champ).Distinct(StringComparer.Ordinal)],
            string.Join(" ", rejets.Select(r => r.Raison)),
            rejets.Select(r => r.Regle).FirstOrDefault(r => r is not null)));

    private static List<(string Champ, string Raison, string? Regle)> Raisons(Exception e) => e switch
    {
        RegleRefuseeException r when r.Refus.Count > 0 => [.. r.Refus.Select(x => (r.Champ ?? ChampDeLaRegle(x.Regle), x.Message, (string?)x.Regle))],
        RegleRefuseeException r => [(r.Champ ?? ChampDeLaRegle(r.Regle), r.Message, r.Regle)],
        ChampsInvalidesException c => [.. c.Erreurs.SelectMany(x => x.Value.Select(m => (x.Key, m, (string?)null)))],
        InterditException i => [("ligne", i.Message, i.Regle)],
        LigneRefuseeException l => [(l.Champ, l.Message, l.Regle)],
        DbUpdateConcurrencyException => [("ligne", "Cette action ou session a été modifiée en même temps : réimportez la ligne.", (string?)null)],
        _ => [("ligne", e.Message, (string?)null)],
    };

    /// <summary>The file column a rule checks, for a refusal that names no field.</summary>
    private static string ChampDeLaRegle(string regle) => regle switch
    {
        "CAT-13" => "coefficient",
        "CAT-14" => "dateLimiteInscription",
        _ => "ligne",
    };

    private async Task<MesureImportee?> MesureAsync(string code, CancellationToken cancellationToken)
    {
        if (!mesures.TryGetValue(code, out var mesure))
        {
            mesure = await db.Mesures.AsNoTracking()
                .Where(m => m.Code == code)
                .Join(db.Dispositifs, m => m.DispositifId, d => d.Id, (m, d) => new MesureImportee(m.Id, d.Code, d.FinanceurId))
                .FirstOrDefaultAsync(cancellationToken);
            mesures[code] = mesure;
        }

        return mesure;
    }

    private async Task<Guid?> OrganismeAsync(string siret, string champ, List<(string, string, string?)> rejets, CancellationToken cancellationToken)
    {
        var cle = siret.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!organismes.TryGetValue(cle, out var id))
        {
            var trouvees = await db.Structures.AsNoTracking().Where(s => s.Siret == cle).ToListAsync(cancellationToken);
            id = trouvees.FirstOrDefault(s => s.Est(TypesStructure.OrganismeFormation))?.Id;
            organismes[cle] = id;
        }

        if (id is null)
        {
            rejets.Add((champ, $"Aucun organisme de formation de SIRET {cle} n'est inscrit sur Rafael : sa structure doit être créée avant l'import.", null));
        }

        return id;
    }

    private sealed record MesureImportee(Guid Id, string CodeDispositif, Guid FinanceurId);
}
