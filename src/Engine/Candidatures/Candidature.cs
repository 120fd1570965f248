using Rafael.Engine.Common;
using Rafael.Workflows.Runtime;

namespace Rafael.Engine.Candidatures;

/// <summary>
/// A candidate proposed by a prescriber on a funded session (CAND-01), and the OF's verdict on it (AVIS-01 to
/// AVIS-08). Its state follows the <c>candidature</c> definition, or <c>candidature-hsp</c> on HSP; only the runtime
/// changes it. The session's dates and the structures playing a role on it are copied here so that visibility
/// (CAND-06), dashboards and deadlines read one table; they are refreshed when the session changes.
/// </summary>
public sealed class Candidature : IVersionne, IWorkflowSubject
{
    /// <summary>The definition of non-HSP candidatures.</summary>
    public const string Definition = "candidature";

    /// <summary>The definition of HSP candidatures (no selection).</summary>
    public const string DefinitionHsp = "candidature-hsp";

    /// <summary>Draft of a Niveau 1 prescriber.</summary>
    public const string BrouillonPrescripteur = "brouillon-prescripteur";

    /// <summary>Awaiting the verdict (HSP; the parent state otherwise).</summary>
    public const string EnAttente = "en-attente";

    /// <summary>Non-HSP: to be convoked.</summary>
    public const string AConvoquer = "a-convoquer";

    /// <summary>Non-HSP: convoked, attendance to record.</summary>
    public const string Convoquee = "convoquee";

    /// <summary>Non-HSP: present, verdict to give.</summary>
    public const string AvisADonner = "avis-a-donner";

    /// <summary>Retained.</summary>
    public const string Retenue = "retenue";

    /// <summary>Not retained.</summary>
    public const string NonRetenue = "non-retenue";

    /// <summary>Waiting list.</summary>
    public const string RefusSessionComplete = "refus-session-complete";

    /// <summary>No verdict in time.</summary>
    public const string AvisNonTransmis = "avis-non-transmis";

    /// <summary>Session cancelled.</summary>
    public const string RefusSessionAnnulee = "refus-session-annulee";

    /// <summary>Deleted draft.</summary>
    public const string Supprimee = "supprimee";

    /// <summary>The statuses of a candidature awaiting its verdict (CAND-02: "in progress").</summary>
    public static readonly string[] StatutsEnAttente = [EnAttente, AConvoquer, Convoquee, AvisADonner];

    /// <summary>The statuses that take a place on the session (CAND-03: in progress or retained).</summary>
    public static readonly string[] StatutsOccupantUnePlace = [EnAttente, AConvoquer, Convoquee, AvisADonner, Retenue];

    private Candidature()
    {
        DefinitionName = Definition;
        Status = BrouillonPrescripteur;
        Candidat = null!;
        CleCandidat = string.Empty;
        Dispositif = string.Empty;
        Mesure = string.Empty;
        SessionReference = string.Empty;
        SessionIntitule = string.Empty;
    }

