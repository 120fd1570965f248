namespace Rafael.Engine.OffreInfo;

/// <summary>
/// Exports the published catalogue as an LHEO 2.3 feed (CIR-08), streamed: actions are read one at a time from an
/// <see cref="IAsyncEnumerable{T}"/>, checked, written to a small buffer with a synchronous <see cref="LheoWriter"/>
/// and copied asynchronously to the output whenever the buffer fills, so memory stays bounded by one action and the
/// output may be a response body that forbids synchronous writes.
/// </summary>
/// <param name="temps">The clock: the export's instant and today's date for <c>etat-recrutement</c>.</param>
public sealed class LheoExporter(TimeProvider temps)
{
    private const int SeuilTampon = 64 * 1024;

    private static readonly TimeZoneInfo France = FuseauFrance();

    /// <summary>Writes the feed of <paramref name="actions"/> to <paramref name="sortie"/>.</summary>
    /// <param name="actions">The published actions, typically from <see cref="ISourceOffreInfo"/>.</param>
    /// <param name="sortie">Where the document goes; it is flushed, not closed.</param>
    /// <param name="options">Whole catalogue or changes since an instant.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>How many actions and sessions were written, and which actions were left out and why.</returns>
    public async Task<ResultatExportLheo> ExporterAsync(
        IAsyncEnumerable<ActionPubliee> actions,
        Stream sortie,
        OptionsExportLheo? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(sortie);
        var depuis = options?.Depuis;
        var horodatage = temps.GetUtcNow();
        var aujourdhui = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(horodatage, France).DateTime);
        var ecartees = new List<ActionEcartee>();
        var actionsEcrites = 0;
        var sessionsEcrites = 0;

        using var tampon = new MemoryStream(SeuilTampon * 2);
        LheoWriter? writer = null;
        try
        {
            await foreach (var lue in actions.WithCancellation(cancellationToken))
            {
                if (depuis is { } d && !ChangeeDepuis(lue, d))
                {
                    continue;
                }

                var action = options?.Kairos == true ? PourKairos(lue) : lue;
                if (action is null)
                {
                    continue;
                }

                var raisons = LheoControle.Verifier(action);
                if (raisons.Count > 0)
                {
                    ecartees.Add(new ActionEcartee(action.Reference, raisons));
                    continue;
                }

                if (writer is null)
                {
                    writer = new LheoWriter(tampon);
                    writer.EcrireDebut(horodatage);
                }

                writer.EcrireFormation(action, aujourdhui);
                actionsEcrites++;
                sessionsEcrites += action.Sessions.Count;
                writer.Flush();
                if (tampon.Length >= SeuilTampon)
                {
                    await ViderAsync(tampon, sortie, cancellationToken);
                }
            }

            if (writer is not null)
            {
                writer.EcrireFin(depuis);
                await ViderAsync(tampon, sortie, cancellationToken);
                await sortie.FlushAsync(cancellationToken);
            }
        }
        finally
        {
            writer?.Dispose();
        }

        return new ResultatExportLheo(horodatage, actionsEcrites, sessionsEcrites, ecartees, writer is not null);
    }

    /// <summary>Whether the action or one of its sessions was created or changed at or after <paramref name="depuis"/>.</summary>
    /// <param name="action">The action.</param>
    /// <param name="depuis">The instant.</param>
    /// <returns>True when it belongs to a feed of changes since <paramref name="depuis"/>.</returns>
    public static bool ChangeeDepuis(ActionPubliee action, DateTimeOffset depuis)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.CreeLe >= depuis || action.ModifieLe >= depuis
            || action.Sessions.Any(s => s.CreeLe >= depuis || s.ModifieLe >= depuis);
    }

    /// <summary>The action with only its sessions for Kairos, or null when it has none.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The action for the Kairos feed, or null.</returns>
    public static ActionPubliee? PourKairos(ActionPubliee action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var sessions = action.Sessions.Where(s => s.FormationContinueHorsAlternance && s.Financement is null).ToList();
        return sessions.Count == 0 ? null
            : sessions.Count == action.Sessions.Count ? action
            : action with { Sessions = sessions };
    }

    private static async Task ViderAsync(MemoryStream tampon, Stream sortie, CancellationToken cancellationToken)
    {
        await sortie.WriteAsync(tampon.GetBuffer().AsMemory(0, (int)tampon.Length), cancellationToken);
        tampon.SetLength(0);
    }

    private static TimeZoneInfo FuseauFrance()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (TimeZoneNotFoundException)
        {
            // Machines without time-zone data: UTC gives the same day except around midnight.
            return TimeZoneInfo.Utc;
        }
    }
}
