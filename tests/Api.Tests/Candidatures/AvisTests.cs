using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rafael.Api.Tests.Support;
using Rafael.Engine.Candidatures;

namespace Rafael.Api.Tests.Candidatures;

/// <summary>AVIS-01 to AVIS-06: convocations, attendance, verdicts, waiting list, HSP, immutability, over HTTP.</summary>
public abstract class AvisTests(ApiHost host)
{
    [Fact]
    public async Task Une_absence_non_justifiee_rend_la_candidature_non_retenue_AVIS_01()
    {
        Prerequis();
        var (of, id) = await EnAttenteAsync();

        await Parcours.OkAsync(await Parcours.ConvoquerAsync(of, id));
        var apres = await Parcours.OkAsync(await Parcours.ResultatAsync(of, id, "AbsenceNonJustifiee"));

        Assert.Equal(Candidature.NonRetenue, apres.GetProperty("statut").GetString());
        Assert.Equal("absence-non-justifiee", apres.GetProperty("motif").GetString());
    }

    [Fact]
    public async Task Trois_convocations_au_plus_la_troisieme_absence_rend_non_retenue_AVIS_01()
    {
        Prerequis();
        var (of, id) = await EnAttenteAsync();

        // A second convocation needs a justified absence at the first.
        await Parcours.OkAsync(await Parcours.ConvoquerAsync(of, id));
        await Parcours.RefusAsync(await Parcours.ConvoquerAsync(of, id), HttpStatusCode.Conflict, "WF-ETAT");
        for (var i = 1; i <= 2; i++)
        {
            var absent = await Parcours.OkAsync(await Parcours.ResultatAsync(of, id, "AbsenceJustifiee"));
            Assert.Equal(Candidature.AConvoquer, absent.GetProperty("statut").GetString());
            await Parcours.OkAsync(await Parcours.ConvoquerAsync(of, id));
        }

        var troisieme = await Parcours.OkAsync(await Parcours.ResultatAsync(of, id, "AbsenceJustifiee"));
        Assert.Equal(Candidature.NonRetenue, troisieme.GetProperty("statut").GetString());
        Assert.Equal(3, troisieme.GetProperty("nombreConvocations").GetInt32());
        await Parcours.RefusAsync(await Parcours.ConvoquerAsync(of, id), HttpStatusCode.Conflict, "AVIS-05");
    }

    [Fact]
    public async Task Retenir_demande_les_dates_et_l_intensite_AVIS_02()
    {
        Prerequis();
        var (of, id) = await EnAttenteAsync();
        await Parcours.PresentAsync(of, id);
        var avant = await host.EmpreinteAsync();

        var sansDates = await of.PostAsJsonAsync($"/api/candidatures/{id}/avis", new { retenue = true, heuresHebdomadaires = 35 });
        await Parcours.RefusAsync(sansDates, HttpStatusCode.Conflict, "AVIS-02");
        await Parcours.RefusAsync(await Parcours.RetenirAsync(of, id, heures: 41), HttpStatusCode.Conflict, "AVIS-02");
        Assert.Equal(avant, await host.EmpreinteAsync());

        var retenue = await Parcours.OkAsync(await Parcours.RetenirAsync(of, id));
        Assert.Equal("Retenue", retenue.GetProperty("etat").GetString());
        Assert.Equal(35, retenue.GetProperty("heuresHebdomadaires").GetDecimal());
        Assert.True(await host.DbAsync(db => db.Outbox.AnyAsync(m => m.Type == "eos.candidature-retenue" && m.Payload.Contains(id.ToString()))));
    }

    [Fact]
    public async Task Ne_pas_retenir_demande_un_motif_et_une_raison_pour_autres_AVIS_02_AVIS_03()
    {
        Prerequis();
        var (of, id) = await EnAttenteAsync();
        await Parcours.PresentAsync(of, id);

        await Parcours.RefusAsync(await Parcours.RefuserAsync(of, id, "autres"), HttpStatusCode.Conflict, "AVIS-02");
        await Parcours.RefusAsync(await Parcours.RefuserAsync(of, id, "autres", new string('x', 501)), HttpStatusCode.Conflict, "AVIS-03");
        var refusee = await Parcours.OkAsync(await Parcours.RefuserAsync(of, id, "autres", "Projet de reconversion abandonné"));

        Assert.Equal("NonRetenue", refusee.GetProperty("etat").GetString());
        Assert.Equal("Autres", refusee.GetProperty("libelleMotif").GetString());
    }

