using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Rafael.Engine.Catalogue.Import;

/// <summary>
/// Reads a JSON import file as it arrives: an array of flat objects whose properties are the CSV's columns; one
/// object at a time is in memory. Arrays of strings are accepted where the CSV joins values with <c>|</c>.
/// </summary>
public static class LecteurJson
{
    /// <summary>The objects of the array; an object's number is its position, from 1.</summary>
    /// <param name="entree">The file.</param>
    /// <param name="colonnesConnues">The accepted property names; any other property rejects its line.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The lines.</returns>
    /// <exception cref="FichierImportIllisibleException">Not a JSON array of objects.</exception>
    public static async IAsyncEnumerable<LigneBrute> LireAsync(Stream entree, IReadOnlySet<string> colonnesConnues, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(colonnesConnues);
        var elements = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(entree, cancellationToken: cancellationToken).GetAsyncEnumerator(cancellationToken);
        var numero = 0;
        try
        {
            while (true)
            {
                try
                {
                    if (!await elements.MoveNextAsync())
                    {
                        yield break;
                    }
                }
                catch (JsonException e)
                {
                    throw new FichierImportIllisibleException(
                        $"Le fichier n'est pas un tableau JSON d'objets lisible (ligne {(e.LineNumber ?? 0) + 1} du fichier, après l'objet {numero}) : {e.Message}", e);
                }

                numero++;
                yield return Ligne(numero, elements.Current, colonnesConnues);
            }
        }
        finally
        {
            await elements.DisposeAsync();
        }
    }

    private static LigneBrute Ligne(int numero, JsonElement objet, IReadOnlySet<string> colonnesConnues)
    {
        var champs = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (objet.ValueKind != JsonValueKind.Object)
        {
            return new LigneBrute(numero, champs, "Chaque élément du tableau doit être un objet JSON.");
        }

        var inconnues = new List<string>();
        foreach (var propriete in objet.EnumerateObject())
        {
            if (!colonnesConnues.Contains(propriete.Name))
            {
                inconnues.Add(propriete.Name);
                continue;
            }

            champs[propriete.Name] = Texte(propriete.Value);
        }

        return new LigneBrute(numero, champs, inconnues.Count == 0 ? null : $"Propriété(s) inconnue(s) : {string.Join(", ", inconnues)}.");
    }

    private static string? Texte(JsonElement valeur) => valeur.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => string.IsNullOrWhiteSpace(valeur.GetString()) ? null : valeur.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => valeur.GetRawText(),
        JsonValueKind.Array => string.Join('|', valeur.EnumerateArray().Select(e => Texte(e) ?? string.Empty)),
        _ => valeur.GetRawText().ToString(CultureInfo.InvariantCulture),
    };
}
