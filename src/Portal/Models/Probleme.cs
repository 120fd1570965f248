namespace Rafael.Portal.Models;

/// <summary>An RFC 9457 problem sent by the Api: title, detail, the rule that refused, and the invalid fields.</summary>
public sealed record Probleme(int Status, string Titre, string? Detail, string? Regle, IReadOnlyDictionary<string, string[]> Erreurs)
{
    /// <summary>LOT-04: the candidatures that made a batch fail, each with its reasons (empty otherwise).</summary>
    public IReadOnlyList<RefusCandidature> Refus { get; init; } = [];

    /// <summary>The message for a field (camelCase path as the Api names it), if any.</summary>
    public string? Champ(string nom) => Erreurs.TryGetValue(nom, out var m) ? string.Join(" ", m) : null;
}
