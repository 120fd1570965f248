using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using Rafael.Engine.Notifications;
using Rafael.Engine.Notifications.Envoi;

namespace Rafael.Api.Tests.Notifications;

/// <summary>The default for a new installation: emails as <c>.eml</c> files, one per email, rewritten rather than doubled.</summary>
public sealed class EnvoyeurFichiersTests : IDisposable
{
    private readonly string dossier = Path.Combine(Path.GetTempPath(), "rafael-eml", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Un_email_devient_un_fichier_eml_lisible_et_le_renvoyer_ne_le_double_pas()
    {
        var envoyeur = new EnvoyeurFichiers(new OptionsNotifications { Dossier = dossier }, NullLogger<EnvoyeurFichiers>.Instance);
        var email = new EmailSortant("camille@exemple.fr", "Camille Martin", "Sujet é", "<p>Bonjour &amp; bienvenue</p>", "Bonjour & bienvenue", "abc123@rafael", "compte.demande-acceptee", 1);

        await envoyeur.EnvoyerAsync(email, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), CancellationToken.None);
        await envoyeur.EnvoyerAsync(email, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), CancellationToken.None);

        var fichier = Assert.Single(Directory.GetFiles(dossier));
        Assert.EndsWith("abc123.eml", fichier, StringComparison.Ordinal);
        var message = await MimeMessage.LoadAsync(fichier);
        Assert.Equal("Sujet é", message.Subject);
        Assert.Equal("camille@exemple.fr", message.To.Mailboxes.Single().Address);
        Assert.Equal("Bonjour & bienvenue", message.TextBody!.Trim());
        Assert.Equal("<p>Bonjour &amp; bienvenue</p>", message.HtmlBody!.Trim());
        Assert.Equal("abc123@rafael", message.MessageId);
    }

    public void Dispose()
    {
        if (Directory.Exists(dossier))
        {
            Directory.Delete(dossier, recursive: true);
        }
    }
}
