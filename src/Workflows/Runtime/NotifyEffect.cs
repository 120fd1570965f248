namespace Rafael.Workflows.Runtime;

/// <summary>Send an email built from a template to recipients the Engine resolves.</summary>
/// <param name="Template">The template's name, for example <c>candidature.avis-donne</c>.</param>
/// <param name="Recipients">Who receives it, for example <c>prescripteur</c>, <c>of-responsable</c>.</param>
public sealed record NotifyEffect(string Template, IReadOnlyList<string> Recipients) : WorkflowEffect;
