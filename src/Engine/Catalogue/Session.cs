using Rafael.Engine.Common;
using Rafael.Engine.OffreInfo;
using Rafael.Workflows.Runtime;

namespace Rafael.Engine.Catalogue;

/// <summary>
/// A session of an action (CAT-07): its own Formateur and Positionneur (CAT-03), dates, place and, when conventionnée,
/// the funded fields candidatures are checked against. Its status is driven by the <c>session</c> definition.
/// </summary>
public sealed class Session : IVersionne, IWorkflowSubject
{
    /// <summary>The definition sessions follow.</summary>
    public const string Definition = "session";

    /// <summary>Open to candidatures.</summary>
    public const string Ouverte = "ouverte";

    /// <summary>Closed to candidatures.</summary>
    public const string Fermee = "fermee";

    /// <summary>Ended.</summary>
    public const string Terminee = "terminee";

    /// <summary>Cancelled (final).</summary>
    public const string Annulee = "annulee";

    /// <summary>Deleted (final).</summary>
    public const string Supprimee = "supprimee";

    /// <summary>Deletion awaiting an administrator (CAT-10).</summary>
    public const string SuppressionDemandee = "suppression-demandee";

    private Session()
    {
        Reference = string.Empty;
        DefinitionName = Definition;
        Status = Ouverte;
        Lieu = new LieuFormation(string.Empty, string.Empty, string.Empty);
    }

    private Session(string reference, ActionFormation action, SaisieSession saisie, FinancementResolu? financement, string? referenceExterne, DateTimeOffset le)
        : this()
    {
        Id = Guid.NewGuid();
        Reference = reference;
        ActionId = action.Id;
        Conventionnee = financement is not null;
        ReferenceExterne = referenceExterne;
        CreeeLe = le;
        Appliquer(action, saisie, financement, le);
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>Numéro Carif: 8 digits starting with <c>00</c> (CAT-02).</summary>
    public string Reference { get; private set; }

    /// <summary>The action.</summary>
    public Guid ActionId { get; private set; }

    /// <summary>Funded session (CAT-04).</summary>
    public bool Conventionnee { get; private set; }

    /// <summary>The funder's own identifier for a funded session, to make imports idempotent.</summary>
    public string? ReferenceExterne { get; private set; }

    /// <summary>Organisme formateur (CAT-03): edits the session's data with the Responsable.</summary>
    public Guid FormateurId { get; private set; }

    /// <summary>Organisme positionneur (CAT-03): handles candidatures with the Responsable.</summary>
    public Guid PositionneurId { get; private set; }

    /// <summary>Voie d'accès.</summary>
    public VoieAcces VoieAcces { get; private set; }

    /// <summary>"Formation continue hors alternance" (Kairos).</summary>
    public bool HorsAlternance { get; private set; }

    /// <summary>Contact.</summary>
    public ContactFormation? Contact { get; private set; }

    /// <summary>The Positionneur's contacts, edited by the Responsable (CAT-12).</summary>
    public IReadOnlyList<ContactFormation> ContactsPositionneur { get; private set; } = [];

    /// <summary>Targeted certifications.</summary>
    public IReadOnlyList<CertificationSession> Certifications { get; private set; } = [];

    /// <summary>Start.</summary>
    public DateOnly DateDebut { get; private set; }

    /// <summary>End.</summary>
    public DateOnly DateFin { get; private set; }

    /// <summary>Type d'entrée.</summary>
    public TypeEntree TypeEntree { get; private set; }

    /// <summary>Comment.</summary>
    public string? Commentaire { get; private set; }

    /// <summary>Information collectives (up to three).</summary>
    public IReadOnlyList<ReunionInformation> InformationsCollectives { get; private set; } = [];

    /// <summary>Lieu de formation.</summary>
    public LieuFormation Lieu { get; private set; }

    /// <summary>The session's own weekly hours, if known.</summary>
    public decimal? HeuresHebdomadaires { get; private set; }

    /// <summary>Dispositif (funded).</summary>
    public Guid? DispositifId { get; private set; }

    /// <summary>Dispositif code (funded), for its parameters (CAT-13).</summary>
    public string? CodeDispositif { get; private set; }

    /// <summary>Mesure (funded, HAB-01): préinscription rights are checked against it.</summary>
    public Guid? MesureId { get; private set; }

    /// <summary>Financeur (funded).</summary>
    public Guid? FinanceurId { get; private set; }

    /// <summary>N° de marché.</summary>
    public string? NumeroMarche { get; private set; }

    /// <summary>Effectif minimal.</summary>
    public int? EffectifMinimal { get; private set; }

    /// <summary>Effectif visé (places).</summary>
    public int? Places { get; private set; }

    /// <summary>Capacité d'accueil.</summary>
    public int? CapaciteAccueil { get; private set; }

    /// <summary>Coefficient de candidatures (CAT-13).</summary>
    public decimal? Coefficient { get; private set; }

    /// <summary>Date limite d'inscription (CAT-14).</summary>
    public DateOnly? DateLimiteInscription { get; private set; }

    /// <summary>Date limite d'entrée tardive (CAT-14).</summary>
    public DateOnly? DateLimiteEntreeTardive { get; private set; }

    /// <summary>Ratio suite de parcours.</summary>
    public decimal? RatioSuiteParcours { get; private set; }

    /// <summary>The reason given for a deletion request (CAT-10).</summary>
    public string? MotifSuppression { get; private set; }

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

    /// <inheritdoc />
    public int Version { get; private set; }

    /// <summary>True once cancelled or deleted.</summary>
    public bool EstRetiree => Status is Annulee or Supprimee;

    /// <summary>Adds a non-conventionnée session to an action (CAT-09).</summary>
    /// <param name="reference">Its allocated numéro Carif.</param>
    /// <param name="action">The action.</param>
    /// <param name="saisie">The form.</param>
    /// <param name="le">When.</param>
    /// <returns>The session.</returns>
    public static Session Creer(string reference, ActionFormation action, SaisieSession saisie, DateTimeOffset le)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new(reference, action, saisie, null, null, le);
    }

