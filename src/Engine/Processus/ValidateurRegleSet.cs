using System.Text.Json;
using Rafael.Rules;
using Rafael.Workflows.Definitions;
using Rafael.Workflows.Versions;

namespace Rafael.Engine.Processus;

/// <summary>Rule sets: schema, and every expression compiles against its declared inputs.</summary>
public sealed class ValidateurRegleSet(RuleSetValidator validator) : IValidateurDocument
{
    /// <inheritdoc />
    public TypeDocument Type => TypeDocument.RegleSet;

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ValiderAsync(string nom, string contenu, CancellationToken cancellationToken)
    {
        var erreurs = validator.Validate(contenu).Errors
            .Select(e => e.RuleId is null ? e.Message : $"{e.RuleId}{(e.RuleName is null ? string.Empty : " (" + e.RuleName + ")")} : {e.Message}")
            .ToList();
        if (erreurs.Count == 0 && JsonDocument.Parse(contenu).RootElement.GetProperty("name").GetString() != nom)
        {
            erreurs.Add($"name : le jeu de règles doit s'appeler « {nom} ».");
        }

        return Task.FromResult<IReadOnlyList<string>>(erreurs);
    }
}
