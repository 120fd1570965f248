namespace Rafael.Portal.Models;

/// <summary>What happened at the last convocation.</summary>
public enum ResultatConvocation
{
    Presence = 1,
    AbsenceJustifiee = 2,
    AbsenceNonJustifiee = 3,
}
