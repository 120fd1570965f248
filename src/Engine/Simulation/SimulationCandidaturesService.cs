using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Candidatures;
using Rafael.Engine.Common;
using Rafael.Engine.Persistence;
using Rafael.Engine.Processus;
using Rafael.Rules;
using Rafael.Workflows.Definitions;
using Rafael.Workflows.Runtime;
using Rafael.Workflows.Versions;

namespace Rafael.Engine.Simulation;

/// <summary>
/// Runs a draft that decides on candidatures (the <c>candidature</c> or <c>candidature-hsp</c> definition, the
/// <c>candidature.preinscription</c>, <c>candidature.avis</c> or <c>candidature.avis-hsp</c> rule set, or a
/// dispositif's parameters) against the last real candidatures, beside the published version: each decision's inputs
/// are rebuilt as they were, both versions decide, and the decisions that differ are listed with the rule and its
/// message. Nothing is written: candidatures are read without tracking and no command runs.
/// </summary>
public sealed class SimulationCandidaturesService(
    RafaelDbContext db,
    IDefinitionSource definitions,
    IRuleSetSource sourceRegles,
    IRuleEvaluator regles,
    IParametresSource sourceParametres,
    IParametresProvider parametres,
    ISessionsCandidatables sessions,
    TimeProvider time)
{
    /// <summary>The most candidatures one simulation runs.</summary>
    public const int Maximum = 500;

    /// <summary>The rule sets that decide on candidatures.</summary>
    public static readonly IReadOnlyList<string> JeuxDeRegles = ["candidature.preinscription", "candidature.avis", "candidature.avis-hsp"];

    /// <summary>Simulates the draft of a document on the last candidatures.</summary>
    /// <param name="acteur">The caller (an administrator).</param>
    /// <param name="type">What the draft is: a definition, a rule set or parameters.</param>
    /// <param name="nom">The document's name (a definition, a rule set, <c>defaults</c> or a dispositif's code).</param>
    /// <param name="nombre">How many of the last candidatures (1 to <see cref="Maximum"/>).</param>
    /// <param name="depuis">Only those made since this day, when given.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The differing decisions.</returns>
    /// <exception cref="IntrouvableException">No draft.</exception>
    /// <exception cref="ChampsInvalidesException">A number out of range, or a document that does not decide on candidatures.</exception>
    public async Task<ResultatSimulation> SimulerAsync(Acteur acteur, TypeDocument type, string nom, int nombre, DateOnly? depuis, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        acteur.ExigerAdministrateur();
        if (nombre is < 1 or > Maximum)
        {
            throw new ChampsInvalidesException("nombre", $"Simulez sur 1 à {Maximum} candidatures.");
        }

        var variante = await VarianteAsync(type, nom, cancellationToken);
        var requete = db.Candidatures.AsNoTracking();
        if (type == TypeDocument.Definition)
        {
            requete = requete.Where(c => c.DefinitionName == nom);
        }

        if (depuis is { } jour)
        {
            var debut = JoursParis.Debut(jour);
            requete = requete.Where(c => c.CreeeLe >= debut);
        }

        var candidatures = await requete.OrderByDescending(c => c.CreeeLe).ThenBy(c => c.Id).Take(nombre).ToListAsync(cancellationToken);
        var decisions = await new DecisionsCandidatures(db, sessions).ReconstruireAsync(candidatures, cancellationToken);
        var differences = new List<DecisionSimulee>();
        foreach (var decision in decisions)
        {
            var avant = await variante.Publiee(decision, cancellationToken);
            var apres = await variante.Brouillon(decision, cancellationToken);
            if (avant != apres)
            {
                var c = decision.Candidature;
                differences.Add(new DecisionSimulee(
                    "candidature",
                    c.Id.ToString(),
                    $"{c.Candidat.Prenom} {c.Candidat.Nom} — {c.SessionReference} ({c.Dispositif})",
                    c.Status,
                    decision.Declencheur,
                    decision.Role,
                    avant.Issue,
                    apres.Issue,
                    Pourquoi(avant, apres)));
            }
        }

        return new ResultatSimulation(nom, variante.VersionPubliee, variante.NumeroBrouillon, candidatures.Count, decisions.Count, differences);
    }

    private static string Pourquoi(Resultat avant, Resultat apres)
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

    private async Task<Variante> VarianteAsync(TypeDocument type, string nom, CancellationToken cancellationToken)
    {
        ExigerDecidantDesCandidatures(type, nom);
        var brouillon = await db.Set<DocumentVersion>().AsNoTracking()
            .Where(d => d.Type == type && d.Nom == nom && d.Statut == StatutDocument.Brouillon)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new IntrouvableException($"« {nom} » n'a pas de brouillon à simuler.");
        var publiee = await db.Set<DocumentVersion>().AsNoTracking()
            .Where(d => d.Type == type && d.Nom == nom && d.Statut == StatutDocument.Publiee)
            .MaxAsync(d => (int?)d.Numero, cancellationToken) ?? 0;
        return type switch
        {
            TypeDocument.Definition => await DefinitionAsync(nom, brouillon, cancellationToken),
            TypeDocument.RegleSet => RegleSet(nom, brouillon, publiee),
            TypeDocument.Parametres => Parametres(nom, brouillon, publiee),
            _ => throw new ChampsInvalidesException("type", "Seuls une définition, un jeu de règles ou des paramètres décident des candidatures."),
        };
    }

    // Checked before the draft is looked for, so that a wrong name says why rather than « no draft ».
    private static void ExigerDecidantDesCandidatures(TypeDocument type, string nom)
    {
        if (type == TypeDocument.Definition && nom is not (Candidature.Definition or Candidature.DefinitionHsp))
        {
            throw new ChampsInvalidesException("nom", $"« {nom} » ne décide pas des candidatures : {Candidature.Definition} ou {Candidature.DefinitionHsp}.");
        }

        if (type == TypeDocument.RegleSet && !JeuxDeRegles.Contains(nom, StringComparer.OrdinalIgnoreCase))
        {
            throw new ChampsInvalidesException("nom", $"« {nom} » ne décide pas des candidatures simulées : {string.Join(", ", JeuxDeRegles)}.");
        }
    }

    private async Task<Variante> DefinitionAsync(string nom, DocumentVersion brouillon, CancellationToken cancellationToken)
    {
        var publiee = await definitions.GetPublishedAsync(nom, cancellationToken)
            ?? throw new IntrouvableException($"« {nom} » n'a pas de version publiée à laquelle comparer le brouillon.");
        var projet = DefinitionJson.Parse(brouillon.Contenu) with { Version = brouillon.Numero };
        var source = new InMemoryDefinitionSource([publiee, new DefinitionVersion(projet, IsPublished: false, PublishedAt: null)], time);
        var runtime = new ProcessRuntime(new CompiledDefinitionCache(source), source, regles, time);
        var etats = projet.States.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return new Variante(
            publiee.Number,
            brouillon.Numero,
            (d, ct) => ParDefinitionAsync(runtime, d, publiee.Number, ct),
            (d, ct) => etats.Contains(d.EtatAvant)
                ? ParDefinitionAsync(runtime, d, projet.Version, ct)
                : Task.FromResult(new Resultat("impossible", $"L'état « {d.EtatAvant} » n'existe plus dans le brouillon.")));
    }

    private Variante RegleSet(string nom, DocumentVersion brouillon, int publiee)
    {
        var evaluateur = new RuleSetEvaluator(new RegleSetBrouillonSource(sourceRegles, nom, brouillon.Numero, brouillon.Contenu));
        return new Variante(
            publiee,
            brouillon.Numero,
            async (d, ct) => await ParReglesAsync(regles, d, await parametres.GetAsync(d.Dispositif, ct), ct),
            async (d, ct) => await ParReglesAsync(evaluateur, d, await parametres.GetAsync(d.Dispositif, ct), ct));
    }

    private Variante Parametres(string nom, DocumentVersion brouillon, int publiee)
    {
        var estDefauts = nom == DbParametresSource.Defaults;
        var defauts = estDefauts ? JsonSerializer.Deserialize<Rules.Parametres>(brouillon.Contenu, DbParametresSource.Json) : null;
        var surcharge = estDefauts ? null : JsonSerializer.Deserialize<ParametresOverride>(brouillon.Contenu, DbParametresSource.Json);
        return new Variante(
            publiee,
            brouillon.Numero,
            async (d, ct) => await ParReglesAsync(regles, d, await parametres.GetAsync(d.Dispositif, ct), ct),
            async (d, ct) =>
            {
                Rules.Parametres valeurs;
                if (estDefauts)
                {
                    valeurs = defauts!.Merge(await sourceParametres.GetOverrideAsync(d.Dispositif, ct));
                }
                else if (string.Equals(d.Dispositif, nom, StringComparison.OrdinalIgnoreCase))
                {
                    valeurs = (await sourceParametres.GetDefaultsAsync(ct)).Merge(surcharge);
                }
                else
                {
                    valeurs = await parametres.GetAsync(d.Dispositif, ct);
                }

                return await ParReglesAsync(regles, d, valeurs, ct);
            });
    }

    private static async Task<Resultat> ParReglesAsync(IRuleEvaluator evaluateur, DecisionCandidature decision, Rules.Parametres valeurs, CancellationToken cancellationToken)
    {
        try
        {
            var verdict = await evaluateur.EvaluateAsync(decision.JeuDeRegles, decision.Avec(valeurs), cancellationToken);
            return verdict.IsAllowed
                ? new Resultat("acceptée", null)
                : new Resultat(Refusee(verdict.Failures.Select(f => f.RuleId)), Messages(verdict.Failures.Select(f => (f.RuleId, f.Message))));
        }
        catch (Exception e) when (e is RuleSetException or ArgumentException or InvalidOperationException)
        {
            // A draft that needs inputs the candidature cannot give: the analyst sees it rather than a failed simulation.
            return new Resultat("non évaluable", e.Message);
        }
    }

    private async Task<Resultat> ParDefinitionAsync(IProcessRuntime runtime, DecisionCandidature decision, int version, CancellationToken cancellationToken)
    {
        var c = decision.Candidature;
        var sujet = new SujetSimule("candidature", c.Id.ToString(), c.SessionReference, c.DefinitionName, version, decision.EtatAvant);
        try
        {
            var contexte = new WorkflowContext
            {
                Roles = [decision.Role],
                RuleInputs = decision.Avec(await parametres.GetAsync(decision.Dispositif, cancellationToken)),
                Dates = decision.Dates,
                Parameters = ParametresDeProcessus.Dictionnaire(await parametres.GetAsync(decision.Dispositif, cancellationToken)),
            };
            var issue = await runtime.CheckAsync(sujet, decision.Declencheur, decision.Arguments, contexte, cancellationToken);
            return issue.IsAllowed
                ? new Resultat($"acceptée → {issue.Transition?.To ?? decision.EtatAvant}", null)
                : new Resultat(Refusee(issue.Refusals.Select(r => r.RuleId)), Messages(issue.Refusals.Select(r => (r.RuleId, r.Message))));
        }
        catch (Exception e) when (e is WorkflowDataException or RuleSetException or ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            return new Resultat("non évaluable", e.Message);
        }
    }

    private static string Refusee(IEnumerable<string> regles) => "refusée (" + string.Join(", ", regles.Distinct()) + ")";

    private static string Messages(IEnumerable<(string RuleId, string Message)> refus) =>
        string.Join(" ", refus.Select(r => $"{r.RuleId} refuse : « {r.Message} »"));

    private sealed record Resultat(string Issue, string? Motif);

    private sealed record Variante(
        int VersionPubliee,
        int NumeroBrouillon,
        Func<DecisionCandidature, CancellationToken, Task<Resultat>> Publiee,
        Func<DecisionCandidature, CancellationToken, Task<Resultat>> Brouillon);
}
