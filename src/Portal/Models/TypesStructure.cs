namespace Rafael.Portal.Models;

/// <summary>What a structure is; a structure may be several.</summary>
public enum TypesStructure
{
    Aucun = 0,
    OrganismeFormation = 1,
    Prescripteur = 2,
    Financeur = 4,
    Employeur = 8,
    Administration = 16,
}
