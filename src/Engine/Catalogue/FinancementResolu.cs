namespace Rafael.Engine.Catalogue;

/// <summary>The funded fields of a session with its mesure resolved to its dispositif and financeur (HAB-01).</summary>
/// <param name="Saisie">The funded fields as typed.</param>
/// <param name="MesureId">The mesure.</param>
/// <param name="DispositifId">Its dispositif.</param>
/// <param name="CodeDispositif">The dispositif's code.</param>
/// <param name="FinanceurId">The dispositif's financeur.</param>
public sealed record FinancementResolu(FinancementSaisi Saisie, Guid MesureId, Guid DispositifId, string CodeDispositif, Guid FinanceurId);
