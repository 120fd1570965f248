using Rafael.Api.Endpoints;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Persistence;
using Scalar.AspNetCore;

if (args is ["diagrammes", ..])
{
    return await Diagrammes.EcrireAsync(args.Length > 1 ? args[1] : "docs/diagrammes");
}

var builder = WebApplication.CreateBuilder(args);
builder.AddRafaelApi();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();

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
    .MapPreinscriptionsEndpoints()
    .MapCandidaturesEndpoints()
    .MapTableauDeBordEndpoints()
    .MapLotsEndpoints();

app.UsePortal();

var demo = await DatabaseInitializer.InitialiserAsync(app.Services, app.Configuration.GetValue("Rafael:DemoData", false));
if (demo)
{
    app.Logger.LogInformation("Données de démonstration chargées : voir README.md pour les comptes de démonstration.");
}

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the test hosts.</summary>
public partial class Program;
