using System.Globalization;

namespace Rafael.Engine.OffreInfo;

/// <summary>
/// The command line <c>dotnet run --project src/Api -- lheo &lt;fichier&gt; [--depuis &lt;instant&gt;] [--kairos]</c>: writes the
/// feed to a file (through a temporary file, so a failed export never leaves half a feed behind) and prints what was
/// written and left out. The Api's <c>Program</c> calls it with the Catalogue's source.
/// </summary>
public static class LheoCommande
{
    /// <summary>The command's name, the first argument.</summary>
    public const string Nom = "lheo";

    /// <summary>The usage line printed on a wrong call.</summary>
    public const string Usage = "Usage : dotnet run --project src/Api -- lheo <fichier> [--depuis <instant ISO 8601, par exemple 2026-11-01T00:00:00Z>] [--kairos]";

    /// <summary>Whether the arguments ask for this command.</summary>
    /// <param name="arguments">The program's arguments.</param>
    /// <returns>True when the first argument is <c>lheo</c>.</returns>
    public static bool EstDemandee(IReadOnlyList<string> arguments) =>
        arguments is not null && arguments.Count > 0 && arguments[0] == Nom;

    /// <summary>Runs the command.</summary>
    /// <param name="arguments">The program's arguments, starting with <c>lheo</c>.</param>
    /// <param name="source">The published catalogue.</param>
    /// <param name="temps">The clock.</param>
    /// <param name="console">Where the summary goes.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The exit code: 0 when done, 2 on wrong arguments.</returns>
    public static async Task<int> ExecuterAsync(
        IReadOnlyList<string> arguments,
        ISourceOffreInfo source,
        TimeProvider temps,
        TextWriter console,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(console);
        if (!Lire(arguments, out var fichier, out var depuis, out var kairos, out var erreur))
        {
            await console.WriteLineAsync(erreur);
            await console.WriteLineAsync(Usage);
            return 2;
        }

        var chemin = Path.GetFullPath(fichier);
        var partiel = chemin + ".partiel";
        ResultatExportLheo resultat;
        await using (var flux = new FileStream(partiel, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        {
            resultat = await new LheoExporter(temps).ExporterAsync(
                source.LireAsync(depuis, cancellationToken), flux, new OptionsExportLheo(depuis, kairos), cancellationToken);
        }

        if (resultat.DocumentEcrit)
        {
            File.Move(partiel, chemin, overwrite: true);
            await console.WriteLineAsync(
                $"Flux LHEO écrit dans {chemin} : {resultat.ActionsEcrites} action(s), {resultat.SessionsEcrites} session(s), {resultat.Ecartees.Count} action(s) écartée(s).");
        }
        else
        {
            File.Delete(partiel);
            await console.WriteLineAsync(
                $"Aucune offre à exporter{(depuis is null ? string.Empty : " depuis " + depuis.Value.ToString("O", CultureInfo.InvariantCulture))} : aucun fichier écrit (LHEO exige au moins une formation). {resultat.Ecartees.Count} action(s) écartée(s).");
        }

        foreach (var ecartee in resultat.Ecartees)
        {
            await console.WriteLineAsync($"  - action {ecartee.Reference} écartée : {string.Join(" ; ", ecartee.Raisons)}");
        }

        return 0;
    }

    private static bool Lire(IReadOnlyList<string> arguments, out string fichier, out DateTimeOffset? depuis, out bool kairos, out string erreur)
    {
        fichier = string.Empty;
        depuis = null;
        kairos = false;
        erreur = string.Empty;
        var reste = arguments.Skip(EstDemandee(arguments) ? 1 : 0).ToList();
        for (var i = 0; i < reste.Count; i++)
        {
            if (reste[i] == "--depuis")
            {
                if (i + 1 >= reste.Count || !DateTimeOffset.TryParse(reste[i + 1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
                {
                    erreur = "--depuis attend un instant ISO 8601.";
                    return false;
                }

                depuis = instant;
                i++;
            }
            else if (reste[i] == "--kairos")
            {
                kairos = true;
            }
            else if (reste[i].StartsWith("--", StringComparison.Ordinal) || fichier.Length > 0)
            {
                erreur = $"Argument inattendu : {reste[i]}.";
                return false;
            }
            else
            {
                fichier = reste[i];
            }
        }

        if (fichier.Length == 0)
        {
            erreur = "Le fichier de sortie manque.";
            return false;
        }

        return true;
    }
}
