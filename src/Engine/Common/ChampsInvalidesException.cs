namespace Rafael.Engine.Common;

/// <summary>Input refused field by field (400), when the check needs the database or Identity and so cannot run in a validator.</summary>
public sealed class ChampsInvalidesException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="erreurs">Field → French messages.</param>
    public ChampsInvalidesException(IReadOnlyDictionary<string, string[]> erreurs)
        : base(string.Join(" ", erreurs.SelectMany(e => e.Value)))
    {
        Erreurs = erreurs;
    }

    /// <summary>Creates the exception for one field.</summary>
    /// <param name="champ">The field.</param>
    /// <param name="message">The French message.</param>
    public ChampsInvalidesException(string champ, string message)
        : this(new Dictionary<string, string[]> { [champ] = [message] })
    {
    }

    /// <summary>Field → French messages.</summary>
    public IReadOnlyDictionary<string, string[]> Erreurs { get; }
}
