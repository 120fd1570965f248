namespace Rafael.Engine.Notifications;

/// <summary>
/// Settings of the emails, section <c>Rafael:Email</c>. By default they are written as <c>.eml</c> files in
/// <c>emails</c> under the data folder; <c>Mode=Smtp</c> sends them with MailKit.
/// </summary>
public sealed class OptionsNotifications
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Rafael:Email";

    /// <summary><c>Fichiers</c> (default) or <c>Smtp</c>.</summary>
    public string Mode { get; set; } = "Fichiers";

    /// <summary>Where <c>.eml</c> files go in <c>Fichiers</c> mode; default: <c>emails</c> under the data folder.</summary>
    public string? Dossier { get; set; }

    /// <summary>The SMTP server.</summary>
    public string Hote { get; set; } = "localhost";

    /// <summary>The SMTP port.</summary>
    public int Port { get; set; } = 25;

    /// <summary><c>Aucun</c>, <c>StartTls</c>, <c>SslDirect</c> or <c>Auto</c> (StartTls when offered).</summary>
    public string Tls { get; set; } = "Auto";

    /// <summary>The SMTP user, if the server wants one.</summary>
    public string? Utilisateur { get; set; }

    /// <summary>The SMTP password.</summary>
    public string? MotDePasse { get; set; }

    /// <summary>The sender's address.</summary>
    public string Expediteur { get; set; } = "ne-pas-repondre@rafael.local";

    /// <summary>The sender's name, also the platform's name in templates.</summary>
    public string NomPlateforme { get; set; } = "Rafael";

    /// <summary>The Portal's address, for the links in emails.</summary>
    public string UrlPublique { get; set; } = "http://localhost:5080";
}
