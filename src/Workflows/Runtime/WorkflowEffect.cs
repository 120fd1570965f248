namespace Rafael.Workflows.Runtime;

/// <summary>Something the Engine must do, in the same transaction as the state change.</summary>
public abstract record WorkflowEffect;
