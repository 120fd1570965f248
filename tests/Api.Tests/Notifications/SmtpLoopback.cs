using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Rafael.Api.Tests.Notifications;

/// <summary>
/// A real SMTP server on loopback: Debian's <c>python3-aiosmtpd</c>, storing what it receives in a Maildir. Without
/// it the SMTP tests skip on a laptop, and fail when <c>RAFAEL_REQUIRE_SMTP=1</c> (CI).
/// </summary>
public sealed class SmtpLoopback : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";
    private readonly string dossier = Path.Combine(Path.GetTempPath(), "rafael-smtp", Guid.NewGuid().ToString("N"));
    private Process? processus;

    private SmtpLoopback(int port) => Port = port;

    public int Port { get; }

    public static bool Requis => Environment.GetEnvironmentVariable("RAFAEL_REQUIRE_SMTP") == "1";

    /// <summary>Whether aiosmtpd can run here.</summary>
    public static bool Disponible()
    {
        if (!File.Exists(Python))
        {
            return false;
        }

        using var verification = Process.Start(new ProcessStartInfo(Python, ["-c", "import aiosmtpd"]) { RedirectStandardError = true });
        verification!.WaitForExit(10_000);
        return verification.ExitCode == 0;
    }

    /// <summary>Skips (laptop) or fails (CI) when no SMTP server can run.</summary>
    public static void Exiger(SmtpLoopback? serveur)
    {
        if (serveur is not null)
        {
            return;
        }

        if (Requis)
        {
            Assert.Fail("RAFAEL_REQUIRE_SMTP=1 mais python3-aiosmtpd n'est pas installé : les tests SMTP ne peuvent pas être sautés en CI.");
        }

        Assert.Skip("python3-aiosmtpd absent : tests SMTP sautés sur ce poste (apt-get install python3-aiosmtpd).");
    }

    /// <summary>Starts a server on a free port, or returns null when aiosmtpd is missing.</summary>
    public static async Task<SmtpLoopback?> DemarrerSiDisponibleAsync()
    {
        if (!Disponible())
        {
            return null;
        }

        var serveur = new SmtpLoopback(PortLibre());
        await serveur.DemarrerAsync();
        return serveur;
    }

    /// <summary>Starts (or restarts) the server on its port.</summary>
    public async Task DemarrerAsync()
    {
        foreach (var sous in new[] { "tmp", "new", "cur" })
        {
            Directory.CreateDirectory(Path.Combine(dossier, sous));
        }

        processus = Process.Start(new ProcessStartInfo(Python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", dossier])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        });
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"aiosmtpd ne répond pas sur le port {Port}.");
    }

    /// <summary>Stops the server (to test failed deliveries).</summary>
    public async Task ArreterAsync()
    {
        if (processus is { HasExited: false })
        {
            processus.Kill();
            await processus.WaitForExitAsync();
        }

        processus?.Dispose();
        processus = null;
    }

    /// <summary>Every message received so far.</summary>
    public IReadOnlyList<MimeMessage> Messages() =>
        [.. new[] { "new", "cur" }
            .Select(d => Path.Combine(dossier, d))
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateFiles)
            .Select(f => MimeMessage.Load(f))];

    /// <summary>The messages received for one address.</summary>
    public IReadOnlyList<MimeMessage> Pour(string adresse) =>
        [.. Messages().Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, adresse, StringComparison.OrdinalIgnoreCase)))];

    public async ValueTask DisposeAsync()
    {
        await ArreterAsync();
        if (Directory.Exists(dossier))
        {
            Directory.Delete(dossier, recursive: true);
        }
    }

    private static int PortLibre()
    {
        using var ecoute = new TcpListener(IPAddress.Loopback, 0);
        ecoute.Start();
        var port = ((IPEndPoint)ecoute.LocalEndpoint).Port;
        ecoute.Stop();
        return port;
    }
}
