namespace Rafael.Portal.Models;

/// <summary>The entry type of a catalogue session.</summary>
public enum TypeEntree
{
    DatesFixes,
    EntreesSortiesPermanentes,
    EntreesSortiesSequencees,
}
