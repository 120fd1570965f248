using Rafael.Engine.Candidatures;
using Rafael.Rules;

namespace Rafael.Engine.Simulation;

/// <summary>A decision taken on a real candidature, with its inputs rebuilt as they were when it was taken.</summary>
/// <param name="Candidature">The candidature.</param>
/// <param name="JeuDeRegles">The rule set that decided.</param>
/// <param name="Declencheur">The definition's trigger fired with it.</param>
/// <param name="EtatAvant">The state it was fired from.</param>
/// <param name="Role">The role of whoever decided.</param>
/// <param name="Dispositif">The session's dispositif (whose parameters apply).</param>
/// <param name="Entrees">The rule set's named inputs, without <c>parametres</c>.</param>
/// <param name="Arguments">The trigger's arguments.</param>
/// <param name="Dates">The dates the definition's due times are computed from.</param>
internal sealed record DecisionCandidature(
    Candidature Candidature,
    string JeuDeRegles,
    string Declencheur,
    string EtatAvant,
    string Role,
    string Dispositif,
    RuleInputs Entrees,
    IReadOnlyDictionary<string, object?> Arguments,
    IReadOnlyDictionary<string, DateTimeOffset> Dates)
{
    /// <summary>The inputs with the given parameters.</summary>
    public RuleInputs Avec(Parametres parametres)
    {
        var entrees = new RuleInputs();
        foreach (var (nom, valeur) in Entrees)
        {
            entrees[nom] = valeur;
        }

        entrees["parametres"] = parametres;
        return entrees;
    }
}
