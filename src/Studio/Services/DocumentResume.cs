namespace Rafael.Studio.Services;

public sealed record DocumentResume(string Nom, int? VersionPubliee, int? Brouillon);
