using System.Reflection;
using System.Runtime.CompilerServices;

namespace Rafael.Specs.Runner;

/// <summary>A step method and the expression it answers to.</summary>
public sealed class StepBinding
{
    public StepBinding(MethodInfo method, StepAttribute attribute)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(attribute);
        Method = method;
        Kind = attribute.Kind;
        AttributeName = attribute.GetType().Name.Replace("Attribute", string.Empty, StringComparison.Ordinal);
        Expression = StepExpression.Parse(attribute.Expression);
        Validate();
    }

    public MethodInfo Method { get; }

    /// <summary>Null when the binding accepts any kind of step.</summary>
    public StepKind? Kind { get; }

    public StepExpression Expression { get; }

    /// <summary>The parameter after the captured arguments, if any: a <see cref="Table"/> or the doc string.</summary>
    public ParameterInfo? ExtraParameter =>
        Method.GetParameters() is var parameters && parameters.Length > Expression.ArgumentCount ? parameters[^1] : null;

    public string AttributeName { get; }

    public override string ToString() =>
        $"{Method.DeclaringType?.Name}.{Method.Name} [{AttributeName}(\"{Expression.Source}\")]";

    private void Validate()
    {
        var parameters = Method.GetParameters();
        var extra = parameters.Length - Expression.ArgumentCount;
        if (extra < 0 || extra > 1)
        {
            throw new InvalidOperationException(
                $"{this} : l'expression capture {Expression.ArgumentCount} valeur(s) mais la méthode a {parameters.Length} paramètre(s).");
        }

        if (extra == 1 && parameters[^1].ParameterType != typeof(Table) && parameters[^1].ParameterType != typeof(string))
        {
            throw new InvalidOperationException(
                $"{this} : le dernier paramètre, en plus des valeurs capturées, doit être un Table (tableau) ou un string (doc string).");
        }

        if (Method.ReturnType == typeof(void) && Method.GetCustomAttribute<AsyncStateMachineAttribute>() is not null)
        {
            throw new InvalidOperationException($"{this} : une étape asynchrone rend Task ou ValueTask, jamais async void.");
        }

        var returns = Method.ReturnType;
        if (returns != typeof(void) && !typeof(Task).IsAssignableFrom(returns) && returns != typeof(ValueTask))
        {
            throw new InvalidOperationException($"{this} : une étape rend void, Task ou ValueTask.");
        }

        if (Method.ContainsGenericParameters)
        {
            throw new InvalidOperationException($"{this} : une méthode d'étape ne peut pas être générique.");
        }
    }
}
