using Rafael.Specs.Runner;
using Xunit;

namespace Rafael.Specs.RunnerTests.Steps;

/// <summary>Steps that fail on purpose, and two bindings that collide, for the runner's failure tests.</summary>
public sealed class FailingSteps
{
    [Quand("une étape lève une exception")]
    public static void Leve() => throw new InvalidOperationException("panne voulue");

    [Alors("deux et deux font {int}")]
    public static void Addition(int expected)
    {
        var sum = 2 + 2;
        Assert.Equal(expected, sum);
    }

    [Soit("une phrase ambiguë")]
    public static void Ambigue()
    {
        // Never runs: the other binding below matches the same text.
    }

    [Etape("une phrase {word}")]
    public static void Phrase(string word) => ArgumentNullException.ThrowIfNull(word);
}
