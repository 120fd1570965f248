using Microsoft.AspNetCore.Authorization;

namespace Rafael.Api.Infrastructure;

/// <summary>
/// Platform administrators only. Checked before the body is even read, so that someone without the right learns
/// nothing about what a valid request would be; the Engine checks it again (defence in depth).
/// </summary>
internal sealed class AdministrateurRequirement : AuthorizationHandler<AdministrateurRequirement>, IAuthorizationRequirement
{
    public const string Policy = "administrateur";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AdministrateurRequirement requirement)
    {
        if (context.Resource is HttpContext http && http.RequestServices.GetRequiredService<ActeurCourant>() is { } courant)
        {
            try
            {
                if ((await courant.ExigerAsync("autorisation", http.RequestAborted)).EstAdministrateur)
                {
                    context.Succeed(requirement);
                }
            }
            catch (UnauthorizedAccessException)
            {
                // An inactive or deleted account: not authorised, the default result.
            }
        }
    }
}
