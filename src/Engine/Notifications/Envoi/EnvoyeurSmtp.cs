using MailKit.Net.Smtp;
using MailKit.Security;

namespace Rafael.Engine.Notifications.Envoi;

/// <summary>Sends over SMTP with MailKit (host, port, TLS and credentials from <c>Rafael:Email</c>).</summary>
/// <param name="options">The settings.</param>
public sealed class EnvoyeurSmtp(OptionsNotifications options) : IEnvoyeurEmail
{
    /// <inheritdoc />
    public async Task EnvoyerAsync(EmailSortant email, DateTimeOffset date, CancellationToken cancellationToken)
    {
        using var message = MessageMime.Construire(email, date, options);
        using var client = new SmtpClient();
        await client.ConnectAsync(options.Hote, options.Port, Securite(options.Tls), cancellationToken);
        if (!string.IsNullOrEmpty(options.Utilisateur))
        {
            await client.AuthenticateAsync(options.Utilisateur, options.MotDePasse ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    private static SecureSocketOptions Securite(string tls) => tls switch
    {
        "Aucun" => SecureSocketOptions.None,
        "StartTls" => SecureSocketOptions.StartTls,
        "SslDirect" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTlsWhenAvailable,
    };
}
