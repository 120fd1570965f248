using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Rafael.Bench.Catalogue;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Catalogue;
using Rafael.Engine.Persistence;
using Rafael.Engine.Rattachements;

// Usage: dotnet run -c Release --project bench/Catalogue [-- "<connection string>" [tours] [--resemer]]
// The connection string defaults to RAFAEL_TEST_POSTGRES; the benchmark uses its own database, rafael_bench_catalogue.
const int Organismes = 2_000;
const int NbActions = 50_000;
const int SessionsParAction = 3;
const double ObjectifP95 = 50;
var positionnels = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var serveur = positionnels.Length > 0 ? positionnels[0] : Environment.GetEnvironmentVariable("RAFAEL_TEST_POSTGRES")
    ?? throw new InvalidOperationException("Donnez la chaîne de connexion PostgreSQL en argument ou dans RAFAEL_TEST_POSTGRES.");
var tours = positionnels.Length > 1 ? int.Parse(positionnels[1], CultureInfo.InvariantCulture) : 300;
var resemer = args.Contains("--resemer");

var chaine = new NpgsqlConnectionStringBuilder(serveur) { Database = "rafael_bench_catalogue", Pooling = true }.ConnectionString;
var options = new DbContextOptionsBuilder<PostgresRafaelDbContext>().UseNpgsql(chaine).Options;
var chrono = Stopwatch.StartNew();
await using (var db = new PostgresRafaelDbContext(options))
{
    var existante = !resemer && await db.Database.CanConnectAsync() && await EstSemeeAsync(db);
    if (!existante)
    {
        await db.Database.EnsureDeletedAsync();
        await db.Database.MigrateAsync();
        await using var connexion = new NpgsqlConnection(chaine);
        await connexion.OpenAsync();
        await Semis.SemerAsync(connexion, Organismes, NbActions, SessionsParAction);
        Console.WriteLine($"Base semée en {chrono.Elapsed.TotalSeconds:F0} s : {await db.Actions.CountAsync()} actions, {await db.Sessions.CountAsync()} sessions, {Organismes} OF");
    }
    else
    {
        // Re-apply the product's current indexes on a kept database.
        await db.Database.MigrateAsync();
        Console.WriteLine($"Base existante réutilisée : {await db.Actions.CountAsync()} actions, {await db.Sessions.CountAsync()} sessions (--resemer pour la recréer)");
    }
}

await using var source = NpgsqlDataSource.Create(chaine);
var brut = new SqlBrut(source);
var grosOf = Semis.Of(1);
var petitOf = Semis.Of(Semis.GrosOf + 1);
var financeur = Semis.Financeur(1);
var admin = new Acteur(Guid.NewGuid(), "Administrateur bench", true, null, null, false, null);
Acteur Of(Guid id) => new(Guid.NewGuid(), "Gestionnaire bench", false, id, ProfilGestion.GestionnaireOfCatalogue, false, null);
var financeurActeur = new Acteur(Guid.NewGuid(), "Financeur bench", false, financeur, ProfilGestion.GestionnaireFinanceur, false, null);

async Task<int> Lister(Acteur acteur, FiltreCatalogue filtre)
{
    await using var db = new PostgresRafaelDbContext(options);
    return (await new ListesCatalogue(db).ListerAsync(acteur, filtre)).Elements.Count;
}

async Task<int> AVerifier(FiltreCatalogue filtre)
{
    await using var db = new PostgresRafaelDbContext(options);
    return (await new ListesCatalogue(db).AVerifierAsync(admin, filtre)).Elements.Count;
}

async Task<int> Suppressions()
{
    await using var db = new PostgresRafaelDbContext(options);
    return (await new ListesCatalogue(db).SuppressionsDemandeesAsync(admin)).Count;
}