    [Fact]
    public async Task Un_avis_donne_ne_change_plus_sauf_la_liste_d_attente_jusqu_a_l_entree_tardive_AVIS_04_AVIS_05()
    {
        Prerequis();
        var (of, id) = await EnAttenteAsync();
        await Parcours.PresentAsync(of, id);

        var attente = await Parcours.OkAsync(await Parcours.RefuserAsync(of, id, "session-complete"));
        Assert.Equal("RefusSessionComplete", attente.GetProperty("etat").GetString());

        var retenue = await Parcours.OkAsync(await Parcours.RetenirAsync(of, id));
        Assert.Equal("Retenue", retenue.GetProperty("etat").GetString());

        var probleme = await Parcours.RefusAsync(await Parcours.RefuserAsync(of, id, "candidat-indisponible"), HttpStatusCode.Conflict, "AVIS-05");
        Assert.Contains("Retenue", probleme.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seul_un_administrateur_retient_une_candidature_non_retenue_et_c_est_journalise_AVIS_05()
    {
        Prerequis();
        var (of, id) = await EnAttenteAsync();
        await Parcours.PresentAsync(of, id);
        await Parcours.OkAsync(await Parcours.RefuserAsync(of, id, "prerequis-non-satisfaits"));

        await Parcours.RefusAsync(await Parcours.RetenirAsync(of, id), HttpStatusCode.Conflict, "AVIS-05");

        var admin = await host.ConnecterAsync(Comptes.Admin);
        var retenue = await Parcours.OkAsync(await Parcours.RetenirAsync(admin, id));
        Assert.Equal("Retenue", retenue.GetProperty("etat").GetString());
        var adminId = await host.CompteAsync(Comptes.Admin);
        Assert.True(await host.DbAsync(db => db.Journal.AnyAsync(j => j.EntityId == id.ToString() && j.Action == "candidature.avis" && j.CompteId == adminId)));
    }

    [Fact]
    public async Task Sur_HSP_l_organisme_declare_la_conformite_sans_convocation_AVIS_06()
    {
        Prerequis();
        var session = await Parcours.SessionAsync(host, s => s with { Dispositif = "HSP", Mesure = "HSP-SAVOIRS", Coefficient = 1 });
        var prescripteur = await host.ConnecterAsync(Comptes.Prescripteur3);
        var of = await host.ConnecterAsync(Comptes.PreinscriptionGaronne);
        var conforme = await Parcours.CandidatureAsync(prescripteur, session.Id, "Hsp-Un");
        var nonConforme = await Parcours.CandidatureAsync(prescripteur, session.Id, "Hsp-Deux");

        Assert.Equal(Candidature.EnAttente, await Parcours.StatutAsync(of, conforme));
        await Parcours.RefusAsync(await Parcours.ConvoquerAsync(of, conforme), HttpStatusCode.Conflict, "WF-ETAT");
        Assert.Equal("Retenue", (await Parcours.OkAsync(await Parcours.RetenirAsync(of, conforme))).GetProperty("etat").GetString());

        await Parcours.RefusAsync(await Parcours.RefuserAsync(of, nonConforme, "prerequis-non-satisfaits", "Pas de pièce"), HttpStatusCode.Conflict, "AVIS-06");
        await Parcours.RefusAsync(await Parcours.RefuserAsync(of, nonConforme, "personne-injoignable"), HttpStatusCode.Conflict, "AVIS-06");
        var refusee = await Parcours.OkAsync(await Parcours.RefuserAsync(of, nonConforme, "personne-injoignable", "Trois appels sans réponse"));
        Assert.Equal("NonRetenue", refusee.GetProperty("etat").GetString());
    }

    [Fact]
    public async Task Un_prescripteur_ou_le_formateur_ne_donne_pas_d_avis()
    {
        Prerequis();
        var (_, id) = await EnAttenteAsync();
        var prescripteur = await host.ConnecterAsync(Comptes.Prescripteur3);
        var catalogue = await host.ConnecterAsync(Comptes.CatalogueGaronne);

        await Parcours.RefusAsync(await Parcours.ConvoquerAsync(prescripteur, id), HttpStatusCode.Conflict, "WF-ROLE");
        await Parcours.RefusAsync(await Parcours.ConvoquerAsync(catalogue, id), HttpStatusCode.Conflict, "WF-ROLE");
    }

    private async Task<(HttpClient Of, Guid Id)> EnAttenteAsync()
    {
        var session = await Parcours.SessionAsync(host);
        var prescripteur = await host.ConnecterAsync(Comptes.Prescripteur3);
        var id = await Parcours.CandidatureAsync(prescripteur, session.Id, "Avis-" + Guid.NewGuid().ToString("N")[..6]);
        return (await host.ConnecterAsync(Comptes.PreinscriptionGaronne), id);
    }

    protected virtual void Prerequis()
    {
    }
}

public sealed class AvisSqliteTests(SqliteApiHost host) : AvisTests(host), IClassFixture<SqliteApiHost>;

[Trait("Database", "PostgreSQL")]
public sealed class AvisPostgresTests(PostgresApiHostFixture fixture) : AvisTests(fixture.Host), IClassFixture<PostgresApiHostFixture>
{
    protected override void Prerequis() => PostgresEnvironment.RequireConnectionString();
}
