using Rafael.Specs.Runner;
using Xunit;

namespace Rafael.Specs.RunnerTests;

public sealed class BindingTests
{
    [Fact]
    public void A_method_whose_parameters_do_not_fit_its_expression_is_refused_when_the_catalog_is_built()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StepCatalog.FromTypes(typeof(BadSteps)));

        Assert.Contains("TropDeParametres", error.Message, StringComparison.Ordinal);
        Assert.Contains("PasAssez", error.Message, StringComparison.Ordinal);
        Assert.Contains("AsyncVoid", error.Message, StringComparison.Ordinal);
        Assert.Contains("MauvaisRetour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_living_documentation_does_not_see_the_runner_test_steps()
    {
        var catalog = StepCatalog.FromNamespace(typeof(BindingTests).Assembly, Documentation.LivingDocumentation.StepsNamespace);

        Assert.NotEmpty(catalog.Bindings);
        Assert.All(catalog.Bindings, b => Assert.StartsWith("Rafael.Specs.Steps", b.Method.DeclaringType!.Namespace, StringComparison.Ordinal));
    }

    [Fact]
    public void A_binding_without_kind_matches_every_kind_and_a_kind_only_its_own()
    {
        var catalog = StepCatalog.FromTypes(typeof(Steps.JournalSteps));
        var outcome = new StepSpec("Et ", StepKind.Outcome, "le journal note \"x\"", 1, null, null, false);

        var match = Assert.Single(catalog.Match(outcome));
        Assert.Equal(nameof(Steps.JournalSteps.Resultat), match.Binding.Method.Name);
    }

    private sealed class BadSteps
    {
        [Soit("un nombre {int}")]
        public void TropDeParametres(int first, int second, int third) => _ = first + second + third;

        [Soit("deux nombres {int} et {int}")]
        public void PasAssez(int only) => _ = only;

#pragma warning disable VSTHRD100, CS1998 // The async void is the point of the test.
        [Soit("rien")]
        public async void AsyncVoid()
        {
        }
#pragma warning restore VSTHRD100, CS1998

        [Soit("un retour")]
        public int MauvaisRetour() => 1;
    }
}
