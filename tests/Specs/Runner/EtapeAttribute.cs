namespace Rafael.Specs.Runner;

/// <summary>Binds a step of any kind: for sentences that read well after Soit, Quand and Alors alike.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class EtapeAttribute(string expression) : StepAttribute(expression, null);
