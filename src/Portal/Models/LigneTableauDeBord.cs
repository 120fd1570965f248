namespace Rafael.Portal.Models;

/// <summary>A dashboard line: the counts for one role of the structure.</summary>
public sealed record LigneTableauDeBord(RoleStructure Role, int EnAttente, int AvisNonTransmisSous15Jours, int Retenues, int NonRetenues, int AvisNonTransmis, int RefusSessionComplete, int RefusSessionAnnulee);
