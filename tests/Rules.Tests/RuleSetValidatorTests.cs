namespace Rafael.Rules.Tests;

public sealed class RuleSetValidatorTests
{
    private readonly RuleSetValidator validator = new();

    [Fact]
    public void Reports_an_expression_that_does_not_compile_with_its_rule_id()
    {
        var json = Draft(expression: "session.places >= 1 &&");

        var error = Assert.Single(validator.Validate(json).Errors);

        Assert.Equal("CAT-99", error.RuleId);
        Assert.Equal("essai", error.RuleName);
        Assert.StartsWith("Règle CAT-99 (essai) : l'expression ne compile pas : ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_field_the_inputs_do_not_declare()
    {
        var error = Assert.Single(validator.Validate(Draft(expression: "session.capacite >= 1")).Errors);

        Assert.Equal("CAT-99", error.RuleId);
        Assert.Contains("capacite", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_an_expression_that_is_not_a_condition()
    {
        var error = Assert.Single(validator.Validate(Draft(expression: "session.places + 1")).Errors);

        Assert.Equal("CAT-99", error.RuleId);
    }

    [Fact]
    public void Reports_a_message_value_that_does_not_compile()
    {
        var error = Assert.Single(validator.Validate(Draft(message: "Il reste {session.placesLibres} places (CAT-99).")).Errors);

        Assert.Equal("CAT-99", error.RuleId);
        Assert.Contains("{session.placesLibres}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_an_unclosed_brace_in_a_message()
    {
        var error = Assert.Single(validator.Validate(Draft(message: "Il reste {session.places places (CAT-99).")).Errors);

        Assert.Equal("CAT-99", error.RuleId);
        Assert.Contains("mal formé", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Forbids_the_server_clock()
    {
        var error = Assert.Single(validator.Validate(Draft(expression: "DateTime.Now.Year > 2000")).Errors);

        Assert.Contains("maintenant", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_schema_errors_on_the_rule_concerned()
    {
        var json = Draft().Replace("\"id\": \"CAT-99\"", "\"id\": \"cat99\"", StringComparison.Ordinal);

        var error = Assert.Single(validator.Validate(json).Errors);

        Assert.Equal("cat99", error.RuleId);
        Assert.Contains("format invalide", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_invalid_json()
    {
        var error = Assert.Single(validator.Validate("{ \"name\": ").Errors);

        Assert.StartsWith("JSON invalide", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_duplicate_rule_names_and_an_input_named_as_a_helper()
    {
        var json = Draft().Replace("\"session\": {", "\"texte\": {", StringComparison.Ordinal).Replace("session.", "texte.", StringComparison.Ordinal);

        var errors = validator.Validate(json).Errors;

        Assert.Contains(errors, e => e.Message.Contains("« texte »", StringComparison.Ordinal));
    }

    [Fact]
    public void Accepts_variables_used_by_expression_and_message()
    {
        var json = Draft(
            expression: "session.places <= plafond",
            message: "{session.places} places pour un plafond de {plafond} (CAT-99).",
            variables: "\"variables\": { \"plafond\": \"session.places * 2 - 1\" },");

        Assert.True(validator.Validate(json).IsValid);
    }

    private static string Draft(
        string expression = "session.places >= 1",
        string message = "Il faut au moins une place, il y en a {session.places} (CAT-99).",
        string variables = "") => $$"""
        {
          "name": "essai.brouillon",
          "inputs": {
            "session": { "fields": { "places": { "type": "integer" } } }
          },
          "rules": [
            {
              "id": "CAT-99",
              "name": "essai",
              {{variables}}
              "expression": {{System.Text.Json.JsonSerializer.Serialize(expression)}},
              "message": {{System.Text.Json.JsonSerializer.Serialize(message)}}
            }
          ]
        }
        """;
}
