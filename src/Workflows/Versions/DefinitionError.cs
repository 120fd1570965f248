namespace Rafael.Workflows.Versions;

/// <summary>A problem found in a definition, for the Studio to show next to the element concerned.</summary>
/// <param name="Location">Where: a JSON path or an element, for example <c>transitions[3]</c>.</param>
/// <param name="Message">What is wrong, in French.</param>
public sealed record DefinitionError(string Location, string Message);
