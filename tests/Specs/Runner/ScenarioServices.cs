namespace Rafael.Specs.Runner;

/// <summary>
/// The objects of one scenario: one instance of each step class (and of anything they ask for), the
/// <see cref="ScenarioContext"/>, and the feature fixtures taken from the <see cref="FeatureScope"/>.
/// </summary>
internal sealed class ScenarioServices(ScenarioContext context, FeatureScope feature) : IAsyncDisposable
{
    private readonly Dictionary<Type, object> instances = [];
    private readonly List<object> creationOrder = [];
    private readonly Stack<Type> path = new();

    public async ValueTask<object> GetAsync(Type type)
    {
        if (type == typeof(ScenarioContext))
        {
            return context;
        }

        if (typeof(IFeatureFixture).IsAssignableFrom(type))
        {
            return await feature.GetAsync(type);
        }

        if (instances.TryGetValue(type, out var existing))
        {
            return existing;
        }

        if (type.IsAbstract || type.IsInterface || type.IsValueType || type == typeof(string))
        {
            throw new InvalidOperationException(
                $"Impossible de fournir un {type.Name} : seuls ScenarioContext, les IFeatureFixture et les classes concrètes sont injectables.");
        }

        if (path.Contains(type))
        {
            throw new InvalidOperationException($"Dépendance circulaire : {string.Join(" → ", path.Reverse().Append(type).Select(t => t.Name))}.");
        }

        path.Push(type);
        try
        {
            var instance = await Activation.CreateAsync(type, GetAsync);
            instances[type] = instance;
            creationOrder.Add(instance);
            return instance;
        }
        finally
        {
            path.Pop();
        }
    }

    public async ValueTask DisposeAsync()
    {
        var errors = await Activation.DisposeAllAsync(creationOrder);
        if (errors.Count > 0)
        {
            throw new AggregateException("La libération des objets du scénario a échoué.", errors);
        }
    }
}
