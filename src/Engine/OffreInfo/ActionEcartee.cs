namespace Rafael.Engine.OffreInfo;

/// <summary>An action left out of a feed because it would have made the document invalid.</summary>
/// <param name="Reference">The action's reference.</param>
/// <param name="Raisons">Why, in French, one reason per problem.</param>
public sealed record ActionEcartee(string Reference, IReadOnlyList<string> Raisons);
