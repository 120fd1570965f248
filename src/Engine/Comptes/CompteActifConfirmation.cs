using Microsoft.AspNetCore.Identity;

namespace Rafael.Engine.Comptes;

/// <summary>Identity asks this before a sign-in: only a validated, active account may sign in (ACC-05).</summary>
public sealed class CompteActifConfirmation : IUserConfirmation<Compte>
{
    /// <inheritdoc />
    public Task<bool> IsConfirmedAsync(UserManager<Compte> manager, Compte user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(user.Statut == StatutCompte.Actif);
    }
}
