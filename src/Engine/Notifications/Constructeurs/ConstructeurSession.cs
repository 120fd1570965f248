using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Catalogue;
using Rafael.Engine.Notifications.Destinataires;
using Rafael.Engine.Notifications.Donnees;
using Rafael.Engine.Persistence;

namespace Rafael.Engine.Notifications.Constructeurs;

/// <summary>
/// Sessions (sujet <c>session</c>: suppression requested, refused). Roles: <c>administrateurs</c>;
/// <c>of-responsable</c>, the catalogue managers of the action's Responsable structure (CAT-03).
/// </summary>
/// <param name="options">The platform's address, for links.</param>
public sealed class ConstructeurSession(OptionsNotifications options) : IConstructeurNotification
{
    /// <inheritdoc />
    public bool Accepte(DemandeNotification demande) => demande?.Sujet == SessionsService.TypeSujet;

    /// <inheritdoc />
    public async Task<ContexteNotification> ConstruireAsync(RafaelDbContext db, DemandeNotification demande, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(demande);
        var id = demande.Identifiant("id");
        var session = await db.Set<Session>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw new NotificationImpossibleException($"La session {id} n'existe plus.");
        var action = await db.Set<ActionFormation>().AsNoTracking().SingleAsync(a => a.Id == session.ActionId, cancellationToken);
        var donnees = new DonneesSession(
            await ConstructeurAction.ActionNotifieeAsync(db, action, cancellationToken),
            SessionNotifiee(session),
            session.MotifSuppression ?? string.Empty,
            $"{options.UrlPublique.TrimEnd('/')}/sessions/{session.Id}");
        var service = new DestinatairesService(db);
        var destinataires = new List<Destinataire>();
        foreach (var role in demande.Roles)
        {
            destinataires.AddRange(role switch
            {
                "administrateurs" => await service.AdministrateursAsync(role, cancellationToken),
                "of-responsable" => await service.CatalogueAsync(action.ResponsableId, role, cancellationToken),
                _ => throw new NotificationImpossibleException($"Le rôle « {role} » n'est pas un destinataire connu d'une session : administrateurs, of-responsable."),
            });
        }

        return new ContexteNotification(donnees, destinataires);
    }

    /// <summary>A session as templates see it: dates in words.</summary>
    /// <param name="session">The session.</param>
    /// <returns>The session.</returns>
    public static SessionNotifiee SessionNotifiee(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new SessionNotifiee(session.Reference, DatesEnLettres.De(session.DateDebut), DatesEnLettres.De(session.DateFin), session.Lieu.Ville);
    }
}
