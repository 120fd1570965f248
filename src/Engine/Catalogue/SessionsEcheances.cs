using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Persistence;
using Rafael.Engine.Processus;
using Rafael.Rules;
using Rafael.Workflows.Runtime;

namespace Rafael.Engine.Catalogue;

/// <summary>Fires the session's deadlines (closing candidatures, end of session) as the system.</summary>
public sealed class SessionsEcheances : ICibleEcheance
{
    /// <inheritdoc />
    public string TypeSujet => SessionsService.TypeSujet;

    /// <inheritdoc />
    public async Task DeclencherAsync(RafaelDbContext db, ProcessusService processus, string idSujet, string declencheur, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(processus);
        var id = Guid.Parse(idSujet);
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return;
        }

        var contexte = new WorkflowContext { Roles = [RolesCatalogue.Systeme], RuleInputs = new RuleInputs(), Dates = session.DatesProcessus() };
        await processus.DeclencherAsync(session, TypeSujet, idSujet, declencheur, new Dictionary<string, object?>(), contexte, cancellationToken);
    }
}
