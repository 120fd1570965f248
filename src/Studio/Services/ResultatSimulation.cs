namespace Rafael.Studio.Services;

public sealed record ResultatSimulation(string Definition, int VersionPubliee, int Brouillon, int Entites, int Decisions, IReadOnlyList<DecisionSimulee> Differences);
