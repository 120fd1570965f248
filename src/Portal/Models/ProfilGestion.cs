namespace Rafael.Portal.Models;

/// <summary>A management profile in a structure (the Api sends its name).</summary>
public enum ProfilGestion
{
    GestionnaireOfCatalogue = 1,
    GestionnaireOfPreinscription = 2,
    GestionnaireOfGeneral = 3,
    PrescripteurNiveau1 = 11,
    PrescripteurNiveau2 = 12,
    PrescripteurNiveau3 = 13,
    GestionnaireFinanceur = 21,
}
