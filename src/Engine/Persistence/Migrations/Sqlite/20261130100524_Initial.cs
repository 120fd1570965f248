using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Rafael.Engine.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "candidatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CleCandidat = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    PrescripteurStructureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreeeParId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreeeLe = table.Column<long>(type: "INTEGER", nullable: false),
                    ValideeParId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ValideeLe = table.Column<long>(type: "INTEGER", nullable: true),
                    Dispositif = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Mesure = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SessionReference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SessionIntitule = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SessionDateDebut = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SessionDateFin = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResponsableId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PositionneurId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FormateurId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CompteeAuTableauDeBord = table.Column<bool>(type: "INTEGER", nullable: false, defaultValue: false),
                    NombreConvocations = table.Column<int>(type: "INTEGER", nullable: false),
                    DateDerniereConvocation = table.Column<long>(type: "INTEGER", nullable: true),
                    ResultatDerniereConvocation = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    DateEntreePrevue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DateSortiePrevue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HeuresHebdomadaires = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    MotifRefus = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Raison = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Commentaire = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    AvisLe = table.Column<long>(type: "INTEGER", nullable: true),
                    AvisParId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DefinitionName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    statut = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    candidat_date_naissance = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    candidat_email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    candidat_identifiant_ft = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    candidat_nom = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    candidat_prenom = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    candidat_situation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    candidat_telephone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_candidatures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "comptes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Prenom = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NomFamille = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Statut = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EstAdministrateur = table.Column<bool>(type: "INTEGER", nullable: false),
                    StructureCouranteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreeLe = table.Column<long>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_comptes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "compteurs_references",
                columns: table => new
                {
                    nom = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    valeur = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_compteurs_references", x => x.nom);
                });

            migrationBuilder.CreateTable(
                name: "deadlines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FiredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deadlines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "document_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Nom = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Numero = table.Column<int>(type: "INTEGER", nullable: false),
                    Statut = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Contenu = table.Column<string>(type: "TEXT", nullable: false),
                    Commentaire = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreeParId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreeLe = table.Column<long>(type: "INTEGER", nullable: false),
                    ModifieLe = table.Column<long>(type: "INTEGER", nullable: false),
                    PublieeParId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PublieeLe = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "imports_offre",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    NomFichier = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CompteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StructureId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Le = table.Column<long>(type: "INTEGER", nullable: false),
                    Creees = table.Column<int>(type: "INTEGER", nullable: false),
                    MisesAJour = table.Column<int>(type: "INTEGER", nullable: false),
                    Inchangees = table.Column<int>(type: "INTEGER", nullable: false),
                    rejets = table.Column<string>(type: "TEXT", nullable: false),
                    Interruption = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_imports_offre", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "journal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Instant = table.Column<long>(type: "INTEGER", nullable: false),
                    CompteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AdministrateurId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_journal", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notifications_desabonnements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Modele = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Le = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_desabonnements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ParkedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "structures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RaisonSociale = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Nom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sigle = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Siret = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    Types = table.Column<int>(type: "INTEGER", nullable: false),
                    QualiopiApprentissage = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreeeLe = table.Column<long>(type: "INTEGER", nullable: false),
                    NumeroActivite = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    adresse_code_postal = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    adresse_departement = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    adresse_ligne = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    adresse_ville = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_structures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_comptes_UserId",
                        column: x => x.UserId,
                        principalTable: "comptes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_comptes_UserId",
                        column: x => x.UserId,
                        principalTable: "comptes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_comptes_UserId",
                        column: x => x.UserId,
                        principalTable: "comptes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "demandes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DefinitionName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    statut = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CompteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StructureId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DeposeeLe = table.Column<long>(type: "INTEGER", nullable: false),
                    DecideeLe = table.Column<long>(type: "INTEGER", nullable: true),
                    DecideeParId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MotifRefus = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ProfilAttribue = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    structure_proposee = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_demandes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_demandes_comptes_CompteId",
                        column: x => x.CompteId,
                        principalTable: "comptes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Conventionnee = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReferenceExterne = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ResponsableId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FinanceurId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Intitule = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    PlusDeLaFormation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LienWeb = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ObjectifGeneral = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Objectifs = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: false),
                    Programme = table.Column<string>(type: "TEXT", maxLength: 6000, nullable: false),
                    Validation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    certifications = table.Column<string>(type: "TEXT", nullable: false),
                    certifications_proposees = table.Column<string>(type: "TEXT", nullable: true),
                    durees = table.Column<string>(type: "TEXT", nullable: false),
                    ConditionsAcces = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Prerequis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    contacts = table.Column<string>(type: "TEXT", nullable: false),
                    DemandeComplements = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DefinitionName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    statut = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreeeLe = table.Column<long>(type: "INTEGER", nullable: false),
                    ModifieeLe = table.Column<long>(type: "INTEGER", nullable: false),
                    PublieeLe = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_actions_structures_FinanceurId",
                        column: x => x.FinanceurId,
                        principalTable: "structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_actions_structures_ResponsableId",
                        column: x => x.ResponsableId,
                        principalTable: "structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dispositifs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Libelle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FinanceurId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispositifs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dispositifs_structures_FinanceurId",
                        column: x => x.FinanceurId,
                        principalTable: "structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "rattachements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StructureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Profil = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AutresProfils = table.Column<int>(type: "INTEGER", nullable: false),
                    EstReferent = table.Column<bool>(type: "INTEGER", nullable: false),
                    RattacheLe = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rattachements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rattachements_comptes_CompteId",
                        column: x => x.CompteId,
                        principalTable: "comptes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_rattachements_structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mesures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DispositifId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Libelle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mesures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mesures_dispositifs_DispositifId",
                        column: x => x.DispositifId,
                        principalTable: "dispositifs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "droits_preinscription",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StructureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MesureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AttribueLe = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_droits_preinscription", x => x.Id);
                    table.ForeignKey(
                        name: "FK_droits_preinscription_mesures_MesureId",
                        column: x => x.MesureId,
                        principalTable: "mesures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_droits_preinscription_structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Conventionnee = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReferenceExterne = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    FormateurId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PositionneurId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VoieAcces = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HorsAlternance = table.Column<bool>(type: "INTEGER", nullable: false),
                    contact = table.Column<string>(type: "TEXT", nullable: true),
                    contacts_positionneur = table.Column<string>(type: "TEXT", nullable: false),
                    certifications = table.Column<string>(type: "TEXT", nullable: false),
                    DateDebut = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DateFin = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TypeEntree = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Commentaire = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    informations_collectives = table.Column<string>(type: "TEXT", nullable: false),
                    lieu = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    HeuresHebdomadaires = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    DispositifId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CodeDispositif = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    MesureId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FinanceurId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NumeroMarche = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    EffectifMinimal = table.Column<int>(type: "INTEGER", nullable: true),
                    Places = table.Column<int>(type: "INTEGER", nullable: true),
                    CapaciteAccueil = table.Column<int>(type: "INTEGER", nullable: true),
                    Coefficient = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    DateLimiteInscription = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DateLimiteEntreeTardive = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RatioSuiteParcours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    MotifSuppression = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DefinitionName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    statut = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreeeLe = table.Column<long>(type: "INTEGER", nullable: false),
                    ModifieeLe = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sessions_actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_sessions_mesures_MesureId",
                        column: x => x.MesureId,
                        principalTable: "mesures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_sessions_structures_FormateurId",
                        column: x => x.FormateurId,
                        principalTable: "structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_sessions_structures_PositionneurId",
                        column: x => x.PositionneurId,
                        principalTable: "structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "compteurs_references",
                columns: new[] { "nom", "valeur" },
                values: new object[,]
                {
                    { "action", 200000000000L },
                    { "session", 0L }
                });

            migrationBuilder.CreateIndex(
                name: "IX_actions_a_verifier",
                table: "actions",
                columns: new[] { "ModifieeLe", "Reference" },
                filter: "statut IN ('creee', 'modifiee')");

            migrationBuilder.CreateIndex(
                name: "IX_actions_FinanceurId_ReferenceExterne",
                table: "actions",
                columns: new[] { "FinanceurId", "ReferenceExterne" });

            migrationBuilder.CreateIndex(
                name: "IX_actions_FinanceurId_statut_ModifieeLe",
                table: "actions",
                columns: new[] { "FinanceurId", "statut", "ModifieeLe" });

            migrationBuilder.CreateIndex(
                name: "IX_actions_Reference",
                table: "actions",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_actions_ResponsableId_statut_Intitule",
                table: "actions",
                columns: new[] { "ResponsableId", "statut", "Intitule" });

            migrationBuilder.CreateIndex(
                name: "IX_actions_ResponsableId_statut_ModifieeLe",
                table: "actions",
                columns: new[] { "ResponsableId", "statut", "ModifieeLe" });

            migrationBuilder.CreateIndex(
                name: "IX_actions_statut_ModifieeLe",
                table: "actions",
                columns: new[] { "statut", "ModifieeLe" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_candidatures_CleCandidat_statut",
                table: "candidatures",
                columns: new[] { "CleCandidat", "statut" });

            migrationBuilder.CreateIndex(
                name: "IX_candidatures_FormateurId_CompteeAuTableauDeBord_statut_SessionDateFin",
                table: "candidatures",
                columns: new[] { "FormateurId", "CompteeAuTableauDeBord", "statut", "SessionDateFin" });

            migrationBuilder.CreateIndex(
                name: "IX_candidatures_PositionneurId_CompteeAuTableauDeBord_statut_SessionDateFin",
                table: "candidatures",
                columns: new[] { "PositionneurId", "CompteeAuTableauDeBord", "statut", "SessionDateFin" });

            migrationBuilder.CreateIndex(
                name: "IX_candidatures_PrescripteurStructureId_statut",
                table: "candidatures",
                columns: new[] { "PrescripteurStructureId", "statut" });

            migrationBuilder.CreateIndex(
                name: "IX_candidatures_ResponsableId_CompteeAuTableauDeBord_statut_SessionDateFin",
                table: "candidatures",
                columns: new[] { "ResponsableId", "CompteeAuTableauDeBord", "statut", "SessionDateFin" });

            migrationBuilder.CreateIndex(
                name: "IX_candidatures_SessionId_statut",
                table: "candidatures",
                columns: new[] { "SessionId", "statut" });

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "comptes",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "comptes",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_deadlines_State_NextAttemptAt",
                table: "deadlines",
                columns: new[] { "State", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_deadlines_SubjectType_SubjectId_Name",
                table: "deadlines",
                columns: new[] { "SubjectType", "SubjectId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_demandes_CompteId",
                table: "demandes",
                column: "CompteId");

            migrationBuilder.CreateIndex(
                name: "IX_demandes_statut_StructureId",
                table: "demandes",
                columns: new[] { "statut", "StructureId" });

            migrationBuilder.CreateIndex(
                name: "IX_dispositifs_Code",
                table: "dispositifs",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dispositifs_FinanceurId",
                table: "dispositifs",
                column: "FinanceurId");

            migrationBuilder.CreateIndex(
                name: "IX_document_versions_Type_Nom_Numero",
                table: "document_versions",
                columns: new[] { "Type", "Nom", "Numero" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_droits_preinscription_MesureId",
                table: "droits_preinscription",
                column: "MesureId");

            migrationBuilder.CreateIndex(
                name: "IX_droits_preinscription_StructureId_MesureId",
                table: "droits_preinscription",
                columns: new[] { "StructureId", "MesureId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_imports_offre_StructureId_Le",
                table: "imports_offre",
                columns: new[] { "StructureId", "Le" });

            migrationBuilder.CreateIndex(
                name: "IX_journal_CompteId",
                table: "journal",
                column: "CompteId");

            migrationBuilder.CreateIndex(
                name: "IX_journal_EntityType_EntityId_Instant",
                table: "journal",
                columns: new[] { "EntityType", "EntityId", "Instant" });

            migrationBuilder.CreateIndex(
                name: "IX_journal_Instant",
                table: "journal",
                column: "Instant");

            migrationBuilder.CreateIndex(
                name: "IX_mesures_DispositifId_Code",
                table: "mesures",
                columns: new[] { "DispositifId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notifications_desabonnements_CompteId_Modele",
                table: "notifications_desabonnements",
                columns: new[] { "CompteId", "Modele" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_IdempotencyKey",
                table: "outbox_messages",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt_ParkedAt_NextAttemptAt",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "ParkedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_rattachements_CompteId_StructureId",
                table: "rattachements",
                columns: new[] { "CompteId", "StructureId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rattachements_StructureId",
                table: "rattachements",
                column: "StructureId");

            migrationBuilder.CreateIndex(
                name: "IX_sessions_ActionId",
                table: "sessions",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_sessions_FinanceurId_ReferenceExterne",
                table: "sessions",
                columns: new[] { "FinanceurId", "ReferenceExterne" });

            migrationBuilder.CreateIndex(
                name: "IX_sessions_FormateurId",
                table: "sessions",
                column: "FormateurId");

            migrationBuilder.CreateIndex(
                name: "IX_sessions_MesureId",
                table: "sessions",
                column: "MesureId");

            migrationBuilder.CreateIndex(
                name: "IX_sessions_PositionneurId",
                table: "sessions",
                column: "PositionneurId");

            migrationBuilder.CreateIndex(
                name: "IX_sessions_Reference",
                table: "sessions",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sessions_statut_ModifieeLe",
                table: "sessions",
                columns: new[] { "statut", "ModifieeLe" });

            migrationBuilder.CreateIndex(
                name: "IX_structures_RaisonSociale",
                table: "structures",
                column: "RaisonSociale");

            migrationBuilder.CreateIndex(
                name: "IX_structures_Siret",
                table: "structures",
                column: "Siret");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "candidatures");

            migrationBuilder.DropTable(
                name: "compteurs_references");

            migrationBuilder.DropTable(
                name: "deadlines");

            migrationBuilder.DropTable(
                name: "demandes");

            migrationBuilder.DropTable(
                name: "document_versions");

            migrationBuilder.DropTable(
                name: "droits_preinscription");

            migrationBuilder.DropTable(
                name: "imports_offre");

            migrationBuilder.DropTable(
                name: "journal");

            migrationBuilder.DropTable(
                name: "notifications_desabonnements");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "rattachements");

            migrationBuilder.DropTable(
                name: "sessions");

            migrationBuilder.DropTable(
                name: "comptes");

            migrationBuilder.DropTable(
                name: "actions");

            migrationBuilder.DropTable(
                name: "mesures");

            migrationBuilder.DropTable(
                name: "dispositifs");

            migrationBuilder.DropTable(
                name: "structures");
        }
    }
}
