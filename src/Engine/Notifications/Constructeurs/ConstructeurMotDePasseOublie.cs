using Rafael.Engine.Notifications.Destinataires;
using Rafael.Engine.Notifications.Donnees;
using Rafael.Engine.Persistence;

namespace Rafael.Engine.Notifications.Constructeurs;

/// <summary>
/// The forgotten-password link (payload <c>{ compteId, email, jeton }</c>): to the account's holder (role
/// <c>titulaire</c>) at the address the request was made for.
/// </summary>
/// <param name="options">The platform's address, for the link.</param>
public sealed class ConstructeurMotDePasseOublie(OptionsNotifications options) : IConstructeurNotification
{
    /// <inheritdoc />
    public bool Accepte(DemandeNotification demande) => demande?.Modele == "compte.mot-de-passe-oublie";

    /// <inheritdoc />
    public async Task<ContexteNotification> ConstruireAsync(RafaelDbContext db, DemandeNotification demande, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(demande);
        var compteId = demande.Identifiant("compteId");
        var email = demande.Texte("email") ?? string.Empty;
        var jeton = demande.Texte("jeton") ?? string.Empty;
        var lien = $"{options.UrlPublique.TrimEnd('/')}/reinitialiser-mot-de-passe?email={Uri.EscapeDataString(email)}&jeton={Uri.EscapeDataString(jeton)}";
        var compte = await new DestinatairesService(db).CompteAsync(compteId, "titulaire", cancellationToken);
        // The token was made for this address: if the account changed its address since, the link no longer works.
        return new ContexteNotification(new DonneesMotDePasseOublie(lien), [.. compte.Where(c => string.Equals(c.Email, email, StringComparison.OrdinalIgnoreCase))]);
    }
}
