namespace Rafael.Studio.Services;

public sealed record ValidationModele(bool Valide, IReadOnlyList<string> Erreurs);
