using Microsoft.Extensions.Logging;

namespace Rafael.Engine.Notifications.Envoi;

/// <summary>
/// The default for a new installation: each email is written as a <c>.eml</c> file (open it with any mail client)
/// named after its Message-ID, so that delivering the same email twice rewrites the same file.
/// </summary>
public sealed partial class EnvoyeurFichiers : IEnvoyeurEmail
{
    private readonly OptionsNotifications options;
    private readonly ILogger<EnvoyeurFichiers> logger;

    /// <summary>Creates the sender and says in the log where the emails go.</summary>
    /// <param name="options">The settings (<see cref="OptionsNotifications.Dossier"/> is set).</param>
    /// <param name="logger">The log.</param>
    public EnvoyeurFichiers(OptionsNotifications options, ILogger<EnvoyeurFichiers> logger)
    {
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        this.logger = logger;
        Dossier = Path.GetFullPath(options.Dossier ?? "emails");
        Directory.CreateDirectory(Dossier);
        Annoncer(logger, Dossier);
    }

    /// <summary>Where the files are written.</summary>
    public string Dossier { get; }

    /// <inheritdoc />
    public async Task EnvoyerAsync(EmailSortant email, DateTimeOffset date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        using var message = MessageMime.Construire(email, date, options);
        var nom = email.MessageId.Split('@')[0].Trim('<') + ".eml";
        var chemin = Path.Combine(Dossier, nom);
        var temporaire = chemin + ".tmp";
        await message.WriteToAsync(temporaire, cancellationToken);
        File.Move(temporaire, chemin, overwrite: true);
        Ecrit(logger, email.Sujet, email.A, chemin);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Emails : écrits en fichiers .eml dans {Dossier} (Rafael:Email:Mode=Smtp pour les envoyer)")]
    private static partial void Annoncer(ILogger logger, string dossier);

    [LoggerMessage(Level = LogLevel.Information, Message = "Email « {Sujet} » pour {A} écrit dans {Chemin}")]
    private static partial void Ecrit(ILogger logger, string sujet, string a, string chemin);
}
