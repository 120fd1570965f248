namespace Rafael.Studio.Services;

public sealed record InstanceResume(string Type, string Id, string Libelle, string Definition, int Version, string Etat);
