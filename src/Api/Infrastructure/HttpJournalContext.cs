using System.Security.Claims;
using Rafael.Engine.Journal;

namespace Rafael.Api.Infrastructure;

/// <summary>The journal's "who" for an HTTP request: the signed-in account, and the administrator acting for it.</summary>
internal sealed class HttpJournalContext(IHttpContextAccessor accessor) : IJournalContext
{
    public Guid? CompteId => Lire(ClaimTypes.NameIdentifier);

    public Guid? AdministrateurId => Lire(RafaelClaims.Administrateur);

    public string? Action { get; set; }

    private Guid? Lire(string type) =>
        Guid.TryParse(accessor.HttpContext?.User.FindFirstValue(type), out var id) ? id : null;
}
