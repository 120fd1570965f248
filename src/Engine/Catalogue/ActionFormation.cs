using Rafael.Engine.Common;
using Rafael.Engine.OffreInfo;
using Rafael.Workflows.Runtime;

namespace Rafael.Engine.Catalogue;

/// <summary>
/// An action de formation (CAT-01, CAT-05): created by an OF (non conventionnée) or brought by a funder
/// (conventionnée, CAT-04). Its status is driven by <c>action-non-conventionnee</c> or <c>action-conventionnee</c>.
/// </summary>
public sealed class ActionFormation : IVersionne, IWorkflowSubject
{
    /// <summary>The definition OF-created actions follow.</summary>
    public const string DefinitionNonConventionnee = "action-non-conventionnee";

    /// <summary>The definition funded actions follow.</summary>
    public const string DefinitionConventionnee = "action-conventionnee";

    /// <summary>The state of a published action.</summary>
    public const string Publiee = "publiee";

    /// <summary>Created by the OF, waiting for the administrators' check (CIR-01).</summary>
    public const string Creee = "creee";

    /// <summary>Published, with a certification change waiting for the administrators' check (CIR-04).</summary>
    public const string Modifiee = "modifiee";

    private ActionFormation()
    {
        Reference = string.Empty;
        DefinitionName = DefinitionNonConventionnee;
        Status = "brouillon";
        Intitule = Objectifs = Programme = ConditionsAcces = Prerequis = string.Empty;
    }

