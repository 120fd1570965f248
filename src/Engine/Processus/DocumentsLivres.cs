using System.Text.Json;
using Rafael.Rules;
using Rafael.Workflows.Definitions;
using Rafael.Workflows.Versions;

namespace Rafael.Engine.Processus;

/// <summary>What Rafael ships: the definitions, rule sets and parameters embedded in Workflows and Rules, and the email templates.</summary>
public static class DocumentsLivres
{
    /// <summary>(type, name, content) of every shipped document.</summary>
    /// <returns>The shipped documents.</returns>
    public static IEnumerable<(TypeDocument Type, string Nom, string Contenu)> Tous()
    {
        foreach (var texte in EmbeddedDefinitionSource.ReadShippedTexts().Values)
        {
            yield return (TypeDocument.Definition, DefinitionJson.Parse(texte).Name, texte);
        }

        foreach (var nom in EmbeddedRuleSetSource.Names)
        {
            yield return (TypeDocument.RegleSet, nom, EmbeddedRuleSetSource.GetContent(nom));
        }

        yield return (TypeDocument.Parametres, DbParametresSource.Defaults, JsonSerializer.Serialize(EmbeddedParametresSource.Defaults, DbParametresSource.Json));
        foreach (var (code, surcharge) in EmbeddedParametresSource.Overrides)
        {
            yield return (TypeDocument.Parametres, code, JsonSerializer.Serialize(surcharge, DbParametresSource.Json));
        }

        foreach (var modele in Notifications.ModelesLivres.Tous())
        {
            yield return modele;
        }
    }
}
