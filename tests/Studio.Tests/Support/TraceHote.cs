using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Rafael.Studio.Tests.Support;

/// <summary>
/// One file per host under TestResults/studio-traces: the Api's requests and warnings, and each page's requests,
/// answers and console, timestamped. A browser journey that waits in vain says nothing else about where it stopped.
/// </summary>
public sealed class TraceHote : ILoggerProvider
{
    private readonly StreamWriter sortie;
    private readonly Lock verrou = new();
    private bool ferme;

    public TraceHote(string nom)
    {
        var dossier = Path.Combine(Racine(), "TestResults", "studio-traces");
        Directory.CreateDirectory(dossier);
        Chemin = Path.Combine(dossier, nom + ".log");
        sortie = new StreamWriter(Chemin, append: false) { AutoFlush = true };
    }

    public string Chemin { get; }

    public void Ecrire(string source, string texte)
    {
        lock (verrou)
        {
            if (ferme)
            {
                return;
            }

            sortie.WriteLine($"{DateTime.UtcNow.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)} [{source}] {texte}");
        }
    }

    // Where each press, release and click landed, and how far the page was scrolled: a click whose press and release
    // land on different elements is lost without any error (the graph once grew under the pointer between the two).
    private const string Pointeur = """
        (() => {
          const nom = (t) => {
            const e = t && t.closest ? (t.closest('button, a, input, [data-cell-id]') || t) : t;
            return e && e.tagName ? e.tagName.toLowerCase() + ' « ' + (e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 40) + ' »' : String(e);
          };
          for (const type of ['pointerdown', 'pointerup', 'click']) {
            window.addEventListener(type, (e) => console.debug('[pointeur] ' + type + ' ' + nom(e.target) + ' en ' + Math.round(e.clientX) + ',' + Math.round(e.clientY) + ' défilement ' + Math.round(window.scrollY)), true);
          }
        })();
        """;

    /// <summary>Follows a page: every request, its answer or failure with the time it took, the console, and where each press, release and click landed.</summary>
    public async Task SuivreAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.AddInitScriptAsync(Pointeur);
        var debuts = new ConcurrentDictionary<IRequest, DateTime>();
        page.Request += (_, r) =>
        {
            debuts[r] = DateTime.UtcNow;
            if (!EstStatique(r.Url))
            {
                Ecrire("page", $"→ {r.Method} {r.Url}");
            }
        };
        page.Response += (_, r) =>
        {
            var duree = debuts.TryRemove(r.Request, out var d) ? (DateTime.UtcNow - d).TotalMilliseconds : double.NaN;
            if (!EstStatique(r.Url) || r.Status >= 400)
            {
                Ecrire("page", $"← {r.Status} {r.Request.Method} {r.Url} ({duree:F0} ms)");
            }
        };
        page.RequestFailed += (_, r) => Ecrire("page", $"✗ {r.Method} {r.Url} : {r.Failure}");
        page.Console += (_, m) => Ecrire("console", $"{m.Type} {m.Text}");
        page.PageError += (_, e) => Ecrire("erreur", e);
    }

    public ILogger CreateLogger(string categoryName) => new Journal(this, categoryName);

    public void Dispose()
    {
        lock (verrou)
        {
            ferme = true;
            sortie.Dispose();
        }
    }

    private static bool EstStatique(string url) => url.Contains("/_framework/", StringComparison.Ordinal) || url.Contains("/_content/", StringComparison.Ordinal)
        || url.EndsWith(".css", StringComparison.Ordinal) || url.EndsWith(".js", StringComparison.Ordinal) || url.EndsWith(".woff2", StringComparison.Ordinal);

    private static string Racine()
    {
        var dossier = new DirectoryInfo(AppContext.BaseDirectory);
        while (dossier is not null && !File.Exists(Path.Combine(dossier.FullName, "Rafael.sln")))
        {
            dossier = dossier.Parent;
        }

        return dossier?.FullName ?? Directory.GetCurrentDirectory();
    }

    private sealed class Journal(TraceHote trace, string categorie) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            trace.Ecrire(categorie + " " + logLevel, formatter(state, exception) + (exception is null ? string.Empty : Environment.NewLine + exception));
        }
    }
}
