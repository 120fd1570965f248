using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rafael.Api.Tests.Support;
using Rafael.Engine.Candidatures;

namespace Rafael.Api.Tests.Candidatures;

/// <summary>CAND-01 to CAND-04, HAB-03: pre-registration by prescribers, over HTTP.</summary>
public abstract class PreinscriptionTests(ApiHost host)
{
    [Fact]
    public async Task Un_niveau_2_preinscrit_et_la_candidature_arrive_a_l_organisme_avec_ses_echeances()
    {
        Prerequis();
        var session = await Parcours.SessionAsync(host);
        var prescripteur = await host.ConnecterAsync("prescripteur2@demo.rafael.fr");

        var id = await Parcours.CandidatureAsync(prescripteur, session.Id, "Martin");

        Assert.Equal(Candidature.AConvoquer, await Parcours.StatutAsync(prescripteur, id));
        var echeances = await host.DbAsync(db => db.Set<Workflows.Deadlines.Deadline>().Where(d => d.SubjectId == id.ToString()).OrderBy(d => d.DueAt).ToListAsync());
        Assert.Equal(["relance-avis", "avis-non-transmis"], echeances.Select(e => e.Name));
        Assert.Equal(new DateTimeOffset(2026, 7, 13, 22, 0, 0, TimeSpan.Zero), echeances[0].DueAt);
        Assert.Equal(new DateTimeOffset(2026, 7, 20, 22, 0, 0, TimeSpan.Zero), echeances[1].DueAt);
        Assert.True(await host.DbAsync(db => db.Outbox.AnyAsync(m => m.Type == "notification.candidature.recue" && m.Payload.Contains(id.ToString()))));
        Assert.True(await host.DbAsync(db => db.Journal.AnyAsync(j => j.EntityId == id.ToString())));
    }

    [Fact]
    public async Task Un_niveau_1_enregistre_un_brouillon_qu_un_niveau_3_de_sa_structure_valide()
    {
        Prerequis();
        var session = await Parcours.SessionAsync(host);
        var niveau1 = await host.ConnecterAsync(Comptes.Prescripteur1);
        var niveau3 = await host.ConnecterAsync(Comptes.Prescripteur3);
        var of = await host.ConnecterAsync(Comptes.PreinscriptionGaronne);

        var id = await Parcours.CandidatureAsync(niveau1, session.Id, "Bernard");
        Assert.Equal(Candidature.BrouillonPrescripteur, await Parcours.StatutAsync(niveau1, id));

        // The draft has not reached the OF.
        Assert.Equal(HttpStatusCode.NotFound, (await of.GetAsync($"/api/candidatures/{id}")).StatusCode);
        await Parcours.RefusAsync(await niveau1.PostAsync($"/api/preinscriptions/{id}/validation", null), HttpStatusCode.Forbidden, "CAND-01");

        var file = await Parcours.OkAsync(await niveau3.GetAsync("/api/preinscriptions/a-valider"));
        Assert.Contains(file.EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);

        var validee = await Parcours.OkAsync(await niveau3.PostAsync($"/api/preinscriptions/{id}/validation", null));
        Assert.Equal("EnAttente", validee.GetProperty("etat").GetString());
        Assert.Equal(Candidature.AConvoquer, await Parcours.StatutAsync(of, id));
    }

    [Fact]
    public async Task Un_autre_prescripteur_ne_valide_ni_ne_supprime_le_brouillon()
    {
        Prerequis();
        var session = await Parcours.SessionAsync(host);
        var niveau1 = await host.ConnecterAsync(Comptes.Prescripteur1);
        var autre = await host.ConnecterAsync("prescripteur2@demo.rafael.fr");
        var id = await Parcours.CandidatureAsync(niveau1, session.Id, "Petit");
        var avant = await host.EmpreinteAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await autre.PostAsync($"/api/preinscriptions/{id}/validation", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await autre.DeleteAsync($"/api/preinscriptions/{id}")).StatusCode);

