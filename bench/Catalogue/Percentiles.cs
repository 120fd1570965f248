namespace Rafael.Bench.Catalogue;

/// <summary>A scenario's times, in milliseconds.</summary>
internal sealed record Percentiles(double P50, double P95, double P99);
