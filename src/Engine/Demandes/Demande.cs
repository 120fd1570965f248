using Rafael.Engine.Common;
using Rafael.Engine.Rattachements;

namespace Rafael.Engine.Demandes;

/// <summary>
/// A request that someone else decides (ACC-05 to ACC-08): the structure's référent, or a platform administrator
/// when the structure has none or does not exist yet. Decided once.
/// </summary>
public sealed class Demande : IVersionne
{
    private Demande()
    {
    }

    private Demande(TypeDemande type, Guid compteId, Guid? structureId, StructureProposee? structureProposee, string? message, DateTimeOffset deposeeLe)
    {
        Id = Guid.NewGuid();
        Type = type;
        CompteId = compteId;
        StructureId = structureId;
        StructureProposee = structureProposee;
        Message = message;
        DeposeeLe = deposeeLe;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>Kind of request.</summary>
    public TypeDemande Type { get; private set; }

    /// <summary>Status.</summary>
    public StatutDemande Statut { get; private set; }

    /// <summary>The person who asks.</summary>
    public Guid CompteId { get; private set; }

    /// <summary>The structure concerned; for a creation, set when accepted.</summary>
    public Guid? StructureId { get; private set; }

    /// <summary>The structure to create or the changes reported.</summary>
    public StructureProposee? StructureProposee { get; private set; }

    /// <summary>A word from the requester to the decider.</summary>
    public string? Message { get; private set; }

    /// <summary>When it was made.</summary>
    public DateTimeOffset DeposeeLe { get; private set; }

    /// <summary>When it was decided.</summary>
    public DateTimeOffset? DecideeLe { get; private set; }

    /// <summary>Who decided.</summary>
    public Guid? DecideeParId { get; private set; }

    /// <summary>Why it was refused.</summary>
    public string? MotifRefus { get; private set; }

    /// <summary>The profile given on acceptance.</summary>
    public ProfilGestion? ProfilAttribue { get; private set; }

    /// <inheritdoc />
    public int Version { get; private set; }

    /// <summary>An account request on an existing structure (ACC-05).</summary>
    /// <param name="compteId">The new account.</param>
    /// <param name="structureId">The structure.</param>
    /// <param name="message">A word to the decider.</param>
    /// <param name="le">When.</param>
    /// <returns>The request.</returns>
    public static Demande DemanderCompte(Guid compteId, Guid structureId, string? message, DateTimeOffset le) =>
        new(TypeDemande.Compte, compteId, structureId, null, message, le);

    /// <summary>An account request with a structure to create (ACC-06).</summary>
    /// <param name="compteId">The new account.</param>
    /// <param name="structure">The structure to create.</param>
    /// <param name="message">A word to the administrator.</param>
    /// <param name="le">When.</param>
    /// <returns>The request.</returns>
    public static Demande DemanderCreationStructure(Guid compteId, StructureProposee structure, string? message, DateTimeOffset le) =>
        new(TypeDemande.CreationStructure, compteId, null, structure, message, le);

    /// <summary>An affiliation request of an existing account (ACC-07).</summary>
    /// <param name="compteId">The account.</param>
    /// <param name="structureId">The structure to join.</param>
    /// <param name="message">A word to the référent.</param>
    /// <param name="le">When.</param>
    /// <returns>The request.</returns>
    public static Demande DemanderRattachement(Guid compteId, Guid structureId, string? message, DateTimeOffset le) =>
        new(TypeDemande.Rattachement, compteId, structureId, null, message, le);

    /// <summary>A référent reports changes of the structure's information (ACC-08).</summary>
    /// <param name="compteId">The référent.</param>
    /// <param name="structureId">The structure.</param>
    /// <param name="changements">The new information.</param>
    /// <param name="message">Explanation.</param>
    /// <param name="le">When.</param>
    /// <returns>The request.</returns>
    public static Demande SignalerModification(Guid compteId, Guid structureId, StructureProposee changements, string? message, DateTimeOffset le) =>
        new(TypeDemande.ModificationStructure, compteId, structureId, changements, message, le);

    /// <summary>Accepts the request.</summary>
    /// <param name="parId">Who decides.</param>
    /// <param name="profil">The profile given, for account and affiliation requests.</param>
    /// <param name="structureCreeeId">For a creation: the structure created.</param>
    /// <param name="le">When.</param>
    public void Accepter(Guid parId, ProfilGestion? profil, Guid? structureCreeeId, DateTimeOffset le)
    {
        ExigerEnAttente();
        Statut = StatutDemande.Acceptee;
        DecideeParId = parId;
        DecideeLe = le;
        ProfilAttribue = profil;
        if (structureCreeeId is not null)
        {
            StructureId = structureCreeeId;
        }
    }

    /// <summary>Refuses the request with a reason.</summary>
    /// <param name="parId">Who decides.</param>
    /// <param name="motif">Why.</param>
    /// <param name="le">When.</param>
    public void Refuser(Guid parId, string motif, DateTimeOffset le)
    {
        ExigerEnAttente();
        Statut = StatutDemande.Refusee;
        DecideeParId = parId;
        DecideeLe = le;
        MotifRefus = motif;
    }

    /// <inheritdoc />
    public void IncrementerVersion() => Version++;

    private void ExigerEnAttente()
    {
        if (Statut != StatutDemande.EnAttente)
        {
            var decision = Statut == StatutDemande.Acceptee ? "acceptée" : "refusée";
            throw new RegleRefuseeException(
                "ACC-05",
                $"Cette demande a déjà été {decision} le {DecideeLe:dd/MM/yyyy à HH:mm} : une demande ne se décide qu'une fois.");
        }
    }
}
