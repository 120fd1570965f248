using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Candidatures;
using Rafael.Engine.Common;
using Rafael.Engine.Catalogue;
using Rafael.Engine.Comptes;
using Rafael.Engine.Demandes;
using Rafael.Engine.Habilitations;
using Rafael.Engine.Journal;
using Rafael.Engine.Rattachements;
using Rafael.Engine.Structures;
using Rafael.Workflows;
using Rafael.Workflows.Outbox;

namespace Rafael.Engine.Persistence;

/// <summary>
/// The system of record. One instance is one unit of work: a command changes entities, then one
/// <c>SaveChangesAsync</c> commits the state, its journal entries and its outbox messages
/// together. Each provider has a subclass that owns its migrations.
/// </summary>
public abstract class RafaelDbContext : IdentityUserContext<Compte, Guid>
{
    private readonly IJournalContext? journal;
    private readonly TimeProvider time;

    /// <summary>Creates the context.</summary>
    /// <param name="options">Provider options.</param>
    /// <param name="journal">Who acts, for the journal; null at design time.</param>
    /// <param name="time">The clock; the system clock when not given.</param>
    protected RafaelDbContext(DbContextOptions options, IJournalContext? journal, TimeProvider? time)
        : base(options)
    {
        this.journal = journal;
        this.time = time ?? TimeProvider.System;
    }

    /// <summary>Structures.</summary>
    public DbSet<Structure> Structures => Set<Structure>();

    /// <summary>Attachments of people to structures, with their profiles.</summary>
    public DbSet<Rattachement> Rattachements => Set<Rattachement>();

    /// <summary>Account, affiliation and structure requests.</summary>
    public DbSet<Demande> Demandes => Set<Demande>();

    /// <summary>Dispositifs.</summary>
    public DbSet<Dispositif> Dispositifs => Set<Dispositif>();

    /// <summary>Mesures.</summary>
    public DbSet<Mesure> Mesures => Set<Mesure>();

    /// <summary>Préinscription rights.</summary>
    public DbSet<DroitPreinscription> DroitsPreinscription => Set<DroitPreinscription>();

    /// <summary>Actions de formation.</summary>
    public DbSet<ActionFormation> Actions => Set<ActionFormation>();

    /// <summary>Sessions.</summary>
    public DbSet<Session> Sessions => Set<Session>();

    /// <summary>Candidatures (préinscriptions).</summary>
    public DbSet<Candidatures.Candidature> Candidatures => Set<Candidatures.Candidature>();

    /// <summary>Stored reports of funded-offer imports (CAT-04).</summary>
    public DbSet<Catalogue.Import.ImportOffre> ImportsOffre => Set<Catalogue.Import.ImportOffre>();

    /// <summary>The journal of every change.</summary>
    public DbSet<JournalEntry> Journal => Set<JournalEntry>();

    /// <summary>Messages waiting to leave.</summary>
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    /// <summary>The journal context of this unit of work, so a command can name its action.</summary>
    public IJournalContext? JournalContext => journal;

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries<IVersionne>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.IncrementerVersion();
            }
        }

        Journal.AddRange(JournalRecorder.Record(ChangeTracker, journal, time.GetUtcNow()));
        var comptage = ComptageTableauDeBord.Reperer(ChangeTracker);
        return comptage is null
            ? base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken)
            : ComptageTableauDeBord.EnregistrerAsync(this, comptage, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(RafaelDbContext).Assembly);
        builder.ApplyWorkflowModel();
    }
}
