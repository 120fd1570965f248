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
        var preparation = PreparerEnregistrement();
        Journal.AddRange(preparation.Journal);
        return EnregistrerPrepareAsync(preparation, acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// The first half of every save, ordinary or set-based (<see cref="EnregistrementEnLot"/>), so that they cannot
    /// drift: changes detected, the versions of the changed aggregates bumped, the journal of the changes, and what
    /// DASH-01 must recount.
    /// </summary>
    /// <param name="ajoutsSansNavigationDetectes">
    /// Whether the added entities that have no navigation can be taken as they are, without detecting their changes:
    /// all their values are written anyway, and nothing can hang from them. A batch of thousands of new messages then
    /// costs no scan; the other entries are detected one by one.
    /// </param>
    /// <returns>The journal entries (not added to the unit of work) and the DASH-01 changes.</returns>
    internal PreparationEnregistrement PreparerEnregistrement(bool ajoutsSansNavigationDetectes = false)
    {
        // Changes are detected once here; the look-ups below would otherwise detect them again over the whole unit of work.
        var detectionAuto = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            if (ajoutsSansNavigationDetectes)
            {
                foreach (var entry in ChangeTracker.Entries())
                {
                    if (entry.State != EntityState.Added || entry.Metadata.GetNavigations().Any() || entry.Metadata.GetSkipNavigations().Any())
                    {
                        entry.DetectChanges();
                    }
                }
            }
            else
            {
                ChangeTracker.DetectChanges();
            }

            foreach (var entry in ChangeTracker.Entries<IVersionne>().Where(e => e.State == EntityState.Modified).ToList())
            {
                entry.Entity.IncrementerVersion();
                // Only the version changed since the detection: marked as such rather than detected again.
                if (entry.Metadata.FindProperty(nameof(IVersionne.Version)) is { } version)
                {
                    entry.Property(version.Name).IsModified = true;
                }
                else
                {
                    entry.DetectChanges();
                }
            }

            var journal = JournalRecorder.Record(ChangeTracker, this.journal, time.GetUtcNow());
            return new PreparationEnregistrement(journal, ComptageTableauDeBord.Reperer(ChangeTracker));
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detectionAuto;
        }
    }

    /// <summary>The second half of an ordinary save: EF's own, with the DASH-01 recount in the same transaction.</summary>
    /// <param name="preparation">What <see cref="PreparerEnregistrement"/> gave, its journal added to the unit of work.</param>
    /// <param name="acceptAllChangesOnSuccess">As for <see cref="DbContext.SaveChangesAsync(bool, CancellationToken)"/>.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>How many rows were written.</returns>
    internal Task<int> EnregistrerPrepareAsync(PreparationEnregistrement preparation, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken) =>
        preparation.Comptage is null
            ? base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken)
            : ComptageTableauDeBord.EnregistrerAsync(this, preparation.Comptage, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(RafaelDbContext).Assembly);
        builder.ApplyWorkflowModel();
    }
}
