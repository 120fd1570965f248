namespace Rafael.Engine.Candidatures;

/// <summary>A batch refused whole (LOT-04): nothing was changed, and each invalid candidature says why.</summary>
public sealed class LotRefuseException : Exception
{
    /// <summary>Creates the refusal.</summary>
    /// <param name="refus">The invalid candidatures.</param>
    public LotRefuseException(IReadOnlyList<RefusLot> refus)
        : base($"Le lot est refusé : {refus?.Count} candidature(s) ne peuvent pas passer à l'étape suivante. Rien n'a été modifié (LOT-04).")
    {
        Refus = refus ?? [];
    }

    /// <summary>The invalid candidatures.</summary>
    public IReadOnlyList<RefusLot> Refus { get; }
}
