namespace Rafael.Portal.Models;

/// <summary>How candidates enter a session.</summary>
public enum TypeEntreeSession
{
    DatesFixes = 1,
    EntreesSortiesPermanentes = 2,
    EntreesSortiesSequencees = 3,
}
