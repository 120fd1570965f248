namespace Rafael.Specs.Runner;

/// <summary>Binds a context step (Soit, Étant donné, Sachant que, and the Et / Mais that follow).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class SoitAttribute(string expression) : StepAttribute(expression, StepKind.Context);
