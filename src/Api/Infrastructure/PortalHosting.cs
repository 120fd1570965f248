using Microsoft.AspNetCore.Hosting.StaticWebAssets;
using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Comptes;
using Rafael.Engine.Demo;
using Rafael.Engine.Persistence;
using Rafael.Engine.Rattachements;

namespace Rafael.Api.Infrastructure;

/// <summary>
/// Serves the portal (src/Portal, Blazor WebAssembly) at <c>/</c>: its files, then index.html for every address that is
/// neither the Api nor a file, so that a bookmarked page opens. The login page lists the demo accounts when the demo
/// data is loaded.
/// </summary>
internal static class PortalHosting
{
    private const string DomaineDemo = "@demo.rafael.fr";

    public static WebApplication UsePortal(this WebApplication app)
    {
        // The page fallback reads the web root, which holds the portal's files in every environment only with this
        // (the SDK adds it by itself in Development; a published Api has them in its own wwwroot).
        if (!app.Environment.IsDevelopment())
        {
            StaticWebAssetsLoader.UseStaticWebAssets(app.Environment, app.Configuration);
        }

        app.MapStaticAssets();
        app.MapGet("/api/portail/comptes-demo", ComptesDemoAsync).AllowAnonymous().ExcludeFromDescription();

        // Unknown Api addresses keep their 404 problem instead of receiving the portal's page.
        app.MapFallback("/api/{**chemin}", () => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Introuvable.", detail: "Cette adresse ne correspond à aucune fonction de l'Api : voir /api/docs."));
        app.MapFallbackToFile("index.html");
        return app;
    }

    private static async Task<IResult> ComptesDemoAsync(IConfiguration configuration, RafaelDbContext db, CancellationToken ct)
    {
        if (!configuration.GetValue("Rafael:DemoData", false))
        {
            return TypedResults.Ok(new { motDePasse = string.Empty, comptes = Array.Empty<object>() });
        }

        var comptes = await db.Users.AsNoTracking()
            .Where(c => c.Statut == StatutCompte.Actif && c.Email!.EndsWith(DomaineDemo))
            .OrderBy(c => c.Email)
            .Select(c => new { c.Id, c.Email, c.Prenom, c.NomFamille, c.EstAdministrateur })
            .ToListAsync(ct);
        var ids = comptes.Select(c => c.Id).ToList();
        var rattachements = (await db.Rattachements.AsNoTracking()
            .Where(r => ids.Contains(r.CompteId))
            .Join(db.Structures, r => r.StructureId, s => s.Id, (r, s) => new { r.CompteId, r.Profil, r.EstReferent, s.Nom })
            .ToListAsync(ct)).ToLookup(r => r.CompteId);
        return TypedResults.Ok(new
        {
            motDePasse = DemoData.MotDePasse,
            comptes = comptes.Select(c => new
            {
                email = c.Email,
                nom = $"{c.Prenom} {c.NomFamille}",
                structures = string.Join(", ", rattachements[c.Id].Select(r => r.EstReferent ? $"{r.Nom} (référent)" : r.Nom)),
                profil = c.EstAdministrateur
                    ? "Administrateur de la plateforme"
                    : string.Join(", ", rattachements[c.Id].Where(r => r.Profil is not null).Select(r => Profils.Libelle(r.Profil!.Value)).Distinct()),
            }),
        });
    }
}
