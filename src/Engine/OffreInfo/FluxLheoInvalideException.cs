namespace Rafael.Engine.OffreInfo;

/// <summary>An LHEO feed that is not well-formed XML or, when a schema was given, not valid against it.</summary>
public sealed class FluxLheoInvalideException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FluxLheoInvalideException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, in French.</param>
    public FluxLheoInvalideException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, in French.</param>
    /// <param name="innerException">The XML or schema error.</param>
    public FluxLheoInvalideException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
