namespace Rafael.Portal.Models;

/// <summary>The profiles besides the management one.</summary>
public enum AutresProfils
{
    Aucun = 0,
    Employeur = 1,
    Prestataire = 2,
}
