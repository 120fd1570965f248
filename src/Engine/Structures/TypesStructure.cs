namespace Rafael.Engine.Structures;

/// <summary>What a structure is (ACC-01); a structure may be several at once.</summary>
[Flags]
public enum TypesStructure
{
    /// <summary>No type: never valid for a saved structure.</summary>
    Aucun = 0,

    /// <summary>Organisme de formation (OF).</summary>
    OrganismeFormation = 1,

    /// <summary>Prescripteur (France Travail, Mission locale, Cap emploi…).</summary>
    Prescripteur = 2,

    /// <summary>Financeur (Région, France Travail, OPCO, État…).</summary>
    Financeur = 4,

    /// <summary>Employeur.</summary>
    Employeur = 8,

    /// <summary>The platform's own administration (Cap Métiers).</summary>
    Administration = 16,
}
