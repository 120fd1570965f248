namespace Rafael.Studio.Services;

public sealed record InstanceEcheance(string Nom, string Declencheur, DateTimeOffset Echeance, string Etat, int Essais, string? DerniereErreur);
