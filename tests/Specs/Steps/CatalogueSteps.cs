using System.Text.Json;
using Rafael.Specs.Runner;
using Xunit;

namespace Rafael.Specs.Steps;

/// <summary>Actions, sessions and the publication circuit (CAT-01 to CAT-14, CIR-01 to CIR-07), named by their titles.</summary>
public sealed class CatalogueSteps(Monde monde, HttpSteps http)
{
    private readonly Dictionary<string, Guid> actions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Guid>> sessions = new(StringComparer.Ordinal);

    [Quand("{string} crée l'action {string}")]
    public Task CreeLAction(string email, string intitule) => CreeLActionDe(email, intitule, 600);

    [Quand("{string} crée une action courte {string} de {int} heures")]
    public async Task CreeLActionDe(string email, string intitule, int heures)
    {
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Post, "api/actions", Action(intitule, "RNCP36701", heures));
        if (http.Response.IsSuccessStatusCode)
        {
            actions[intitule] = Id();
            sessions[intitule] = [];
        }
    }

    [Soit("{string} a saisi l'action conventionnée {string} de {string} avec une session du {date} au {date} sur la mesure {string} au coefficient {int}")]
    public async Task ASaisiLActionConventionnee(string email, string intitule, string responsable, DateOnly debut, DateOnly fin, string mesure, int coefficient)
    {
        var client = await monde.ClientAsync(email);
        await http.EnvoyerAsync(client, HttpMethod.Post, "api/actions/conventionnees", new { responsableId = monde.Structure(responsable), action = Action(intitule, "RNCP36701", 600) });
        http.ExigerSucces($"Saisie de l'action conventionnée {intitule}");
        actions[intitule] = Id();
        sessions[intitule] = [];
        await http.EnvoyerAsync(client, HttpMethod.Post, $"api/actions/{actions[intitule]}/sessions", Session(debut, fin, "RNCP36701", Financement(monde.Mesures[mesure], debut.AddDays(-5), debut.AddDays(10), coefficient)));
        http.ExigerSucces($"Session de l'action conventionnée {intitule}");
        sessions[intitule].Add(Id());
    }

    [Quand("{string} ajoute à l'action {string} une session du {date} au {date}")]
    public Task AjouteUneSession(string email, string intitule, DateOnly debut, DateOnly fin) => AjouteUneSessionVisant(email, intitule, debut, fin, "RNCP36701");

    [Quand("{string} ajoute à l'action {string} une session du {date} au {date} visant {string}")]
    public async Task AjouteUneSessionVisant(string email, string intitule, DateOnly debut, DateOnly fin, string certification)
    {
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Post, $"api/actions/{actions[intitule]}/sessions", Session(debut, fin, certification, null));
        if (http.Response.IsSuccessStatusCode)
        {
            sessions[intitule].Add(Id());
        }
    }

    [Quand("{string} ajoute à l'action {string} une session annuelle {int} en entrées-sorties permanentes")]
    public async Task AjouteUneSessionAnnuelle(string email, string intitule, int annee)
    {
        var session = Modifier(Session(new DateOnly(annee, 1, 1), new DateOnly(annee, 12, 31), "RNCP36701", null), "typeEntree", "EntreesSortiesPermanentes");
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Post, $"api/actions/{actions[intitule]}/sessions", session);
        if (http.Response.IsSuccessStatusCode)
        {
            sessions[intitule].Add(Id());
        }
    }

    [Quand("{string} duplique la session de l'action {string}")]
    public async Task DupliqueLaSession(string email, string intitule)
    {
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Post, $"api/sessions/{sessions[intitule][0]}/dupliquer");
        if (http.Response.IsSuccessStatusCode)
        {
            sessions[intitule].Add(Id());
        }
    }

    [Quand("{string} valide l'action {string}")]
    public async Task ValideLAction(string email, string intitule) =>
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Post, $"api/actions/{actions[intitule]}/valider", new { confirmation = true });

    [Quand("{string} valide l'action {string} sans confirmer")]
    public async Task ValideSansConfirmer(string email, string intitule) =>
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Post, $"api/actions/{actions[intitule]}/valider", new { confirmation = false });

    [Quand("{string} publie l'action {string}")]
    public Task PublieLAction(string email, string intitule) => EtapeAsync(email, intitule, "publier");

    [Quand("{string} archive l'action {string}")]
    public Task ArchiveLAction(string email, string intitule) => EtapeAsync(email, intitule, "archiver");

    [Quand("{string} supprime l'action {string}")]
    public Task SupprimeLAction(string email, string intitule) => EtapeAsync(email, intitule, "supprimer");

    [Quand("{string} republie l'action {string}")]
    public Task RepublieLAction(string email, string intitule) => EtapeAsync(email, intitule, "republier");

    [Quand("{string} met l'action {string} en alerte : {string}")]
    public async Task MetEnAlerte(string email, string intitule, string demande) =>
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Post, $"api/actions/{actions[intitule]}/alerte", new { demande });

    [Soit("l'action {string} de {string} est publiée avec une session du {date} au {date}")]
    public async Task ActionPubliee(string intitule, string email, DateOnly debut, DateOnly fin)
    {
        await CreeLAction(email, intitule);
        http.ExigerSucces($"Création de {intitule}");
        await AjouteUneSession(email, intitule, debut, fin);
        http.ExigerSucces($"Session de {intitule}");
        await ValideLAction(email, intitule);
        http.ExigerSucces($"Validation de {intitule}");
        await PublieLAction(monde.Administrateur, intitule);
        http.ExigerSucces($"Publication de {intitule}");
    }

    [Quand("{string} renomme l'action {string} en {string}")]
    public async Task RenommeLAction(string email, string intitule, string nouveau)
    {
        var action = await LireActionAsync(email, intitule);
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Put, $"api/actions/{actions[intitule]}", Modifier(Saisie(action), "intitule", nouveau));
        if (http.Response.IsSuccessStatusCode)
        {
            actions[nouveau] = actions[intitule];
            sessions[nouveau] = sessions[intitule];
        }
    }

    [Quand("{string} change la certification de l'action {string} pour {string}")]
    public async Task ChangeLaCertification(string email, string intitule, string code)
    {
        var action = await LireActionAsync(email, intitule);
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Put, $"api/actions/{actions[intitule]}", Modifier(Saisie(action), "certifications", new[] { new { code, libelle = "Certification " + code } }));
    }

    [Quand("{string} fixe la session de l'action {string} : coefficient {int}, inscription jusqu'au {date}, entrée tardive jusqu'au {date}")]
    public async Task FixeLaSession(string email, string intitule, int coefficient, DateOnly dateLimite, DateOnly entreeTardive)
    {
        var client = await monde.ClientAsync(email);
        await http.EnvoyerAsync(client, HttpMethod.Get, $"api/sessions/{sessions[intitule][0]}");
        http.ExigerSucces("Lecture de la session");
        var s = JsonDocument.Parse(http.Body).RootElement;
        var debut = DateOnly.Parse(s.GetProperty("dateDebut").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var fin = DateOnly.Parse(s.GetProperty("dateFin").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var financement = Financement(s.GetProperty("mesureId").GetGuid(), dateLimite, entreeTardive, coefficient);
        await http.EnvoyerAsync(client, HttpMethod.Put, $"api/sessions/{sessions[intitule][0]}", Session(debut, fin, "RNCP36701", financement));
    }

    [Quand("{string} supprime la session de l'action {string}")]
    public async Task SupprimeLaSession(string email, string intitule) =>
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Post, $"api/sessions/{sessions[intitule][0]}/supprimer", new { motif = (string?)null });

    [Quand("{string} supprime la session de l'action {string} pour le motif {string}")]
    public async Task SupprimeLaSessionPour(string email, string intitule, string motif) =>
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Post, $"api/sessions/{sessions[intitule][0]}/supprimer", new { motif });

    [Quand("{string} accepte la suppression de la session de l'action {string}")]
    public async Task AccepteLaSuppression(string email, string intitule) =>
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Post, $"api/sessions/{sessions[intitule][0]}/suppression/accepter");

    [Quand("{string} cherche les doublons de l'action {string} visant {string}")]
    public async Task ChercheLesDoublons(string email, string intitule, string certification) =>
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Post, "api/actions/doublons", Action(intitule, certification, 600));

    [Alors("les doublons probables sont : {string}")]
    public void LesDoublonsSont(string intitules)
    {
        http.ExigerSucces("Recherche des doublons");
        var lus = JsonDocument.Parse(http.Body).RootElement.EnumerateArray().Select(e => e.GetProperty("intitule").GetString() ?? string.Empty).ToList();
        Assert.Equal(Libelles.Liste(intitules).ToList(), lus);
    }

    [Alors("la session ajoutée n'a aucun avertissement")]
    public void AucunAvertissement()
    {
        http.ExigerSucces("Ajout de la session");
        Assert.Empty(JsonDocument.Parse(http.Body).RootElement.GetProperty("avertissements").EnumerateArray());
    }

    [Alors("il n'y a aucun doublon probable")]
    public void AucunDoublon()
    {
        http.ExigerSucces("Recherche des doublons");
        Assert.Empty(JsonDocument.Parse(http.Body).RootElement.EnumerateArray());
    }

    [Alors("l'action {string} est {string} pour {string}")]
    public async Task LActionEst(string intitule, string statut, string email) =>
        Assert.Equal(statut, (await LireActionAsync(email, intitule)).GetProperty("statut").GetString());

    [Alors("{string} lit sur l'action {string} la demande : {string}")]
    public async Task LitLaDemande(string email, string intitule, string demande) =>
        Assert.Equal(demande, (await LireActionAsync(email, intitule)).GetProperty("demandeComplements").GetString());

    [Alors("l'action {string} affiche pour {string} la certification {string}")]
    public async Task AfficheLaCertification(string intitule, string email, string code) =>
        Assert.Equal(code, (await LireActionAsync(email, intitule)).GetProperty("certifications")[0].GetProperty("code").GetString());

    [Alors("la certification {string} de l'action {string} attend la vérification pour {string}")]
    public async Task CertificationEnAttente(string code, string intitule, string email) =>
        Assert.Equal(code, (await LireActionAsync(email, intitule)).GetProperty("certificationsProposees")[0].GetProperty("code").GetString());

    [Alors("les sessions de l'action {string} sont pour {string} : {string}")]
    public async Task LesSessionsSont(string intitule, string email, string statuts)
    {
        var lus = (await LireActionAsync(email, intitule)).GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("statut").GetString() ?? string.Empty).ToList();
        Assert.Equal(Libelles.Liste(statuts).ToList(), lus);
    }

    [Alors("les références de l'action {string} et de ses sessions sont celles de la plateforme pour {string}")]
    public async Task LesReferences(string intitule, string email)
    {
        var action = await LireActionAsync(email, intitule);
        Assert.Matches("^20[0-9]{10}$", action.GetProperty("reference").GetString());
        var references = action.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("reference").GetString()!).ToList();
        Assert.All(references, r => Assert.Matches("^00[0-9]{6}$", r));
        Assert.Equal(references.Count, references.Distinct().Count());
    }

    [Alors("{string} voit dans l'onglet {string} : {string}")]
    public async Task VoitDansLOnglet(string email, string onglet, string intitules)
    {
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Get, $"api/catalogue/actions?onglet={onglet}&tri=intitule&croissant=true&taille=100");
        http.ExigerSucces($"{email} consulte l'onglet {onglet}");
        Assert.Equal(Libelles.Liste(intitules).ToList(), Intitules());
    }

    [Alors("{string} voit à vérifier : {string}")]
    public async Task VoitAVerifier(string email, string intitules)
    {
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Get, "api/catalogue/a-verifier?taille=100");
        http.ExigerSucces($"{email} consulte la file de vérification");
        Assert.Equal(Libelles.Liste(intitules).ToList(), Intitules());
    }

    private List<string> Intitules() =>
        [.. JsonDocument.Parse(http.Body).RootElement.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("intitule").GetString() ?? string.Empty)];

    private async Task EtapeAsync(string email, string intitule, string etape) =>
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Post, $"api/actions/{actions[intitule]}/{etape}", new { });

    private async Task<JsonElement> LireActionAsync(string email, string intitule)
    {
        var client = await monde.ClientAsync(email);
        using var reponse = await client.GetAsync(new Uri($"api/actions/{actions[intitule]}", UriKind.Relative));
        var corps = await reponse.Content.ReadAsStringAsync();
        Assert.True(reponse.IsSuccessStatusCode, $"{email} ne lit pas l'action {intitule} : {(int)reponse.StatusCode} {corps}");
        return JsonDocument.Parse(corps).RootElement.Clone();
    }

    private Guid Id() => JsonDocument.Parse(http.Body).RootElement.GetProperty("id").GetGuid();

    private static Dictionary<string, object?> Saisie(JsonElement action)
    {
        var champs = new[] { "intitule", "plusDeLaFormation", "lienWeb", "objectifGeneral", "objectifs", "programme", "validation", "certifications", "durees", "conditionsAcces", "prerequis", "contacts" };
        return champs.ToDictionary(c => c, c => (object?)action.GetProperty(c).Clone());
    }

    private static Dictionary<string, object?> Modifier(object formulaire, string champ, object? valeur)
    {
        var d = formulaire as Dictionary<string, object?> ?? JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(formulaire, JsonApi.Options), JsonApi.Options)!;
        d[champ] = valeur;
        return d;
    }

    private static object Action(string intitule, string certification, int heures) => new
    {
        intitule,
        plusDeLaFormation = "Un stage en entreprise de huit semaines.",
        lienWeb = "https://www.exemple.fr/formation",
        objectifGeneral = "Certification",
        objectifs = "Exercer le métier en autonomie.",
        programme = "- Fondamentaux\n- Pratique\n- Stage",
        validation = "CertificationRncp",
        certifications = new[] { new { code = certification, libelle = "Certification " + certification } },
        durees = new[] { new { modalite = "CoursDuJour", heures } },
        conditionsAcces = "RAS",
        prerequis = "Aucun.",
        contacts = new[] { new { nom = "Accueil", telephone = "05 56 00 00 00", email = "accueil@exemple.fr" } },
    };

    private static object Session(DateOnly debut, DateOnly fin, string certification, object? financement) => new
    {
        voieAcces = "FormationContinue",
        horsAlternance = true,
        certifications = new[] { new { code = certification, typeValidation = "Totale", blocs = Array.Empty<string>() } },
        dateDebut = debut,
        dateFin = fin,
        typeEntree = "DatesFixes",
        lieu = new { ligne = "12 rue des Chartrons", codePostal = "33000", ville = "Bordeaux" },
        financement,
    };

    private static object Financement(Guid mesureId, DateOnly dateLimite, DateOnly entreeTardive, int coefficient) => new
    {
        mesureId,
        places = 12,
        capaciteAccueil = 15,
        coefficient,
        dateLimiteInscription = dateLimite,
        dateLimiteEntreeTardive = entreeTardive,
    };
}
