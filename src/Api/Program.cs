using Rafael.Api.Endpoints;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Persistence;
using Scalar.AspNetCore;

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
app.MapAuthEndpoints()
    .MapMoiEndpoints()
    .MapDemandesEndpoints()
    .MapStructuresEndpoints()
    .MapComptesEndpoints()
    .MapHabilitationsEndpoints()
    .MapJournalEndpoints();

var demo = await DatabaseInitializer.InitialiserAsync(app.Services, app.Configuration.GetValue("Rafael:DemoData", false));
if (demo)
{
    app.Logger.LogInformation("Données de démonstration chargées : voir README.md pour les comptes de démonstration.");
}

app.Run();

/// <summary>Entry point, visible to the test hosts.</summary>
public partial class Program;
