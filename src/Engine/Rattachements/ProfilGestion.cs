namespace Rafael.Engine.Rattachements;

/// <summary>The management profiles of ACC-03; a person holds at most one per structure (ACC-04).</summary>
public enum ProfilGestion
{
    /// <summary>Gestionnaire OF catalogue formation: edits the catalogue.</summary>
    GestionnaireOfCatalogue = 1,

    /// <summary>Gestionnaire OF préinscription: handles candidatures, gives verdicts.</summary>
    GestionnaireOfPreinscription = 2,

    /// <summary>Gestionnaire OF général: both.</summary>
    GestionnaireOfGeneral = 3,

    /// <summary>Prescripteur Niveau 1: saves préinscriptions that a Niveau 3 validates.</summary>
    PrescripteurNiveau1 = 11,

    /// <summary>Prescripteur Niveau 2: creates and validates its own.</summary>
    PrescripteurNiveau2 = 12,

    /// <summary>Prescripteur Niveau 3: also validates and deletes those of Niveau 1 and 2 of the structure.</summary>
    PrescripteurNiveau3 = 13,

    /// <summary>Gestionnaire financeur: sees the funder's dispositifs and indicators (DASH-04).</summary>
    GestionnaireFinanceur = 21,
}
