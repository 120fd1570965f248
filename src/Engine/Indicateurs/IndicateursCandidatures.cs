namespace Rafael.Engine.Indicateurs;

/// <summary>The DASH-04 indicators: one line per dispositif, mesure and responsible OF, and their total.</summary>
/// <param name="Filtre">What they cover (the period as applied).</param>
/// <param name="Lignes">Per dispositif, mesure and OF, in that order.</param>
/// <param name="Total">The sum of the lines.</param>
public sealed record IndicateursCandidatures(FiltreIndicateurs Filtre, IReadOnlyList<LigneIndicateurs> Lignes, LigneIndicateurs Total);
