using Rafael.Specs.Runner;

namespace Rafael.Specs.RunnerTests.Steps;

/// <summary>Records each step with the kind it was bound as, to check how Et / Mais / * are resolved.</summary>
public sealed class JournalSteps(Recorder recorder)
{
    [Soit("le journal note {string}")]
    public void Contexte(string text) => recorder.Entries.Add("Soit:" + text);

    [Quand("le journal note {string}")]
    public void Action(string text) => recorder.Entries.Add("Quand:" + text);

    [Alors("le journal note {string}")]
    public void Resultat(string text) => recorder.Entries.Add("Alors:" + text);
}
