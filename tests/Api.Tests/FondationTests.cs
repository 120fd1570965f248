using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rafael.Api.Tests.Support;
using Rafael.Engine.Demandes;

namespace Rafael.Api.Tests;

/// <summary>Accounts and sign-in through real HTTP on a real database: what the web and API clients rely on.</summary>
public abstract class FondationTests(ApiHost host)
{
    private static readonly string[] Cinq = ["1", "2", "3", "4", "5"];

    [Fact]
    public async Task Une_demande_de_compte_validee_par_le_referent_ouvre_le_compte_avec_son_profil()
    {
        Prerequis();
        var email = $"{Guid.NewGuid():N}@garonne.fr";
        var garonne = await host.StructureAsync(Comptes.Garonne);
        var demande = await host.Anonyme().PostAsJsonAsync("/api/demandes/compte", new { email, motDePasse = "Formation-2026!", prenom = "Inès", nom = "Durand", structureId = garonne });
        Assert.Equal(HttpStatusCode.Created, demande.StatusCode);
        var id = (await demande.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var avantValidation = await host.Anonyme().PostAsJsonAsync("/api/auth/connexion", new { email, motDePasse = "Formation-2026!" });
        Assert.Equal(HttpStatusCode.Forbidden, avantValidation.StatusCode);

        var referent = await host.ConnecterAsync(Comptes.ReferentGaronne);
        var acceptee = await referent.PostAsJsonAsync($"/api/demandes/{id}/accepter", new { profil = "GestionnaireOfPreinscription" });
        Assert.Equal(HttpStatusCode.OK, acceptee.StatusCode);
        Assert.Equal("Acceptee", (await acceptee.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("statut").GetString());

        var nouvelle = await host.ConnecterAsync(email, "Formation-2026!");
        var moi = await nouvelle.GetFromJsonAsync<JsonElement>("/api/moi");
        var structure = moi.GetProperty("structures")[0];
        Assert.Equal("GestionnaireOfPreinscription", structure.GetProperty("profil").GetString());
        Assert.Contains("Bénéficiaire", structure.GetProperty("profils").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(garonne, moi.GetProperty("structureCouranteId").GetGuid());

        // The process definition notified the deciders, then the requester; the journal has the decision.
        var messages = await host.DbAsync(db => db.Outbox.Where(m => m.Payload.Contains(id.ToString())).Select(m => m.Type).ToListAsync());
        Assert.Contains("notification.compte.demande-a-valider", messages);
        Assert.Contains("notification.compte.demande-acceptee", messages);
        Assert.True(await host.DbAsync(db => db.Journal.AnyAsync(j => j.EntityType == nameof(Demande) && j.EntityId == id.ToString() && j.Action == "demande.accepter")));

        var deuxieme = await referent.PostAsJsonAsync($"/api/demandes/{id}/refuser", new { motif = "Erreur" });
        Assert.Equal(HttpStatusCode.Conflict, deuxieme.StatusCode);
        Assert.Equal("ACC-05", (await deuxieme.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("regle").GetString());
    }

    [Fact]
    public async Task Cinq_echecs_verrouillent_le_compte()
    {
        Prerequis();
        var email = "capemploi@demo.rafael.fr";
        foreach (var _ in Cinq)
        {
            await host.Anonyme().PostAsJsonAsync("/api/auth/connexion", new { email, motDePasse = "mauvais" });
        }

        var reponse = await host.Anonyme().PostAsJsonAsync("/api/auth/connexion", new { email, motDePasse = Engine.Demo.DemoData.MotDePasse });

        Assert.Equal(HttpStatusCode.Locked, reponse.StatusCode);
        Assert.Contains("verrouillé", await reponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(await host.DbAsync(db => db.Users.Where(c => c.Email == email).Select(c => c.LockoutEnd).SingleAsync()));
    }

    [Fact]
    public async Task Un_client_d_API_s_authentifie_par_jeton_et_le_rafraichit()
    {
        Prerequis();
        var client = host.Anonyme();
        var connexion = await client.PostAsJsonAsync("/api/auth/connexion?mode=jeton", new { email = Comptes.Financeur, motDePasse = Engine.Demo.DemoData.MotDePasse });
        var jeton = await connexion.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", jeton.GetProperty("accessToken").GetString());
        Assert.Equal(Comptes.Financeur, (await client.GetFromJsonAsync<JsonElement>("/api/moi")).GetProperty("email").GetString());

        var rafraichi = await host.Anonyme().PostAsJsonAsync("/api/auth/rafraichir", new { refreshToken = jeton.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.OK, rafraichi.StatusCode);
        Assert.False(string.IsNullOrEmpty((await rafraichi.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()));
    }

    [Fact]
    public async Task La_prise_de_controle_est_journalisee_avec_les_deux_identites()
    {
        Prerequis();
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var cible = await host.CompteAsync(Comptes.CatalogueGaronne);
        var adminId = await host.CompteAsync(Comptes.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/auth/prendre-le-controle/{cible}", null)).StatusCode);

        var moi = await admin.GetFromJsonAsync<JsonElement>("/api/moi");
        Assert.Equal(Comptes.CatalogueGaronne, moi.GetProperty("email").GetString());
        Assert.Equal(adminId, moi.GetProperty("controlePar").GetGuid());
        var modification = await admin.PutAsJsonAsync("/api/moi", new { email = Comptes.CatalogueGaronne, prenom = "Sophie", nom = "Catalogue", telephone = "05 57 11 22 33" });
        Assert.Equal(HttpStatusCode.OK, modification.StatusCode);

        var entree = await host.DbAsync(db => db.Journal.Where(j => j.Action == "moi.modifier" && j.CompteId == cible).SingleAsync());
        Assert.Equal(adminId, entree.AdministrateurId);
        Assert.Contains("05 57 11 22 33", entree.Changes, StringComparison.Ordinal);
        Assert.True(await host.DbAsync(db => db.Journal.AnyAsync(j => j.Operation == "prise-de-controle" && j.CompteId == cible && j.AdministrateurId == adminId)));

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/auth/rendre-la-main", null)).StatusCode);
        Assert.Equal(Comptes.Admin, (await admin.GetFromJsonAsync<JsonElement>("/api/moi")).GetProperty("email").GetString());
    }

    [Fact]
    public async Task Un_mot_de_passe_oublie_se_reinitialise_avec_le_jeton_envoye_par_courriel()
    {
        Prerequis();
        var email = Comptes.PreinscriptionGaronne;
        Assert.Equal(HttpStatusCode.Accepted, (await host.Anonyme().PostAsJsonAsync("/api/auth/mot-de-passe-oublie", new { email })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await host.Anonyme().PostAsJsonAsync("/api/auth/mot-de-passe-oublie", new { email = "personne@nulle-part.fr" })).StatusCode);
        var message = await host.DbAsync(db => db.Outbox.Where(m => m.Type == "notification.compte.mot-de-passe-oublie").SingleAsync());
        var jeton = JsonDocument.Parse(message.Payload).RootElement.GetProperty("jeton").GetString();

        var faux = await host.Anonyme().PostAsJsonAsync("/api/auth/reinitialiser-mot-de-passe", new { email, jeton = "faux", nouveauMotDePasse = "Nouveau-Passe-2026" });
        Assert.Equal(HttpStatusCode.BadRequest, faux.StatusCode);
        var bon = await host.Anonyme().PostAsJsonAsync("/api/auth/reinitialiser-mot-de-passe", new { email, jeton, nouveauMotDePasse = "Nouveau-Passe-2026" });
        Assert.Equal(HttpStatusCode.NoContent, bon.StatusCode);

        await host.ConnecterAsync(email, "Nouveau-Passe-2026");
        var reutilise = await host.Anonyme().PostAsJsonAsync("/api/auth/reinitialiser-mot-de-passe", new { email, jeton, nouveauMotDePasse = "Encore-Un-2026" });
        Assert.Equal(HttpStatusCode.BadRequest, reutilise.StatusCode);
    }

    [Fact]
    public async Task Deux_administrateurs_modifiant_la_meme_structure_le_second_est_averti()
    {
        Prerequis();
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var id = await host.StructureAsync(Comptes.Limousin);
        var lue = await admin.GetFromJsonAsync<JsonElement>($"/api/structures/{id}");
        var version = lue.GetProperty("version").GetInt32();
        object Saisie(string nom) => new
        {
            structure = new
            {
                raisonSociale = lue.GetProperty("raisonSociale").GetString(),
                nom,
                siret = lue.GetProperty("siret").GetString(),
                adresse = new { ligne = "28 boulevard Gambetta", codePostal = "87000", ville = "Limoges", departement = "87" },
                types = new[] { "OrganismeFormation" },
            },
            version,
        };

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/structures/{id}", Saisie("Atelier Formation Limousin (Limoges)"))).StatusCode);
        var second = await admin.PutAsJsonAsync($"/api/structures/{id}", Saisie("Atelier Limousin"));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("rechargez", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Atelier Formation Limousin (Limoges)", await host.DbAsync(db => db.Structures.Where(s => s.Id == id).Select(s => s.Nom).SingleAsync()));
    }

    [Fact]
    public async Task L_export_des_utilisateurs_s_ouvre_dans_un_tableur_francais()
    {
        Prerequis();
        var referent = await host.ConnecterAsync(Comptes.ReferentGaronne);
        var reponse = await referent.GetAsync($"/api/structures/{await host.StructureAsync(Comptes.Garonne)}/membres.csv");
        var octets = await reponse.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", reponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, octets[..3]);
        var lignes = System.Text.Encoding.UTF8.GetString(octets[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Nom;Prénom;Email;Téléphone;Profils;Référent;Rattaché le", lignes[0]);
        Assert.Contains(lignes, l => l.StartsWith("Garonne;Julien;referent.of@demo.rafael.fr;", StringComparison.Ordinal) && l.Contains(";Oui;", StringComparison.Ordinal));
    }

    protected virtual void Prerequis()
    {
    }
}

/// <summary>On SQLite.</summary>
public sealed class FondationSqliteTests(SqliteApiHost host) : FondationTests(host), IClassFixture<SqliteApiHost>;

/// <summary>On PostgreSQL.</summary>
public sealed class FondationPostgresTests(PostgresApiHostFixture fixture) : FondationTests(fixture.Host), IClassFixture<PostgresApiHostFixture>
{
    protected override void Prerequis() => PostgresEnvironment.RequireConnectionString();
}
