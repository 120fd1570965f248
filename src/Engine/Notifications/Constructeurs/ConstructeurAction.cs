using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Catalogue;
using Rafael.Engine.Notifications.Destinataires;
using Rafael.Engine.Notifications.Donnees;
using Rafael.Engine.Persistence;

namespace Rafael.Engine.Notifications.Constructeurs;

/// <summary>
/// Training actions (sujet <c>action</c>: to check, Alerte, published). Roles: <c>administrateurs</c>;
/// <c>of-responsable</c>, the catalogue managers (profile catalogue or général) of the Responsable structure (CAT-03).
/// </summary>
/// <param name="options">The platform's address, for links.</param>
public sealed class ConstructeurAction(OptionsNotifications options) : IConstructeurNotification
{
    /// <inheritdoc />
    public bool Accepte(DemandeNotification demande) => demande?.Sujet == CatalogueService.TypeSujet;

    /// <inheritdoc />
    public async Task<ContexteNotification> ConstruireAsync(RafaelDbContext db, DemandeNotification demande, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(demande);
        var id = demande.Identifiant("id");
        var action = await db.Set<ActionFormation>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotificationImpossibleException($"L'action {id} n'existe plus.");
        var notifiee = await ActionNotifieeAsync(db, action, cancellationToken);
        var donnees = new DonneesAction(notifiee, action.DemandeComplements ?? string.Empty, $"{options.UrlPublique.TrimEnd('/')}/actions/{action.Id}");
        var service = new DestinatairesService(db);
        var destinataires = new List<Destinataire>();
        foreach (var role in demande.Roles)
        {
            destinataires.AddRange(role switch
            {
                "administrateurs" => await service.AdministrateursAsync(role, cancellationToken),
                "of-responsable" => await service.CatalogueAsync(action.ResponsableId, role, cancellationToken),
                _ => throw new NotificationImpossibleException($"Le rôle « {role} » n'est pas un destinataire connu d'une action : administrateurs, of-responsable."),
            });
        }

        return new ContexteNotification(donnees, destinataires);
    }

    /// <summary>An action as templates see it, with its Responsable.</summary>
    /// <param name="db">The unit of work.</param>
    /// <param name="action">The action.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The action.</returns>
    public static async Task<ActionNotifiee> ActionNotifieeAsync(RafaelDbContext db, ActionFormation action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(action);
        var responsable = await db.Structures.AsNoTracking().Where(s => s.Id == action.ResponsableId)
            .Select(s => new StructureNotifiee(s.Nom, s.Siret)).SingleOrDefaultAsync(cancellationToken);
        return new ActionNotifiee(action.Reference, action.Intitule, responsable ?? new StructureNotifiee(string.Empty, string.Empty));
    }
}
