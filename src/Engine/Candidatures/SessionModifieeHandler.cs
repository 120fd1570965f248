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
/// <i>Refus : session annulée</i> (AVIS-08). <c>session.modifiee</c> (and the older <c>session.dates-modifiees</c>):
/// the candidatures copy again everything they keep of the session (reference, title, dates, structures), so that
/// visibility (CAND-06) and dashboards follow a new Positionneur or Formateur; those awaiting a verdict whose end date
/// moved fire <c>suivreSession</c>, whose effects in the definition set the AVIS-07 due times again. One transaction
/// per message; delivering a message twice changes nothing the second time.
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

    /// <summary>The message a change of a session's dates emitted before <see cref="SessionModifiee"/>; still followed.</summary>
    public const string DatesModifiees = "session.dates-modifiees";

    /// <summary>The message any change of a session emits.</summary>
    public const string SessionModifiee = "session.modifiee";

    private static readonly string[] Annulables = [Candidature.BrouillonPrescripteur, .. Candidature.StatutsEnAttente, Candidature.RefusSessionComplete];

    /// <inheritdoc />
    public bool CanHandle(string type) => type is SessionAnnulee or DatesModifiees or SessionModifiee;

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
        var prescripteurs = await EntreesRoutage.PrescripteursAsync(db, candidatures.Select(c => c.PrescripteurStructureId), cancellationToken);
        foreach (var candidature in candidatures)
        {
            var contexte = new WorkflowContext { Roles = [RolesCandidatures.Systeme], RuleInputs = EntreesRoutage.Pour(candidature, prescripteurs) };
            await processus.DeclencherAsync(candidature, CandidaturesService.TypeSujet, candidature.Id.ToString(), "annulerSession", new Dictionary<string, object?>(), contexte, cancellationToken);
            candidature.EnregistrerIssueAutomatique(maintenant);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return candidatures.Count;
    }

    /// <summary>Copies the session as it is now into its candidatures and, for those awaiting a verdict whose end date
    /// moved, sets the AVIS-07 due times again through the definition (<c>suivreSession</c>).</summary>
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

        await using var db = contextes.Create(new SystemJournalContext(SessionModifiee));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var processus = new ProcessusService(runtime, echeances, outbox, db);
        var candidatures = await db.Candidatures.Where(c => c.SessionId == sessionId).ToListAsync(cancellationToken);
        var contexte = new WorkflowContext
        {
            Roles = [RolesCandidatures.Systeme],
            Dates = CandidaturesService.DatesDe(session),
            Parameters = ParametresDeProcessus.Dictionnaire(await parametres.GetAsync(session.Dispositif, cancellationToken)),
        };
        var actualisees = 0;
        foreach (var candidature in candidatures)
        {
            var fin = candidature.SessionDateFin;
            if (!candidature.ActualiserSession(session))
            {
                continue;
            }

            actualisees++;
            if (fin != session.DateFin && Candidature.StatutsEnAttente.Contains(candidature.Status))
            {
                await processus.DeclencherAsync(candidature, CandidaturesService.TypeSujet, candidature.Id.ToString(), "suivreSession", new Dictionary<string, object?>(), contexte, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return actualisees;
    }

    private static Guid SessionDe(string payload)
    {
        using var document = JsonDocument.Parse(payload);
        return document.RootElement.GetProperty("id").GetGuid();
    }
}
