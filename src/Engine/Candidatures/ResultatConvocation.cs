namespace Rafael.Engine.Candidatures;

/// <summary>What happened at a convocation (AVIS-01).</summary>
public enum ResultatConvocation
{
    /// <summary>The candidate came.</summary>
    Presence = 1,

    /// <summary>Absent with a justification: a new convocation may be set.</summary>
    AbsenceJustifiee = 2,

    /// <summary>Absent without justification: automatically Non retenue.</summary>
    AbsenceNonJustifiee = 3,
}
