namespace Rafael.Api.Contracts;

/// <summary>Sign-in: email and password.</summary>
public sealed record ConnexionRequete(string Email, string MotDePasse);

/// <summary>A bearer token's renewal.</summary>
public sealed record RafraichirRequete(string RefreshToken);
