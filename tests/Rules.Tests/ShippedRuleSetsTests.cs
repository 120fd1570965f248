using System.Text.Json;
using NJsonSchema;

namespace Rafael.Rules.Tests;

public sealed class ShippedRuleSetsTests
{
    public static TheoryData<string> Names => [.. EmbeddedRuleSetSource.Names.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Follows_the_schema(string name)
    {
        var schema = await JsonSchema.FromJsonAsync(EmbeddedRuleSetSource.Schema, TestContext.Current.CancellationToken);

        var errors = schema.Validate(EmbeddedRuleSetSource.GetContent(name));

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Compiles_against_its_declared_inputs(string name)
    {
        var validation = new RuleSetValidator().Validate(EmbeddedRuleSetSource.GetContent(name));

        Assert.Empty(validation.Errors);
        Assert.True(validation.IsValid);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Is_named_as_its_file(string name)
    {
        using var document = JsonDocument.Parse(EmbeddedRuleSetSource.GetContent(name));

        Assert.Equal(name, document.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public void Cover_every_policy_rule_of_the_domain()
    {
        string[] policies =
        [
            "CAND-02", "CAND-03", "CAND-04", "HAB-03", "AVIS-01", "AVIS-02", "AVIS-03", "AVIS-05", "AVIS-06", "AVIS-09",
            "CAT-01", "CAT-06", "CAT-10", "CAT-13", "CAT-14",
        ];

        var shipped = EmbeddedRuleSetSource.Names
            .SelectMany(n => JsonDocument.Parse(EmbeddedRuleSetSource.GetContent(n)).RootElement.GetProperty("rules").EnumerateArray())
            .Select(r => r.GetProperty("id").GetString())
            .ToHashSet();

        Assert.Equal([], policies.Where(p => !shipped.Contains(p)).ToArray());
    }

    [Fact]
    public void Every_file_of_the_folder_is_shipped()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "Rules", "RuleSets");
        var files = Directory.GetFiles(folder, "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => n != "ruleset.schema")
            .Order(StringComparer.Ordinal);

        Assert.Equal(files, EmbeddedRuleSetSource.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_readme_lists_every_rule_set()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Rules", "RuleSets", "README.md"));

        Assert.Equal([], EmbeddedRuleSetSource.Names.Where(n => !readme.Contains($"`{n}`", StringComparison.Ordinal)).ToArray());
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}
