namespace Rafael.Studio.Services;

public sealed record DocumentVersion(Guid Id, string Nom, int Numero, string Statut, string Contenu, string? Commentaire, DateTimeOffset CreeLe, DateTimeOffset ModifieLe, DateTimeOffset? PublieeLe, Guid? PublieeParId);
