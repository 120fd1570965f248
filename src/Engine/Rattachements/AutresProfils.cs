namespace Rafael.Engine.Rattachements;

/// <summary>
/// The profiles of ACC-03 that are not management profiles and may be held beside one. Bénéficiaire is not stored:
/// every account has it and it cannot be removed.
/// </summary>
[Flags]
public enum AutresProfils
{
    /// <summary>None.</summary>
    Aucun = 0,

    /// <summary>Employeur.</summary>
    Employeur = 1,

    /// <summary>Prestataire.</summary>
    Prestataire = 2,
}
