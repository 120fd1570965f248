using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;

namespace Rafael.Bench.Candidatures;

/// <summary>
/// Counts the SQL commands EF Core sends while it is armed (its diagnostic events, no change to the product): the
/// round trips of one submission, printed with their text so that a new one shows.
/// </summary>
internal sealed class CompteurSql : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable abonnement;
    private readonly List<IDisposable> ecoutes = [];
    private readonly ConcurrentQueue<string> commandes = new();
    private volatile bool arme;

    public CompteurSql() => abonnement = DiagnosticListener.AllListeners.Subscribe(this);

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
        if (arme && value.Key == "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting"
            && value.Value?.GetType().GetProperty("Command")?.GetValue(value.Value) is DbCommand commande)
        {
            commandes.Enqueue(commande.CommandText.ReplaceLineEndings(" "));
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
        lock (ecoutes)
        {
            ecoutes.ForEach(e => e.Dispose());
        }
    }
}
