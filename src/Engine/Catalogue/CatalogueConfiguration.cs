using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rafael.Engine.Habilitations;
using Rafael.Engine.Structures;

namespace Rafael.Engine.Catalogue;

/// <summary>Maps actions, sessions and the reference counters.</summary>
public sealed class CatalogueConfiguration :
    IEntityTypeConfiguration<ActionFormation>,
    IEntityTypeConfiguration<Session>,
    IEntityTypeConfiguration<CompteurReference>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<ActionFormation> builder)
    {
        builder.ToTable("actions");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Reference).HasMaxLength(12).IsRequired();
        builder.HasIndex(a => a.Reference).IsUnique();
        builder.Property(a => a.ReferenceExterne).HasMaxLength(60);
        builder.HasIndex(a => new { a.FinanceurId, a.ReferenceExterne });
        builder.Property(a => a.Intitule).HasMaxLength(LongueursCatalogue.Intitule).IsRequired();
        builder.Property(a => a.PlusDeLaFormation).HasMaxLength(LongueursCatalogue.PlusDeLaFormation);
        builder.Property(a => a.LienWeb).HasMaxLength(LongueursCatalogue.LienWeb);
        builder.Property(a => a.ObjectifGeneral).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Validation).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Objectifs).HasMaxLength(LongueursCatalogue.Objectifs).IsRequired();
        builder.Property(a => a.Programme).HasMaxLength(LongueursCatalogue.Programme).IsRequired();
        builder.Property(a => a.ConditionsAcces).HasMaxLength(LongueursCatalogue.ConditionsAcces).IsRequired();
        builder.Property(a => a.Prerequis).HasMaxLength(LongueursCatalogue.Prerequis).IsRequired();
        builder.Property(a => a.DemandeComplements).HasMaxLength(2000);
        builder.Property(a => a.Certifications).EnJson("certifications");
        builder.Property(a => a.CertificationsProposees).EnJson("certifications_proposees");
        builder.Property(a => a.Durees).EnJson("durees");
        builder.Property(a => a.Contacts).EnJson("contacts");
        builder.Property(a => a.Status).HasColumnName("statut").HasMaxLength(40).IsRequired();
        builder.Property(a => a.DefinitionName).HasMaxLength(60).IsRequired();
        builder.Ignore(a => a.EnAttenteDeVerification);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.ResponsableId, a.Status, a.ModifieeLe });
        builder.HasIndex(a => new { a.Status, a.ModifieeLe });

        // The catalogue lists' sorts and tabs (bench/Catalogue): an OF's tab by title, a funder's tab by date.
        builder.HasIndex(a => new { a.ResponsableId, a.Status, a.Intitule });
        builder.HasIndex(a => new { a.FinanceurId, a.Status, a.ModifieeLe });

        // The administrators' check queue, oldest first: a partial index that also covers the listed columns, so
        // that a page, its count and a search in titles read the index alone (CIR-05).
        var file = builder.HasIndex(a => new { a.ModifieeLe, a.Reference }, "IX_actions_a_verifier")
            .HasFilter($"statut IN ('{ActionFormation.Creee}', '{ActionFormation.Modifiee}')");
        string[] couvertes = [nameof(ActionFormation.Intitule), nameof(ActionFormation.Id), nameof(ActionFormation.Status), nameof(ActionFormation.Conventionnee), nameof(ActionFormation.ResponsableId)];
        NpgsqlIndexBuilderExtensions.IncludeProperties(file, couvertes);
        SqlServerIndexBuilderExtensions.IncludeProperties(file, couvertes);
        builder.HasOne<Structure>().WithMany().HasForeignKey(a => a.ResponsableId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Structure>().WithMany().HasForeignKey(a => a.FinanceurId).OnDelete(DeleteBehavior.Restrict);
    }

    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ToTable("sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Reference).HasMaxLength(8).IsRequired();
        builder.HasIndex(s => s.Reference).IsUnique();
        builder.Property(s => s.ReferenceExterne).HasMaxLength(60);
        builder.HasIndex(s => new { s.FinanceurId, s.ReferenceExterne });
        builder.HasIndex(s => s.ActionId);
        builder.HasIndex(s => s.FormateurId);
        builder.HasIndex(s => s.PositionneurId);
        builder.HasIndex(s => s.MesureId);
        builder.HasIndex(s => new { s.Status, s.ModifieeLe });
        builder.Property(s => s.VoieAcces).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.TypeEntree).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Commentaire).HasMaxLength(LongueursCatalogue.Commentaire);
        builder.Property(s => s.Contact).EnJson("contact");
        builder.Property(s => s.ContactsPositionneur).EnJson("contacts_positionneur");
        builder.Property(s => s.Certifications).EnJson("certifications");
        builder.Property(s => s.InformationsCollectives).EnJson("informations_collectives");
        builder.Property(s => s.Lieu).EnJson("lieu").HasMaxLength(1000);
        builder.Property(s => s.CodeDispositif).HasMaxLength(20);
        builder.Property(s => s.NumeroMarche).HasMaxLength(60);
        builder.Property(s => s.HeuresHebdomadaires).HasPrecision(6, 2);
        builder.Property(s => s.Coefficient).HasPrecision(6, 2);
        builder.Property(s => s.RatioSuiteParcours).HasPrecision(6, 2);
        builder.Property(s => s.MotifSuppression).HasMaxLength(500);
        builder.Property(s => s.Status).HasColumnName("statut").HasMaxLength(40).IsRequired();
        builder.Property(s => s.DefinitionName).HasMaxLength(60).IsRequired();
        builder.Ignore(s => s.EstRetiree);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<ActionFormation>().WithMany().HasForeignKey(s => s.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Structure>().WithMany().HasForeignKey(s => s.FormateurId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Structure>().WithMany().HasForeignKey(s => s.PositionneurId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Mesure>().WithMany().HasForeignKey(s => s.MesureId).OnDelete(DeleteBehavior.Restrict);
    }

    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<CompteurReference> builder)
    {
        builder.ToTable("compteurs_references");
        builder.HasKey(c => c.Nom);
        builder.Property(c => c.Nom).HasColumnName("nom").HasMaxLength(20);
        builder.Property(c => c.Valeur).HasColumnName("valeur");
        builder.HasData(
            new CompteurReference(CompteurReference.Action, ReferencesCatalogue.DepartActions),
            new CompteurReference(CompteurReference.Session, 0));
    }
}
