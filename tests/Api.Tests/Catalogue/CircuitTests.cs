using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rafael.Api.Tests.Support;

namespace Rafael.Api.Tests.Catalogue;

/// <summary>The publication circuit (CIR-01 to CIR-07), edit rights (CAT-03, CAT-12), sessions (CAT-08 to CAT-11), lists.</summary>
public abstract class CircuitTests(ApiHost host)
{
    private static readonly DateOnly Debut = new(2026, 5, 4);
    private static readonly DateOnly Fin = new(2026, 9, 30);

    [Fact]
    public async Task CIR_01_double_validation_verification_alerte_puis_publication()
    {
        Prerequis();
        var of = await host.ConnecterAsync(Comptes.CatalogueGaronne);
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var id = (await Api.LireAsync(await of.PostAsJsonAsync("/api/actions", Formulaires.Action("Gestionnaire de paie"), Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        await Api.RefusAsync(await of.PostAsJsonAsync($"/api/actions/{id}/valider", new { confirmation = false }, Ct), HttpStatusCode.Conflict, "CIR-01");
        await Api.RefusAsync(await of.PostAsJsonAsync($"/api/actions/{id}/valider", new { confirmation = true }, Ct), HttpStatusCode.Conflict, "CAT-01");
        await Api.LireAsync(await of.PostAsJsonAsync($"/api/actions/{id}/sessions", Formulaires.Session(Debut, Fin), Ct), HttpStatusCode.Created);
        var creee = await Api.LireAsync(await of.PostAsJsonAsync($"/api/actions/{id}/valider", new { confirmation = true }, Ct), HttpStatusCode.OK);
        Assert.Equal("creee", creee.GetProperty("statut").GetString());

        await Api.RefusAsync(await of.PutAsJsonAsync($"/api/actions/{id}", Formulaires.Action("Gestionnaire de paie et RH"), Ct), HttpStatusCode.Conflict, "CIR-03");
        await Api.RefusAsync(await of.PostAsJsonAsync($"/api/actions/{id}/publier", new { }, Ct), HttpStatusCode.Conflict, "ROLE");

        var file = await Api.LireAsync(await admin.GetAsync("/api/catalogue/a-verifier?taille=100", Ct), HttpStatusCode.OK);
        Assert.Contains(file.GetProperty("elements").EnumerateArray(), e => e.GetProperty("id").GetGuid() == id);

        var alerte = await Api.LireAsync(await admin.PostAsJsonAsync($"/api/actions/{id}/alerte", new { demande = "Précisez le public visé et les modalités d'évaluation." }, Ct), HttpStatusCode.OK);
        Assert.Equal("alerte", alerte.GetProperty("statut").GetString());
        Assert.Equal("Précisez le public visé et les modalités d'évaluation.", (await Api.LireAsync(await of.GetAsync($"/api/actions/{id}", Ct), HttpStatusCode.OK)).GetProperty("demandeComplements").GetString());

        await Api.LireAsync(await of.PutAsJsonAsync($"/api/actions/{id}", Formulaires.Action("Gestionnaire de paie et RH"), Ct), HttpStatusCode.OK);
        await Api.LireAsync(await of.PostAsJsonAsync($"/api/actions/{id}/valider", new { confirmation = true }, Ct), HttpStatusCode.OK);
        var publiee = await Api.LireAsync(await admin.PostAsJsonAsync($"/api/actions/{id}/publier", new { }, Ct), HttpStatusCode.OK);
        Assert.Equal("publiee", publiee.GetProperty("statut").GetString());
        Assert.Equal(JsonValueKind.Null, publiee.GetProperty("demandeComplements").ValueKind);

        var onglet = await Api.LireAsync(await of.GetAsync("/api/catalogue/actions?onglet=publiee&recherche=paie", Ct), HttpStatusCode.OK);
        Assert.Equal(id, Assert.Single(onglet.GetProperty("elements").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task CIR_04_un_changement_de_certification_attend_la_verification_et_la_version_publiee_reste_en_ligne()
    {
        Prerequis();
        var (of, admin, id) = await ActionPublieeAsync("Comptable gestionnaire");

        var modifiee = await Api.LireAsync(await of.PutAsJsonAsync($"/api/actions/{id}", Formulaires.Action("Comptable gestionnaire", "RNCP38000"), Ct), HttpStatusCode.OK);
        Assert.Equal("modifiee", modifiee.GetProperty("statut").GetString());
        Assert.Equal("RNCP36701", modifiee.GetProperty("certifications")[0].GetProperty("code").GetString());
        Assert.Equal("RNCP38000", modifiee.GetProperty("certificationsProposees")[0].GetProperty("code").GetString());
        await Api.RefusAsync(await of.PutAsJsonAsync($"/api/actions/{id}", Formulaires.Action("Comptable gestionnaire", "RNCP38001"), Ct), HttpStatusCode.Conflict, "CIR-03");

        var republiee = await Api.LireAsync(await admin.PostAsJsonAsync($"/api/actions/{id}/publier", new { }, Ct), HttpStatusCode.OK);
        Assert.Equal("RNCP38000", republiee.GetProperty("certifications")[0].GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, republiee.GetProperty("certificationsProposees").ValueKind);

        var texte = await Api.LireAsync(await of.PutAsJsonAsync($"/api/actions/{id}", Formulaires.Action("Comptable gestionnaire confirmé", "RNCP38000"), Ct), HttpStatusCode.OK);
        Assert.Equal("publiee", texte.GetProperty("statut").GetString());
        Assert.Equal("Comptable gestionnaire confirmé", texte.GetProperty("intitule").GetString());
    }

    [Fact]
    public async Task CAT_03_une_action_publiee_ne_se_modifie_pas_par_un_autre_of()
    {
        Prerequis();
        var (_, _, id) = await ActionPublieeAsync("Assistant comptable");
        var pau = await host.ConnecterAsync(Comptes.ReferentPau);
        var avant = await host.EmpreinteAsync();

        await Api.RefusAsync(await pau.PutAsJsonAsync($"/api/actions/{id}", Formulaires.Action("Assistant comptable"), Ct), HttpStatusCode.Forbidden, "CAT-03");
        await Api.RefusAsync(await pau.PostAsJsonAsync($"/api/actions/{id}/archiver", new { }, Ct), HttpStatusCode.Conflict, "ROLE");
        Assert.Equal(avant, await host.EmpreinteAsync());
    }

    [Fact]
    public async Task CIR_06_supprimer_l_action_supprime_ses_sessions_et_CIR_01_archivee_est_finale_pour_l_of()
    {
        Prerequis();
        var (of, admin, id) = await ActionPublieeAsync("Secrétaire médicale");
        var archivee = await Api.LireAsync(await of.PostAsJsonAsync($"/api/actions/{id}/archiver", new { }, Ct), HttpStatusCode.OK);
        Assert.Equal("archivee", archivee.GetProperty("statut").GetString());
        await Api.RefusAsync(await of.PutAsJsonAsync($"/api/actions/{id}", Formulaires.Action("Secrétaire médicale"), Ct), HttpStatusCode.Conflict, "CIR-01");
        await Api.RefusAsync(await of.PostAsJsonAsync($"/api/actions/{id}/supprimer", new { }, Ct), HttpStatusCode.Conflict, "ROLE");

        var republiee = await Api.LireAsync(await admin.PostAsJsonAsync($"/api/actions/{id}/republier", new { }, Ct), HttpStatusCode.OK);
        Assert.Equal("publiee", republiee.GetProperty("statut").GetString());
        var supprimee = await Api.LireAsync(await of.PostAsJsonAsync($"/api/actions/{id}/supprimer", new { }, Ct), HttpStatusCode.OK);
        Assert.Equal("supprimee", supprimee.GetProperty("statut").GetString());
        Assert.All(supprimee.GetProperty("sessions").EnumerateArray(), s => Assert.Equal("supprimee", s.GetProperty("statut").GetString()));
        await Api.RefusAsync(await admin.PostAsJsonAsync($"/api/actions/{id}/republier", new { }, Ct), HttpStatusCode.Conflict, "CAT-01");
    }

    [Fact]
    public async Task CAT_12_sur_l_offre_conventionnee_l_of_ne_modifie_que_ses_champs_et_le_refus_nomme_le_champ()
    {
        Prerequis();
        var financeur = await host.ConnecterAsync(Comptes.Financeur);
        var of = await host.ConnecterAsync(Comptes.ReferentGaronne);
        var garonne = await host.StructureAsync(Comptes.Garonne);
        var mesure = await Api.MesureAsync(host, "PRF-QUALIF");
        var action = await Api.LireAsync(await financeur.PostAsJsonAsync("/api/actions/conventionnees", new { responsableId = garonne, action = Formulaires.Action("Électricien du bâtiment") }, Ct), HttpStatusCode.Created);
        var id = action.GetProperty("id").GetGuid();
        var session = await Api.LireAsync(await financeur.PostAsJsonAsync($"/api/actions/{id}/sessions", Formulaires.Session(Debut, Fin, Formulaires.Financement(mesure, Debut.AddDays(-5), Debut.AddDays(10))), Ct), HttpStatusCode.Created);
        var sessionId = session.GetProperty("id").GetGuid();
        var avant = await host.EmpreinteAsync();

        var titre = await Api.RefusAsync(await of.PutAsJsonAsync($"/api/actions/{id}", Formulaires.Action("Électricien du bâtiment et des réseaux"), Ct), HttpStatusCode.Forbidden, "CAT-12");
        Assert.Contains("« Intitulé »", titre, StringComparison.Ordinal);
        var places = await Api.RefusAsync(
            await of.PutAsJsonAsync($"/api/sessions/{sessionId}", Formulaires.Session(Debut, Fin, Formulaires.Financement(mesure, Debut.AddDays(-5), Debut.AddDays(10)) is var f ? Avec(f, "places", 14) : null), Ct),
            HttpStatusCode.Forbidden,
            "CAT-12");
        Assert.Contains("« Effectif visé »", places, StringComparison.Ordinal);
        var dates = await Api.RefusAsync(await of.PutAsJsonAsync($"/api/sessions/{sessionId}", Formulaires.Session(Debut.AddDays(1), Fin, Formulaires.Financement(mesure, Debut.AddDays(-5), Debut.AddDays(10))), Ct), HttpStatusCode.Forbidden, "CAT-12");
        Assert.Contains("« Date de début »", dates, StringComparison.Ordinal);
        Assert.Equal(avant, await host.EmpreinteAsync());

        var coefficient = await Api.LireAsync(await of.PutAsJsonAsync($"/api/sessions/{sessionId}", Formulaires.Session(Debut, Fin, Formulaires.Financement(mesure, Debut.AddDays(-3), Debut.AddDays(12), 4)), Ct), HttpStatusCode.OK);
        Assert.Equal(4, coefficient.GetProperty("coefficient").GetDecimal());
        var plus = Avec(Formulaires.Action("Électricien du bâtiment"), "plusDeLaFormation", "Plateau technique neuf.");
        var modifiee = await Api.LireAsync(await of.PutAsJsonAsync($"/api/actions/{id}", plus, Ct), HttpStatusCode.OK);
        Assert.Equal("Plateau technique neuf.", modifiee.GetProperty("plusDeLaFormation").GetString());
    }

    [Fact]
    public async Task CAT_10_supprimer_une_session_recente_demande_un_motif_et_l_accord_d_un_administrateur()
    {
        Prerequis();
        var of = await host.ConnecterAsync(Comptes.CatalogueGaronne);
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var id = (await Api.LireAsync(await of.PostAsJsonAsync("/api/actions", Formulaires.Action("Employé administratif"), Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var recente = (await Api.LireAsync(await of.PostAsJsonAsync($"/api/actions/{id}/sessions", Formulaires.Session(Debut, Fin), Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var ancienne = (await Api.LireAsync(await of.PostAsJsonAsync($"/api/actions/{id}/sessions", Formulaires.Session(new DateOnly(2025, 10, 1), new DateOnly(2026, 1, 20)), Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var avant = await host.EmpreinteAsync();

        await Api.RefusAsync(await of.PostAsJsonAsync($"/api/sessions/{recente}/supprimer", new { motif = (string?)null }, Ct), HttpStatusCode.Conflict, "CAT-10");
        Assert.Equal(avant, await host.EmpreinteAsync());

        Assert.Equal("supprimee", (await Api.LireAsync(await of.PostAsJsonAsync($"/api/sessions/{ancienne}/supprimer", new { motif = (string?)null }, Ct), HttpStatusCode.OK)).GetProperty("statut").GetString());
        var demandee = await Api.LireAsync(await of.PostAsJsonAsync($"/api/sessions/{recente}/supprimer", new { motif = "Le formateur a quitté l'organisme." }, Ct), HttpStatusCode.OK);
        Assert.Equal("suppression-demandee", demandee.GetProperty("statut").GetString());
        await Api.RefusAsync(await of.PostAsync($"/api/sessions/{recente}/suppression/accepter", null, Ct), HttpStatusCode.Conflict, "ROLE");
        var file = await Api.LireAsync(await admin.GetAsync("/api/catalogue/suppressions-demandees", Ct), HttpStatusCode.OK);
        Assert.Contains(file.EnumerateArray(), s => s.GetProperty("id").GetGuid() == recente && s.GetProperty("motifSuppression").GetString() == "Le formateur a quitté l'organisme.");
        Assert.Equal("supprimee", (await Api.LireAsync(await admin.PostAsync($"/api/sessions/{recente}/suppression/accepter", null, Ct), HttpStatusCode.OK)).GetProperty("statut").GetString());
    }

    [Fact]
    public async Task CAT_09_une_session_se_duplique_et_CAT_07_ne_vise_que_les_certifications_de_l_action()
    {
        Prerequis();
        var of = await host.ConnecterAsync(Comptes.CatalogueGaronne);
        var id = (await Api.LireAsync(await of.PostAsJsonAsync("/api/actions", Formulaires.Action("Agent d'accueil"), Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var source = await Api.LireAsync(await of.PostAsJsonAsync($"/api/actions/{id}/sessions", Formulaires.Session(Debut, Fin), Ct), HttpStatusCode.Created);

        var copie = await Api.LireAsync(await of.PostAsync($"/api/sessions/{source.GetProperty("id").GetGuid()}/dupliquer", null, Ct), HttpStatusCode.Created);
        Assert.NotEqual(source.GetProperty("reference").GetString(), copie.GetProperty("reference").GetString());
        Assert.Equal(source.GetProperty("dateDebut").GetString(), copie.GetProperty("dateDebut").GetString());

        var etrangere = await of.PostAsJsonAsync($"/api/actions/{id}/sessions", Formulaires.Session(Debut, Fin, rncp: "RNCP99999"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, etrangere.StatusCode);
        Assert.Contains("RNCP99999", await etrangere.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CAT_07_validation_partielle_sans_blocs_et_dates_inversees_sont_refusees_ensemble()
    {
        Prerequis();
        var of = await host.ConnecterAsync(Comptes.CatalogueGaronne);
        var id = (await Api.LireAsync(await of.PostAsJsonAsync("/api/actions", Formulaires.Action("Aide comptable"), Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var session = Avec(Formulaires.Session(Fin, Debut), "certifications", new[] { new { code = "RNCP36701", typeValidation = "Partielle", blocs = Array.Empty<string>() } });

        var reponse = await of.PostAsJsonAsync($"/api/actions/{id}/sessions", session, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, reponse.StatusCode);
        var erreurs = (await reponse.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(erreurs.TryGetProperty("dateFin", out _), erreurs.ToString());
        Assert.Contains("blocs de compétences", erreurs.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CAT_08_une_formation_courte_en_dates_fixes_est_avertie_de_la_session_annuelle()
    {
        Prerequis();
        var of = await host.ConnecterAsync(Comptes.CatalogueGaronne);
        var courte = Avec(Formulaires.Action("Habilitation électrique", null), "durees", new[] { new { modalite = "CoursDuJour", heures = 14 } });
        var id = (await Api.LireAsync(await of.PostAsJsonAsync("/api/actions", courte, Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var fixe = await Api.LireAsync(await of.PostAsJsonAsync($"/api/actions/{id}/sessions", Formulaires.Session(Debut, Debut.AddDays(1), rncp: null), Ct), HttpStatusCode.Created);
        Assert.Contains("CAT-08", Assert.Single(fixe.GetProperty("avertissements").EnumerateArray()).GetString(), StringComparison.Ordinal);

        var annuelle = Avec(Formulaires.Session(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), rncp: null), "typeEntree", "EntreesSortiesPermanentes");
        Assert.Empty((await Api.LireAsync(await of.PostAsJsonAsync($"/api/actions/{id}/sessions", annuelle, Ct), HttpStatusCode.Created)).GetProperty("avertissements").EnumerateArray());
    }

    [Fact]
    public async Task CAT_11_avant_de_creer_l_of_voit_ses_doublons_probables()
    {
        Prerequis();
        var of = await host.ConnecterAsync(Comptes.CatalogueGaronne);
        var pau = await host.ConnecterAsync(Comptes.ReferentPau);
        var formulaire = Formulaires.Action("Développeur  web et web mobile", "RNCP37674");

        var doublons = await Api.LireAsync(await of.PostAsJsonAsync("/api/actions/doublons", formulaire, Ct), HttpStatusCode.OK);
        Assert.Equal("Développeur web et web mobile", Assert.Single(doublons.EnumerateArray()).GetProperty("intitule").GetString());
        Assert.Empty((await Api.LireAsync(await pau.PostAsJsonAsync("/api/actions/doublons", formulaire, Ct), HttpStatusCode.OK)).EnumerateArray());
        Assert.Empty((await Api.LireAsync(await of.PostAsJsonAsync("/api/actions/doublons", Formulaires.Action("Développeur web et web mobile", "RNCP00001"), Ct), HttpStatusCode.OK)).EnumerateArray());
    }

    [Fact]
    public async Task CIR_07_les_listes_filtrent_trient_et_paginent_par_onglet()
    {
        Prerequis();
        var financeur = await host.ConnecterAsync(Comptes.Financeur);
        var of = await host.ConnecterAsync(Comptes.ReferentGaronne);
        var admin = await host.ConnecterAsync(Comptes.Admin);

        var publiees = await Api.LireAsync(await financeur.GetAsync("/api/catalogue/actions?onglet=publiee&tri=intitule&croissant=true&taille=2", Ct), HttpStatusCode.OK);
        Assert.Equal(2, publiees.GetProperty("elements").GetArrayLength());
        Assert.True(publiees.GetProperty("total").GetInt32() >= 4);
        var titres = publiees.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("intitule").GetString()).ToList();
        Assert.Equal(titres.Order(StringComparer.Ordinal), titres);
        Assert.All(publiees.GetProperty("elements").EnumerateArray(), e => Assert.True(e.GetProperty("conventionnee").GetBoolean()));
        var page2 = await Api.LireAsync(await financeur.GetAsync("/api/catalogue/actions?onglet=publiee&tri=intitule&croissant=true&taille=2&page=2", Ct), HttpStatusCode.OK);
        Assert.DoesNotContain(page2.GetProperty("elements")[0].GetProperty("intitule").GetString(), titres);

        var garonne = await host.StructureAsync(Comptes.Garonne);
        var siens = await Api.LireAsync(await of.GetAsync("/api/catalogue/actions?conventionnee=false&taille=100", Ct), HttpStatusCode.OK);
        Assert.All(siens.GetProperty("elements").EnumerateArray(), e => Assert.Equal(garonne, e.GetProperty("responsableId").GetGuid()));
        Assert.All(siens.GetProperty("elements").EnumerateArray(), e => Assert.Equal(Comptes.Garonne, e.GetProperty("responsable").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await of.GetAsync("/api/catalogue/a-verifier", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/catalogue/a-verifier", Ct)).StatusCode);
    }

    [Fact]
    public async Task CIR_07_une_ligne_de_liste_montre_le_responsable_et_les_dates_des_sessions()
    {
        Prerequis();
        var of = await host.ConnecterAsync(Comptes.CatalogueGaronne);
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var intitule = "Menuiserie agencement " + Guid.NewGuid().ToString("N")[..6];
        var id = (await Api.LireAsync(await of.PostAsJsonAsync("/api/actions", Formulaires.Action(intitule), Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Api.LireAsync(await of.PostAsJsonAsync($"/api/actions/{id}/sessions", Formulaires.Session(Debut, Fin), Ct), HttpStatusCode.Created);
        await Api.LireAsync(await of.PostAsJsonAsync($"/api/actions/{id}/sessions", Formulaires.Session(Debut.AddMonths(6), Fin.AddMonths(6)), Ct), HttpStatusCode.Created);
        await Api.LireAsync(await of.PostAsJsonAsync($"/api/actions/{id}/valider", new { confirmation = true }, Ct), HttpStatusCode.OK);

        var file = await Api.LireAsync(await admin.GetAsync($"/api/catalogue/a-verifier?recherche={Uri.EscapeDataString(intitule)}", Ct), HttpStatusCode.OK);

        var ligne = Assert.Single(file.GetProperty("elements").EnumerateArray());
        Assert.Equal(id, ligne.GetProperty("id").GetGuid());
        Assert.Equal(Comptes.Garonne, ligne.GetProperty("responsable").GetString());
        Assert.Equal(2, ligne.GetProperty("nombreSessions").GetInt32());
        Assert.Equal(Debut, DateOnly.Parse(ligne.GetProperty("premiereSession").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Fin.AddMonths(6), DateOnly.Parse(ligne.GetProperty("derniereSession").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Lets the PostgreSQL subclass skip or fail before touching the host.</summary>
    protected virtual void Prerequis()
    {
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> Avec(object formulaire, string champ, object? valeur)
    {
        var d = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(formulaire, new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;
        d[champ] = valeur;
        return d;
    }

    private async Task<(HttpClient Of, HttpClient Admin, Guid Id)> ActionPublieeAsync(string intitule)
    {
        var of = await host.ConnecterAsync(Comptes.CatalogueGaronne);
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var id = (await Api.LireAsync(await of.PostAsJsonAsync("/api/actions", Formulaires.Action(intitule), Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Api.LireAsync(await of.PostAsJsonAsync($"/api/actions/{id}/sessions", Formulaires.Session(Debut, Fin), Ct), HttpStatusCode.Created);
        await Api.LireAsync(await of.PostAsJsonAsync($"/api/actions/{id}/valider", new { confirmation = true }, Ct), HttpStatusCode.OK);
        await Api.LireAsync(await admin.PostAsJsonAsync($"/api/actions/{id}/publier", new { }, Ct), HttpStatusCode.OK);
        return (of, admin, id);
    }
}

/// <summary>On SQLite.</summary>
public sealed class CircuitSqliteTests(SqliteApiHost host) : CircuitTests(host), IClassFixture<SqliteApiHost>;

/// <summary>On PostgreSQL.</summary>
public sealed class CircuitPostgresTests(PostgresApiHostFixture fixture) : CircuitTests(fixture.Host), IClassFixture<PostgresApiHostFixture>
{
    protected override void Prerequis() => PostgresEnvironment.RequireConnectionString();
}
