namespace Rafael.Api.Contracts;

/// <summary>Sign-in: email and password.</summary>
public sealed record ConnexionRequete(string Email, string MotDePasse);

/// <summary>A bearer token's renewal.</summary>
public sealed record RafraichirRequete(string RefreshToken);

/// <summary>Forgotten password: the email of the account.</summary>
public sealed record MotDePasseOublieRequete(string Email);

/// <summary>A new password, with the token received by email.</summary>
public sealed record ReinitialisationRequete(string Email, string Jeton, string NouveauMotDePasse);
