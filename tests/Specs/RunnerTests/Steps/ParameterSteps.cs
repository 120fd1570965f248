using Rafael.Specs.Runner;

namespace Rafael.Specs.RunnerTests.Steps;

/// <summary>Records the converted arguments, tables and doc strings it receives.</summary>
public sealed class ParameterSteps(Recorder recorder)
{
    [Soit("un entier {int} et un négatif {int}")]
    public void Entiers(int first, long second) => recorder.Entries.AddRange([first, second]);

    [Soit("le texte {string} puis le mot {word}")]
    public void Textes(string text, string word) => recorder.Entries.AddRange([text, word]);

    [Soit("le montant {decimal} puis {decimal}")]
    public void Montants(decimal first, double second) => recorder.Entries.AddRange([first, second]);

    [Soit("la date {date} à {time}")]
    public void Date(DateOnly date, TimeOnly time) => recorder.Entries.AddRange([date, time]);

    [Soit("{int} candidature(s)")]
    public void Candidatures(int count) => recorder.Entries.Add(count);

    [Soit("une candidature")]
    public void UneCandidature() => recorder.Entries.Add("une");

    [Soit(@"^l'expression régulière capture (\d{4})-(\d{2})-(\d{2})$")]
    public void Regex(int year, int month, int day) => recorder.Entries.Add(new DateOnly(year, month, day));

    [Soit("la réponse est {word}")]
    public void Reponse(bool answer) => recorder.Entries.Add(answer);

    [Soit("les personnes suivantes :")]
    public void Personnes(Table table) => recorder.Entries.AddRange(table.Rows);

    [Soit("la structure :")]
    public void Structure(Table table) => recorder.Entries.Add(table.ToDictionary());

    [Soit("le courriel :")]
    public void Courriel(string content) => recorder.Entries.Add(content);

    [Soit("le message {string} et ce texte :")]
    public void Message(string message, string content) => recorder.Entries.AddRange([message, content]);
}
