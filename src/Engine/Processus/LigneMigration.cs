namespace Rafael.Engine.Processus;

/// <summary>One aggregate in a version migration.</summary>
/// <param name="Id">Its identifier.</param>
/// <param name="VersionActuelle">The version it is pinned to.</param>
/// <param name="Etat">Its state.</param>
/// <param name="Deplace">Whether it moves (or would move).</param>
/// <param name="Raison">Why it cannot, in French.</param>
public sealed record LigneMigration(string Id, int VersionActuelle, string Etat, bool Deplace, string? Raison);
