namespace Rafael.Specs.Runner;

/// <summary>What the step classes of one scenario share: the scenario itself and a bag of values.</summary>
public sealed class ScenarioContext(ScenarioSpec scenario, CancellationToken cancellationToken)
{
    private readonly Dictionary<string, object?> values = new(StringComparer.Ordinal);

    public ScenarioSpec Scenario { get; } = scenario;

    /// <summary>Cancelled when the test run is stopped: pass it to HTTP calls.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    public void Set<T>(T value, string? key = null) => values[key ?? typeof(T).FullName!] = value;

    public T Get<T>(string? key = null) =>
        TryGet<T>(out var value, key)
            ? value
            : throw new KeyNotFoundException($"Rien n'a été rangé sous « {key ?? typeof(T).Name} » dans ce scénario.");

    public bool TryGet<T>(out T value, string? key = null)
    {
        if (values.TryGetValue(key ?? typeof(T).FullName!, out var stored) && stored is T typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }
}
