namespace Rafael.Portal.Models;

/// <summary>The role of the caller's structure on a session.</summary>
public enum RoleStructure
{
    Responsable = 1,
    Positionneur = 2,
    Formateur = 3,
}
