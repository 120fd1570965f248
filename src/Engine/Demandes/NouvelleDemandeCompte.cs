namespace Rafael.Engine.Demandes;

/// <summary>What a person types to request an account (ACC-05, ACC-06).</summary>
/// <param name="Email">Email, the future login.</param>
/// <param name="MotDePasse">Password.</param>
/// <param name="Prenom">First name.</param>
/// <param name="Nom">Last name.</param>
/// <param name="Telephone">Phone.</param>
/// <param name="StructureId">The chosen structure; null when asking for a new one.</param>
/// <param name="NouvelleStructure">"Ma structure n'est pas dans la liste": the structure to create.</param>
/// <param name="Message">A word to the decider.</param>
public sealed record NouvelleDemandeCompte(
    string Email,
    string MotDePasse,
    string Prenom,
    string Nom,
    string? Telephone,
    Guid? StructureId,
    StructureProposee? NouvelleStructure,
    string? Message);
