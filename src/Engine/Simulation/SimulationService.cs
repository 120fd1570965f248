using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Common;
using Rafael.Engine.Persistence;
using Rafael.Engine.Processus;
using Rafael.Rules;
using Rafael.Workflows.Definitions;
using Rafael.Workflows.Runtime;
using Rafael.Workflows.Versions;

namespace Rafael.Engine.Simulation;

/// <summary>
/// Runs a definition's draft against the last real entities, beside the published version, and lists the decisions
/// that would differ and why. Nothing is saved and no entity moves: both versions are only asked whether each action
/// would be permitted, for each role, from each entity's current state.
/// </summary>
public sealed class SimulationService(
    RafaelDbContext db,
    IDefinitionSource definitions,
    IRuleEvaluator regles,
    IEnumerable<ISujetsSimulables> sujets,
    TimeProvider time)
{
    /// <summary>The most entities one simulation runs.</summary>
    public const int Maximum = 500;

    /// <summary>Simulates the draft of a definition.</summary>
    /// <param name="acteur">The caller (an administrator).</param>
    /// <param name="nom">The definition.</param>
    /// <param name="nombre">How many of the last entities to run (1 to <see cref="Maximum"/>).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The differing decisions.</returns>
    /// <exception cref="IntrouvableException">No draft, or no published version to compare with.</exception>
    public async Task<ResultatSimulation> SimulerDefinitionAsync(Acteur acteur, string nom, int nombre, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        acteur.ExigerAdministrateur();
        if (nombre is < 1 or > Maximum)
        {
            throw new ChampsInvalidesException("nombre", $"Simulez sur 1 à {Maximum} entités.");
        }

        var brouillon = await db.Set<DocumentVersion>().AsNoTracking()
            .Where(d => d.Type == TypeDocument.Definition && d.Nom == nom && d.Statut == StatutDocument.Brouillon)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new IntrouvableException($"« {nom} » n'a pas de brouillon à simuler.");
        var publiee = await definitions.GetPublishedAsync(nom, cancellationToken)
            ?? throw new IntrouvableException($"« {nom} » n'a pas de version publiée à laquelle comparer le brouillon.");
        var projet = DefinitionJson.Parse(brouillon.Contenu) with { Version = brouillon.Numero };

        var source = new InMemoryDefinitionSource([publiee, new DefinitionVersion(projet, IsPublished: false, PublishedAt: null)], time);
        var runtime = new ProcessRuntime(new CompiledDefinitionCache(source), source, regles, time);
        var entites = sujets.FirstOrDefault(s => s.Definition == nom) is { } s
            ? await s.DerniersAsync(db, nombre, cancellationToken)
            : [];

        var roles = publiee.Definition.Transitions.Concat(projet.Transitions).SelectMany(t => t.Roles).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var declencheurs = publiee.Definition.Triggers.Concat(projet.Triggers).Select(t => t.Id).Distinct(StringComparer.Ordinal).ToList();
        var etatsProjet = projet.States.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var differences = new List<DecisionSimulee>();
        var decisions = 0;
        foreach (var entite in entites)
        {
            foreach (var declencheur in declencheurs)
            {
                foreach (var role in roles)
                {
                    decisions++;
                    var avant = await DeciderAsync(runtime, entite.Sur(publiee.Number), declencheur, role, cancellationToken);
                    var apres = etatsProjet.Contains(entite.Status)
                        ? await DeciderAsync(runtime, entite.Sur(projet.Version), declencheur, role, cancellationToken)
                        : new Decision("impossible", $"L'état « {entite.Status} » n'existe plus dans le brouillon : l'entité devra être migrée.");
                    if (avant.Issue != apres.Issue)
                    {
                        differences.Add(new DecisionSimulee(entite.Type, entite.Id, entite.Libelle, entite.Status, declencheur, role, avant.Issue, apres.Issue, Pourquoi(avant, apres)));
                    }
                }
            }
        }

        return new ResultatSimulation(nom, publiee.Number, projet.Version, entites.Count, decisions, differences);
    }

    private static string Pourquoi(Decision avant, Decision apres)
    {
        var motifs = new List<string>();
        if (apres.Motif is not null)
        {
            motifs.Add("Brouillon : " + apres.Motif);
        }

        if (avant.Motif is not null)
        {
            motifs.Add("Version publiée : " + avant.Motif);
        }

        return string.Join(" ", motifs);
    }

    private static async Task<Decision> DeciderAsync(IProcessRuntime runtime, SujetSimule sujet, string declencheur, string role, CancellationToken cancellationToken)
    {
        try
        {
            var issue = await runtime.CheckAsync(sujet, declencheur, new Dictionary<string, object?>(), new WorkflowContext { Roles = [role] }, cancellationToken);
            return issue.IsAllowed
                ? new Decision($"permise → {issue.Transition?.To ?? sujet.Status}", null)
                : new Decision("refusée (" + string.Join(", ", issue.Refusals.Select(r => r.RuleId).Distinct()) + ")", string.Join(" ", issue.Refusals.Select(r => r.Message)));
        }
        catch (Exception e) when (e is WorkflowDataException or RuleSetException or InvalidOperationException or KeyNotFoundException)
        {
            // A guard that needs inputs this entity cannot give: the analyst sees it rather than a failed simulation.
            return new Decision("non évaluable", e.Message);
        }
    }

    private sealed record Decision(string Issue, string? Motif);
}
