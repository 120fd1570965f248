namespace Rafael.Rules;

/// <summary>A named variable or a message segment: literal text, or a delegate over the inputs and variables before it.</summary>
internal sealed record CompiledValue(string Text, Func<object?[], object?>? Compute)
{
    public object? Evaluate(object?[] arguments) => Compute is null ? Text : Compute(arguments);
}