const string ParIntitule = "a.\"Intitule\", a.\"Reference\"";
const string ParModification = "a.\"ModifieeLe\" DESC, a.\"Reference\"";
Scenario[] scenarios =
[
    new("Gros OF, onglet publiée, tri intitulé, page 5",
        () => Lister(Of(grosOf), new FiltreCatalogue { Onglet = "publiee", Tri = "intitule", Croissant = true, Page = 5 }),
        () => brut.PageActionsAsync("a.\"ResponsableId\" = $1 AND a.statut = 'publiee'", [grosOf], ParIntitule, 5, 20)),
    new("Gros OF, onglet publiée, recherche « soudure »",
        () => Lister(Of(grosOf), new FiltreCatalogue { Onglet = "publiee", Recherche = "soudure" }),
        () => brut.PageActionsAsync("a.\"ResponsableId\" = $1 AND a.statut = 'publiee' AND (a.\"Reference\" = 'soudure' OR lower(a.\"Intitule\") LIKE '%soudure%')", [grosOf], ParModification, 1, 20)),
    new("Gros OF, tous onglets, non conventionnées, page 40",
        () => Lister(Of(grosOf), new FiltreCatalogue { Conventionnee = false, Page = 40 }),
        () => brut.PageActionsAsync("a.\"ResponsableId\" = $1 AND NOT a.\"Conventionnee\"", [grosOf], ParModification, 40, 20)),
    new("Petit OF, onglet publiée, tri intitulé",
        () => Lister(Of(petitOf), new FiltreCatalogue { Onglet = "publiee", Tri = "intitule", Croissant = true }),
        () => brut.PageActionsAsync("a.\"ResponsableId\" = $1 AND a.statut = 'publiee'", [petitOf], ParIntitule, 1, 20)),
    new("Petit OF, tous onglets, recherche « niveau »",
        () => Lister(Of(petitOf), new FiltreCatalogue { Recherche = "niveau" }),
        () => brut.PageActionsAsync("a.\"ResponsableId\" = $1 AND (a.\"Reference\" = 'niveau' OR lower(a.\"Intitule\") LIKE '%niveau%')", [petitOf], ParModification, 1, 20)),
    new("Financeur, onglet publiée",
        () => Lister(financeurActeur, new FiltreCatalogue { Onglet = "publiee" }),
        () => brut.PageActionsAsync("a.\"FinanceurId\" = $1 AND a.statut = 'publiee'", [financeur], ParModification, 1, 20)),
    new("Administrateurs, file à vérifier, page 1",
        () => AVerifier(new FiltreCatalogue()),
        () => brut.PageActionsAsync("a.statut IN ('creee', 'modifiee')", [], "a.\"ModifieeLe\", a.\"Reference\"", 1, 20)),
    new("Administrateurs, file à vérifier, page 10",
        () => AVerifier(new FiltreCatalogue { Page = 10 }),
        () => brut.PageActionsAsync("a.statut IN ('creee', 'modifiee')", [], "a.\"ModifieeLe\", a.\"Reference\"", 10, 20)),
    new("Administrateurs, file à vérifier, recherche « cariste »",
        () => AVerifier(new FiltreCatalogue { Recherche = "cariste" }),
        () => brut.PageActionsAsync("a.statut IN ('creee', 'modifiee') AND (a.\"Reference\" = 'cariste' OR lower(a.\"Intitule\") LIKE '%cariste%')", [], "a.\"ModifieeLe\", a.\"Reference\"", 1, 20)),
    new("Administrateurs, suppressions de session demandées",
        Suppressions,
        brut.SuppressionsAsync),
];

var echauffement = Math.Max(20, tours / 10);
Console.WriteLine($"{tours} tours par scénario après {echauffement} d'échauffement ; temps en ms (p50 / p95 / p99) ; objectif p95 < {ObjectifP95} ms");
Console.WriteLine($"{"Scénario",-58} {"lignes",6}  {"produit p50/p95/p99",22}  {"SQL brut p50/p95/p99",22}  {"rapport p95",11}");
var echecs = 0;
foreach (var scenario in scenarios)
{
    var lignesProduit = await scenario.Produit();
    var lignesBrut = await scenario.Brut();
    if (lignesProduit != lignesBrut)
    {
        Console.WriteLine($"{scenario.Nom} : le produit lit {lignesProduit} lignes, le SQL brut {lignesBrut} : scénarios non comparables.");
        echecs++;
    }

    var produit = await Chrono.MesurerAsync(scenario.Produit, echauffement, tours);
    var reference = await Chrono.MesurerAsync(scenario.Brut, echauffement, tours);
    var atteint = produit.P95 < ObjectifP95;
    echecs += atteint ? 0 : 1;
    Console.WriteLine(FormattableString.Invariant(
        $"{scenario.Nom,-58} {lignesProduit,6}  {produit.P50,6:F2} / {produit.P95,6:F2} / {produit.P99,6:F2}  {reference.P50,6:F2} / {reference.P95,6:F2} / {reference.P99,6:F2}  {produit.P95 / reference.P95,10:F2}{(atteint ? string.Empty : "  OBJECTIF MANQUÉ")}"));
}

Console.WriteLine($"Durée totale : {chrono.Elapsed.TotalSeconds:F0} s ; {(echecs == 0 ? "tous les p95 sous l'objectif" : $"{echecs} scénario(s) en échec")}");
return echecs == 0 ? 0 : 1;

static async Task<bool> EstSemeeAsync(RafaelDbContext db)
{
    try
    {
        return await db.Actions.CountAsync() >= NbActions && await db.Sessions.CountAsync() >= NbActions * SessionsParAction;
    }
    catch (PostgresException)
    {
        return false;
    }
}
