namespace Rafael.Api.Contracts.Catalogue;

/// <summary>A funder (or an administrator) enters a conventionnée action (CAT-04).</summary>
/// <param name="ResponsableId">The OF named Responsable.</param>
/// <param name="FinanceurId">The funder; the caller's structure for a funder.</param>
/// <param name="Action">The action form.</param>
public sealed record ActionConventionneeRequete(Guid? ResponsableId, Guid? FinanceurId, ActionRequete? Action);
