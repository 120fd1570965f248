namespace Rafael.Engine.Common;

/// <summary>
/// The thing does not exist, or the caller may not know it exists: both answer 404 so that existence never leaks.
/// </summary>
public sealed class IntrouvableException : Exception
{
    /// <summary>Creates the exception with a French message.</summary>
    /// <param name="message">What was not found, in French.</param>
    public IntrouvableException(string message)
        : base(message)
    {
    }
}
