namespace Rafael.Studio.Services;

public sealed record InstanceDetail(InstanceResume Instance, IReadOnlyList<InstanceJournal> Journal, IReadOnlyList<InstanceEcheance> Echeances, IReadOnlyList<InstanceMessage> Messages);
