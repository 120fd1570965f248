namespace Rafael.Api.Contracts.Catalogue;

/// <summary>A step of the publication circuit (CIR-01): the second click of the double validation, or the text of an Alerte.</summary>
/// <param name="Confirmation">True on the confirming click of "valider".</param>
/// <param name="Demande">The request for more information shown to the OF (Alerte).</param>
public sealed record EtapeCircuitRequete(bool Confirmation, string? Demande);
