namespace Rafael.Studio.Services;

public sealed record ApercuModele(string Modele, int? Version, string A, string Role, string Sujet, string Html, string Texte);
