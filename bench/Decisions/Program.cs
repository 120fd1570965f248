using System.Diagnostics;
using Rafael.Bench.Decisions;
using Rafael.Rules;
using Rafael.Workflows.Runtime;
using Rafael.Workflows.Versions;

// The cost of one decision: fire the candidature's "valider" trigger with its guard rule set
// (candidature.preinscription: CAND-02, CAND-03, CAND-04, HAB-03), no database, against the same checks written by
// hand in C#, in the same run, on one core.
var secondes = args.Length > 0 && double.TryParse(args[0], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 3;

// "--detail" also measures the steps alone, to see where a decision's time goes.
var detail = args.Contains("--detail");
if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
{
    Process.GetCurrentProcess().ProcessorAffinity = 1;
}

var time = TimeProvider.System;
var evaluateur = new RuleSetEvaluator(new EmbeddedRuleSetSource());
var source = new EmbeddedDefinitionSource();
var runtime = new ProcessRuntime(new CompiledDefinitionCache(source), source, evaluateur, time);
var parametres = await new ParametresProvider(new EmbeddedParametresSource()).GetAsync("PRF");
var roles = new[] { "prescripteur-niveau-3" };
var maintenant = new DateOnly(2026, 3, 2);
var sessions = Enumerable.Range(0, 64).Select(i => new SessionFaits("PRF", "PRF-QUALIF", false, true, new DateOnly(2026, 4, 1), 12, 14, 2m, i % 30)).ToArray();
var candidat = new CandidatFaits(1, 0);
var structure = new StructureFaits(["PRF-QUALIF", "PRF-SAVOIRS", "HSP-SAVOIRS"]);
var utilisateur = new UtilisateurFaits(3);
var sujet = new SujetBench();
var aucunArgument = new Dictionary<string, object?>();
var dates = new Dictionary<string, DateTimeOffset> { ["session.dateFin"] = new(2026, 6, 30, 0, 0, 0, TimeSpan.Zero) };
var parametresProcessus = new Dictionary<string, decimal>
{
    ["joursRelanceApresFin"] = parametres.JoursRelanceApresFin,
    ["joursAvisNonTransmisApresFin"] = parametres.JoursAvisNonTransmisApresFin,
};
var refusesMoteur = 0;
var refusesManuel = 0;

async Task<bool> DecisionMoteurAsync(int i)
{
    sujet.Reinitialiser();
    var session = sessions[i & 63];
    var issue = await runtime.FireAsync(sujet, "valider", aucunArgument, new WorkflowContext
    {
        Roles = roles,
        RuleInputs = new RuleInputs
        {
            ["maintenant"] = maintenant,
            ["session"] = session,
            ["candidat"] = candidat,
            ["structure"] = structure,
            ["utilisateur"] = utilisateur,
            ["parametres"] = parametres,
        },
        Dates = dates,
        Parameters = parametresProcessus,
    });
    return issue.IsAllowed;
}

bool DecisionManuelle(int i) =>
    VerificationManuelle.Refus("brouillon-prescripteur", roles, maintenant, sessions[i & 63], candidat, structure, utilisateur, parametres) is null;

// Both must decide the same: a benchmark of two different things would mean nothing.
for (var i = 0; i < 64; i++)
{
    if (await DecisionMoteurAsync(i) != DecisionManuelle(i))
    {
        Console.Error.WriteLine($"Décisions différentes pour la session {i} : le banc est faux.");
        return 1;
    }
}

// Measured in batches of 1,000, each a call of its own: a single long-running loop would stay in the JIT's first tier
// (or its on-stack replacement) and measure the harness rather than the decision.
async ValueTask LotAsync(Func<int, ValueTask<bool>> decision, Action<bool> compter, long debut)
{
    for (var i = 0; i < 1_000; i++)
    {
        compter(await decision((int)(debut + i)));
    }
}

async Task<(double ParSeconde, long Nombre)> MesurerAsync(Func<int, ValueTask<bool>> decision, Action<bool> compter)
{
    // Warm up for a second, not a number of calls: on a loaded machine the JIT's background tier-up is slow to come.
    var echauffement = Stopwatch.StartNew();
    for (var lot = 0L; lot < 40 || echauffement.Elapsed.TotalSeconds < 1; lot++)
    {
        await LotAsync(decision, _ => { }, lot * 1_000L);
    }

    var chrono = Stopwatch.StartNew();
    long n = 0;
    while (chrono.Elapsed.TotalSeconds < secondes)
    {
        await LotAsync(decision, compter, n);
        n += 1_000;
    }

    return (n / chrono.Elapsed.TotalSeconds, n);
}

var moteur = await MesurerAsync(async i => await DecisionMoteurAsync(i), ok => refusesMoteur += ok ? 0 : 1);
var manuel = await MesurerAsync(i => ValueTask.FromResult(DecisionManuelle(i)), ok => refusesManuel += ok ? 0 : 1);

if (detail)
{
    var entrees = new RuleInputs
    {
        ["maintenant"] = maintenant,
        ["session"] = sessions[0],
        ["candidat"] = candidat,
        ["structure"] = structure,
        ["utilisateur"] = utilisateur,
        ["parametres"] = parametres,
        [ProcessRuntime.ArgumentsInput] = aucunArgument,
    };
    var regles = await MesurerAsync(async i => (await evaluateur.EvaluateAsync("candidature.preinscription", entrees)).IsAllowed, _ => { });
    var entreesRefus = new RuleInputs();
    foreach (var (nom, valeur) in entrees)
    {
        entreesRefus[nom] = valeur;
    }

    entreesRefus["session"] = sessions[29];
    var refus = await MesurerAsync(async i => (await evaluateur.EvaluateAsync("candidature.preinscription", entreesRefus)).IsAllowed, _ => { });
    var acceptee = await MesurerAsync(async i => await DecisionMoteurAsync(0), _ => { });
    sujet.Reinitialiser();
    var controle = await MesurerAsync(
        async i => (await runtime.CheckAsync(sujet, "supprimer", aucunArgument, new WorkflowContext { Roles = roles })).IsAllowed,
        _ => { });
    Console.WriteLine("Détail (chaque étape seule)");
    Console.WriteLine($"  jeu de règles seul (liaison + 8 règles) : {1e9 / regles.ParSeconde,10:N0} ns");
    Console.WriteLine($"  jeu de règles seul, refus CAND-03 (message rédigé) : {1e9 / refus.ParSeconde,10:N0} ns");
    Console.WriteLine($"  décision complète acceptée : {1e9 / acceptee.ParSeconde,10:N0} ns");
    Console.WriteLine($"  transition sans garde (« supprimer », à blanc) : {1e9 / controle.ParSeconde,10:N0} ns");
    Console.WriteLine($"  décision complète : {1e9 / moteur.ParSeconde,10:N0} ns ; code écrit à la main : {1e9 / manuel.ParSeconde,10:N1} ns");
}

Console.WriteLine("Décision « valider une préinscription » (définition candidature + jeu de règles candidature.preinscription), 1 cœur");
Console.WriteLine($"  moteur (Stateless + RulesEngine) : {moteur.ParSeconde,12:N0} décisions/s ({moteur.Nombre:N0} décisions, {refusesMoteur:N0} refus CAND-03)");
Console.WriteLine($"  code écrit à la main            : {manuel.ParSeconde,12:N0} décisions/s ({manuel.Nombre:N0} décisions, {refusesManuel:N0} refus CAND-03)");
Console.WriteLine($"  rapport moteur / manuel          : {manuel.ParSeconde / moteur.ParSeconde:N1}× plus lent");
Console.WriteLine($"  objectifs : ≥ 50 000 décisions/s ({(moteur.ParSeconde >= 50_000 ? "atteint" : "NON atteint")}), ≤ 10× ({(manuel.ParSeconde / moteur.ParSeconde <= 10 ? "atteint" : "NON atteint")})");
return 0;
