namespace Rafael.Engine.Notifications;

/// <summary>A notification that no retry can send (its entity is gone, a role is unknown, no model builder yet).</summary>
public sealed class NotificationImpossibleException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NotificationImpossibleException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why, in French.</param>
    public NotificationImpossibleException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why, in French.</param>
    /// <param name="innerException">The cause.</param>
    public NotificationImpossibleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
