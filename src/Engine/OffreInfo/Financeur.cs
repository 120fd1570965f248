namespace Rafael.Engine.OffreInfo;

/// <summary>A funder of the offer (HAB-01).</summary>
/// <param name="Nom">Its name (Région Nouvelle-Aquitaine, France Travail…).</param>
/// <param name="Type">Its kind, which gives the LHEO <c>code-financeur</c>.</param>
public sealed record Financeur(string Nom, TypeFinanceur Type);
