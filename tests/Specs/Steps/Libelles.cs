using Rafael.Engine.Rattachements;
using Rafael.Engine.Structures;

namespace Rafael.Specs.Steps;

/// <summary>Reads the business words of the features: a profile by its label or its name, structure types by name.</summary>
public static class Libelles
{
    public static ProfilGestion Profil(string texte)
    {
        var t = texte.Trim();
        foreach (var profil in Enum.GetValues<ProfilGestion>())
        {
            if (string.Equals(profil.ToString(), t, StringComparison.OrdinalIgnoreCase)
                || string.Equals(Profils.Libelle(profil), t, StringComparison.OrdinalIgnoreCase))
            {
                return profil;
            }
        }

        throw new ArgumentException($"Profil inconnu « {texte} » : {string.Join(", ", Enum.GetValues<ProfilGestion>().Select(Profils.Libelle))}.");
    }

    /// <summary>An empty cell or a dash means no management profile.</summary>
    public static ProfilGestion? ProfilOuAucun(string texte) =>
        string.IsNullOrWhiteSpace(texte) || texte.Trim() is "-" or "—" or "aucun" ? null : Profil(texte);

    public static IReadOnlyList<string> Types(string texte) =>
        [.. Liste(texte).Select(t => Enum.TryParse<TypesStructure>(t, ignoreCase: true, out var type) && type != TypesStructure.Aucun
            ? type.ToString()
            : throw new ArgumentException($"Type de structure inconnu « {t} » : {string.Join(", ", Enum.GetNames<TypesStructure>().Skip(1))}."))];

    /// <summary>"a, b, c" as its items.</summary>
    public static IReadOnlyList<string> Liste(string texte) =>
        [.. texte.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static bool OuiNon(string texte) => texte.Trim().ToLowerInvariant() switch
    {
        "oui" or "★" => true,
        "non" or "" => false,
        _ => throw new ArgumentException($"« {texte} » : oui ou non attendu."),
    };
}
