namespace Rafael.Engine.Notifications.Rendu;

/// <summary>A template failed while rendering (an unknown variable, a limit reached, too slow): nothing is sent.</summary>
public sealed class RenduModeleException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RenduModeleException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, with the line and column.</param>
    public RenduModeleException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, with the line and column.</param>
    /// <param name="innerException">Scriban's error.</param>
    public RenduModeleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
