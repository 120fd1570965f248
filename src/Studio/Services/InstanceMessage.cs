namespace Rafael.Studio.Services;

public sealed record InstanceMessage(string Type, DateTimeOffset Le, DateTimeOffset? TraiteLe, DateTimeOffset? EcarteLe, int Essais, string? DerniereErreur);
