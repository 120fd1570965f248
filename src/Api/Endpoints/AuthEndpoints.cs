using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Rafael.Api.Contracts;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Comptes;
using Rafael.Engine.Journal;
using Rafael.Engine.Persistence;
using Rafael.Workflows.Outbox;

namespace Rafael.Api.Endpoints;

/// <summary>Sign-in with a cookie (web clients) or a bearer token (API clients), sign-out, token renewal, taking
/// control of an account for support (ACC-10) and giving it back.</summary>
internal static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Authentification");
        group.MapPost("/connexion", Connexion).Valider<ConnexionRequete>().AllowAnonymous();
        group.MapPost("/deconnexion", Deconnexion).RequireAuthorization();
        group.MapPost("/rafraichir", Rafraichir).AllowAnonymous();
        group.MapPost("/mot-de-passe-oublie", MotDePasseOublie).AllowAnonymous();
        group.MapPost("/reinitialiser-mot-de-passe", Reinitialiser).AllowAnonymous();
        group.MapPost("/prendre-le-controle/{compteId:guid}", PrendreLeControle).RequireAuthorization(AdministrateurRequirement.Policy);
        group.MapPost("/rendre-la-main", RendreLaMain).RequireAuthorization();
        return app;
    }

    /// <summary>Signs in; <c>?mode=jeton</c> returns a bearer token, otherwise a cookie is set. Five failures lock the
    /// account for 15 minutes.</summary>
    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Connexion(
        ConnexionRequete requete, string? mode, SignInManager<Compte> signIn, RafaelDbContext db, IJournalContext journal)
    {
        journal.Action = "auth.connexion";
        signIn.AuthenticationScheme = Jeton(mode) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme;
        var resultat = await signIn.PasswordSignInAsync(requete.Email, requete.MotDePasse, isPersistent: false, lockoutOnFailure: true);

        // The store does not save by itself: the failure count and the lockout are persisted here.
        await db.SaveChangesAsync();
        if (resultat.Succeeded)
        {
            return TypedResults.Empty;
        }

        if (resultat.IsLockedOut)
        {
            return TypedResults.Problem(
                title: "Compte verrouillé.",
                detail: "Trop d'essais infructueux : votre compte est verrouillé pendant 15 minutes. Vous pouvez aussi réinitialiser votre mot de passe.",
                statusCode: StatusCodes.Status423Locked);
        }

        if (resultat.IsNotAllowed)
        {
            return TypedResults.Problem(
                title: "Compte pas encore validé.",
                detail: "Votre demande de compte n'a pas encore été validée par le référent de votre structure ou par un administrateur.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        return TypedResults.Problem(title: "Email ou mot de passe incorrect.", statusCode: StatusCodes.Status401Unauthorized);
    }

    private static async Task<NoContent> Deconnexion(SignInManager<Compte> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    /// <summary>
    /// Sends a reset link by email to an active account. The answer is the same whether the account exists or not,
    /// so that nobody can find out who has an account.
    /// </summary>
    private static async Task<Accepted> MotDePasseOublie(MotDePasseOublieRequete requete, UserManager<Compte> users, RafaelDbContext db, OutboxWriter outbox, IJournalContext journal, CancellationToken ct)
    {
        journal.Action = "auth.mot-de-passe-oublie";
        if (await users.FindByEmailAsync(requete.Email ?? string.Empty) is { Statut: StatutCompte.Actif } compte)
        {
            var jeton = await users.GeneratePasswordResetTokenAsync(compte);
            await outbox.AddAsync(db, "notification.compte.mot-de-passe-oublie", new { compteId = compte.Id, email = compte.Email, jeton }, $"mot-de-passe-oublie:{compte.Id}:{Guid.NewGuid():N}", ct);
            await db.SaveChangesAsync(ct);
        }

        return TypedResults.Accepted((string?)null);
    }

    /// <summary>Sets a new password with the emailed token; the token is single-use (the security stamp changes).</summary>
    private static async Task<Results<NoContent, ValidationProblem>> Reinitialiser(ReinitialisationRequete requete, UserManager<Compte> users, RafaelDbContext db, IJournalContext journal)
    {
        journal.Action = "auth.reinitialiser-mot-de-passe";
        var compte = await users.FindByEmailAsync(requete.Email ?? string.Empty);
        var resultat = compte is null
            ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken())
            : await users.ResetPasswordAsync(compte, requete.Jeton ?? string.Empty, requete.NouveauMotDePasse ?? string.Empty);
        if (!resultat.Succeeded)
        {
            return TypedResults.ValidationProblem(
                resultat.Errors.GroupBy(e => e.Code == "InvalidToken" ? "jeton" : "nouveauMotDePasse").ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()),
                title: "Le mot de passe n'a pas été changé.");
        }

        await users.ResetAccessFailedCountAsync(compte!);
        await users.SetLockoutEndDateAsync(compte!, null);
        await db.SaveChangesAsync();
        return TypedResults.NoContent();
    }

    /// <summary>Exchanges a refresh token for a new bearer token, if the account is still active and unchanged.</summary>
    private static async Task<Results<SignInHttpResult, ChallengeHttpResult>> Rafraichir(
        RafraichirRequete requete, IOptionsMonitor<BearerTokenOptions> options, TimeProvider time, SignInManager<Compte> signIn)
    {
        var protector = options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = protector.Unprotect(requete.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expire
            || time.GetUtcNow() >= expire
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } compte
            || compte.Statut != StatutCompte.Actif)
        {
            return TypedResults.Challenge();
        }

        var principal = await signIn.CreateUserPrincipalAsync(compte);
        CopierAdministrateur(ticket.Principal, principal);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    /// <summary>ACC-10: an administrator acts for an account, for support; every change made then is journaled with
    /// both identities, and the taking of control itself is journaled.</summary>
    private static async Task<EmptyHttpResult> PrendreLeControle(
        Guid compteId, HttpContext http, ActeurCourant courant, ComptesService comptes, SignInManager<Compte> signIn, RafaelDbContext db, TimeProvider time)
    {
        var acteur = await courant.ExigerAsync("auth.prendre-le-controle", http.RequestAborted);
        var cible = await comptes.PreparerPriseDeControleAsync(acteur, compteId, http.RequestAborted);
        db.Journal.Add(new JournalEntry(time.GetUtcNow(), cible.Id, acteur.CompteId, "auth.prendre-le-controle", nameof(Compte), cible.Id.ToString(), "prise-de-controle", "{}"));
        await db.SaveChangesAsync(http.RequestAborted);
        var principal = await signIn.CreateUserPrincipalAsync(cible);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(RafaelClaims.Administrateur, acteur.CompteId.ToString()));
        await http.SignInAsync(Schema(http), principal);
        return TypedResults.Empty;
    }

    /// <summary>The administrator gives the account back and is themself again.</summary>
    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> RendreLaMain(
        HttpContext http, SignInManager<Compte> signIn, UserManager<Compte> users, RafaelDbContext db, TimeProvider time)
    {
        if (!Guid.TryParse(http.User.FindFirstValue(RafaelClaims.Administrateur), out var adminId) || await users.FindByIdAsync(adminId.ToString()) is not { } admin)
        {
            return TypedResults.Problem(title: "Vous n'agissez pour le compte de personne.", statusCode: StatusCodes.Status409Conflict);
        }

        var cible = http.User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        db.Journal.Add(new JournalEntry(time.GetUtcNow(), Guid.Parse(cible), adminId, "auth.rendre-la-main", nameof(Compte), cible, "fin-de-controle", "{}"));
        await db.SaveChangesAsync(http.RequestAborted);
        await http.SignInAsync(Schema(http), await signIn.CreateUserPrincipalAsync(admin));
        return TypedResults.Empty;
    }

    private static bool Jeton(string? mode) => string.Equals(mode, "jeton", StringComparison.OrdinalIgnoreCase);

    private static string Schema(HttpContext http) =>
        http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? IdentityConstants.BearerScheme
            : IdentityConstants.ApplicationScheme;

    private static void CopierAdministrateur(ClaimsPrincipal source, ClaimsPrincipal cible)
    {
        if (source.FindFirst(RafaelClaims.Administrateur) is { } claim)
        {
            ((ClaimsIdentity)cible.Identity!).AddClaim(new Claim(claim.Type, claim.Value));
        }
    }
}
