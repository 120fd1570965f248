using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rafael.Engine.Candidatures;

/// <summary>Maps <see cref="Candidature"/> to the <c>candidatures</c> table.</summary>
public sealed class CandidatureConfiguration : IEntityTypeConfiguration<Candidature>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Candidature> builder)
    {
        builder.ToTable("candidatures");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Status).HasColumnName("statut").HasMaxLength(40).IsRequired();
        builder.Property(c => c.DefinitionName).HasMaxLength(60).IsRequired();
        builder.Property(c => c.Dispositif).HasMaxLength(20).IsRequired();
        builder.Property(c => c.Mesure).HasMaxLength(40).IsRequired();
        builder.Property(c => c.SessionReference).HasMaxLength(20).IsRequired();
        builder.Property(c => c.SessionIntitule).HasMaxLength(300).IsRequired();
        builder.Property(c => c.ResultatDerniereConvocation).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.HeuresHebdomadaires).HasPrecision(5, 2);
        builder.Property(c => c.MotifRefus).HasMaxLength(60);
        builder.Property(c => c.Raison).HasMaxLength(500);
        builder.Property(c => c.Commentaire).HasMaxLength(250);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.Etat);
        builder.Ignore(c => c.EstHsp);
        builder.ComplexProperty(c => c.Candidat, a =>
        {
            a.Property(x => x.Nom).HasColumnName("candidat_nom").HasMaxLength(100).IsRequired();
            a.Property(x => x.Prenom).HasColumnName("candidat_prenom").HasMaxLength(100).IsRequired();
            a.Property(x => x.DateNaissance).HasColumnName("candidat_date_naissance");
            a.Property(x => x.Email).HasColumnName("candidat_email").HasMaxLength(200);
            a.Property(x => x.Telephone).HasColumnName("candidat_telephone").HasMaxLength(20);
            a.Property(x => x.IdentifiantFranceTravail).HasColumnName("candidat_identifiant_ft").HasMaxLength(20);
            a.Property(x => x.Situation).HasColumnName("candidat_situation").HasMaxLength(200);
            a.Ignore(x => x.Cle);
        });

        // Counting places (CAND-03), a candidate's candidatures (CAND-02), and the lists and dashboard by structure (CAND-06, DASH-01).
        builder.HasIndex(c => new { c.SessionId, c.Status });
        builder.Property(c => c.CleCandidat).HasMaxLength(160).IsRequired();
        builder.HasIndex(c => new { c.CleCandidat, c.Status });
        // DASH-01 counts from these indexes alone, without the sessions (TableauDeBordLecture); lists by role use their first column.
        builder.Property(c => c.CompteeAuTableauDeBord).HasDefaultValue(false);
        builder.HasIndex(c => new { c.ResponsableId, c.CompteeAuTableauDeBord, c.Status, c.SessionDateFin });
        builder.HasIndex(c => new { c.PositionneurId, c.CompteeAuTableauDeBord, c.Status, c.SessionDateFin });
        builder.HasIndex(c => new { c.FormateurId, c.CompteeAuTableauDeBord, c.Status, c.SessionDateFin });
        builder.HasIndex(c => new { c.PrescripteurStructureId, c.Status });
    }
}
