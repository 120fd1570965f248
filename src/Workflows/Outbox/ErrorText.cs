namespace Rafael.Workflows.Outbox;

/// <summary>Fits error texts into the 4000-character columns of the outbox and the deadlines.</summary>
internal static class ErrorText
{
    public const int MaxLength = 4000;

    public static string Truncate(string error) =>
        error.Length <= MaxLength ? error : error[..MaxLength];

    /// <summary>The type and message, then the stack: the first line is what an administrator's list shows.</summary>
    public static string Describe(Exception exception) => Truncate(exception.ToString());
}
