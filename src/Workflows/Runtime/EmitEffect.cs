namespace Rafael.Workflows.Runtime;

/// <summary>Write an integration message to the outbox; its handler decides whether it concerns a partner (AVIS-09).</summary>
/// <param name="MessageType">The message type, for example <c>agora.avis</c>.</param>
public sealed record EmitEffect(string MessageType) : WorkflowEffect;
