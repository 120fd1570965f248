namespace Rafael.Engine.Demandes;

/// <summary>The kinds of request of ACC-05 to ACC-08.</summary>
public enum TypeDemande
{
    /// <summary>A new account attached to an existing structure (ACC-05).</summary>
    Compte = 1,

    /// <summary>A new account with the creation of its structure, "ma structure n'est pas dans la liste" (ACC-06).</summary>
    CreationStructure = 2,

    /// <summary>An existing account asks to be attached to another structure (ACC-07).</summary>
    Rattachement = 3,

    /// <summary>A référent reports a change of the structure's information (ACC-08).</summary>
    ModificationStructure = 4,
}
