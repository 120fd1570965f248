namespace Rafael.Specs.Steps;

/// <summary>Someone of the scenario's world: their account, the password they know, and their browser once signed in.</summary>
public sealed class Personne(string email, Guid id, string motDePasse)
{
    public string Email { get; set; } = email;

    public Guid Id { get; } = id;

    public string MotDePasse { get; set; } = motDePasse;

    /// <summary>Their own HTTP client (own cookies), once signed in.</summary>
    public HttpClient? Client { get; set; }

    /// <summary>Their latest request (account, affiliation, report), to decide it by their name.</summary>
    public Guid? DerniereDemande { get; set; }
}
