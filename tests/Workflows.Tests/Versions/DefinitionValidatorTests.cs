using Rafael.Workflows.Definitions;
using Rafael.Workflows.Versions;
using Xunit;

namespace Rafael.Workflows.Tests.Versions;

public sealed class DefinitionValidatorTests
{
    private const string Valid = """
        {
          "name": "essai", "version": 1, "label": "Essai", "initialState": "a",
          "states": [ { "id": "a", "label": "A" }, { "id": "b", "label": "B" }, { "id": "c", "label": "C", "final": true } ],
          "triggers": [ { "id": "aller", "label": "Aller" }, { "id": "finir", "label": "Finir" } ],
          "transitions": [
            { "from": "a", "trigger": "aller", "to": "b", "roles": ["administrateur"], "guards": ["regles.connues"] },
            { "from": ["a", "b"], "trigger": "finir", "to": "c", "roles": ["administrateur"] }
          ]
        }
        """;

    private static readonly string[] Known = ["regles.connues"];

    [Fact]
    public async Task A_valid_draft_has_no_error()
    {
        Assert.Empty(await new DefinitionValidator().ValidateAsync(Valid, Known));
    }

    [Theory]
    [InlineData("\"label\": \"Essai\",", "", "Non conforme au schéma")]
    [InlineData("\"to\": \"b\"", "\"to\": \"z\"", "L'état « z » n'existe pas.")]
    [InlineData("\"trigger\": \"aller\"", "\"trigger\": \"partir\"", "L'action « partir » n'est pas définie.")]
    [InlineData("regles.connues", "regles.inconnues", "Le jeu de règles « regles.inconnues » n'existe pas.")]
    [InlineData("\"from\": [\"a\", \"b\"], \"trigger\": \"finir\", \"to\": \"c\"", "\"from\": \"b\", \"trigger\": \"finir\", \"to\": \"a\"", "L'état « C » n'est jamais atteint depuis l'état initial.")]
    [InlineData("{ \"from\": [\"a\", \"b\"]", "{ \"from\": \"a\", \"trigger\": \"aller\", \"to\": \"c\", \"roles\": [\"administrateur\"], \"guards\": [\"regles.connues\"] }, { \"from\": [\"a\", \"b\"]", "double la transition n°0")]
    [InlineData("{ \"id\": \"c\", \"label\": \"C\"", "{ \"id\": \"c\", \"label\": \"B\"", "Plusieurs états portent le libellé « B »")]
    [InlineData("{ \"id\": \"b\", \"label\": \"B\" }", "{ \"id\": \"b\", \"label\": \"B\" }, { \"id\": \"b1\", \"label\": \"B1\", \"parent\": \"b\" }", "L'état « b » contient des sous-états")]
    [InlineData("\"version\": 1,", "\"version\": 1", "Le texte n'est pas du JSON valide")]
    public async Task A_broken_draft_is_reported_in_French(string find, string replace, string expected)
    {
        var json = Valid.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Valid, json);

        var errors = await new DefinitionValidator().ValidateAsync(json, Known);

        Assert.Contains(errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_deadline_must_fire_a_trigger_open_to_the_system()
    {
        var definition = DefinitionJson.Parse(Valid);
        var broken = definition with
        {
            States = [.. definition.States.Select(s => s.Id == "b"
                ? s with { Entry = [new EffectDefinition { Type = EffectType.SetDeadline, Deadline = "fin", Trigger = "finir", DueAt = "session.dateFin + 2 days" }] }
                : s)],
        };

        var errors = DefinitionValidator.Validate(broken);

        Assert.Contains(errors, e => e.Message.Contains("qu'aucune transition n'ouvre au rôle « systeme »", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"when\": \"regles.connues\"", null)]
    [InlineData("\"when\": \"regles.connues\", \"delay\": \"PT0S\"", null)]
    [InlineData("\"delay\": \"P1DT2H30M\"", null)]
    [InlineData("\"delay\": \"lendemain\"", null)]
    [InlineData("\"when\": \"regles.inconnues\"", "states[b].entry[0].when: Le message « agora.avis » est émis sous la condition « regles.inconnues », qui n'est pas un jeu de règles existant.")]
    [InlineData("\"delay\": \"1 jour\"", "states[b].entry[0].delay: Le délai « 1 jour » du message « agora.avis » n'est pas une durée ISO 8601")]
    [InlineData("\"delay\": \"P1M\"", "states[b].entry[0].delay: Le délai « P1M »")]
    [InlineData("\"delay\": \"PT\"", "states[b].entry[0].delay: Le délai « PT »")]
    [InlineData("\"delay\": \"Lendemain\"", "states[b].entry[0].delay: Le délai « Lendemain »")]
    public async Task An_emit_condition_names_a_known_rule_set_and_its_delay_is_a_duration_or_the_next_day(string properties, string? expected)
    {
        var json = Valid.Replace(
            "{ \"id\": \"b\", \"label\": \"B\" }",
            "{ \"id\": \"b\", \"label\": \"B\", \"entry\": [ { \"type\": \"emit\", \"message\": \"agora.avis\", " + properties + " } ] }",
            StringComparison.Ordinal);
        Assert.NotEqual(Valid, json);

        var errors = await new DefinitionValidator().ValidateAsync(json, Known);

        if (expected is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Contains(errors, e => $"{e.Location}: {e.Message}".StartsWith(expected, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_definition_with_an_unreadable_delay_cannot_run()
    {
        var definition = DefinitionJson.Parse(Valid);
        var broken = definition with
        {
            States = [.. definition.States.Select(s => s.Id == "b"
                ? s with { Entry = [new EffectDefinition { Type = EffectType.Emit, Message = "eos.candidature-retenue", Delay = "demain" }] }
                : s)],
        };

        Assert.Contains(DefinitionValidator.Validate(broken), e => e.Location == "states[b].entry[0].delay");
    }
}
