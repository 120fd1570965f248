using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rafael.Api.Tests.Support;
using Rafael.Engine.Demandes;

namespace Rafael.Api.Tests;

/// <summary>
/// Every endpoint, called by someone whose structure and profile do not allow it: 401, 403, or 404 where existence
/// must not leak; and nothing changed (no journal entry, no outbox message, no account).
/// </summary>
public abstract class AccesRefusesTests(ApiHost host)
{
    public static TheoryData<string, string?, string, string, string?, HttpStatusCode> Cas() => new()
    {
        // name, who (null = anonymous), method, path ({garonne}, {pau}, {bastide}, {compte:email}, {demande}), body, expected
        { "moi anonyme", null, "GET", "/api/moi", null, HttpStatusCode.Unauthorized },
        { "modifier moi anonyme", null, "PUT", "/api/moi", """{"email":"x@y.fr","prenom":"A","nom":"B"}""", HttpStatusCode.Unauthorized },
        { "mot de passe anonyme", null, "PUT", "/api/moi/mot-de-passe", """{"motDePasseActuel":"a","nouveauMotDePasse":"b"}""", HttpStatusCode.Unauthorized },
        { "structure courante anonyme", null, "PUT", "/api/moi/structure-courante", """{"structureId":"{garonne}"}""", HttpStatusCode.Unauthorized },
        { "structure courante non rattachée", Comptes.CatalogueGaronne, "PUT", "/api/moi/structure-courante", """{"structureId":"{pau}"}""", HttpStatusCode.Conflict },
        { "déconnexion anonyme", null, "POST", "/api/auth/deconnexion", null, HttpStatusCode.Unauthorized },
        { "jeton de rafraîchissement invalide", null, "POST", "/api/auth/rafraichir", """{"refreshToken":"faux"}""", HttpStatusCode.Unauthorized },
        { "prise de contrôle par un non-administrateur", Comptes.ReferentGaronne, "POST", "/api/auth/prendre-le-controle/{compte:catalogue.of@demo.rafael.fr}", null, HttpStatusCode.Forbidden },
        { "rendre la main sans contrôle", Comptes.ReferentGaronne, "POST", "/api/auth/rendre-la-main", null, HttpStatusCode.Conflict },
        { "rattachement anonyme", null, "POST", "/api/demandes/rattachement", """{"structureId":"{pau}"}""", HttpStatusCode.Unauthorized },
        { "rattachement déjà rattaché", Comptes.CatalogueGaronne, "POST", "/api/demandes/rattachement", """{"structureId":"{garonne}"}""", HttpStatusCode.Conflict },
        { "mes demandes anonyme", null, "GET", "/api/demandes/mes-demandes", null, HttpStatusCode.Unauthorized },
        { "demandes à décider par un non-référent", Comptes.CatalogueGaronne, "GET", "/api/demandes/a-decider", null, HttpStatusCode.Forbidden },
        { "lire la demande d'une autre structure", Comptes.ReferentPau, "GET", "/api/demandes/{demande}", null, HttpStatusCode.NotFound },
        { "accepter la demande d'une autre structure", Comptes.ReferentPau, "POST", "/api/demandes/{demande}/accepter", """{"profil":"GestionnaireOfGeneral"}""", HttpStatusCode.NotFound },
        { "accepter sans être référent", Comptes.CatalogueGaronne, "POST", "/api/demandes/{demande}/accepter", "{}", HttpStatusCode.NotFound },
        { "refuser la demande d'une autre structure", Comptes.ReferentPau, "POST", "/api/demandes/{demande}/refuser", """{"motif":"non"}""", HttpStatusCode.NotFound },
        { "créer une structure sans être administrateur", Comptes.ReferentGaronne, "POST", "/api/structures", Structure("89999999900019"), HttpStatusCode.Forbidden },
        { "lire une structure anonyme", null, "GET", "/api/structures/{garonne}", null, HttpStatusCode.Unauthorized },
        { "lire une structure inconnue", Comptes.ReferentGaronne, "GET", $"/api/structures/{Guid.Empty}", null, HttpStatusCode.NotFound },
        { "modifier une structure sans être administrateur", Comptes.ReferentGaronne, "PUT", "/api/structures/{garonne}", $$"""{"structure":{{Structure("0")}},"version":0}""", HttpStatusCode.Forbidden },
        { "signaler pour une autre structure", Comptes.ReferentPau, "POST", "/api/structures/{garonne}/signalements", $$"""{"structure":{{Structure("0")}}}""", HttpStatusCode.Forbidden },
        { "signaler sans être référent", Comptes.CatalogueGaronne, "POST", "/api/structures/{garonne}/signalements", $$"""{"structure":{{Structure("0")}}}""", HttpStatusCode.Forbidden },
        { "nommer le référent sans être administrateur", Comptes.ReferentGaronne, "PUT", "/api/structures/{garonne}/referent", """{"compteId":"{compte:catalogue.of@demo.rafael.fr}"}""", HttpStatusCode.Forbidden },
        { "membres d'une autre structure", Comptes.ReferentPau, "GET", "/api/structures/{garonne}/membres", null, HttpStatusCode.Forbidden },
        { "membres sans être référent", Comptes.CatalogueGaronne, "GET", "/api/structures/{garonne}/membres", null, HttpStatusCode.Forbidden },
        { "export CSV d'une autre structure", Comptes.ReferentPau, "GET", "/api/structures/{garonne}/membres.csv", null, HttpStatusCode.Forbidden },
        { "attribuer un profil dans une autre structure", Comptes.ReferentPau, "PUT", "/api/structures/{garonne}/membres/{compte:catalogue.of@demo.rafael.fr}/profil", """{"profil":"GestionnaireOfGeneral"}""", HttpStatusCode.Forbidden },
        { "second profil de gestion (ACC-04)", Comptes.ReferentGaronne, "PUT", "/api/structures/{garonne}/membres/{compte:catalogue.of@demo.rafael.fr}/profil", """{"profil":"GestionnaireOfGeneral"}""", HttpStatusCode.Conflict },
        { "retirer un profil dans une autre structure", Comptes.ReferentPau, "DELETE", "/api/structures/{garonne}/membres/{compte:catalogue.of@demo.rafael.fr}/profil", null, HttpStatusCode.Forbidden },
        { "autres profils dans une autre structure", Comptes.ReferentPau, "PUT", "/api/structures/{garonne}/membres/{compte:catalogue.of@demo.rafael.fr}/autres-profils", """{"profils":["Employeur"]}""", HttpStatusCode.Forbidden },
        { "détacher dans une autre structure", Comptes.ReferentPau, "DELETE", "/api/structures/{garonne}/membres/{compte:catalogue.of@demo.rafael.fr}", null, HttpStatusCode.Forbidden },
        { "se détacher soi-même (ACC-08)", Comptes.ReferentGaronne, "DELETE", "/api/structures/{garonne}/membres/{compte:referent.of@demo.rafael.fr}", null, HttpStatusCode.Conflict },
        { "lister les comptes sans être administrateur", Comptes.ReferentGaronne, "GET", "/api/comptes", null, HttpStatusCode.Forbidden },
        { "créer un compte sans être administrateur", Comptes.ReferentGaronne, "POST", "/api/comptes", """{"email":"z@demo.fr","motDePasse":"Azerty-123456","prenom":"Z","nom":"Z","structureId":"{garonne}","referent":false}""", HttpStatusCode.Forbidden },
        { "dispositifs anonyme", null, "GET", "/api/habilitations/dispositifs", null, HttpStatusCode.Unauthorized },
        { "créer un dispositif sans être administrateur", Comptes.Financeur, "POST", "/api/habilitations/dispositifs", """{"code":"AIF","libelle":"Aide individuelle","financeurId":"{region}"}""", HttpStatusCode.Forbidden },
        { "créer une mesure sans être administrateur", Comptes.Financeur, "POST", "/api/habilitations/dispositifs/{dispositif:PRF}/mesures", """{"code":"PRF-X","libelle":"X"}""", HttpStatusCode.Forbidden },
        { "droits d'une autre structure", Comptes.Prescripteur3, "GET", "/api/habilitations/droits?structureId={garonne}", null, HttpStatusCode.Forbidden },
        { "attribuer un droit sans être administrateur", Comptes.Prescripteur3, "POST", "/api/habilitations/droits", """{"structureId":"{bastide}","mesureId":"{mesure:PRF-QUALIF}"}""", HttpStatusCode.Forbidden },
        { "retirer un droit sans être administrateur", Comptes.Prescripteur3, "DELETE", "/api/habilitations/droits/{droit}", null, HttpStatusCode.Forbidden },
        { "journal sans être administrateur", Comptes.ReferentGaronne, "GET", "/api/journal", null, HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Cas))]
    public async Task Refus_sans_effet(string cas, string? qui, string methode, string chemin, string? corps, HttpStatusCode attendu)
    {
        Prerequis();
        var client = qui is null ? host.Anonyme() : await host.ConnecterAsync(qui);
        var avant = await host.EmpreinteAsync();

        var requete = new HttpRequestMessage(new HttpMethod(methode), await ResoudreAsync(chemin));
        if (corps is not null)
        {
            requete.Content = new StringContent(await ResoudreAsync(corps), System.Text.Encoding.UTF8, "application/json");
        }

        var reponse = await client.SendAsync(requete, TestContext.Current.CancellationToken);

        Assert.True(attendu == reponse.StatusCode, $"{cas} : attendu {(int)attendu}, reçu {(int)reponse.StatusCode} {await reponse.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", reponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal(avant, await host.EmpreinteAsync());
    }

    /// <summary>Lets the PostgreSQL subclass skip or fail before touching the host.</summary>
    protected virtual void Prerequis()
    {
    }

    internal static string Structure(string siret) =>
        $$"""{"raisonSociale":"Test SAS","nom":"Test","siret":"{{siret}}","adresse":{"ligne":"1 rue A","codePostal":"33000","ville":"Bordeaux","departement":"33"},"types":["OrganismeFormation"]}""";

    private async Task<string> ResoudreAsync(string texte)
    {
        var resultat = texte
            .Replace("{garonne}", (await host.StructureAsync(Comptes.Garonne)).ToString(), StringComparison.Ordinal)
            .Replace("{pau}", (await host.StructureAsync(Comptes.Pau)).ToString(), StringComparison.Ordinal)
            .Replace("{bastide}", (await host.StructureAsync(Comptes.AgenceBastide)).ToString(), StringComparison.Ordinal)
            .Replace("{region}", (await host.StructureAsync(Comptes.Region)).ToString(), StringComparison.Ordinal);
        if (resultat.Contains("{demande}", StringComparison.Ordinal))
        {
            var demande = await host.DbAsync(db => db.Demandes.Where(d => d.Status == Demande.EnAttente && d.Type == TypeDemande.Compte).Select(d => d.Id).FirstAsync());
            resultat = resultat.Replace("{demande}", demande.ToString(), StringComparison.Ordinal);
        }

        if (resultat.Contains("{droit}", StringComparison.Ordinal))
        {
            resultat = resultat.Replace("{droit}", (await host.DbAsync(db => db.DroitsPreinscription.Select(d => d.Id).FirstAsync())).ToString(), StringComparison.Ordinal);
        }

        foreach (var (motif, valeur) in new[] { ("{compte:", "compte"), ("{dispositif:", "dispositif"), ("{mesure:", "mesure") })
        {
            while (resultat.IndexOf(motif, StringComparison.Ordinal) is var debut and >= 0)
            {
                var fin = resultat.IndexOf('}', debut);
                var cle = resultat[(debut + motif.Length)..fin];
                var id = valeur switch
                {
                    "compte" => await host.CompteAsync(cle),
                    "dispositif" => await host.DbAsync(db => db.Dispositifs.Where(d => d.Code == cle).Select(d => d.Id).SingleAsync()),
                    _ => await host.DbAsync(db => db.Mesures.Where(m => m.Code == cle).Select(m => m.Id).FirstOrDefaultAsync()),
                };
                resultat = resultat[..debut] + id + resultat[(fin + 1)..];
            }
        }

        return resultat;
    }
}

/// <summary>On SQLite.</summary>
public sealed class AccesRefusesSqliteTests(SqliteApiHost host) : AccesRefusesTests(host), IClassFixture<SqliteApiHost>;

/// <summary>On PostgreSQL.</summary>
public sealed class AccesRefusesPostgresTests(PostgresApiHostFixture fixture) : AccesRefusesTests(fixture.Host), IClassFixture<PostgresApiHostFixture>
{
    protected override void Prerequis() => PostgresEnvironment.RequireConnectionString();
}
