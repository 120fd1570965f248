using System.Security.Claims;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Journal;

namespace Rafael.Api.Infrastructure;

/// <summary>Loads the caller's current rights once per request, and names the command for the journal.</summary>
internal sealed class ActeurCourant(IHttpContextAccessor accessor, ActeurLoader loader, IJournalContext journal)
{
    private Acteur? acteur;

    /// <summary>The signed-in caller, or an <see cref="UnauthorizedAccessException"/> (401) when the account is gone or inactive.</summary>
    public async Task<Acteur> ExigerAsync(string action, CancellationToken cancellationToken)
    {
        journal.Action = action;
        if (acteur is not null)
        {
            return acteur;
        }

        var user = accessor.HttpContext?.User;
        if (!Guid.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var compteId))
        {
            throw new UnauthorizedAccessException();
        }

        Guid? administrateurId = Guid.TryParse(user!.FindFirstValue(RafaelClaims.Administrateur), out var a) ? a : null;
        acteur = await loader.ChargerAsync(compteId, administrateurId, cancellationToken) ?? throw new UnauthorizedAccessException();
        return acteur;
    }

    /// <summary>Names an anonymous command for the journal.</summary>
    public void Nommer(string action) => journal.Action = action;
}
