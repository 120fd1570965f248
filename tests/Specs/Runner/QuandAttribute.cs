namespace Rafael.Specs.Runner;

/// <summary>Binds an action step (Quand, Lorsque, and the Et / Mais that follow).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class QuandAttribute(string expression) : StepAttribute(expression, StepKind.Action);
