using System.Text.Json.Nodes;

namespace Rafael.Studio.Services;

/// <summary>What a draft changes, element by element: rules by name, parameters by key.</summary>
public static class Changements
{
    public static IReadOnlyList<Changement> Regles(string publiee, string brouillon)
    {
        var avant = ParNom(publiee);
        var apres = ParNom(brouillon);
        var changements = new List<Changement>();
        foreach (var nom in avant.Keys.Union(apres.Keys))
        {
            avant.TryGetValue(nom, out var a);
            apres.TryGetValue(nom, out var b);
            if (a is null || b is null)
            {
                changements.Add(new Changement(nom, a is null ? "règle ajoutée" : "règle retirée", a?.ToJsonString() ?? string.Empty, b?.ToJsonString() ?? string.Empty));
                continue;
            }

            foreach (var champ in new[] { "id", "expression", "message" })
            {
                var x = a[champ]?.ToString() ?? string.Empty;
                var y = b[champ]?.ToString() ?? string.Empty;
                if (x != y)
                {
                    changements.Add(new Changement(nom, champ, x, y));
                }
            }
        }

        return changements;
    }

    public static IReadOnlyList<Changement> Parametres(string publiee, string brouillon)
    {
        var avant = JsonNode.Parse(publiee)?.AsObject() ?? [];
        var apres = JsonNode.Parse(brouillon)?.AsObject() ?? [];
        return [.. avant.Select(p => p.Key).Union(apres.Select(p => p.Key))
            .Select(k => new Changement(k, "valeur", avant[k]?.ToJsonString() ?? "(par défaut)", apres[k]?.ToJsonString() ?? "(par défaut)"))
            .Where(c => c.Avant != c.Apres)];
    }

    private static Dictionary<string, JsonNode> ParNom(string json) =>
        (JsonNode.Parse(json)?["rules"]?.AsArray() ?? [])
            .Where(r => r is not null)
            .GroupBy(r => r!["name"]?.ToString() ?? r!["id"]?.ToString() ?? string.Empty)
            .ToDictionary(g => g.Key, g => g.First()!);
}
