namespace Rafael.Specs.Runner;

/// <summary>What a step does. "Et" and "Mais" take the kind of the step before them.</summary>
public enum StepKind
{
    /// <summary>Soit, Étant donné, Sachant que.</summary>
    Context,

    /// <summary>Quand, Lorsque.</summary>
    Action,

    /// <summary>Alors, Donc.</summary>
    Outcome,
}
