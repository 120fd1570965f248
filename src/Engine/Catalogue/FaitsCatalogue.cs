namespace Rafael.Engine.Catalogue;

/// <summary>The <c>action</c> input of <c>action.publication</c>.</summary>
/// <param name="NombreSessions">Sessions not cancelled nor deleted.</param>
public sealed record ActionFaits(int NombreSessions);

/// <summary>The <c>session</c> input of <c>session.saisie</c>: the session as saved, before the change.</summary>
/// <param name="Dispositif">Its dispositif's code.</param>
/// <param name="DateLimiteInscription">Its registration deadline.</param>
public sealed record SessionSaisieFaits(string Dispositif, DateOnly DateLimiteInscription);

/// <summary>The <c>saisie</c> input of <c>session.saisie</c>: the values typed.</summary>
/// <param name="Coefficient">Coefficient.</param>
/// <param name="DateLimiteInscription">Date limite d'inscription.</param>
/// <param name="DateLimiteEntreeTardive">Date limite d'entrée tardive.</param>
public sealed record SaisieSessionFaits(decimal Coefficient, DateOnly DateLimiteInscription, DateOnly DateLimiteEntreeTardive);
