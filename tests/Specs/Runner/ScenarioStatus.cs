namespace Rafael.Specs.Runner;

/// <summary>How a scenario ended. Only <see cref="Passed"/> passes.</summary>
public enum ScenarioStatus
{
    Passed,
    Failed,

    /// <summary>A step matches no binding: the scenario did not run.</summary>
    Undefined,

    /// <summary>A step matches several bindings: the scenario did not run.</summary>
    Ambiguous,
}
