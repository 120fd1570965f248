namespace Rafael.Engine.OffreInfo;

/// <summary>A bloc de compétences of a certification (<c>RNCP35819BC01</c>).</summary>
/// <param name="Code">The bloc's code.</param>
/// <param name="Libelle">The bloc's title.</param>
public sealed record BlocCompetences(string Code, string Libelle);
