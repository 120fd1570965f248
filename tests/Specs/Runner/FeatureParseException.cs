namespace Rafael.Specs.Runner;

/// <summary>A feature file that the Gherkin parser refuses.</summary>
public sealed class FeatureParseException : Exception
{
    public FeatureParseException()
    {
    }

    public FeatureParseException(string message)
        : base(message)
    {
    }

    public FeatureParseException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public FeatureParseException(string path, string reason, Exception? innerException)
        : base($"Le fichier {path} n'est pas du Gherkin valide : {reason}", innerException)
    {
    }
}
