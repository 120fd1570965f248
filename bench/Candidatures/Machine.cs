namespace Rafael.Bench.Candidatures;

/// <summary>What the figures depend on: the machine's cores and how busy it is.</summary>
internal static class Machine
{
    public static string Decrire()
    {
        var charge = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "inconnue";
        return $"{Environment.ProcessorCount} cœurs, charge (1, 5, 15 min) {charge}";
    }
}
