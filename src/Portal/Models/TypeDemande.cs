namespace Rafael.Portal.Models;

/// <summary>What a request asks for.</summary>
public enum TypeDemande
{
    Compte = 1,
    CreationStructure = 2,
    Rattachement = 3,
    ModificationStructure = 4,
}
