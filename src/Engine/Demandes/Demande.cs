using Rafael.Engine.Common;
using Rafael.Engine.Rattachements;
using Rafael.Workflows.Runtime;

namespace Rafael.Engine.Demandes;

/// <summary>
/// A request that someone else decides (ACC-05 to ACC-08): the structure's référent, or a platform administrator
/// when the structure has none or does not exist yet. Decided once.
/// </summary>
public sealed class Demande : IVersionne, IWorkflowSubject
{
    /// <summary>The process definition requests follow.</summary>
    public const string Definition = "demande-compte";

    /// <summary>The state of a request awaiting its decision.</summary>
    public const string EnAttente = "en-attente";

    /// <summary>The state of an accepted request.</summary>
    public const string Acceptee = "acceptee";

    /// <summary>The state of a refused request.</summary>
    public const string Refusee = "refusee";

    private Demande()
    {
        DefinitionName = Definition;
        Status = EnAttente;
    }

    private Demande(TypeDemande type, Guid compteId, Guid? structureId, StructureProposee? structureProposee, string? message, DateTimeOffset deposeeLe)
    {
        Id = Guid.NewGuid();
        DefinitionName = Definition;
        Status = EnAttente;
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

    /// <summary>The definition it follows (<see cref="Definition"/>).</summary>
    public string DefinitionName { get; private set; }

    /// <summary>The definition's version it is pinned to.</summary>
    public int DefinitionVersion { get; private set; }

    /// <summary>The state in the process definition; only the runtime changes it.</summary>
    public string Status { get; private set; }

    /// <summary>Status, as an enumeration for readers.</summary>
    public StatutDemande Statut => Status switch
    {
        Acceptee => StatutDemande.Acceptee,
        Refusee => StatutDemande.Refusee,
        _ => StatutDemande.EnAttente,
    };

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

    /// <summary>Records who accepted and with what, once the process has moved the request to <see cref="Acceptee"/>.</summary>
    /// <param name="parId">Who decides.</param>
    /// <param name="profil">The profile given, for account and affiliation requests.</param>
    /// <param name="structureCreeeId">For a creation: the structure created.</param>
    /// <param name="le">When.</param>
    public void EnregistrerAcceptation(Guid parId, ProfilGestion? profil, Guid? structureCreeeId, DateTimeOffset le)
    {
        DecideeParId = parId;
        DecideeLe = le;
        ProfilAttribue = profil;
        if (structureCreeeId is not null)
        {
            StructureId = structureCreeeId;
        }
    }

    /// <summary>Records who refused and why, once the process has moved the request to <see cref="Refusee"/>.</summary>
    /// <param name="parId">Who decides.</param>
    /// <param name="motif">Why.</param>
    /// <param name="le">When.</param>
    public void EnregistrerRefus(Guid parId, string motif, DateTimeOffset le)
    {
        DecideeParId = parId;
        DecideeLe = le;
        MotifRefus = motif;
    }

    /// <summary>A request is decided once (ACC-05): refuses a second decision with the first one's date.</summary>
    /// <exception cref="RegleRefuseeException">Already decided.</exception>
    public void ExigerEnAttente()
    {
        if (Status != EnAttente)
        {
            var decision = Status == Acceptee ? "acceptée" : "refusée";
            throw new RegleRefuseeException(
                "ACC-05",
                $"Cette demande a déjà été {decision} le {(DecideeLe is { } le ? HeureDeParis.Texte(le) : "?")} : une demande ne se décide qu'une fois.");
        }
    }

    /// <inheritdoc />
    public void IncrementerVersion() => Version++;

    void IWorkflowSubject.Apply(WorkflowState state)
    {
        DefinitionName = state.DefinitionName;
        DefinitionVersion = state.DefinitionVersion;
        Status = state.Status;
    }
}
