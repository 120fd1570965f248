using Rafael.Engine.OffreInfo;

namespace Rafael.Engine.Catalogue;

/// <summary>A duration in hours for one modality of an action (CAT-05); an action may have several.</summary>
/// <param name="Modalite">Cours du jour, du soir, FOAD…</param>
/// <param name="Heures">Hours.</param>
public sealed record DureeFormation(ModaliteDuree Modalite, decimal Heures);
