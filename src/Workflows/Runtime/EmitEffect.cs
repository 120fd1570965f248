namespace Rafael.Workflows.Runtime;

/// <summary>Write an integration message to the outbox (AVIS-09: the definition's conditions chose the partners).</summary>
/// <param name="MessageType">The message type, for example <c>agora.avis</c>.</param>
/// <param name="AvailableAt">When the dispatcher may deliver it, if later than the transition; null: at once.</param>
public sealed record EmitEffect(string MessageType, DateTimeOffset? AvailableAt = null) : WorkflowEffect;
