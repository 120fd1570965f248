using System.Text.Json;
using Rafael.Rules;
using Rafael.Workflows.Definitions;
using Rafael.Workflows.Versions;

namespace Rafael.Engine.Processus;

/// <summary>Definitions: schema, states, transitions, and guards that name rule sets in force.</summary>
public sealed class ValidateurDefinition(DefinitionValidator validator, DocumentsPublies documents) : IValidateurDocument
{
    /// <inheritdoc />
    public TypeDocument Type => TypeDocument.Definition;

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ValiderAsync(string nom, string contenu, CancellationToken cancellationToken)
    {
        var reglesConnues = (await documents.PubliesAsync(TypeDocument.RegleSet, cancellationToken)).Keys.ToList();
        var erreurs = (await validator.ValidateAsync(contenu, reglesConnues)).Select(e => $"{e.Location} : {e.Message}").ToList();
        if (erreurs.Count == 0 && DefinitionJson.Parse(contenu).Name != nom)
        {
            erreurs.Add($"name : la définition doit s'appeler « {nom} ».");
        }

        return erreurs;
    }
}
