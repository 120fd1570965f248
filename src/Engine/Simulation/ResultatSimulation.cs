namespace Rafael.Engine.Simulation;

/// <summary>What a draft would change on the last real entities.</summary>
/// <param name="Definition">The definition.</param>
/// <param name="VersionPubliee">The published version compared.</param>
/// <param name="Brouillon">The draft's number.</param>
/// <param name="Entites">How many entities were run.</param>
/// <param name="Decisions">How many decisions (entity × action × role) were compared.</param>
/// <param name="Differences">The decisions that would differ.</param>
public sealed record ResultatSimulation(string Definition, int VersionPubliee, int Brouillon, int Entites, int Decisions, IReadOnlyList<DecisionSimulee> Differences);
