namespace Rafael.Engine.OffreInfo;

/// <summary>The number of hours of the whole training in one modality (CAT-05).</summary>
/// <param name="Modalite">The modality.</param>
/// <param name="Heures">Hours, more than zero.</param>
public sealed record DureeModalite(ModaliteDuree Modalite, int Heures);
