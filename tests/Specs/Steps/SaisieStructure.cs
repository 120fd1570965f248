using Rafael.Specs.Runner;

namespace Rafael.Specs.Steps;

/// <summary>
/// A structure as its form is filled in, from a feature's row or vertical table: only nom, siret and types are needed,
/// the rest gets plausible values so that features show only what matters to them.
/// </summary>
public static class SaisieStructure
{
    public static object Depuis(IReadOnlyDictionary<string, string> ligne)
    {
        ArgumentNullException.ThrowIfNull(ligne);
        string Champ(string nom, string defaut) => ligne.TryGetValue(nom, out var v) ? v : defaut;
        var nom = Champ("nom", string.Empty);
        var departement = Champ("département", "33");
        return new
        {
            raisonSociale = Champ("raison sociale", nom),
            nom,
            sigle = ligne.TryGetValue("sigle", out var sigle) && sigle.Length > 0 ? sigle : null,
            siret = Champ("siret", string.Empty),
            adresse = new
            {
                ligne = Champ("adresse", "1 place de la Bourse"),
                codePostal = Champ("code postal", departement.Length == 2 ? departement + "000" : "33000"),
                ville = Champ("ville", "Bordeaux"),
                departement,
            },
            types = ligne.TryGetValue("types", out var types) ? Libelles.Types(types) : [],
        };
    }

    /// <summary>A vertical table (champ | valeur).</summary>
    public static object Depuis(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Depuis(table.ToDictionary());
    }
}