        Assert.Equal(avant, await host.EmpreinteAsync());
        var supprimee = await Parcours.OkAsync(await niveau1.DeleteAsync($"/api/preinscriptions/{id}"));
        Assert.Equal("Supprimee", supprimee.GetProperty("etat").GetString());
    }

    [Fact]
    public async Task Une_structure_sans_droit_sur_la_mesure_est_refusee_par_HAB_03()
    {
        Prerequis();
        var session = await Parcours.SessionAsync(host, s => s with { Mesure = "POEC", Dispositif = "POEC" });
        var missionLocale = await host.ConnecterAsync("prescripteur2@demo.rafael.fr");
        var avant = await host.EmpreinteAsync();

        var probleme = await Parcours.RefusAsync(await Parcours.PreinscrireAsync(missionLocale, session.Id, "Roux"), HttpStatusCode.Conflict, "HAB-03");

        Assert.Contains("POEC", probleme.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(avant, await host.EmpreinteAsync());
    }

    [Fact]
    public async Task Un_organisme_de_formation_ne_preinscrit_pas()
    {
        Prerequis();
        var session = await Parcours.SessionAsync(host);
        var of = await host.ConnecterAsync(Comptes.PreinscriptionGaronne);

        await Parcours.RefusAsync(await Parcours.PreinscrireAsync(of, session.Id, "Faure"), HttpStatusCode.Forbidden, "HAB-03");
        await Parcours.RefusAsync(await of.GetAsync("/api/preinscriptions/sessions"), HttpStatusCode.Forbidden, "HAB-03");
    }

    [Fact]
    public async Task Apres_la_date_limite_ou_sur_une_session_annulee_CAND_04_refuse()
    {
        Prerequis();
        var fermee = await Parcours.SessionAsync(host, s => s with { DateLimiteInscription = new DateOnly(2026, 3, 1) });
        var annulee = await Parcours.SessionAsync(host, s => s with { Annulee = true });
        var prescripteur = await host.ConnecterAsync(Comptes.Prescripteur3);

        var probleme = await Parcours.RefusAsync(await Parcours.PreinscrireAsync(prescripteur, fermee.Id, "Blanc"), HttpStatusCode.Conflict, "CAND-04");
        Assert.Contains("01/03/2026", probleme.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Parcours.RefusAsync(await Parcours.PreinscrireAsync(prescripteur, annulee.Id, "Blanc"), HttpStatusCode.Conflict, "CAND-04");

        var ouvertes = await Parcours.OkAsync(await prescripteur.GetAsync("/api/preinscriptions/sessions"));
        Assert.DoesNotContain(ouvertes.EnumerateArray(), s => s.GetProperty("id").GetGuid() == fermee.Id || s.GetProperty("id").GetGuid() == annulee.Id);
    }

    [Fact]
    public async Task Le_quota_de_la_session_est_coefficient_fois_effectif_vise_CAND_03()
    {
        Prerequis();
        var session = await Parcours.SessionAsync(host, s => s with { EffectifVise = 1, Coefficient = 2 });
        var prescripteur = await host.ConnecterAsync(Comptes.Prescripteur3);
        var premiere = await Parcours.CandidatureAsync(prescripteur, session.Id, "Un");
        await Parcours.CandidatureAsync(prescripteur, session.Id, "Deux");

        var recherche = await Parcours.OkAsync(await prescripteur.GetAsync($"/api/preinscriptions/sessions?texte={Uri.EscapeDataString(session.Intitule)}"));
        Assert.Equal(0, recherche.EnumerateArray().Single().GetProperty("placesRestantes").GetInt32());
        Assert.Empty((await Parcours.OkAsync(await prescripteur.GetAsync($"/api/preinscriptions/sessions?texte={Uri.EscapeDataString(session.Intitule)}&placesRestantes=true"))).EnumerateArray());

        var probleme = await Parcours.RefusAsync(await Parcours.PreinscrireAsync(prescripteur, session.Id, "Trois"), HttpStatusCode.Conflict, "CAND-03");
        Assert.Contains("quota de 2", probleme.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // A candidature that ends otherwise frees its place.
        var of = await host.ConnecterAsync(Comptes.PreinscriptionGaronne);
        await Parcours.OkAsync(await Parcours.ConvoquerAsync(of, premiere));
        await Parcours.OkAsync(await Parcours.ResultatAsync(of, premiere, "AbsenceNonJustifiee"));
        await Parcours.CandidatureAsync(prescripteur, session.Id, "Trois");
    }

    [Fact]
    public async Task Un_candidat_a_au_plus_trois_candidatures_en_cours_et_une_sur_HSP_CAND_02()
    {
        Prerequis();
        var prescripteur = await host.ConnecterAsync(Comptes.Prescripteur3);
        var identifiant = "FT" + Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 3; i++)
        {
            var s = await Parcours.SessionAsync(host);
            await Parcours.CandidatureAsync(prescripteur, s.Id, "Garcia", identifiant);
        }

        var quatrieme = await Parcours.SessionAsync(host);
        var probleme = await Parcours.RefusAsync(await Parcours.PreinscrireAsync(prescripteur, quatrieme.Id, "Garcia", identifiant.ToLowerInvariant()), HttpStatusCode.Conflict, "CAND-02");
        Assert.Contains("3 candidatures en cours", probleme.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Without a France Travail identifier, the candidate is recognised by name and birth date.
        var hsp1 = await Parcours.SessionAsync(host, s => s with { Dispositif = "HSP", Mesure = "HSP-SAVOIRS", Coefficient = 1 });
        var hsp2 = await Parcours.SessionAsync(host, s => s with { Dispositif = "HSP", Mesure = "HSP-SAVOIRS", Coefficient = 1 });
        await Parcours.CandidatureAsync(prescripteur, hsp1.Id, "Lefèvre");
        await Parcours.RefusAsync(await Parcours.PreinscrireAsync(prescripteur, hsp2.Id, "LEFEVRE"), HttpStatusCode.Conflict, "CAND-02");
        await Parcours.CandidatureAsync(prescripteur, hsp2.Id, "Lefebvre");
    }

    [Fact]
    public async Task Une_saisie_invalide_donne_une_erreur_par_champ_sans_rien_changer()
    {
        Prerequis();
        var session = await Parcours.SessionAsync(host);
        var prescripteur = await host.ConnecterAsync(Comptes.Prescripteur3);
        var avant = await host.EmpreinteAsync();

        var reponse = await prescripteur.PostAsJsonAsync("/api/preinscriptions", new { sessionId = session.Id, candidat = new { nom = "", prenom = "", email = "pas-un-email" } });

        Assert.Equal(HttpStatusCode.BadRequest, reponse.StatusCode);
        var erreurs = (await reponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(erreurs.TryGetProperty("candidat.nom", out _), erreurs.ToString());
        Assert.True(erreurs.TryGetProperty("candidat.dateNaissance", out _), erreurs.ToString());
        Assert.True(erreurs.TryGetProperty("candidat.email", out _), erreurs.ToString());
        Assert.Equal(avant, await host.EmpreinteAsync());
    }

    protected virtual void Prerequis()
    {
    }
}

public sealed class PreinscriptionSqliteTests(SqliteApiHost host) : PreinscriptionTests(host), IClassFixture<SqliteApiHost>;

[Trait("Database", "PostgreSQL")]
public sealed class PreinscriptionPostgresTests(PostgresApiHostFixture fixture) : PreinscriptionTests(fixture.Host), IClassFixture<PostgresApiHostFixture>
{
    protected override void Prerequis() => PostgresEnvironment.RequireConnectionString();
}
