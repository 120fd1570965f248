namespace Rafael.Studio.Services;

/// <summary>A refusal from the Api, read from its problem+json: the title and one line per invalid field.</summary>
public sealed class ApiException : Exception
{
    public ApiException()
    {
    }

    public ApiException(string message)
        : base(message)
    {
    }

    public ApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ApiException(int statut, string titre, IReadOnlyList<string> erreurs)
        : base(titre)
    {
        Statut = statut;
        Erreurs = erreurs;
    }

    public int Statut { get; }

    public IReadOnlyList<string> Erreurs { get; } = [];
}
