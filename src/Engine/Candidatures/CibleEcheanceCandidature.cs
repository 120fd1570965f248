using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Persistence;
using Rafael.Engine.Processus;
using Rafael.Rules;
using Rafael.Workflows.Runtime;

namespace Rafael.Engine.Candidatures;

/// <summary>The deadlines of candidatures (AVIS-07): the reminder 14 days after the session's end, Avis non transmis at 21 days.</summary>
public sealed class CibleEcheanceCandidature(IParametresProvider parametres, TimeProvider time) : ICibleEcheance
{
    /// <inheritdoc />
    public string TypeSujet => CandidaturesService.TypeSujet;

    /// <inheritdoc />
    public async Task DeclencherAsync(RafaelDbContext db, ProcessusService processus, string idSujet, string declencheur, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(processus);
        var id = Guid.Parse(idSujet);
        var candidature = await db.Candidatures.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (candidature is null)
        {
            return;
        }

        var contexte = new WorkflowContext
        {
            Roles = [RolesCandidatures.Systeme],
            Parameters = ParametresDeProcessus.Dictionnaire(await parametres.GetAsync(candidature.Dispositif, cancellationToken)),
        };
        await processus.DeclencherAsync(candidature, TypeSujet, idSujet, declencheur, new Dictionary<string, object?>(), contexte, cancellationToken);
        if (candidature.Status == Candidature.AvisNonTransmis)
        {
            candidature.EnregistrerIssueAutomatique(time.GetUtcNow());
        }
    }
}
