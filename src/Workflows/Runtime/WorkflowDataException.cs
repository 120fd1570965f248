namespace Rafael.Workflows.Runtime;

/// <summary>
/// The caller did not supply data a definition needs (a date or a parameter of a deadline). It is a bug of the caller,
/// not a user's mistake, so it is an exception and not a refusal; the entity's status is left unchanged.
/// </summary>
public sealed class WorkflowDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkflowDataException()
    {
    }

    /// <summary>Creates the exception with a French message.</summary>
    /// <param name="message">What is missing.</param>
    public WorkflowDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a French message and its cause.</summary>
    /// <param name="message">What is missing.</param>
    /// <param name="innerException">The cause.</param>
    public WorkflowDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
