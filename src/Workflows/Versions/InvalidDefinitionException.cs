namespace Rafael.Workflows.Versions;

/// <summary>A definition that cannot be run was loaded; its errors say why.</summary>
public sealed class InvalidDefinitionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvalidDefinitionException()
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public InvalidDefinitionException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Creates the exception for a definition and its errors.</summary>
    /// <param name="name">The definition's name.</param>
    /// <param name="version">Its version.</param>
    /// <param name="errors">What is wrong.</param>
    public InvalidDefinitionException(string name, int version, IReadOnlyList<DefinitionError> errors)
        : base($"La définition « {name} » v{version} est invalide : " + string.Join(" ; ", errors.Select(e => $"{e.Location} : {e.Message}")))
    {
        Errors = errors;
    }

    /// <summary>What is wrong.</summary>
    public IReadOnlyList<DefinitionError> Errors { get; }
}
