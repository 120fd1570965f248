using Microsoft.AspNetCore.Hosting.StaticWebAssets;

namespace Rafael.Api.Infrastructure;

/// <summary>
/// Serves the Studio (the Blazor WebAssembly app of src/Studio) under <c>/studio</c>: its files are static web assets
/// of the build (in wwwroot/studio once published), and any other path under /studio falls back to its index page so
/// that deep links reach the Studio's router.
/// </summary>
internal static class StudioHosting
{
    public const string Chemin = "/studio";

    public static WebApplication UseStudio(this WebApplication app)
    {
        // Out of the published output (dotnet run, test hosts), the assets are read where the build left them, whatever
        // the environment's name.
        StaticWebAssetsLoader.UseStaticWebAssets(app.Environment, app.Configuration);
        app.MapStaticAssets();
        // No :nonfile constraint: the Studio's own paths hold dotted names (candidature.preinscription); the static
        // assets are endpoints of their own and win over this fallback.
        app.MapFallbackToFile(Chemin + "/{*chemin}", "studio/index.html").ExcludeFromDescription();
        return app;
    }
}
