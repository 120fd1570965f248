using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Common;
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
            RuleInputs = EntreesRoutage.Pour(candidature, await EntreesRoutage.PrescripteursAsync(db, [candidature.PrescripteurStructureId], cancellationToken)),
            Parameters = ParametresDeProcessus.Dictionnaire(await parametres.GetAsync(candidature.Dispositif, cancellationToken)),
        };
        await processus.DeclencherAsync(candidature, TypeSujet, idSujet, declencheur, new Dictionary<string, object?>(), contexte, cancellationToken);
        if (candidature.Status == Candidature.AvisNonTransmis)
        {
            candidature.EnregistrerIssueAutomatique(time.GetUtcNow());
        }
    }

    /// <inheritdoc />
    /// <remarks>The candidatures load in one query and the parameters once per dispositif (the AVIS-07 sweep).</remarks>
    public async Task DeclencherLotAsync(RafaelDbContext db, ProcessusService processus, IReadOnlyList<string> idsSujets, string declencheur, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(processus);
        ArgumentNullException.ThrowIfNull(idsSujets);
        var ids = idsSujets.Select(Guid.Parse).ToList();
        var candidatures = await db.Candidatures.Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        var prescripteurs = await EntreesRoutage.PrescripteursAsync(db, candidatures.Select(c => c.PrescripteurStructureId), cancellationToken);
        var parametresParDispositif = new Dictionary<string, IReadOnlyDictionary<string, decimal>>(StringComparer.Ordinal);
        var maintenant = time.GetUtcNow();
        foreach (var candidature in candidatures)
        {
            if (!parametresParDispositif.TryGetValue(candidature.Dispositif, out var valeurs))
            {
                valeurs = ParametresDeProcessus.Dictionnaire(await parametres.GetAsync(candidature.Dispositif, cancellationToken));
                parametresParDispositif[candidature.Dispositif] = valeurs;
            }

            var contexte = new WorkflowContext { Roles = [RolesCandidatures.Systeme], Parameters = valeurs, RuleInputs = EntreesRoutage.Pour(candidature, prescripteurs) };
            try
            {
                await processus.DeclencherAsync(candidature, TypeSujet, candidature.Id.ToString(), declencheur, new Dictionary<string, object?>(), contexte, cancellationToken);
            }
            catch (RegleRefuseeException)
            {
                // The candidature is no longer en attente (a verdict was given in time): nothing to do.
                continue;
            }

            if (candidature.Status == Candidature.AvisNonTransmis)
            {
                candidature.EnregistrerIssueAutomatique(maintenant);
            }
        }
    }
}
