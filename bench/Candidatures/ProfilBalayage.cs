using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Rafael.Bench.Candidatures;

/// <summary>
/// Where the sweep's time goes (<c>--profil oui</c>), with no change to the product: the time of each kind of
/// statement and of the commits, as Npgsql and EF Core report them, against the sweep's wall-clock time and the
/// process's processor time. What is neither a statement nor a commit is the sweep's own work in .NET (engine,
/// journal, outbox, change tracking, building the writes).
/// </summary>
internal sealed partial class ProfilBalayage : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentDictionary<string, (int Nombre, double Ms)> instructions = new(StringComparer.Ordinal);
    private readonly IDisposable abonnement;
    private readonly List<IDisposable> ecoutes = [];
    private readonly ActivityListener npgsql;
    private readonly Stopwatch mur = new();
    private TimeSpan processeurAuDebut;
    private long allocationsAuDebut;

    public ProfilBalayage()
    {
        abonnement = DiagnosticListener.AllListeners.Subscribe(this);
        npgsql = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activite =>
            {
                if (mur.IsRunning)
                {
                    var texte = activite.GetTagItem("db.query.text") ?? activite.GetTagItem("db.statement") ?? activite.DisplayName;
                    Ajouter(Genre(texte?.ToString() ?? "?"), activite.Duration.TotalMilliseconds);
                }
            },
        };
        ActivitySource.AddActivityListener(npgsql);
    }

    public void Demarrer()
    {
        processeurAuDebut = Process.GetCurrentProcess().TotalProcessorTime;
        allocationsAuDebut = GC.GetTotalAllocatedBytes(precise: true);
        mur.Restart();
    }

    public void Arreter() => mur.Stop();

    public void Imprimer()
    {
        var processeur = Process.GetCurrentProcess().TotalProcessorTime - processeurAuDebut;
        var allocations = GC.GetTotalAllocatedBytes(precise: true) - allocationsAuDebut;
        var total = mur.Elapsed.TotalMilliseconds;
        var enBase = instructions.Values.Sum(v => v.Ms);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Profil : {total:F0} ms au mur, processeur du processus {processeur.TotalMilliseconds:F0} ms ({processeur.TotalMilliseconds / total:P0} d'un cœur), {allocations / 1_048_576.0:F0} Mo alloués ; instructions et validations {enBase:F0} ms ({enBase / total:P0}), le reste (travail .NET entre deux allers-retours) {total - enBase:F0} ms"));
        foreach (var (genre, (nombre, ms)) in instructions.OrderByDescending(i => i.Value.Ms))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ms,8:F0} ms {ms / total,5:P0} {nombre,6}×  {genre}"));
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == "Microsoft.EntityFrameworkCore")
        {
            lock (ecoutes)
            {
                ecoutes.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (mur.IsRunning && value.Value is TransactionEndEventData fin && value.Key.EndsWith("TransactionCommitted", StringComparison.Ordinal))
        {
            Ajouter("COMMIT", fin.Duration.TotalMilliseconds);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        npgsql.Dispose();
        abonnement.Dispose();
        lock (ecoutes)
        {
            ecoutes.ForEach(e => e.Dispose());
        }
    }

    private void Ajouter(string genre, double ms) =>
        instructions.AddOrUpdate(genre, (1, ms), (_, v) => (v.Nombre + 1, v.Ms + ms));

    // A statement's kind: its text without the set-based row source nor literals, cut short.
    private static string Genre(string texte)
    {
        texte = Espaces().Replace(texte, " ").Trim();
        var ensembliste = texte.IndexOf(") UPDATE ", StringComparison.Ordinal);
        if (texte.StartsWith("WITH v(", StringComparison.Ordinal) && ensembliste > 0)
        {
            texte = "WITH v … UPDATE " + texte[(ensembliste + 9)..];
        }

        texte = Parametres().Replace(texte, "@p");
        return texte.Length > 110 ? texte[..110] + "…" : texte;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Espaces();

    [GeneratedRegex(@"@\w+|\$\d+")]
    private static partial Regex Parametres();
}
