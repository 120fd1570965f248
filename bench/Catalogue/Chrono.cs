using System.Diagnostics;

namespace Rafael.Bench.Catalogue;

/// <summary>Times one scenario: warm-up, then <c>tours</c> runs, and gives its percentiles.</summary>
internal static class Chrono
{
    public static async Task<Percentiles> MesurerAsync(Func<Task<int>> execution, int echauffement, int tours)
    {
        for (var i = 0; i < echauffement; i++)
        {
            await execution();
        }

        var temps = new double[tours];
        for (var i = 0; i < tours; i++)
        {
            var debut = Stopwatch.GetTimestamp();
            await execution();
            temps[i] = Stopwatch.GetElapsedTime(debut).TotalMilliseconds;
        }

        Array.Sort(temps);
        return new Percentiles(Rang(temps, 0.50), Rang(temps, 0.95), Rang(temps, 0.99));
    }

    // Nearest-rank percentile: the smallest time that at least q of the runs do not exceed.
    private static double Rang(double[] tries, double q) => tries[Math.Max(0, (int)Math.Ceiling(q * tries.Length) - 1)];
}
