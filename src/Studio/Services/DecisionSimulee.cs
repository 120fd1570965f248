namespace Rafael.Studio.Services;

public sealed record DecisionSimulee(string Type, string Id, string Libelle, string Etat, string Declencheur, string Role, string Publiee, string Brouillon, string Pourquoi);
