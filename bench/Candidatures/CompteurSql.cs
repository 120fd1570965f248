using System.Collections.Concurrent;
using System.Diagnostics;

namespace Rafael.Bench.Candidatures;

/// <summary>
/// Counts the round trips to the database while it is armed, with no change to the product: every command or batch
/// Npgsql executes (its activities, whether sent by EF Core or directly) and every commit (EF Core's diagnostic
/// events), printed with their text so that a new one shows.
/// </summary>
internal sealed class CompteurSql : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable abonnement;
    private readonly List<IDisposable> ecoutes = [];
    private readonly ConcurrentQueue<string> commandes = new();
    private volatile bool arme;

    private readonly ActivityListener npgsql;

    public CompteurSql()
    {
        abonnement = DiagnosticListener.AllListeners.Subscribe(this);
        npgsql = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activite =>
            {
                if (arme)
                {
                    var texte = activite.GetTagItem("db.query.text") ?? activite.GetTagItem("db.statement") ?? activite.DisplayName;
                    commandes.Enqueue(texte?.ToString()?.ReplaceLineEndings(" ") ?? "?");
                }
            },
        };
        ActivitySource.AddActivityListener(npgsql);
    }

    public IReadOnlyList<string> Mesurer(Action action)
    {
        commandes.Clear();
        arme = true;
        action();
        arme = false;
        return [.. commandes];
    }

    public async Task<IReadOnlyList<string>> MesurerAsync(Func<Task> action)
    {
        commandes.Clear();
        arme = true;
        await action();
        arme = false;
        return [.. commandes];
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
        if (arme && value.Key == "Microsoft.EntityFrameworkCore.Database.Transaction.TransactionCommitted")
        {
            commandes.Enqueue("COMMIT");
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
        abonnement.Dispose();
        npgsql.Dispose();
        lock (ecoutes)
        {
            ecoutes.ForEach(e => e.Dispose());
        }
    }
}
