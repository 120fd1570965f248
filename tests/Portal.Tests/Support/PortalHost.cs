using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Rafael.Portal.Tests.Support;

/// <summary>
/// The real Api on Kestrel (serving the portal) and Debian's Chromium driven by Playwright. Without a browser the tests
/// are skipped, unless RAFAEL_REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
/// </summary>
public sealed class PortalHost : IAsyncLifetime
{
    private readonly string dossier = Path.Combine(Path.GetTempPath(), "rafael-portal-tests", Guid.NewGuid().ToString("N"));
    private PortalFactory? factory;
    private IPlaywright? playwright;

    public Uri Adresse { get; private set; } = new("http://127.0.0.1/");

    public IBrowser? Navigateur { get; private set; }

    public static string Chromium => Environment.GetEnvironmentVariable("RAFAEL_CHROMIUM") ?? "/usr/bin/chromium";

    public static bool NavigateurExige => Environment.GetEnvironmentVariable("RAFAEL_REQUIRE_BROWSER") == "1";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            if (NavigateurExige)
            {
                throw new InvalidOperationException($"RAFAEL_REQUIRE_BROWSER=1 mais le navigateur {Chromium} est introuvable : installez le paquet Debian chromium.");
            }

            return;
        }

        Directory.CreateDirectory(dossier);
        factory = new PortalFactory($"Data Source={Path.Combine(dossier, "rafael.db")}");
        factory.UseKestrel(0);
        factory.StartServer();
        var adresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        Adresse = new Uri(adresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        // The first load of the WebAssembly runtime is slow on a busy CI machine.
        Assertions.SetDefaultExpectTimeout(30_000);
        playwright = await Playwright.CreateAsync();
        Navigateur = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh browser context (its own cookies) on a laptop screen, or the size given.</summary>
    public async Task<IPage> PageAsync(int largeur = 1366, int hauteur = 800)
    {
        if (Navigateur is null)
        {
            Assert.Skip($"Pas de navigateur {Chromium} : tests du portail ignorés (RAFAEL_REQUIRE_BROWSER=1 les rend obligatoires).");
        }

        var contexte = await Navigateur.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Adresse.ToString(),
            Locale = "fr-FR",
            ViewportSize = new ViewportSize { Width = largeur, Height = hauteur },
        });
        contexte.SetDefaultTimeout(30_000);
        return await contexte.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Navigateur is not null)
        {
            await Navigateur.DisposeAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dossier, recursive: true);
        }
    }
}
