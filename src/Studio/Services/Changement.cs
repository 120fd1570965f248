namespace Rafael.Studio.Services;

/// <summary>One thing a draft changes in a rule set or a dispositif's parameters.</summary>
public sealed record Changement(string Element, string Quoi, string Avant, string Apres);
