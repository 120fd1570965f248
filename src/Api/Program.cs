using Rafael.Api.Endpoints;
using Rafael.Api.Infrastructure;
using Rafael.Engine.OffreInfo;
using Rafael.Engine.Persistence;
using Scalar.AspNetCore;

if (args is ["diagrammes", ..])
{
    return await Diagrammes.EcrireAsync(args.Length > 1 ? args[1] : "docs/diagrammes");
}

// "lheo <fichier> [--depuis …] [--kairos]" writes the Offre info feed to a file instead of serving: its arguments are not configuration.
var lheo = LheoCommande.EstDemandee(args);
var importLheo = args is ["import-lheo", ..];
var builder = WebApplication.CreateBuilder(lheo || importLheo ? [] : args);
builder.AddRafaelApi();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseVersionsFigees();

app.MapOpenApi();
app.MapScalarApiReference("/api/docs");
app.MapHealthChecks("/health");
app.UseStudio();
app.MapAuthEndpoints()
    .MapMoiEndpoints()
    .MapDemandesEndpoints()
    .MapStructuresEndpoints()
    .MapComptesEndpoints()
    .MapHabilitationsEndpoints()
    .MapJournalEndpoints()
    .MapProcessusEndpoints()
    .MapOutboxEndpoints()
    .MapModelesEndpoints()
    .MapNotificationsEndpoints()
    .MapPreferencesEndpoints()
    .MapStudioEndpoints()
    .MapActionsEndpoints()
    .MapSessionsEndpoints()
    .MapCatalogueEndpoints()
    .MapImportOffreEndpoints()
    .MapOffreInfoEndpoints()
    .MapPreinscriptionsEndpoints()
    .MapCandidaturesEndpoints()
    .MapTableauDeBordEndpoints()
    .MapLotsEndpoints()
    .MapIndicateursEndpoints();
app.UsePortal();

var demo = await DatabaseInitializer.InitialiserAsync(app.Services, app.Configuration.GetValue("Rafael:DemoData", false));
if (lheo)
{
    await using var scope = app.Services.CreateAsyncScope();
    var source = scope.ServiceProvider.GetRequiredService<ISourceOffreInfo>();
    return await LheoCommande.ExecuterAsync(args, source, app.Services.GetRequiredService<TimeProvider>(), Console.Out);
}

if (importLheo)
{
    return await ImportOffreEndpoints.ImporterLheoEnLigneDeCommandeAsync(app.Services, args, Console.Out);
}

if (demo)
{
    app.Logger.LogInformation("Données de démonstration chargées : voir README.md pour les comptes de démonstration.");
}

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the test hosts.</summary>
public partial class Program;
