using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Rafael.Specs.Runner;
using Xunit;

namespace Rafael.Specs.Steps;

/// <summary>DASH-04: the funders' and administrators' indicators on candidatures.</summary>
public sealed partial class IndicateursSteps(Monde monde, HttpSteps http)
{
    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-FR");

    [Alors("les indicateurs de {string} sont :")]
    public async Task LesIndicateursSont(string email, Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var lignes = (await LireAsync(email, string.Empty)).GetProperty("lignes").EnumerateArray()
            .Select(l => string.Join(" | ",
                l.GetProperty("dispositif").GetString(), l.GetProperty("mesure").GetString(), l.GetProperty("structure").GetString(),
                l.GetProperty("enAttente").GetInt32(), l.GetProperty("retenues").GetInt32(), l.GetProperty("nonRetenues").GetInt32(), l.GetProperty("total").GetInt32(),
                l.GetProperty("tauxRetenue").ValueKind == JsonValueKind.Null ? string.Empty : l.GetProperty("tauxRetenue").GetDecimal().ToString("0.0", Francais)))
            .ToList();
        var attendues = table.Rows
            .Select(r => string.Join(" | ", r["dispositif"], r["mesure"], r["organisme"], r["en attente"], r["retenues"], r["non retenues"], r["total"], r["taux de retenue"]))
            .ToList();
        Assert.Equal(attendues, lignes);
    }

    [Alors("les indicateurs de {string} pour {string} comptent {int} candidatures")]
    public async Task LesIndicateursComptent(string email, string filtre, int total)
    {
        var resultat = await LireAsync(email, filtre);
        Assert.Equal(total, resultat.GetProperty("total").GetProperty("total").GetInt32());
        Assert.Equal(total, resultat.GetProperty("lignes").EnumerateArray().Sum(l => l.GetProperty("total").GetInt32()));
    }

    [Alors("l'export des indicateurs de {string} s'ouvre dans un tableur français avec {int} lignes et le total")]
    public async Task Export(string email, int lignes)
    {
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Get, "api/indicateurs/candidatures.csv");
        http.ExigerSucces("Export des indicateurs");
        var octets = http.Bytes;
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, octets[..3]);
        var texte = Encoding.UTF8.GetString(octets[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Dispositif;Mesure;Organisme de formation;", texte[0], StringComparison.Ordinal);
        Assert.Equal(lignes + 2, texte.Length);
        Assert.StartsWith(";;Total;", texte[^1], StringComparison.Ordinal);
    }

    private async Task<JsonElement> LireAsync(string email, string filtre)
    {
        // "structure=Institut Garonne" names the structure; the Api takes its id.
        var requete = StructureNommee().Replace(filtre, m => "structure=" + monde.Structure(m.Groups[1].Value));
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Get, $"api/indicateurs/candidatures?{requete}");
        http.ExigerSucces("Indicateurs");
        return JsonDocument.Parse(http.Body).RootElement;
    }

    [GeneratedRegex("structure=([^&]+)")]
    private static partial Regex StructureNommee();
}
