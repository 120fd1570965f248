using System.Text.Json;
using Rafael.Rules;
using Rafael.Workflows.Definitions;
using Rafael.Workflows.Versions;

namespace Rafael.Engine.Processus;

/// <summary>Parameters: known names only, with coherent bounds.</summary>
public sealed class ValidateurParametres : IValidateurDocument
{
    /// <inheritdoc />
    public TypeDocument Type => TypeDocument.Parametres;

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ValiderAsync(string nom, string contenu, CancellationToken cancellationToken)
    {
        var erreurs = new List<string>();
        try
        {
            if (nom == DbParametresSource.Defaults)
            {
                var p = JsonSerializer.Deserialize<Parametres>(contenu, DbParametresSource.Json)!;
                Bornes(erreurs, p.CoefficientMin, p.CoefficientMax, p.HeuresHebdomadairesMin, p.HeuresHebdomadairesMax);
            }
            else
            {
                var p = JsonSerializer.Deserialize<ParametresOverride>(contenu, DbParametresSource.Json)!;
                Bornes(erreurs, p.CoefficientMin, p.CoefficientMax, p.HeuresHebdomadairesMin, p.HeuresHebdomadairesMax);
            }
        }
        catch (JsonException e)
        {
            erreurs.Add($"Paramètres illisibles : {e.Message}");
        }

        return Task.FromResult<IReadOnlyList<string>>(erreurs);
    }

    private static void Bornes(List<string> erreurs, decimal? coefMin, decimal? coefMax, decimal? heuresMin, decimal? heuresMax)
    {
        if (coefMin is { } a && coefMax is { } b && a > b)
        {
            erreurs.Add($"coefficientMin ({a}) ne peut pas dépasser coefficientMax ({b}).");
        }

        if (heuresMin is { } c && heuresMax is { } d && c > d)
        {
            erreurs.Add($"heuresHebdomadairesMin ({c}) ne peut pas dépasser heuresHebdomadairesMax ({d}).");
        }

        if (coefMin is <= 0 || heuresMin is <= 0)
        {
            erreurs.Add("Les minimums doivent être positifs.");
        }
    }
}