    private Candidature(SessionCandidatable session, Candidat candidat, Guid structureId, Guid compteId, DateTimeOffset le)
    {
        Id = Guid.NewGuid();
        DefinitionName = session.EstHsp ? DefinitionHsp : Definition;
        Status = BrouillonPrescripteur;
        SessionId = session.Id;
        Candidat = candidat;
        CleCandidat = candidat.Cle;
        PrescripteurStructureId = structureId;
        CreeeParId = compteId;
        CreeeLe = le;
        Dispositif = session.Dispositif;
        Mesure = session.Mesure;
        SessionReference = session.Reference;
        SessionIntitule = session.Intitule;
        CompteeAuTableauDeBord = session.Publiee;
        _ = ActualiserSession(session);
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>The session.</summary>
    public Guid SessionId { get; private set; }

    /// <summary>The candidate.</summary>
    public Candidat Candidat { get; private set; }

    /// <summary>The candidate's identity CAND-02 counts by (<see cref="Candidat.Cle"/>), indexed.</summary>
    public string CleCandidat { get; private set; }

    /// <summary>The prescriber structure that made it.</summary>
    public Guid PrescripteurStructureId { get; private set; }

    /// <summary>The prescriber who made it.</summary>
    public Guid CreeeParId { get; private set; }

    /// <summary>When it was made.</summary>
    public DateTimeOffset CreeeLe { get; private set; }

    /// <summary>Who validated it (CAND-01).</summary>
    public Guid? ValideeParId { get; private set; }

    /// <summary>When it reached the OF.</summary>
    public DateTimeOffset? ValideeLe { get; private set; }

    /// <summary>The session's dispositif.</summary>
    public string Dispositif { get; private set; }

    /// <summary>The session's mesure.</summary>
    public string Mesure { get; private set; }

    /// <summary>The session's reference (numéro Carif).</summary>
    public string SessionReference { get; private set; }

    /// <summary>The action's title.</summary>
    public string SessionIntitule { get; private set; }

    /// <summary>The session's start date.</summary>
    public DateOnly SessionDateDebut { get; private set; }

    /// <summary>The session's end date (AVIS-07).</summary>
    public DateOnly SessionDateFin { get; private set; }

    /// <summary>The session's Responsable structure (CAND-06).</summary>
    public Guid ResponsableId { get; private set; }

    /// <summary>The session's Positionneur structure (CAND-06).</summary>
    public Guid? PositionneurId { get; private set; }

    /// <summary>The session's Formateur structure (counts only, CAND-06).</summary>
    public Guid? FormateurId { get; private set; }

    /// <summary>
    /// Whether DASH-01 counts it: its session is not deleted and its action is published or modified. Copied from the
    /// catalogue when the candidature is made, then kept by <see cref="ComptageTableauDeBord"/> in the transaction that
    /// changes the session's or action's state, so that the dashboard counts from one index without joining sessions.
    /// </summary>
    public bool CompteeAuTableauDeBord { get; private set; }

    /// <summary>Convocations recorded so far (AVIS-01).</summary>
    public int NombreConvocations { get; private set; }

    /// <summary>The last convocation's date.</summary>
    public DateTimeOffset? DateDerniereConvocation { get; private set; }

    /// <summary>What happened at the last convocation; null while not recorded.</summary>
    public ResultatConvocation? ResultatDerniereConvocation { get; private set; }

    /// <summary>Planned entry date (retained).</summary>
    public DateOnly? DateEntreePrevue { get; private set; }

    /// <summary>Planned exit date (retained).</summary>
    public DateOnly? DateSortiePrevue { get; private set; }

    /// <summary>Weekly hours (retained).</summary>
    public decimal? HeuresHebdomadaires { get; private set; }

    /// <summary>Main refusal motif (kebab-case, as in the definition).</summary>
    public string? MotifRefus { get; private set; }

    /// <summary>Reason of the refusal.</summary>
    public string? Raison { get; private set; }

    /// <summary>Comment on the verdict.</summary>
    public string? Commentaire { get; private set; }

    /// <summary>When the verdict (or automatic outcome) was recorded.</summary>
    public DateTimeOffset? AvisLe { get; private set; }

    /// <summary>Who gave the verdict; null for automatic outcomes.</summary>
    public Guid? AvisParId { get; private set; }

    /// <summary>The definition followed.</summary>
    public string DefinitionName { get; private set; }

    /// <summary>Its pinned version.</summary>
    public int DefinitionVersion { get; private set; }

    /// <summary>The state in the definition; only the runtime changes it.</summary>
    public string Status { get; private set; }

    /// <inheritdoc />
    public int Version { get; private set; }

    /// <summary>Whether it is on HSP.</summary>
    public bool EstHsp => DefinitionName == DefinitionHsp;

    /// <summary>The state as readers see it (CAND-05).</summary>
    public EtatCandidature Etat => EtatDe(Status);

    /// <summary>The reader's state of a definition status.</summary>
    /// <param name="status">A status of either definition.</param>
    /// <returns>The state.</returns>
    public static EtatCandidature EtatDe(string status) => status switch
    {
        BrouillonPrescripteur => EtatCandidature.BrouillonPrescripteur,
        Retenue => EtatCandidature.Retenue,
        NonRetenue => EtatCandidature.NonRetenue,
        AvisNonTransmis => EtatCandidature.AvisNonTransmis,
        RefusSessionComplete => EtatCandidature.RefusSessionComplete,
        RefusSessionAnnulee => EtatCandidature.RefusSessionAnnulee,
        Supprimee => EtatCandidature.Supprimee,
        _ => EtatCandidature.EnAttente,
    };

    /// <summary>A new candidature, as a draft; the process then starts it and the service validates it at once for Niveau 2 and 3.</summary>
    /// <param name="session">The session.</param>
    /// <param name="candidat">The candidate.</param>
    /// <param name="structureId">The prescriber's current structure.</param>
    /// <param name="compteId">The prescriber.</param>
    /// <param name="le">When.</param>
    /// <returns>The candidature.</returns>
    public static Candidature Preinscrire(SessionCandidatable session, Candidat candidat, Guid structureId, Guid compteId, DateTimeOffset le)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(candidat);
        return new Candidature(session, candidat, structureId, compteId, le);
    }

