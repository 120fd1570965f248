using NJsonSchema;
using Rafael.Workflows.Versions;
using Xunit;

namespace Rafael.Workflows.Tests.Definitions;

public sealed class SchemaTests
{
    private static readonly string[] RuleSets =
    [
        "candidature.preinscription", "candidature.convocation", "candidature.avis", "candidature.avis-hsp",
        "candidature.liste-attente", "session.saisie", "session.suppression", "action.publication",
        "candidature.financement-region", "candidature.prescription-france-travail",
    ];

    public static TheoryData<string> ShippedFiles() => new(EmbeddedDefinitionSource.ReadShippedTexts().Keys);

    [Fact]
    public void The_six_lifecycles_are_shipped()
    {
        Assert.Equal(
            ["action-conventionnee.json", "action-non-conventionnee.json", "candidature-hsp.json", "candidature.json", "demande-compte.json", "session.json"],
            EmbeddedDefinitionSource.ReadShippedTexts().Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public async Task A_shipped_definition_conforms_to_the_schema(string file)
    {
        var schema = await JsonSchema.FromJsonAsync(DefinitionValidator.ReadSchemaText(), TestContext.Current.CancellationToken);

        var errors = schema.Validate(EmbeddedDefinitionSource.ReadShippedTexts()[file]);

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public async Task A_shipped_definition_passes_the_Studio_validation_with_the_rule_sets_of_the_rules_project(string file)
    {
        var errors = await new DefinitionValidator().ValidateAsync(EmbeddedDefinitionSource.ReadShippedTexts()[file], RuleSets);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_schema_rejects_a_deadline_whose_due_time_is_not_an_entity_date_plus_an_offset()
    {
        var schema = await JsonSchema.FromJsonAsync(DefinitionValidator.ReadSchemaText(), TestContext.Current.CancellationToken);
        var json = EmbeddedDefinitionSource.ReadShippedTexts()["candidature.json"]
            .Replace("session.dateFin + parametre:joursRelanceApresFin days", "dans deux semaines", StringComparison.Ordinal);

        Assert.NotEmpty(schema.Validate(json));
    }
}
