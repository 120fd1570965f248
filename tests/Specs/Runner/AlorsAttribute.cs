namespace Rafael.Specs.Runner;

/// <summary>Binds an outcome step (Alors, Donc, and the Et / Mais that follow).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class AlorsAttribute(string expression) : StepAttribute(expression, StepKind.Outcome);
