namespace Rafael.Portal.Models;

/// <summary>The demo accounts and their shared password (empty when no demo data is loaded).</summary>
public sealed record ComptesDemo(string MotDePasse, IReadOnlyList<CompteDemo> Comptes);
