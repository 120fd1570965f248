namespace Rafael.Engine.Catalogue.Import;

/// <summary>The import file cannot be read (not JSON, not CSV, a broken quote, an invalid LHEO feed…).</summary>
public sealed class FichierImportIllisibleException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why, in French, with the line when known.</param>
    public FichierImportIllisibleException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why, in French, with the line when known.</param>
    /// <param name="innerException">The reader's error.</param>
    public FichierImportIllisibleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public FichierImportIllisibleException()
    {
    }
}
