namespace Rafael.Portal.Models;

/// <summary>The candidatures of a session the caller may count, by state (CAND-06).</summary>
public sealed record ComptesParEtatDto(int EnAttente, int Retenues, int NonRetenues, int AvisNonTransmis, int RefusSessionComplete, int RefusSessionAnnulee);
