namespace Rafael.Specs.Runner;

/// <summary>The feature fixtures shared by the scenarios of one feature file, created on first use.</summary>
public sealed class FeatureScope : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<Type, object> instances = [];
    private readonly List<object> creationOrder = [];
    private bool disposed;

    public async ValueTask<T> GetAsync<T>()
        where T : class, IFeatureFixture => (T)await GetAsync(typeof(T));

    public async ValueTask<object> GetAsync(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        await gate.WaitAsync();
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return await ResolveAsync(type, []);
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            var errors = await Activation.DisposeAllAsync(creationOrder);
            if (errors.Count > 0)
            {
                throw new AggregateException("La libération des fixtures de la fonctionnalité a échoué.", errors);
            }
        }
        finally
        {
            gate.Release();
            gate.Dispose();
        }
    }

    private async ValueTask<object> ResolveAsync(Type type, Stack<Type> path)
    {
        if (instances.TryGetValue(type, out var existing))
        {
            return existing;
        }

        if (!typeof(IFeatureFixture).IsAssignableFrom(type))
        {
            throw new InvalidOperationException(
                $"{type.Name} n'est pas un IFeatureFixture : une fixture de fonctionnalité ne dépend que d'autres fixtures" +
                (path.Count > 0 ? $" (demandé par {path.Peek().Name})." : "."));
        }

        if (path.Contains(type))
        {
            throw new InvalidOperationException($"Dépendance circulaire : {string.Join(" → ", path.Reverse().Append(type).Select(t => t.Name))}.");
        }

        path.Push(type);
        var instance = await Activation.CreateAsync(type, t => ResolveAsync(t, path));
        path.Pop();
        instances[type] = instance;
        creationOrder.Add(instance);
        return instance;
    }
}
