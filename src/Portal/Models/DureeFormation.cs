namespace Rafael.Portal.Models;

/// <summary>A duration in hours for one modality.</summary>
public sealed record DureeFormation(ModaliteDuree Modalite, decimal Heures);
