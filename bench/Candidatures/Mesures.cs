using System.Globalization;

namespace Rafael.Bench.Candidatures;

/// <summary>Percentiles of a series of durations in milliseconds.</summary>
internal sealed class Mesures(IEnumerable<double> millisecondes)
{
    private readonly double[] triees = [.. millisecondes.Order()];

    public int Nombre => triees.Length;

    public double P(double centile) =>
        triees.Length == 0 ? double.NaN : triees[Math.Min(triees.Length - 1, (int)Math.Ceiling(centile / 100 * triees.Length) - 1)];

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"n={Nombre}, p50 {P(50):F1} ms, p95 {P(95):F1} ms, p99 {P(99):F1} ms, max {P(100):F1} ms");
}