    /// <summary>Adds a conventionnée session (CAT-04): only funders, administrators and feeds.</summary>
    /// <param name="reference">Its allocated numéro Carif.</param>
    /// <param name="action">The conventionnée action.</param>
    /// <param name="saisie">The form.</param>
    /// <param name="financement">The funded fields with their resolved mesure.</param>
    /// <param name="referenceExterne">The funder's identifier, if any.</param>
    /// <param name="le">When.</param>
    /// <returns>The session.</returns>
    public static Session CreerConventionnee(string reference, ActionFormation action, SaisieSession saisie, FinancementResolu financement, string? referenceExterne, DateTimeOffset le)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(financement);
        return new(reference, action, saisie, financement, referenceExterne, le);
    }

    /// <summary>Replaces the form's data; the caller has checked who may change which field (CAT-03, CAT-12).</summary>
    /// <param name="action">The action.</param>
    /// <param name="saisie">The form.</param>
    /// <param name="financement">The funded fields, for a conventionnée session.</param>
    /// <param name="le">When.</param>
    /// <returns>True when the start or end date changed (AVIS-07).</returns>
    public bool Modifier(ActionFormation action, SaisieSession saisie, FinancementResolu? financement, DateTimeOffset le)
    {
        ArgumentNullException.ThrowIfNull(action);
        var dates = (DateDebut, DateFin);
        Appliquer(action, saisie, Conventionnee ? financement : null, le);
        return dates != (DateDebut, DateFin);
    }

    /// <summary>Records the reason of a deletion request (CAT-10).</summary>
    /// <param name="motif">The reason.</param>
    public void EnregistrerMotifSuppression(string? motif) => MotifSuppression = motif;

    /// <summary>The dates the <c>session</c> definition computes its deadlines from.</summary>
    /// <returns>Named dates, midnight in Paris.</returns>
    public IReadOnlyDictionary<string, DateTimeOffset> DatesProcessus() => new Dictionary<string, DateTimeOffset>
    {
        // A non-funded session has no registration deadline: its recruitment closes with its end.
        ["session.dateLimiteInscription"] = DatesCatalogue.MinuitParis(DateLimiteInscription ?? DateFin),
        ["session.dateFin"] = DatesCatalogue.MinuitParis(DateFin),
        ["session.dateDebut"] = DatesCatalogue.MinuitParis(DateDebut),
    };

    /// <inheritdoc />
    public void IncrementerVersion() => Version++;

    void IWorkflowSubject.Apply(WorkflowState state)
    {
        DefinitionName = state.DefinitionName;
        DefinitionVersion = state.DefinitionVersion;
        Status = state.Status;
    }

    private void Appliquer(ActionFormation action, SaisieSession s, FinancementResolu? f, DateTimeOffset le)
    {
        VoieAcces = s.VoieAcces;
        HorsAlternance = s.HorsAlternance;
        FormateurId = s.FormateurId ?? action.ResponsableId;
        PositionneurId = s.PositionneurId ?? action.ResponsableId;
        Contact = s.Contact;
        ContactsPositionneur = [.. s.ContactsPositionneur];
        Certifications = [.. s.Certifications];
        DateDebut = s.DateDebut;
        DateFin = s.DateFin;
        TypeEntree = s.TypeEntree;
        Commentaire = s.Commentaire;
        InformationsCollectives = [.. s.InformationsCollectives];
        Lieu = s.Lieu;
        HeuresHebdomadaires = s.HeuresHebdomadaires;
        if (f is not null)
        {
            DispositifId = f.DispositifId;
            CodeDispositif = f.CodeDispositif;
            MesureId = f.MesureId;
            FinanceurId = f.FinanceurId;
            NumeroMarche = f.Saisie.NumeroMarche;
            EffectifMinimal = f.Saisie.EffectifMinimal;
            Places = f.Saisie.Places;
            CapaciteAccueil = f.Saisie.CapaciteAccueil;
            Coefficient = f.Saisie.Coefficient;
            DateLimiteInscription = f.Saisie.DateLimiteInscription;
            DateLimiteEntreeTardive = f.Saisie.DateLimiteEntreeTardive;
            RatioSuiteParcours = f.Saisie.RatioSuiteParcours;
        }

        ModifieeLe = le;
    }
}
