using Rafael.Api.Tests.Support;

namespace Rafael.Api.Tests.Notifications;

/// <summary>Settings that send the emails to the loopback server; the tests run the outbox themselves.</summary>
internal static class ReglagesSmtp
{
    public static IReadOnlyDictionary<string, string?> Pour(SmtpLoopback? smtp) => new Dictionary<string, string?>
    {
        ["Rafael:Processeurs"] = "false",
        ["Rafael:Email:Mode"] = smtp is null ? "Fichiers" : "Smtp",
        ["Rafael:Email:Hote"] = "127.0.0.1",
        ["Rafael:Email:Port"] = (smtp?.Port ?? 25).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Rafael:Email:Tls"] = "Aucun",
        ["Rafael:Email:Dossier"] = Path.Combine(Path.GetTempPath(), "rafael-emails", Guid.NewGuid().ToString("N")),
        ["Rafael:Email:UrlPublique"] = "https://rafael.test",
    };
}

/// <summary>The Api on SQLite, sending to its own SMTP server on loopback.</summary>
public sealed class NotificationsSqliteHost : SqliteApiHost
{
    public SmtpLoopback? Smtp { get; private set; }

    protected override IReadOnlyDictionary<string, string?> Reglages => ReglagesSmtp.Pour(Smtp);

    public override async ValueTask InitializeAsync()
    {
        Smtp = await SmtpLoopback.DemarrerSiDisponibleAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Smtp is not null)
        {
            await Smtp.DisposeAsync();
        }
    }
}

/// <summary>The Api on PostgreSQL, sending to its own SMTP server on loopback.</summary>
public sealed class NotificationsPostgresHost : PostgresApiHost
{
    public SmtpLoopback? Smtp { get; private set; }

    protected override IReadOnlyDictionary<string, string?> Reglages => ReglagesSmtp.Pour(Smtp);

    public override async ValueTask InitializeAsync()
    {
        Smtp = await SmtpLoopback.DemarrerSiDisponibleAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Smtp is not null)
        {
            await Smtp.DisposeAsync();
        }
    }
}

/// <summary>Starts the PostgreSQL host only when a server is configured (see <see cref="PostgresHostFixture{THost}"/>).</summary>
public sealed class NotificationsPostgresFixture : PostgresHostFixture<NotificationsPostgresHost>;
