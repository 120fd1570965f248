using Rafael.Engine.Persistence;

namespace Rafael.Engine.Notifications;

/// <summary>Builds the model and the recipients of the notifications about one kind of subject, from the real entities.</summary>
public interface IConstructeurNotification
{
    /// <summary>Whether it builds this notification.</summary>
    /// <param name="demande">The notification.</param>
    /// <returns>True if it does.</returns>
    bool Accepte(DemandeNotification demande);

    /// <summary>Reads the entities and builds the model and the recipients.</summary>
    /// <param name="db">A unit of work to read from.</param>
    /// <param name="demande">The notification.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The model and the recipients.</returns>
    /// <exception cref="NotificationImpossibleException">The entity is gone or a role is unknown.</exception>
    Task<ContexteNotification> ConstruireAsync(RafaelDbContext db, DemandeNotification demande, CancellationToken cancellationToken);
}
