using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Persistence;
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

    [Fact]
    public async Task Le_balayage_en_lot_ecrit_pour_chaque_candidature_son_etat_son_journal_ses_messages_et_ses_echeances_AVIS_07()
    {
        Prerequis();
        var ids = await CandidaturesEnAttenteAsync("Lot", 4);
        var versions = await host.DbAsync(db => db.Candidatures.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Version));
        var maintenant = await RendreDuesAsync(ids);

        await BalayerAsync(ids);

        var echeances = await host.DbAsync(db => db.Set<Deadline>().Where(d => ids.Select(i => i.ToString()).Contains(d.SubjectId)).ToListAsync());
        var journal = await host.DbAsync(db => db.Journal.Where(j => j.Action == "echeance.avis-non-transmis").ToListAsync());
        var messages = await host.DbAsync(db => db.Outbox.Select(m => new { m.Type, m.IdempotencyKey, m.Payload }).ToListAsync());
        foreach (var id in ids)
        {
            var candidature = await host.DbAsync(db => db.Candidatures.SingleAsync(c => c.Id == id));
            Assert.Equal(Candidature.AvisNonTransmis, candidature.Status);
            Assert.Equal(maintenant, candidature.AvisLe);
            Assert.Equal(versions[id] + 1, candidature.Version);
            var avis = Assert.Single(echeances, d => d.SubjectId == id.ToString() && d.Name == "avis-non-transmis");
            Assert.Equal(DeadlineState.Fired, avis.State);
            Assert.Equal(maintenant, avis.FiredAt);
            Assert.Null(avis.ClaimedBy);
            // The state's exit cancelled the reminder, not yet due: found among the batch's deadlines.
            Assert.Equal(DeadlineState.Cancelled, Assert.Single(echeances, d => d.SubjectId == id.ToString() && d.Name == "relance-avis").State);
            var ligne = Assert.Single(journal, j => j.EntityType == nameof(Candidature) && j.EntityId == id.ToString());
            Assert.Contains($"{{\"avant\":\"{Candidature.AConvoquer}\",\"apres\":\"{Candidature.AvisNonTransmis}\"}}", ligne.Changes, StringComparison.Ordinal);
            Assert.Contains(Candidature.AvisNonTransmis, ligne.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain("\"Version\"", ligne.Changes, StringComparison.Ordinal);
            Assert.Single(journal, j => j.EntityType == nameof(Deadline) && j.EntityId == avis.Id.ToString());
            foreach (var type in new[] { "agora.avis", "kairos.avis", "notification.candidature.avis-donne" })
            {
                Assert.Single(messages, m => m.Type == type && m.IdempotencyKey.StartsWith($"{type}:candidature:{id}:", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public async Task Une_echeance_qui_echoue_echoue_seule_et_les_autres_du_lot_passent_AVIS_07()
    {
        Prerequis();
        var ids = await CandidaturesEnAttenteAsync("Illisible", 3);
        var maintenant = await RendreDuesAsync(ids);
        var echeances = host.Services.GetRequiredService<DeadlineScheduler>();
        await host.DbAsync(async db =>
        {
            await echeances.SetAsync(db, CandidaturesService.TypeSujet, "pas-un-identifiant", "avis-non-transmis", "passerEnAvisNonTransmis", maintenant.AddDays(-2));
            return await db.SaveChangesAsync();
        });

        try
        {
            await BalayerAsync(ids);

            Assert.All(await host.DbAsync(db => db.Candidatures.Where(c => ids.Contains(c.Id)).Select(c => c.Status).ToListAsync()), s => Assert.Equal(Candidature.AvisNonTransmis, s));
            Assert.Equal(ids.Count, await host.DbAsync(db => db.Outbox.CountAsync(m => m.Type == "agora.avis" && ids.Select(i => i.ToString()).Any(i => m.Payload.Contains(i)))));
            var illisible = await host.DbAsync(db => db.Set<Deadline>().SingleAsync(d => d.SubjectId == "pas-un-identifiant"));
            Assert.Equal(DeadlineState.Pending, illisible.State);
            Assert.True(illisible.Attempts >= 1);
            Assert.NotNull(illisible.LastError);
        }
        finally
        {
            // Later sweeps of this host must not meet it again.
            await host.DbAsync(async db =>
            {
                await echeances.CancelAsync(db, CandidaturesService.TypeSujet, "pas-un-identifiant", "avis-non-transmis");
                return await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task Une_candidature_changee_depuis_sa_lecture_fait_echouer_l_ecriture_en_lot_qui_n_ecrit_rien()
    {
        Prerequis();
        var ids = await CandidaturesEnAttenteAsync("Conflit", 2);
        var avant = await host.EmpreinteAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RafaelDbContext>();
        var candidatures = await db.Candidatures.AsTracking().Where(c => ids.Contains(c.Id)).ToListAsync(TestContext.Current.CancellationToken);
        // Someone else changes the second one meanwhile.
        await host.DbAsync(autre => autre.Candidatures.Where(c => c.Id == ids[1]).ExecuteUpdateAsync(s => s.SetProperty(c => c.Version, c => c.Version + 1)));

        await using (var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            candidatures.ForEach(c => c.EnregistrerIssueAutomatique(host.Time.GetUtcNow()));
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => EnregistrementEnLot.EnregistrerAsync(db, TestContext.Current.CancellationToken));
        }

        Assert.Equal(avant, await host.EmpreinteAsync());
        Assert.Equal(0, await host.DbAsync(autre => autre.Candidatures.CountAsync(c => ids.Contains(c.Id) && c.AvisLe != null)));
    }

    [Fact]
    public async Task L_ecriture_en_lot_ecarte_d_elle_meme_les_messages_dont_la_cle_est_deja_ecrite()
    {
        Prerequis();
        var (id, version, cleEcrite, cleNouvelle) = await MessageDejaEcritAsync("Doublon");

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RafaelDbContext>();
        await using (var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            await PreparerAsync(db, id, cleEcrite, cleNouvelle);
            await EnregistrementEnLot.EnregistrerAsync(db, TestContext.Current.CancellationToken);
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
        }

        Assert.False(OutboxWriter.KeyChecksDeferred(db));
        await VerifierAsync(id, version, cleEcrite, cleNouvelle);
    }

    [Fact]
    public async Task Une_ecriture_en_lot_rendue_a_SaveChanges_versionne_journalise_et_verifie_les_cles_une_seule_fois()
    {
        Prerequis();
        var (id, version, cleEcrite, cleNouvelle) = await MessageDejaEcritAsync("Repli");

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RafaelDbContext>();
        await using (var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            await PreparerAsync(db, id, cleEcrite, cleNouvelle);
            // A deletion is not written set-based: the whole unit of work goes through SaveChanges.
            var relance = await db.Set<Deadline>().AsTracking().SingleAsync(d => d.SubjectId == id.ToString() && d.Name == "relance-avis", TestContext.Current.CancellationToken);
            db.Remove(relance);
            await EnregistrementEnLot.EnregistrerAsync(db, TestContext.Current.CancellationToken);
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
        }

        Assert.False(OutboxWriter.KeyChecksDeferred(db));
        await VerifierAsync(id, version, cleEcrite, cleNouvelle);
        Assert.False(await host.DbAsync(autre => autre.Set<Deadline>().AnyAsync(d => d.SubjectId == id.ToString() && d.Name == "relance-avis")));
    }

    // A candidature en attente, and a message already written under the key that the test adds again.
    private async Task<(Guid Id, int Version, string CleEcrite, string CleNouvelle)> MessageDejaEcritAsync(string nom)
    {
        var id = (await CandidaturesEnAttenteAsync(nom, 1))[0];
        var cleEcrite = $"agora.avis:candidature:{id}:test-deja-ecrit";
        var outbox = host.Services.GetRequiredService<OutboxWriter>();
        await host.DbAsync(async db =>
        {
            await outbox.AddAsync(db, "agora.avis", "{\"premier\":true}", cleEcrite);
            return await db.SaveChangesAsync();
        });
        var version = await host.DbAsync(db => db.Candidatures.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());
        return (id, version, cleEcrite, $"agora.avis:candidature:{id}:test-nouveau");
    }

    // As the sweep does: key checks deferred, the message already written added again (not looked up), a new one, a change.
    private async Task PreparerAsync(RafaelDbContext db, Guid id, string cleEcrite, string cleNouvelle)
    {
        var outbox = host.Services.GetRequiredService<OutboxWriter>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var candidature = await db.Candidatures.AsTracking().SingleAsync(c => c.Id == id, TestContext.Current.CancellationToken);
        OutboxWriter.DeferKeyChecks(db);
        Assert.NotNull(await outbox.AddAsync(db, "agora.avis", "{\"premier\":false}", cleEcrite, TestContext.Current.CancellationToken));
        Assert.NotNull(await outbox.AddAsync(db, "agora.avis", "{}", cleNouvelle, TestContext.Current.CancellationToken));
        Assert.Null(await outbox.AddAsync(db, "agora.avis", "{}", cleNouvelle, TestContext.Current.CancellationToken));
        candidature.EnregistrerIssueAutomatique(host.Time.GetUtcNow());
    }

    // The candidature's version bumped once and its change journaled once; the message already written kept as it was.
    private async Task VerifierAsync(Guid id, int version, string cleEcrite, string cleNouvelle)
    {
        var candidature = await host.DbAsync(db => db.Candidatures.SingleAsync(c => c.Id == id));
        Assert.Equal(version + 1, candidature.Version);
        Assert.NotNull(candidature.AvisLe);
        var journal = await host.DbAsync(db => db.Journal.Where(j => j.EntityType == nameof(Candidature) && j.EntityId == id.ToString() && j.Operation == "modification" && j.Changes.Contains("AvisLe")).ToListAsync());
        Assert.DoesNotContain("\"Version\"", Assert.Single(journal).Changes, StringComparison.Ordinal);
        var messages = await host.DbAsync(db => db.Outbox.Where(m => m.IdempotencyKey == cleEcrite || m.IdempotencyKey == cleNouvelle).ToListAsync());
        Assert.Equal("{\"premier\":true}", Assert.Single(messages, m => m.IdempotencyKey == cleEcrite).Payload);
        Assert.Single(messages, m => m.IdempotencyKey == cleNouvelle);
    }

    private async Task<List<Guid>> CandidaturesEnAttenteAsync(string nom, int nombre)
    {
        var session = await Parcours.SessionAsync(host, s => s with { DateDebut = new DateOnly(2026, 9, 1), DateFin = new DateOnly(2026, 12, 1), DateLimiteInscription = new DateOnly(2026, 8, 1) });
        var prescripteur = await host.ConnecterAsync(Comptes.Prescripteur3);
        var ids = new List<Guid>();
        for (var i = 0; i < nombre; i++)
        {
            ids.Add(await Parcours.CandidatureAsync(prescripteur, session.Id, $"{nom}-{i}"));
        }

        return ids;
    }

    // Without moving this host's clock (other tests set it): their Avis non transmis deadline falls due a day ago.
    private async Task<DateTimeOffset> RendreDuesAsync(List<Guid> ids)
    {
        var maintenant = host.Time.GetUtcNow();
        var sujets = ids.Select(i => i.ToString()).ToList();
        await host.DbAsync(db => db.Set<Deadline>().Where(d => sujets.Contains(d.SubjectId) && d.Name == "avis-non-transmis")
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.DueAt, maintenant.AddDays(-1)).SetProperty(d => d.NextAttemptAt, maintenant.AddDays(-1)).SetProperty(d => d.Version, d => d.Version + 1)));
        return maintenant;
    }

    // The background processor may take some first: both are fine.
    private async Task BalayerAsync(List<Guid> ids)
    {
        for (var i = 0; i < 50 && await host.DbAsync(db => db.Candidatures.AnyAsync(c => ids.Contains(c.Id) && c.Status != Candidature.AvisNonTransmis)); i++)
        {
            await host.Services.GetRequiredService<DeadlineProcessor>().RunOnceAsync(TestContext.Current.CancellationToken);
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
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
