using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Common;

namespace Rafael.Api.Infrastructure;

/// <summary>
/// Turns the Engine's refusals into RFC 9457 problem+json in French, with the rule's ID, so that every refusal says
/// which rule refused and why. The unit of work was not saved, so nothing changed.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? details = exception switch
        {
            ChampsInvalidesException e => new HttpValidationProblemDetails(e.Erreurs.ToDictionary(x => x.Key, x => x.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Certaines informations sont invalides.",
                Detail = e.Message,
            },
            RegleRefuseeException e => Regle(e),
            InterditException e => new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Action non autorisée.",
                Detail = e.Message,
                Extensions = { ["regle"] = e.Regle },
            },
            IntrouvableException e => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Introuvable.", Detail = e.Message },
            UnauthorizedAccessException => new ProblemDetails { Status = StatusCodes.Status401Unauthorized, Title = "Connectez-vous pour continuer." },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Modifié entre-temps.",
                Detail = "Quelqu'un d'autre a modifié ces informations pendant que vous les consultiez : rechargez la page et recommencez.",
            },
            BadHttpRequestException e => new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "Requête illisible.", Detail = e.Message },
            _ => null,
        };
        if (details is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = details.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }

    private static ProblemDetails Regle(RegleRefuseeException e)
    {
        var details = e.Champ is null
            ? new ProblemDetails()
            : new HttpValidationProblemDetails(new Dictionary<string, string[]> { [e.Champ] = [e.Message] });
        details.Status = StatusCodes.Status409Conflict;
        details.Title = "Refusé par la règle " + e.Regle + ".";
        details.Detail = e.Message;
        details.Extensions["regle"] = e.Regle;
        return details;
    }
}
