using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Common;
using Rafael.Engine.Persistence;
using Rafael.Workflows.Deadlines;
using Rafael.Workflows.Outbox;
using Rafael.Workflows.Runtime;

namespace Rafael.Engine.Processus;

/// <summary>
/// How the domain moves an aggregate: it fires a trigger of the aggregate's process definition, and the effects
/// (notifications, integration messages, deadlines) join the same unit of work, so that state, journal, outbox and
/// deadlines commit together or not at all. A refusal names the rule that refused.
/// </summary>
public sealed class ProcessusService(IProcessRuntime runtime, DeadlineScheduler echeances, OutboxWriter outbox, RafaelDbContext db)
{
    /// <summary>Starts a new aggregate on the published version of its definition.</summary>
    /// <param name="sujet">The new aggregate.</param>
    /// <param name="definition">The definition's name.</param>
    /// <param name="typeSujet">The aggregate's kind, for deadlines and messages (for example <c>candidature</c>).</param>
    /// <param name="idSujet">Its identifier.</param>
    /// <param name="contexte">Dates and parameters.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The initial state.</returns>
    public async Task<WorkflowStart> DemarrerAsync(IWorkflowSubject sujet, string definition, string typeSujet, string idSujet, WorkflowContext contexte, CancellationToken cancellationToken = default)
    {
        var depart = await runtime.StartAsync(sujet, definition, contexte, cancellationToken);
        await AppliquerAsync(sujet, depart.Effects, typeSujet, idSujet, $"depart:{depart.Status}", cancellationToken);
        return depart;
    }

    /// <summary>Fires a trigger; refused with the failing rules, or applied with its effects (not yet saved).</summary>
    /// <param name="sujet">The aggregate.</param>
    /// <param name="typeSujet">Its kind.</param>
    /// <param name="idSujet">Its identifier.</param>
    /// <param name="declencheur">The trigger.</param>
    /// <param name="arguments">The trigger's arguments.</param>
    /// <param name="contexte">Roles, guard inputs, dates, parameters.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The transition.</returns>
    /// <exception cref="RegleRefuseeException">A rule, the state or the caller's role refused.</exception>
    public async Task<WorkflowTransition> DeclencherAsync(
        IWorkflowSubject sujet,
        string typeSujet,
        string idSujet,
        string declencheur,
        IReadOnlyDictionary<string, object?> arguments,
        WorkflowContext contexte,
        CancellationToken cancellationToken = default)
    {
        if (db.JournalContext is { } journal)
        {
            journal.Action ??= $"{typeSujet}.{declencheur}";
        }

        var issue = await runtime.FireAsync(sujet, declencheur, arguments, contexte, cancellationToken);
        if (!issue.IsAllowed)
        {
            throw new RegleRefuseeException([.. issue.Refusals.Select(r => (r.RuleId, r.Message))]);
        }

        var transition = issue.Transition!;
        await AppliquerAsync(sujet, issue.Effects, typeSujet, idSujet, $"{transition.From}>{transition.To}:{transition.OccurredAt.UtcTicks}", cancellationToken);
        return transition;
    }

    /// <summary>
    /// Whether firing this trigger now evaluates the rule set: true when every transition it could fire from the
    /// subject's state, on its pinned version, for these roles and arguments, is guarded by it (with the context's
    /// inputs). A command whose rule set must hold whatever analysts do to the definition evaluates it itself when
    /// this is false, so that the rule is enforced once, never skipped and never twice.
    /// </summary>
    /// <param name="sujet">The aggregate.</param>
    /// <param name="declencheur">The trigger about to be fired.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="contexte">The context it will be fired with (its roles).</param>
    /// <param name="regleSet">The rule set.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Whether the definition's guards evaluate the rule set.</returns>
    public async Task<bool> EstGardeParAsync(
        IWorkflowSubject sujet,
        string declencheur,
        IReadOnlyDictionary<string, object?> arguments,
        WorkflowContext contexte,
        string regleSet,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contexte);
        return await runtime.IsGuardedByAsync(sujet, declencheur, arguments, contexte.Roles, regleSet, cancellationToken);
    }

    private async Task AppliquerAsync(IWorkflowSubject sujet, IReadOnlyList<WorkflowEffect> effets, string typeSujet, string idSujet, string occurrence, CancellationToken cancellationToken)
    {
        // A subject added in this unit of work has a new identifier: no committed message or deadline can name it yet.
        var nouveau = effets.Count > 0 && db.Model.FindEntityType(sujet.GetType()) is not null && db.Entry(sujet).State == EntityState.Added;
        foreach (var effet in effets)
        {
            switch (effet)
            {
                case NotifyEffect n:
                    var type = "notification." + n.Template;
                    await AjouterMessageAsync(nouveau, type, new { sujet = typeSujet, id = idSujet, modele = n.Template, destinataires = n.Recipients }, $"{type}:{typeSujet}:{idSujet}:{occurrence}", cancellationToken);
                    break;
                case EmitEffect e:
                    var contenu = new { sujet = typeSujet, id = idSujet };
                    var cle = $"{e.MessageType}:{typeSujet}:{idSujet}:{occurrence}";
                    var message = nouveau ? outbox.AddForNewEntity(db, e.MessageType, contenu, cle) : await outbox.AddAsync(db, e.MessageType, contenu, cle, cancellationToken);

                    // A delayed message (AVIS-09: EOS the next day) is written now, in this transaction, and not taken before.
                    if (e.AvailableAt is { } disponible)
                    {
                        message?.Defer(disponible);
                    }

                    break;
                case SetDeadlineEffect d when nouveau:
                    DeadlineScheduler.SetForNewSubject(db, typeSujet, idSujet, d.Deadline, d.Trigger, d.DueAt);
                    break;
                case SetDeadlineEffect d:
                    await echeances.SetAsync(db, typeSujet, idSujet, d.Deadline, d.Trigger, d.DueAt, cancellationToken);
                    break;
                case CancelDeadlineEffect c:
                    await echeances.CancelAsync(db, typeSujet, idSujet, c.Deadline, cancellationToken);
                    break;
            }
        }
    }

    private async Task AjouterMessageAsync<T>(bool sujetNouveau, string type, T contenu, string cle, CancellationToken cancellationToken)
    {
        if (sujetNouveau)
        {
            outbox.AddForNewEntity(db, type, contenu, cle);
        }
        else
        {
            await outbox.AddAsync(db, type, contenu, cle, cancellationToken);
        }
    }
}
