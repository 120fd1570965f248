using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rafael.Engine.Candidatures;
using Rafael.Engine.Catalogue;
using Rafael.Engine.OffreInfo;
using Rafael.Engine.Persistence;
using Rafael.Engine.Processus;
using Rafael.Rules;
using Rafael.Specs.Hosting;
using Rafael.Specs.Runner;
using Rafael.Workflows.Deadlines;
using Rafael.Workflows.Runtime;
using Xunit;

namespace Rafael.Specs.Steps;

/// <summary>Candidatures: pre-registration (CAND-*), verdicts and deadlines (AVIS-*), batches (LOT-*), dashboards (DASH-*).</summary>
public sealed class CandidatureSteps(Monde monde, HttpSteps http, BaseDeDonnees bd, RafaelApplication application)
{
    private static readonly Dictionary<string, object?> SansArgument = [];

    [Soit("les sessions financées suivantes :")]
    public async Task LesSessionsFinancees(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var l in table.Rows)
        {
            monde.Sessions[l["session"]] = await CreerSessionAsync(l);
        }
    }

    [Quand("{string} préinscrit {string} sur la session {string}")]
    public async Task Preinscrit(string email, string candidat, string session)
    {
        var reponse = await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Post, "api/preinscriptions", new
        {
            sessionId = monde.Sessions[session],
            candidat = new { nom = candidat, prenom = "Camille", dateNaissance = new DateOnly(1994, 5, 17), situation = "Demandeur d'emploi" },
        });
        if (reponse.IsSuccessStatusCode)
        {
            monde.Candidatures[candidat] = JsonDocument.Parse(http.Body).RootElement.GetProperty("id").GetGuid();
        }
    }

    [Quand("{string} valide la préinscription de {string}")]
    public Task Valide(string email, string candidat) => Poster(email, $"api/preinscriptions/{monde.Candidatures[candidat]}/validation", null);

    [Quand("{string} convoque {string} le {date}")]
    public Task Convoque(string email, string candidat, DateOnly date) =>
        Poster(email, $"api/candidatures/{monde.Candidatures[candidat]}/convocations", new { date = new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero) });

    [Quand("{string} enregistre {string} pour {string}")]
    public Task Enregistre(string email, string resultat, string candidat) =>
        Poster(email, $"api/candidatures/{monde.Candidatures[candidat]}/resultat-convocation", new { resultat = Resultat(resultat) });

    [Quand("{string} retient {string} du {date} au {date} pour {int} heures par semaine")]
    public Task Retient(string email, string candidat, DateOnly entree, DateOnly sortie, int heures) =>
        Poster(email, $"api/candidatures/{monde.Candidatures[candidat]}/avis", new { retenue = true, dateEntreePrevue = entree, dateSortiePrevue = sortie, heuresHebdomadaires = heures });

    [Quand("{string} retient {string} sans dates")]
    public Task RetientSansDates(string email, string candidat) =>
        Poster(email, $"api/candidatures/{monde.Candidatures[candidat]}/avis", new { retenue = true, heuresHebdomadaires = 35 });

    [Quand("{string} ne retient pas {string} pour le motif {string}")]
    public Task NeRetientPas(string email, string candidat, string motif) =>
        Poster(email, $"api/candidatures/{monde.Candidatures[candidat]}/avis", new { retenue = false, motif });

    [Quand("{string} ne retient pas {string} pour le motif {string} : {string}")]
    public Task NeRetientPasCar(string email, string candidat, string motif, string raison) =>
        Poster(email, $"api/candidatures/{monde.Candidatures[candidat]}/avis", new { retenue = false, motif, raison });

    [Quand("{string} commente l'avis de {string} sur {int} caractères")]
    public Task Commente(string email, string candidat, int longueur) =>
        Poster(email, $"api/candidatures/{monde.Candidatures[candidat]}/avis", new { retenue = false, motif = "candidat-indisponible", commentaire = new string('x', longueur) });

    [Quand("{string} consulte la candidature de {string}")]
    public async Task Consulte(string email, string candidat) =>
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Get, $"api/candidatures/{monde.Candidatures[candidat]}");

    [Quand("les échéances du jour sont traitées")]
    public async Task EcheancesTraitees()
    {
        // The host's background processor may have claimed some of them when the clock moved: wait until every due
        // deadline is handled, whoever handles it.
        var processeur = application.Services.GetRequiredService<DeadlineProcessor>();
        var temps = application.Services.GetRequiredService<TimeProvider>();
        await processeur.RunOnceAsync(CancellationToken.None);
        for (var i = 0; i < 100 && await bd.LireAsync(db => db.Set<Deadline>().AnyAsync(d => d.State == DeadlineState.Pending && d.DueAt <= temps.GetUtcNow())); i++)
        {
            await Task.Delay(100);
            await processeur.RunOnceAsync(CancellationToken.None);
        }
    }

    [Quand("le financeur annule la session {string}")]
    public async Task AnnuleLaSession(string session)
    {
        var id = monde.Sessions[session];
        await Poster(monde.Administrateur, $"api/sessions/{id}/annuler", null);
        http.ExigerSucces("Annulation de la session");
        var message = await bd.LireAsync(db => db.Outbox.SingleAsync(m => m.Type == SessionModifieeHandler.SessionAnnulee && m.Payload.Contains(id.ToString())));
        await application.Services.GetRequiredService<SessionModifieeHandler>().HandleAsync(message, CancellationToken.None);
    }

    [Quand("la session {string} finit désormais le {date}")]
    public Task FinitDesormais(string session, DateOnly fin) => ChangerDatesAsync(session, null, fin);

    [Quand("la session {string} se déroule désormais du {date} au {date}")]
    public Task SeDerouleDesormais(string session, DateOnly debut, DateOnly fin) => ChangerDatesAsync(session, debut, fin);

    private async Task ChangerDatesAsync(string session, DateOnly? debut, DateOnly fin)
    {
        var id = monde.Sessions[session];
        await using (var scope = application.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RafaelDbContext>();
            var s = await db.Sessions.SingleAsync(x => x.Id == id);
            var action = await db.Actions.SingleAsync(a => a.Id == s.ActionId);
            var saisie = new SaisieSession
            {
                VoieAcces = s.VoieAcces, FormateurId = s.FormateurId, PositionneurId = s.PositionneurId, DateDebut = debut ?? s.DateDebut, DateFin = fin,
                TypeEntree = s.TypeEntree, Lieu = s.Lieu, HeuresHebdomadaires = s.HeuresHebdomadaires,
            };
            var dispositif = await db.Dispositifs.SingleAsync(d => d.Id == s.DispositifId);
            var financement = new FinancementSaisi
            {
                MesureId = s.MesureId!.Value, Places = s.Places!.Value, CapaciteAccueil = s.CapaciteAccueil!.Value, Coefficient = s.Coefficient!.Value,
                DateLimiteInscription = s.DateLimiteInscription!.Value, DateLimiteEntreeTardive = s.DateLimiteEntreeTardive!.Value,
            };
            s.Modifier(action, saisie, new FinancementResolu(financement, s.MesureId!.Value, dispositif.Id, dispositif.Code, dispositif.FinanceurId), application.Time.GetUtcNow());
            await db.SaveChangesAsync();
        }

        await application.Services.GetRequiredService<SessionModifieeHandler>().ReporterAsync(id, CancellationToken.None);
    }

    [Quand("{string} convoque par lot sur la session {string} le {date} : {string}")]
    public Task ConvoqueParLot(string email, string session, DateOnly date, string candidats) =>
        Poster(email, $"api/lots/sessions/{monde.Sessions[session]}/convocations", new
        {
            candidatures = Libelles.Liste(candidats).Select(c => monde.Candidatures[c]),
            date = new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero),
        });

    [Quand("{string} enregistre par lot la présence sur la session {string} de : {string}")]
    public Task PresenceParLot(string email, string session, string candidats) =>
        Poster(email, $"api/lots/sessions/{monde.Sessions[session]}/resultats", new
        {
            candidatures = Libelles.Liste(candidats).Select(c => new { id = monde.Candidatures[c], resultat = "Presence" }),
        });

    [Quand("{string} retient par lot sur la session {string} :")]
    public Task RetientParLot(string email, string session, Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Poster(email, $"api/lots/sessions/{monde.Sessions[session]}/avis", new
        {
            etape = "AvisEnAttente",
            candidatures = table.Rows.Select(r => new
            {
                id = monde.Candidatures[r["candidat"]],
                retenue = true,
                heuresHebdomadaires = string.IsNullOrWhiteSpace(r["heures"]) ? (decimal?)null : decimal.Parse(r["heures"], CultureInfo.InvariantCulture),
            }),
        });
    }

    [Alors("la candidature de {string} est {string}")]
    public async Task LaCandidatureEst(string candidat, string etat)
    {
        var id = monde.Candidatures[candidat];
        var lu = await bd.LireAsync(db => db.Candidatures.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(etat, EtatLu(lu));
    }

    [Alors("la candidature de {string} est retenue du {date} au {date} pour {int} heures par semaine")]
    public async Task RetenueAvec(string candidat, DateOnly entree, DateOnly sortie, int heures)
    {
        var id = monde.Candidatures[candidat];
        var lu = await bd.LireAsync(db => db.Candidatures.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal((Candidature.Retenue, entree, sortie, (decimal)heures), (lu.Status, lu.DateEntreePrevue!.Value, lu.DateSortiePrevue!.Value, lu.HeuresHebdomadaires!.Value));
    }

    [Alors("l'organisme responsable a été alerté pour {string}")]
    public async Task Alerte(string candidat)
    {
        var id = monde.Candidatures[candidat].ToString();
        Assert.True(await bd.LireAsync(db => db.Outbox.AnyAsync(m => m.Type == "notification.candidature.avis-non-transmis-dans-7-jours" && m.Payload.Contains(id))));
    }

    [Alors("l'organisme responsable n'a pas été alerté pour {string}")]
    public async Task PasAlerte(string candidat)
    {
        var id = monde.Candidatures[candidat].ToString();
        Assert.False(await bd.LireAsync(db => db.Outbox.AnyAsync(m => m.Type == "notification.candidature.avis-non-transmis-dans-7-jours" && m.Payload.Contains(id))));
    }

    [Alors("le refus du lot nomme pour {string} la règle {string}")]
    public void LeLotNomme(string candidat, string regle)
    {
        var id = monde.Candidatures[candidat];
        var candidatures = JsonDocument.Parse(http.Body).RootElement.GetProperty("candidatures").EnumerateArray();
        var refus = candidatures.Single(c => c.GetProperty("id").GetGuid() == id).GetProperty("refus");
        Assert.Contains(refus.EnumerateArray(), r => r.GetProperty("regle").GetString() == regle);
    }

    [Alors("l'écran de lot de la session {string} montre pour {string} :")]
    public async Task EcranDeLot(string session, string email, Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Get, $"api/lots/sessions/{monde.Sessions[session]}");
        http.ExigerSucces("Écran de lot");
        var ecran = JsonDocument.Parse(http.Body).RootElement;
        var lus = new Dictionary<string, string>
        {
            ["fin de session"] = ecran.GetProperty("dateFin").GetDateTime().ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            ["jours restants pour les avis"] = ecran.GetProperty("joursRestantsPourLesAvis").GetInt32().ToString(CultureInfo.InvariantCulture),
            ["entrée tardive jusqu'au"] = ecran.GetProperty("dateLimiteEntreeTardive").GetDateTime().ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        };
        foreach (var etape in ecran.GetProperty("etapes").EnumerateArray())
        {
            lus[etape.GetProperty("libelle").GetString()!] = etape.GetProperty("nombre").GetInt32().ToString(CultureInfo.InvariantCulture);
        }

        foreach (var ligne in table.Rows)
        {
            Assert.Equal(ligne["valeur"], lus[ligne["élément"]]);
        }
    }

    [Alors("{string} voit la candidature de {string}")]
    public async Task Voit(string email, string candidat)
    {
        await Consulte(email, candidat);
        http.ExigerSucces($"{email} consulte la candidature de {candidat}");
    }

    [Alors("{string} ne voit pas la candidature de {string}")]
    public async Task NeVoitPas(string email, string candidat)
    {
        await Consulte(email, candidat);
        Assert.Equal(404, (int)http.Response.StatusCode);
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Get, $"api/candidatures?texte={Uri.EscapeDataString(candidat)}");
        Assert.Equal(0, JsonDocument.Parse(http.Body).RootElement.GetProperty("total").GetInt32());
    }

    [Alors("le tableau de bord de {string} compte pour le rôle {string} :")]
    public async Task TableauDeBord(string email, string role, Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Get, "api/tableau-de-bord/candidatures");
        http.ExigerSucces("Tableau de bord");
        var ligne = JsonDocument.Parse(http.Body).RootElement.GetProperty("lignes").EnumerateArray().Single(l => l.GetProperty("role").GetString() == role);
        var colonnes = new Dictionary<string, string>
        {
            ["En attente"] = "enAttente",
            ["Passage en avis non transmis d'ici 15 jours"] = "avisNonTransmisSous15Jours",
            ["Retenues"] = "retenues",
            ["Non retenues"] = "nonRetenues",
            ["Avis non transmis"] = "avisNonTransmis",
            ["Refus session complète"] = "refusSessionComplete",
            ["Refus session annulée"] = "refusSessionAnnulee",
        };
        foreach (var r in table.Rows)
        {
            Assert.Equal(int.Parse(r["nombre"], CultureInfo.InvariantCulture), ligne.GetProperty(colonnes[r["état"]]).GetInt32());
        }
    }

    [Alors("{string} obtient la liste des candidatures {string} page {int} de taille {int} avec {int} sur {int}")]
    public async Task Liste(string email, string filtre, int page, int taille, int lignes, int total)
    {
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Get, $"api/candidatures?{filtre}&page={page}&taille={taille}");
        http.ExigerSucces("Liste des candidatures");
        var lu = JsonDocument.Parse(http.Body).RootElement;
        Assert.Equal((lignes, total), (lu.GetProperty("lignes").GetArrayLength(), lu.GetProperty("total").GetInt32()));
    }

    [Alors("l'export CSV de {string} s'ouvre dans un tableur français avec {int} lignes")]
    public async Task Export(string email, int lignes)
    {
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Get, "api/candidatures/export.csv");
        http.ExigerSucces("Export CSV");
        var octets = http.Bytes;
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, octets[..3]);
        var texte = Encoding.UTF8.GetString(octets[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(";", texte[0], StringComparison.Ordinal);
        Assert.Equal(lignes + 1, texte.Length);
    }

    [Alors("la liste par session de {string} filtrée par {string} montre :")]
    public async Task ListeParSession(string email, string filtre, Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Get, $"api/candidatures/sessions?{filtre}");
        http.ExigerSucces("Liste par session");
        var lu = JsonDocument.Parse(http.Body).RootElement;
        Assert.Equal(table.Rows.Count, lu.GetProperty("total").GetInt32());
        var lignes = lu.GetProperty("lignes").EnumerateArray().ToDictionary(l => l.GetProperty("intitule").GetString()!);
        foreach (var r in table.Rows)
        {
            var ligne = lignes[r["session"]];
            var comptes = ligne.GetProperty("comptes");
            Assert.Equal(
                (r["inscrits / maximum"], r["en attente"], r["non retenues"]),
                ($"{ligne.GetProperty("inscrits").GetInt32()} / {ligne.GetProperty("maximum").GetInt32()}",
                 comptes.GetProperty("enAttente").GetInt32().ToString(CultureInfo.InvariantCulture),
                 comptes.GetProperty("nonRetenues").GetInt32().ToString(CultureInfo.InvariantCulture)));
        }
    }

    [Alors("la liste par session de {string} filtrée par {string} est vide")]
    public async Task ListeParSessionVide(string email, string filtre)
    {
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Get, $"api/candidatures/sessions?{filtre}");
        http.ExigerSucces("Liste par session");
        Assert.Equal(0, JsonDocument.Parse(http.Body).RootElement.GetProperty("total").GetInt32());
    }

    [Alors("l'export CSV par session de {string} s'ouvre dans un tableur français avec {int} lignes")]
    public async Task ExportParSession(string email, int lignes)
    {
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Get, "api/candidatures/sessions/export.csv");
        http.ExigerSucces("Export CSV par session");
        var octets = http.Bytes;
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, octets[..3]);
        var texte = Encoding.UTF8.GetString(octets[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Référence session;Intitulé;Financeur;", texte[0], StringComparison.Ordinal);
        Assert.Equal(lignes + 1, texte.Length);
    }

    private async Task Poster(string email, string chemin, object? corps) =>
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Post, chemin, corps);

    private static string Resultat(string texte) => texte switch
    {
        "une présence" => "Presence",
        "une absence justifiée" => "AbsenceJustifiee",
        "une absence non justifiée" => "AbsenceNonJustifiee",
        _ => throw new ArgumentException($"Résultat inconnu : {texte}", nameof(texte)),
    };

    private static string EtatLu(Candidature c) => c.Status switch
    {
        Candidature.AConvoquer => "Candidat à convoquer",
        Candidature.Convoquee => "Présence / absence à renseigner",
        Candidature.AvisADonner => "Avis de recrutement en attente",
        _ => LibellesEtats.De(c.Etat),
    };

    private async Task<Guid> CreerSessionAsync(IReadOnlyDictionary<string, string> l)
    {
        await using var scope = application.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RafaelDbContext>();
        var processus = scope.ServiceProvider.GetRequiredService<ProcessusService>();
        var mesure = await db.Mesures.SingleAsync(m => m.Code == l["mesure"]);
        var dispositif = await db.Dispositifs.SingleAsync(d => d.Id == mesure.DispositifId);
        var le = application.Time.GetUtcNow();
        var saisieAction = new SaisieAction
        {
            Intitule = l["session"],
            ObjectifGeneral = ObjectifGeneral.Professionnalisation,
            Objectifs = "Acquérir les gestes du métier.",
            Programme = "- Apports techniques\n- Mises en situation",
            Validation = ValidationFormation.AttestationFinFormation,
            ConditionsAcces = "RAS",
            Prerequis = "Savoir lire, écrire et compter.",
        };
        var action = ActionFormation.CreerConventionnee(await ReferencesCatalogue.ProchaineActionAsync(db), monde.Structure(l["responsable"]), dispositif.FinanceurId, null, saisieAction, le);
        db.Actions.Add(action);
        await processus.DemarrerAsync(action, ActionFormation.DefinitionConventionnee, CatalogueService.TypeSujet, action.Id.ToString(), new WorkflowContext { Roles = [] });
        var financement = new FinancementSaisi
        {
            MesureId = mesure.Id,
            Places = int.Parse(l["places"], CultureInfo.InvariantCulture),
            CapaciteAccueil = int.Parse(l["places"], CultureInfo.InvariantCulture),
            Coefficient = decimal.Parse(l["coefficient"], CultureInfo.InvariantCulture),
            DateLimiteInscription = Date(l["limite d'inscription"]),
            DateLimiteEntreeTardive = Date(l["entrée tardive"]),
        };
        var saisie = new SaisieSession
        {
            VoieAcces = VoieAcces.FormationContinue,
            FormateurId = monde.Structure(l["formateur"]),
            PositionneurId = monde.Structure(l["positionneur"]),
            DateDebut = Date(l["début"]),
            DateFin = Date(l["fin"]),
            TypeEntree = l["entrée"] == "permanente" ? TypeEntree.EntreesSortiesPermanentes : TypeEntree.DatesFixes,
            Lieu = new LieuFormation("1 place de la Formation", "33000", "Bordeaux"),
        };
        var session = Session.CreerConventionnee(await ReferencesCatalogue.ProchaineSessionAsync(db), action, saisie, new FinancementResolu(financement, mesure.Id, dispositif.Id, dispositif.Code, dispositif.FinanceurId), null, le);
        db.Sessions.Add(session);
        await processus.DemarrerAsync(session, Session.Definition, SessionsService.TypeSujet, session.Id.ToString(), new WorkflowContext { Roles = [], Dates = session.DatesProcessus() });
        var publication = new WorkflowContext { Roles = [RolesCatalogue.Systeme], RuleInputs = new RuleInputs { ["action"] = new ActionFaits(1) } };
        await processus.DeclencherAsync(action, CatalogueService.TypeSujet, action.Id.ToString(), "valider", SansArgument, publication);
        await processus.DeclencherAsync(action, CatalogueService.TypeSujet, action.Id.ToString(), "publier", SansArgument, publication);
        action.EnregistrerPublication(le);
        await db.SaveChangesAsync();
        return session.Id;
    }

    private static DateOnly Date(string texte) => DateOnly.ParseExact(texte, "dd/MM/yyyy", CultureInfo.InvariantCulture);
}
