using System.Reflection;
using Rafael.Rules;

namespace Rafael.Engine.Processus;

/// <summary>
/// A dispositif's parameters as the process definitions name them in due times
/// (<c>session.dateFin + parametre:joursAvisNonTransmisApresFin days</c>): the same names as in the rule sets, camelCase.
/// </summary>
public static class ParametresDeProcessus
{
    private static readonly (string Nom, PropertyInfo Propriete)[] Numeriques = [.. typeof(Parametres)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.PropertyType == typeof(int) || p.PropertyType == typeof(decimal))
        .Select(p => (char.ToLowerInvariant(p.Name[0]) + p.Name[1..], p))];

    /// <summary>The numeric parameters by name.</summary>
    /// <param name="parametres">The dispositif's parameters.</param>
    /// <returns>Name → value.</returns>
    public static IReadOnlyDictionary<string, decimal> Dictionnaire(Parametres parametres) =>
        Numeriques.ToDictionary(n => n.Nom, n => Convert.ToDecimal(n.Propriete.GetValue(parametres), System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
}
