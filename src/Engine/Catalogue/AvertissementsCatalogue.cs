using Rafael.Engine.OffreInfo;

namespace Rafael.Engine.Catalogue;

/// <summary>Warnings that do not block (decided): the yearly session of short trainings (CAT-08).</summary>
public static class AvertissementsCatalogue
{
    /// <summary>Under this many hours a training is short (CAT-08).</summary>
    public const decimal HeuresFormationCourte = 35;

    /// <summary>CAT-08: a short frequent or individualised training is entered as one yearly session (1 January to
    /// 31 December) with entrées-sorties permanentes or séquencées.</summary>
    /// <param name="action">The action.</param>
    /// <param name="session">The session.</param>
    /// <returns>The warnings, in French; empty when none.</returns>
    public static IReadOnlyList<string> Session(ActionFormation action, Session session)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(session);
        var heures = action.Durees.Sum(d => d.Heures);
        var annuelle = session.DateDebut is { Month: 1, Day: 1 } && session.DateFin == new DateOnly(session.DateDebut.Year, 12, 31)
            && session.TypeEntree != TypeEntree.DatesFixes;
        return heures > 0 && heures < HeuresFormationCourte && !annuelle
            ? [$"Cette formation dure {heures} heures (moins de {HeuresFormationCourte} h) : si ses sessions sont fréquentes ou individualisées, saisissez une seule session annuelle du 1er janvier au 31 décembre en entrées-sorties permanentes ou séquencées (CAT-08)."]
            : [];
    }
}
