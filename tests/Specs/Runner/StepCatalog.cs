using System.Reflection;

namespace Rafael.Specs.Runner;

/// <summary>The step bindings of a set of step classes.</summary>
public sealed class StepCatalog
{
    private readonly List<StepBinding> bindings;

    private StepCatalog(List<StepBinding> bindings) => this.bindings = bindings;

    public IReadOnlyList<StepBinding> Bindings => bindings;

    /// <summary>The step classes of an assembly whose namespace is <paramref name="ns"/> or below it.</summary>
    public static StepCatalog FromNamespace(Assembly assembly, string ns)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var types = assembly.GetTypes()
            .Where(t => t.Namespace is { } n && (n == ns || n.StartsWith(ns + ".", StringComparison.Ordinal)));
        return FromTypes(types);
    }

    /// <exception cref="InvalidOperationException">A binding is malformed (bad expression, parameters that do not fit).</exception>
    public static StepCatalog FromTypes(IEnumerable<Type> types)
    {
        var bindings = new List<StepBinding>();
        var errors = new List<string>();
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var method in types.SelectMany(t => t.GetMethods(flags)))
        {
            foreach (var attribute in method.GetCustomAttributes<StepAttribute>())
            {
                try
                {
                    bindings.Add(new StepBinding(method, attribute));
                }
                catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException)
                {
                    errors.Add($"{method.DeclaringType?.Name}.{method.Name} : {e.Message}");
                }
            }
        }

        return errors.Count == 0
            ? new StepCatalog(bindings)
            : throw new InvalidOperationException("Liaisons d'étapes invalides :" + Environment.NewLine + string.Join(Environment.NewLine, errors));
    }

    public static StepCatalog FromTypes(params Type[] types) => FromTypes((IEnumerable<Type>)types);

    /// <summary>The bindings that match the step: none means undefined, several means ambiguous.</summary>
    public IReadOnlyList<(StepBinding Binding, IReadOnlyList<string?> Arguments)> Match(StepSpec step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var matches = new List<(StepBinding, IReadOnlyList<string?>)>();
        foreach (var binding in bindings.Where(b => b.Kind is null || b.Kind == step.Kind))
        {
            if (binding.Expression.Match(step.Text) is { } arguments)
            {
                matches.Add((binding, arguments));
            }
        }

        return matches;
    }
}