    /// <summary>Copies what the candidature keeps of its session (reference, title, mesure, dates, structures).</summary>
    /// <param name="session">The session as it is now.</param>
    /// <returns>Whether anything changed.</returns>
    public bool ActualiserSession(SessionCandidatable session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var avant = (SessionReference, SessionIntitule, Mesure, SessionDateDebut, SessionDateFin, ResponsableId, PositionneurId, FormateurId);
        SessionReference = session.Reference;
        SessionIntitule = session.Intitule;
        Mesure = session.Mesure;
        SessionDateDebut = session.DateDebut;
        SessionDateFin = session.DateFin;
        ResponsableId = session.ResponsableId;
        PositionneurId = session.PositionneurId;
        FormateurId = session.FormateurId;
        return avant != (SessionReference, SessionIntitule, Mesure, SessionDateDebut, SessionDateFin, ResponsableId, PositionneurId, FormateurId);
    }

    /// <summary>Records the validation once the process has moved the candidature out of the draft.</summary>
    /// <param name="parId">Who validated.</param>
    /// <param name="le">When.</param>
    public void EnregistrerValidation(Guid parId, DateTimeOffset le)
    {
        ValideeParId = parId;
        ValideeLe = le;
    }

    /// <summary>Records a new convocation (AVIS-01).</summary>
    /// <param name="date">Its date.</param>
    public void EnregistrerConvocation(DateTimeOffset date)
    {
        NombreConvocations++;
        DateDerniereConvocation = date;
        ResultatDerniereConvocation = null;
    }

    /// <summary>Records what happened at the last convocation (AVIS-01); an automatic refusal records its motif.</summary>
    /// <param name="resultat">Présence or absence.</param>
    /// <param name="parId">Who recorded it.</param>
    /// <param name="le">When.</param>
    public void EnregistrerResultat(ResultatConvocation resultat, Guid parId, DateTimeOffset le)
    {
        ResultatDerniereConvocation = resultat;
        if (Status == NonRetenue)
        {
            MotifRefus = "absence-non-justifiee";
            AvisLe = le;
            AvisParId = parId;
        }
    }

    /// <summary>Records the verdict once the process has moved the candidature (AVIS-02, AVIS-04, AVIS-06).</summary>
    /// <param name="avis">The verdict.</param>
    /// <param name="parId">Who gave it.</param>
    /// <param name="le">When.</param>
    public void EnregistrerAvis(AvisSaisi avis, Guid parId, DateTimeOffset le)
    {
        ArgumentNullException.ThrowIfNull(avis);
        DateEntreePrevue = avis.DateEntreePrevue;
        DateSortiePrevue = avis.DateSortiePrevue;
        HeuresHebdomadaires = avis.HeuresHebdomadaires;
        MotifRefus = avis.Retenue ? null : avis.Motif;
        Raison = avis.Raison;
        Commentaire = avis.Commentaire;
        AvisLe = le;
        AvisParId = parId;
    }

    /// <summary>Records an automatic outcome (avis non transmis, session annulée).</summary>
    /// <param name="le">When.</param>
    public void EnregistrerIssueAutomatique(DateTimeOffset le) => AvisLe = le;

    /// <inheritdoc />
    public void IncrementerVersion() => Version++;

    void IWorkflowSubject.Apply(WorkflowState state)
    {
        DefinitionName = state.DefinitionName;
        DefinitionVersion = state.DefinitionVersion;
        Status = state.Status;
    }
}
