namespace Rafael.Workflows.Runtime;

/// <summary>The IDs of the refusals the workflow layer itself gives (guards give the rules' own IDs).</summary>
public static class WorkflowRefusalIds
{
    /// <summary>The trigger is not permitted in the entity's current state.</summary>
    public const string State = "WF-ETAT";

    /// <summary>None of the caller's roles may fire this trigger in this state.</summary>
    public const string Role = "WF-ROLE";

    /// <summary>A trigger argument is missing, unknown or of the wrong type.</summary>
    public const string Parameter = "WF-PARAMETRE";
}
