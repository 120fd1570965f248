namespace Rafael.Portal.Models;

/// <summary>How a session is entered.</summary>
public enum VoieAcces
{
    FormationContinue,
    ContratProfessionnalisation,
    ContratApprentissage,
}
