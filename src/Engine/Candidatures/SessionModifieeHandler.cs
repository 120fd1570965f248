using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rafael.Engine.Journal;
using Rafael.Engine.Persistence;
using Rafael.Engine.Processus;
using Rafael.Rules;
using Rafael.Workflows.Deadlines;
using Rafael.Workflows.Outbox;
using Rafael.Workflows.Runtime;

namespace Rafael.Engine.Candidatures;

/// <summary>
/// Follows the catalogue's session messages. <c>session.annulee</c>: every candidature in progress becomes
/// <i>Refus : session annulée</i> (AVIS-08). <c>session.dates-modifiees</c>: the candidatures take the new dates and
/// the AVIS-07 deadlines of those awaiting a verdict move with the end date. One transaction per message; delivering
/// a message twice changes nothing the second time.
/// </summary>
public sealed class SessionModifieeHandler(
    RafaelDbContextFactory contextes,
    IServiceScopeFactory scopes,
    IProcessRuntime runtime,
    DeadlineScheduler echeances,
    OutboxWriter outbox,
    IParametresProvider parametres,
    TimeProvider time) : IOutboxHandler
{
    /// <summary>The message a cancelled session emits.</summary>
    public const string SessionAnnulee = "session.annulee";

    /// <summary>The message a change of a session's dates emits.</summary>
    public const string DatesModifiees = "session.dates-modifiees";

    private static readonly string[] Annulables = [Candidature.BrouillonPrescripteur, .. Candidature.StatutsEnAttente, Candidature.RefusSessionComplete];

    /// <inheritdoc />
    public bool CanHandle(string type) => type is SessionAnnulee or DatesModifiees;

    /// <inheritdoc />
    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sessionId = SessionDe(message.Payload);
        if (message.Type == SessionAnnulee)
        {
            await AnnulerAsync(sessionId, cancellationToken);
        }
        else
        {
            await ReporterAsync(sessionId, cancellationToken);
        }
    }

    /// <summary>AVIS-08, as the system, in one transaction.</summary>
    /// <param name="sessionId">The cancelled session.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>How many candidatures moved.</returns>
    public async Task<int> AnnulerAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        await using var db = contextes.Create(new SystemJournalContext(SessionAnnulee));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var processus = new ProcessusService(runtime, echeances, outbox, db);
        var candidatures = await db.Candidatures.Where(c => c.SessionId == sessionId && Annulables.Contains(c.Status)).ToListAsync(cancellationToken);
        var maintenant = time.GetUtcNow();
        foreach (var candidature in candidatures)
        {
            var contexte = new WorkflowContext { Roles = [RolesCandidatures.Systeme] };
            await processus.DeclencherAsync(candidature, CandidaturesService.TypeSujet, candidature.Id.ToString(), "annulerSession", new Dictionary<string, object?>(), contexte, cancellationToken);
            candidature.EnregistrerIssueAutomatique(maintenant);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return candidatures.Count;
    }

    /// <summary>Copies the session's new dates and moves the AVIS-07 deadlines of the candidatures awaiting a verdict.</summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>How many candidatures were updated.</returns>
    public async Task<int> ReporterAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        SessionCandidatable? session;
        await using (var scope = scopes.CreateAsyncScope())
        {
            session = await scope.ServiceProvider.GetRequiredService<ISessionsCandidatables>().TrouverAsync(sessionId, cancellationToken);
        }

        if (session is null)
        {
            return 0;
        }

        await using var db = contextes.Create(new SystemJournalContext(DatesModifiees));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var candidatures = await db.Candidatures.Where(c => c.SessionId == sessionId).ToListAsync(cancellationToken);
        var p = await parametres.GetAsync(session.Dispositif, cancellationToken);
        var fin = JoursParis.Debut(session.DateFin);
        foreach (var candidature in candidatures)
        {
            candidature.ActualiserSession(session);
            if (Candidature.StatutsEnAttente.Contains(candidature.Status))
            {
                // The same offsets as the definition's setDeadline effects on entering En attente.
                var id = candidature.Id.ToString();
                await echeances.SetAsync(db, CandidaturesService.TypeSujet, id, "relance-avis", "relancerAvis", fin.AddDays(p.JoursRelanceApresFin), cancellationToken);
                await echeances.SetAsync(db, CandidaturesService.TypeSujet, id, "avis-non-transmis", "passerEnAvisNonTransmis", fin.AddDays(p.JoursAvisNonTransmisApresFin), cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return candidatures.Count;
    }

    private static Guid SessionDe(string payload)
    {
        using var document = JsonDocument.Parse(payload);
        return document.RootElement.GetProperty("id").GetGuid();
    }
}
