using System.Diagnostics;
using System.Globalization;
using Rafael.Bench.OffreInfo;
using Rafael.Engine.OffreInfo;

// Usage: dotnet run -c Release --project bench/OffreInfo [-- <actions> <sessions par action> <tours>]
var nbActions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
var sessionsParAction = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var tours = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
const double Mo = 1024 * 1024;

var chrono = Stopwatch.StartNew();
var catalogue = CatalogueGenere.Generer(nbActions, sessionsParAction);
Console.WriteLine($"Catalogue généré : {catalogue.Count} actions, {catalogue.Sum(a => a.Sessions.Count)} sessions en {chrono.ElapsedMilliseconds} ms ; "
    + $"tas géré {GC.GetTotalMemory(true) / Mo:F1} Mo, ensemble de travail {Environment.WorkingSet / Mo:F1} Mo");

var instant = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
var aujourdhui = new DateOnly(2026, 3, 1);
var exporter = new LheoExporter(new HorlogeFixe(instant));

// Same rows, same elements: both documents must be identical before their times mean anything.
var sortieExport = new SortieComptee(hacher: true);
var resultat = await exporter.ExporterAsync(Lire(catalogue), sortieExport);
var sortieBrute = new SortieComptee(hacher: true);
EcritureBrute.Ecrire(catalogue, sortieBrute, instant, aujourdhui);
var identiques = sortieExport.Empreinte() == sortieBrute.Empreinte();
Console.WriteLine($"Export : {resultat.ActionsEcrites} actions, {resultat.SessionsEcrites} sessions, {resultat.Ecartees.Count} écartées, {sortieExport.Octets / Mo:F1} Mo ; "
    + $"XmlWriter nu : {sortieBrute.Octets / Mo:F1} Mo ; documents identiques : {(identiques ? "oui" : "NON")}");

var tempsExport = new List<double>();
var tempsBrut = new List<double>();
long allocExport = 0;
long allocBrut = 0;
for (var tour = 0; tour < tours; tour++)
{
    GC.Collect();
    var avant = GC.GetTotalAllocatedBytes(true);
    chrono.Restart();
    await exporter.ExporterAsync(Lire(catalogue), new SortieComptee(hacher: false));
    tempsExport.Add(chrono.Elapsed.TotalMilliseconds);
    allocExport = GC.GetTotalAllocatedBytes(true) - avant;

    GC.Collect();
    avant = GC.GetTotalAllocatedBytes(true);
    chrono.Restart();
    EcritureBrute.Ecrire(catalogue, new SortieComptee(hacher: false), instant, aujourdhui);
    tempsBrut.Add(chrono.Elapsed.TotalMilliseconds);
    allocBrut = GC.GetTotalAllocatedBytes(true) - avant;
}

var medianeExport = Mediane(tempsExport);
var medianeBrute = Mediane(tempsBrut);
var ratio = medianeExport / medianeBrute;
var pic = Process.GetCurrentProcess().PeakWorkingSet64 / Mo;
Console.WriteLine($"LheoExporter   : médiane {medianeExport:F0} ms sur {tours} tours ({string.Join(", ", tempsExport.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))}), alloué {allocExport / Mo:F1} Mo par export");
Console.WriteLine($"XmlWriter nu   : médiane {medianeBrute:F0} ms sur {tours} tours ({string.Join(", ", tempsBrut.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))}), alloué {allocBrut / Mo:F1} Mo par export");
Console.WriteLine($"Rapport        : {ratio:F2} (objectif ≤ 2) ; pic de l'ensemble de travail : {pic:F1} Mo (objectif ≤ 200 Mo, catalogue en mémoire compris)");
return identiques && ratio <= 2 && pic <= 200 ? 0 : 1;

static async IAsyncEnumerable<ActionPubliee> Lire(List<ActionPubliee> actions)
{
    foreach (var action in actions)
    {
        yield return action;
    }

    await Task.CompletedTask;
}

static double Mediane(List<double> valeurs)
{
    var triees = valeurs.Order().ToList();
    return triees[triees.Count / 2];
}

/// <summary>The benchmark's fixed clock.</summary>
internal sealed class HorlogeFixe(DateTimeOffset instant) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => instant;
}
