using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rafael.Api.Tests.Support;
using Rafael.Engine.Candidatures;
using Rafael.Workflows.Deadlines;
using Rafael.Workflows.Outbox;

namespace Rafael.Api.Tests.Candidatures;

/// <summary>AVIS-07 and AVIS-08: the reminder, Avis non transmis, cancelled sessions, due times that follow the session's dates.
/// The clock of this class moves forward: it has a host of its own.</summary>
public abstract class EcheancesTests(ApiHost host)
{
    [Fact]
    public async Task Relance_a_14_jours_puis_avis_non_transmis_a_21_jours_apres_la_fin_et_le_report_des_dates_deplace_les_echeances()
    {
        Prerequis();
        var session = await Parcours.SessionAsync(host, s => s with { DateDebut = new DateOnly(2026, 3, 3), DateFin = new DateOnly(2026, 3, 10), DateLimiteInscription = new DateOnly(2026, 3, 5) });
        var reportee = await Parcours.SessionAsync(host, s => s with { DateDebut = new DateOnly(2026, 3, 3), DateFin = new DateOnly(2026, 3, 10), DateLimiteInscription = new DateOnly(2026, 3, 5) });
        var prescripteur = await host.ConnecterAsync(Comptes.Prescripteur3);
        var of = await host.ConnecterAsync(Comptes.PreinscriptionGaronne);
        var enRetard = await Parcours.CandidatureAsync(prescripteur, session.Id, "Retard");
        var aTemps = await Parcours.CandidatureAsync(prescripteur, session.Id, "ATemps");
        var surReportee = await Parcours.CandidatureAsync(prescripteur, reportee.Id, "Reporte");
        await Parcours.PresentAsync(of, aTemps);
        await Parcours.OkAsync(await Parcours.RetenirAsync(of, aTemps));

        // The session's end moves by a month: its candidatures' deadlines follow.
        await SessionsDeTest.ChangerDatesAsync(host, reportee.Id, reportee.DateDebut, new DateOnly(2026, 4, 10));
        var echeance = await host.DbAsync(db => db.Set<Deadline>().SingleAsync(d => d.SubjectId == surReportee.ToString() && d.Name == "avis-non-transmis"));
        Assert.Equal(new DateTimeOffset(2026, 4, 30, 22, 0, 0, TimeSpan.Zero), echeance.DueAt);

        // Soit nous sommes le 24/03/2026, 14 jours après la fin.
        host.Time.SetUtcNow(new DateTimeOffset(2026, 3, 24, 8, 0, 0, TimeSpan.Zero));
        await EcheancesAsync();
        of = await host.ConnecterAsync(Comptes.PreinscriptionGaronne);
        Assert.True(await host.DbAsync(db => db.Outbox.AnyAsync(m => m.Type == "notification.candidature.avis-non-transmis-dans-7-jours" && m.Payload.Contains(enRetard.ToString()))));
        Assert.Equal(Candidature.AConvoquer, await Parcours.StatutAsync(of, enRetard));

        // Soit nous sommes le 31/03/2026, 21 jours après la fin.
        host.Time.SetUtcNow(new DateTimeOffset(2026, 3, 31, 8, 0, 0, TimeSpan.Zero));
        await EcheancesAsync();
        of = await host.ConnecterAsync(Comptes.PreinscriptionGaronne);
        Assert.Equal(Candidature.AvisNonTransmis, await Parcours.StatutAsync(of, enRetard));
        Assert.Equal(Candidature.Retenue, await Parcours.StatutAsync(of, aTemps));
        Assert.Equal(Candidature.AConvoquer, await Parcours.StatutAsync(of, surReportee));
        await Parcours.RefusAsync(await Parcours.ConvoquerAsync(of, enRetard), System.Net.HttpStatusCode.Conflict, "AVIS-05");
    }

    [Fact]
    public async Task Une_session_annulee_passe_ses_candidatures_en_cours_en_refus_session_annulee_une_seule_fois_AVIS_08()
    {
        Prerequis();
        var session = await Parcours.SessionAsync(host, s => s with { DateDebut = new DateOnly(2026, 9, 1), DateFin = new DateOnly(2026, 12, 1), DateLimiteInscription = new DateOnly(2026, 8, 1) });
        var niveau3 = await host.ConnecterAsync(Comptes.Prescripteur3);
        var niveau1 = await host.ConnecterAsync(Comptes.Prescripteur1);
        var of = await host.ConnecterAsync(Comptes.PreinscriptionGaronne);
        var enAttente = await Parcours.CandidatureAsync(niveau3, session.Id, "Annule-Un");
        var brouillon = await Parcours.CandidatureAsync(niveau1, session.Id, "Annule-Deux");
        var retenue = await Parcours.CandidatureAsync(niveau3, session.Id, "Annule-Trois");
        await Parcours.PresentAsync(of, retenue);
        await Parcours.OkAsync(await Parcours.RetenirAsync(of, retenue));

        // The funder cancels the session in the catalogue; its definition emits session.annulee.
        var admin = await host.ConnecterAsync(Comptes.Admin);
        Assert.True((await admin.PostAsync($"/api/sessions/{session.Id}/annuler", null)).IsSuccessStatusCode);
        var message = await host.DbAsync(db => db.Outbox.SingleAsync(m => m.Type == SessionModifieeHandler.SessionAnnulee && m.Payload.Contains(session.Id.ToString())));
        var handler = host.Services.GetRequiredService<SessionModifieeHandler>();
        await handler.HandleAsync(message, TestContext.Current.CancellationToken);
        var apres = await host.EmpreinteAsync();
        await handler.HandleAsync(message, TestContext.Current.CancellationToken);

        Assert.Equal(apres, await host.EmpreinteAsync());
        Assert.Equal(Candidature.RefusSessionAnnulee, await Parcours.StatutAsync(of, enAttente));
        Assert.Equal(Candidature.RefusSessionAnnulee, await Parcours.StatutAsync(niveau1, brouillon));
        Assert.Equal(Candidature.Retenue, await Parcours.StatutAsync(of, retenue));
        Assert.True(await host.DbAsync(db => db.Outbox.AnyAsync(m => m.Type == "notification.candidature.session-annulee" && m.Payload.Contains(enAttente.ToString()))));
        Assert.False(await host.DbAsync(db => db.Set<Deadline>().AnyAsync(d => d.SubjectId == enAttente.ToString() && d.State == DeadlineState.Pending)));
    }

    /// <summary>Runs the deadlines due now (the background processor may take some first: both are fine).</summary>
    private async Task EcheancesAsync()
    {
        await host.Services.GetRequiredService<DeadlineProcessor>().RunOnceAsync(TestContext.Current.CancellationToken);
        for (var i = 0; i < 50 && await host.DbAsync(db => db.Set<Deadline>().AnyAsync(d => d.State == DeadlineState.Pending && d.DueAt <= host.Time.GetUtcNow())); i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            await host.Services.GetRequiredService<DeadlineProcessor>().RunOnceAsync(TestContext.Current.CancellationToken);
        }
    }

    protected virtual void Prerequis()
    {
    }
}

public sealed class EcheancesSqliteTests(SqliteApiHost host) : EcheancesTests(host), IClassFixture<SqliteApiHost>;

[Trait("Database", "PostgreSQL")]
public sealed class EcheancesPostgresTests(PostgresApiHostFixture fixture) : EcheancesTests(fixture.Host), IClassFixture<PostgresApiHostFixture>
{
    protected override void Prerequis() => PostgresEnvironment.RequireConnectionString();
}
