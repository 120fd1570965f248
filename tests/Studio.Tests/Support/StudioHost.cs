using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Rafael.Engine.Demo;
using Rafael.Engine.Persistence;
using Rafael.Tests.Shared;

namespace Rafael.Studio.Tests.Support;

/// <summary>
/// The Api on Kestrel over loopback (on a SQLite database of its own) and Debian's Chromium driven by Playwright.
/// One per test class: each journey starts from the demo data.
/// </summary>
public sealed class StudioHost : IAsyncLifetime
{
    public const string Administrateur = "admin@demo.rafael.fr";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "rafael-studio-tests", Guid.NewGuid().ToString("N"));
    private StudioFactory? factory;
    private TraceHote? trace;
    private IPlaywright? playwright;
    private IBrowser? navigateur;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public Uri Adresse { get; private set; } = new("http://127.0.0.1/");

    public static string Chromium => Environment.GetEnvironmentVariable("RAFAEL_CHROMIUM") ?? "/usr/bin/chromium";

    public static bool NavigateurExige => Environment.GetEnvironmentVariable("RAFAEL_REQUIRE_BROWSER") == "1";

    public IBrowser Navigateur
    {
        get
        {
            if (navigateur is null)
            {
                Assert.Skip($"Pas de navigateur {Chromium} : tests du Studio ignorés (RAFAEL_REQUIRE_BROWSER=1 les rend obligatoires).");
            }

            return navigateur;
        }
    }

    public IServiceProvider Services => factory!.Services;

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

        Directory.CreateDirectory(folder);
        trace = new TraceHote(Path.GetFileName(folder));
        factory = new StudioFactory(folder, Time, trace);
        factory.UseKestrel(0);
        factory.StartServer();
        var adresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        Adresse = new Uri(adresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        await DemoAuRepos.AttendreAsync(factory.Services, Time);
        playwright = await Playwright.CreateAsync();
        // The first load of the WebAssembly runtime is slow on a busy machine.
        Assertions.SetDefaultExpectTimeout(30_000);
        navigateur = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (navigateur is not null)
        {
            await navigateur.CloseAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        trace?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A page of the Studio, signed in through its own sign-in page.</summary>
    public async Task<IPage> ConnecterAsync(string email = Administrateur)
    {
        var contexte = await Navigateur.NewContextAsync(new BrowserNewContextOptions { BaseURL = Adresse.ToString(), Locale = "fr-FR", ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        contexte.SetDefaultTimeout(60_000);
        var page = await contexte.NewPageAsync();
        if (trace is not null)
        {
            trace.Ecrire("test", TestContext.Current.Test?.TestDisplayName ?? "?");
            await trace.SuivreAsync(page);
        }

        await page.GotoAsync("/studio/connexion");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(DemoData.MotDePasse);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Définitions de processus" }).WaitForAsync();
        return page;
    }

    /// <summary>A client of the Api signed in with a cookie, for the commands that follow a publication.</summary>
    public async Task<HttpClient> ClientAsync(string email)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = Adresse };
        var reponse = await client.PostAsJsonAsync("/api/auth/connexion", new { email, motDePasse = DemoData.MotDePasse });
        reponse.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Runs a query on the host's database.</summary>
    public async Task<T> DbAsync<T>(Func<RafaelDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<RafaelDbContext>());
    }
}
