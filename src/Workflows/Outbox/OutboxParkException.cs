namespace Rafael.Workflows.Outbox;

/// <summary>
/// Thrown by a handler for a failure that no retry can cure (a template that cannot render): the dispatcher parks
/// the message at once with this error, for an administrator to fix the cause and retry it.
/// </summary>
public sealed class OutboxParkException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OutboxParkException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, kept on the parked message.</param>
    public OutboxParkException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, kept on the parked message.</param>
    /// <param name="innerException">The cause.</param>
    public OutboxParkException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