    private ActionFormation(string reference, bool conventionnee, Guid responsableId, Guid? financeurId, string? referenceExterne, SaisieAction saisie, DateTimeOffset le)
        : this()
    {
        Id = Guid.NewGuid();
        Reference = reference;
        Conventionnee = conventionnee;
        DefinitionName = conventionnee ? DefinitionConventionnee : DefinitionNonConventionnee;
        ResponsableId = responsableId;
        FinanceurId = financeurId;
        ReferenceExterne = referenceExterne;
        CreeeLe = le;
        Appliquer(saisie, le);
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>Reference: 12 digits starting with <c>20</c> (CAT-02).</summary>
    public string Reference { get; private set; }

    /// <summary>Funded offer, from a funder (CAT-04).</summary>
    public bool Conventionnee { get; private set; }

    /// <summary>The funder's own identifier for a funded action, to make imports idempotent.</summary>
    public string? ReferenceExterne { get; private set; }

    /// <summary>The Responsable structure (CAT-03): it alone edits the action's data.</summary>
    public Guid ResponsableId { get; private set; }

    /// <summary>The funder of a conventionnée action.</summary>
    public Guid? FinanceurId { get; private set; }

    /// <summary>Intitulé.</summary>
    public string Intitule { get; private set; }

    /// <summary>"Le + de cette formation".</summary>
    public string? PlusDeLaFormation { get; private set; }

    /// <summary>Web link.</summary>
    public string? LienWeb { get; private set; }

    /// <summary>Objectif général.</summary>
    public ObjectifGeneral ObjectifGeneral { get; private set; }

    /// <summary>Objectifs.</summary>
    public string Objectifs { get; private set; }

    /// <summary>Programme.</summary>
    public string Programme { get; private set; }

    /// <summary>Validation / fin de formation.</summary>
    public ValidationFormation Validation { get; private set; }

    /// <summary>Certifications (0 to 5) as published.</summary>
    public IReadOnlyList<CertificationAction> Certifications { get; private set; } = [];

    /// <summary>A certification change awaiting the administrators' check while the published version stays online (CIR-04).</summary>
    public IReadOnlyList<CertificationAction>? CertificationsProposees { get; private set; }

    /// <summary>Hours per modality.</summary>
    public IReadOnlyList<DureeFormation> Durees { get; private set; } = [];

    /// <summary>Conditions d'accès réglementaires.</summary>
    public string ConditionsAcces { get; private set; }

    /// <summary>Prérequis pédagogiques.</summary>
    public string Prerequis { get; private set; }

    /// <summary>Contacts.</summary>
    public IReadOnlyList<ContactFormation> Contacts { get; private set; } = [];

    /// <summary>The administrators' request for more information while in Alerte (CIR-01).</summary>
    public string? DemandeComplements { get; private set; }

    /// <summary>The definition it follows.</summary>
    public string DefinitionName { get; private set; }

    /// <summary>The definition's version it is pinned to.</summary>
    public int DefinitionVersion { get; private set; }

    /// <summary>The state in the process definition; only the runtime changes it.</summary>
    public string Status { get; private set; }

    /// <summary>Created.</summary>
    public DateTimeOffset CreeeLe { get; private set; }

    /// <summary>Last changed.</summary>
    public DateTimeOffset ModifieeLe { get; private set; }

    /// <summary>Last published.</summary>
    public DateTimeOffset? PublieeLe { get; private set; }

    /// <inheritdoc />
    public int Version { get; private set; }

    /// <summary>An OF creates a non-conventionnée action, as a draft (CAT-04, CIR-01).</summary>
    /// <param name="reference">Its allocated reference.</param>
    /// <param name="responsableId">The OF.</param>
    /// <param name="saisie">The form.</param>
    /// <param name="le">When.</param>
    /// <returns>The action.</returns>
    public static ActionFormation CreerNonConventionnee(string reference, Guid responsableId, SaisieAction saisie, DateTimeOffset le) =>
        new(reference, false, responsableId, null, null, saisie, le);

    /// <summary>A funder (or its feed) brings a conventionnée action (CAT-04).</summary>
    /// <param name="reference">Its allocated reference.</param>
    /// <param name="responsableId">The OF named Responsable.</param>
    /// <param name="financeurId">The funder.</param>
    /// <param name="referenceExterne">The funder's identifier, if any.</param>
    /// <param name="saisie">The data.</param>
    /// <param name="le">When.</param>
    /// <returns>The action.</returns>
    public static ActionFormation CreerConventionnee(string reference, Guid responsableId, Guid financeurId, string? referenceExterne, SaisieAction saisie, DateTimeOffset le) =>
        new(reference, true, responsableId, financeurId, referenceExterne, saisie, le);

    /// <summary>Replaces the form's data; the caller has checked who may change which field (CAT-03, CAT-12).</summary>
    /// <param name="saisie">The form.</param>
    /// <param name="le">When.</param>
    public void Modifier(SaisieAction saisie, DateTimeOffset le) => Appliquer(saisie, le);

    /// <summary>Keeps a certification change aside while the published version stays online (CIR-04).</summary>
    /// <param name="certifications">The proposed certifications.</param>
    /// <param name="le">When.</param>
    public void ProposerCertifications(IReadOnlyList<CertificationAction> certifications, DateTimeOffset le)
    {
        CertificationsProposees = [.. certifications];
        ModifieeLe = le;
    }

    /// <summary>Records the administrators' request for more information (CIR-01).</summary>
    /// <param name="demande">The text shown to the OF.</param>
    public void DemanderComplements(string demande) => DemandeComplements = demande;

    /// <summary>Records a publication: a certification change checked by an administrator goes online (CIR-04).</summary>
    /// <param name="le">When.</param>
    public void EnregistrerPublication(DateTimeOffset le)
    {
        if (CertificationsProposees is { } proposees)
        {
            Certifications = proposees;
            CertificationsProposees = null;
        }

        DemandeComplements = null;
        PublieeLe = le;
    }

    /// <summary>True while the OF cannot edit it (CIR-03).</summary>
    public bool EnAttenteDeVerification => Status is "creee" or "modifiee";

    /// <inheritdoc />
    public void IncrementerVersion() => Version++;

    void IWorkflowSubject.Apply(WorkflowState state)
    {
        DefinitionName = state.DefinitionName;
        DefinitionVersion = state.DefinitionVersion;
        Status = state.Status;
    }

    private void Appliquer(SaisieAction s, DateTimeOffset le)
    {
        Intitule = s.Intitule.Trim();
        PlusDeLaFormation = s.PlusDeLaFormation;
        LienWeb = s.LienWeb;
        ObjectifGeneral = s.ObjectifGeneral;
        Objectifs = s.Objectifs;
        Programme = s.Programme;
        Validation = s.Validation;
        Certifications = [.. s.Certifications];
        Durees = [.. s.Durees];
        ConditionsAcces = s.ConditionsAcces;
        Prerequis = s.Prerequis;
        Contacts = [.. s.Contacts];
        ModifieeLe = le;
    }
}
