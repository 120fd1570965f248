namespace Rafael.Engine.Simulation;

/// <summary>A decision that the draft would take differently from the published version.</summary>
/// <param name="Type">The entity's kind.</param>
/// <param name="Id">The entity.</param>
/// <param name="Libelle">What the analyst recognises it by.</param>
/// <param name="Etat">Its current state.</param>
/// <param name="Declencheur">The action.</param>
/// <param name="Role">The role of whoever would act.</param>
/// <param name="Publiee">What the published version decides (for example « permise → acceptee »).</param>
/// <param name="Brouillon">What the draft would decide.</param>
/// <param name="Pourquoi">The rules, state or role that make the difference.</param>
public sealed record DecisionSimulee(string Type, string Id, string Libelle, string Etat, string Declencheur, string Role, string Publiee, string Brouillon, string Pourquoi);
