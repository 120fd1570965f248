using Rafael.Engine.Common;

namespace Rafael.Engine.Catalogue;

/// <summary>
/// Compares what a caller typed with what is saved, field by field, and refuses the fields that are read-only for
/// them (CAT-03, CAT-12): a change they may not make is named, never silently dropped.
/// </summary>
public sealed class ChampsLectureSeule
{
    private readonly List<string> libelles = [];

    /// <summary>Notes a field as changed while read-only for the caller, when its values differ.</summary>
    /// <typeparam name="T">The field's type.</typeparam>
    /// <param name="libelle">The field's label on the form.</param>
    /// <param name="avant">Saved value.</param>
    /// <param name="apres">Typed value.</param>
    /// <param name="modifiable">Whether the caller may change it.</param>
    /// <returns>This, for chaining.</returns>
    public ChampsLectureSeule Verifier<T>(string libelle, T avant, T apres, bool modifiable)
    {
        if (!modifiable && !Egaux(avant, apres))
        {
            libelles.Add(libelle);
        }

        return this;
    }

    // Scalars compare by value (2 and 2.00 are the same coefficient); lists and records by their JSON.
    private static bool Egaux<T>(T avant, T apres) =>
        avant is null || apres is null || avant is string || avant.GetType().IsValueType
            ? Equals(avant, apres)
            : System.Text.Json.JsonSerializer.Serialize(avant).Equals(System.Text.Json.JsonSerializer.Serialize(apres), StringComparison.Ordinal);

    /// <summary>Refuses when a read-only field was changed.</summary>
    /// <param name="regle">The rule (CAT-03 or CAT-12).</param>
    /// <param name="pourquoi">Why they are read-only for the caller.</param>
    /// <exception cref="InterditException">A read-only field was changed.</exception>
    public void Exiger(string regle, string pourquoi)
    {
        if (libelles.Count == 0)
        {
            return;
        }

        var champs = string.Join(", ", libelles.Select(l => $"« {l} »"));
        throw new InterditException(
            regle,
            libelles.Count == 1
                ? $"Le champ {champs} est en lecture seule pour vous : {pourquoi} ({regle})."
                : $"Les champs {champs} sont en lecture seule pour vous : {pourquoi} ({regle}).");
    }
}
