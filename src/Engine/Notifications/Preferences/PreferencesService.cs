using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Common;
using Rafael.Engine.Persistence;

namespace Rafael.Engine.Notifications.Preferences;

/// <summary>
/// Each person turns the non-essential emails on and off for themselves (NOTIF-01); essential ones (account
/// decisions, alerts, reminders of AVIS-07, cancelled sessions) cannot be turned off.
/// </summary>
/// <param name="db">The unit of work.</param>
/// <param name="time">The clock.</param>
public sealed class PreferencesService(RafaelDbContext db, TimeProvider time)
{
    /// <summary>Every email with the caller's choice.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The emails, essential ones first.</returns>
    public async Task<IReadOnlyList<PreferenceNotification>> ListerAsync(Acteur acteur, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        var coupes = await db.Set<Desabonnement>().AsNoTracking().Where(d => d.CompteId == acteur.CompteId).Select(d => d.Modele).ToListAsync(cancellationToken);
        return [.. CatalogueNotifications.Tous.Values
            .OrderByDescending(t => t.Essentielle).ThenBy(t => t.Nom, StringComparer.Ordinal)
            .Select(t => new PreferenceNotification(t.Nom, t.Description, t.Essentielle, t.Essentielle || !coupes.Contains(t.Nom)))];
    }

    /// <summary>Turns an email on or off for the caller.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="modele">The email.</param>
    /// <param name="active">Whether they want it.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The new choice.</returns>
    /// <exception cref="IntrouvableException">No such email.</exception>
    /// <exception cref="RegleRefuseeException">The email is essential (NOTIF-01).</exception>
    public async Task<PreferenceNotification> ChoisirAsync(Acteur acteur, string modele, bool active, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        var type = (modele is null ? null : CatalogueNotifications.Tous.GetValueOrDefault(modele))
            ?? throw new IntrouvableException($"« {modele} » n'est pas un email de la plateforme.");
        if (type.Essentielle && !active)
        {
            throw new RegleRefuseeException("NOTIF-01", $"L'email « {type.Nom} » est essentiel : il ne peut pas être désactivé.", "active");
        }

        var existant = await db.Set<Desabonnement>().SingleOrDefaultAsync(d => d.CompteId == acteur.CompteId && d.Modele == type.Nom, cancellationToken);
        if (active && existant is not null)
        {
            db.Remove(existant);
        }
        else if (!active && existant is null)
        {
            db.Add(new Desabonnement(acteur.CompteId, type.Nom, time.GetUtcNow()));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new PreferenceNotification(type.Nom, type.Description, type.Essentielle, active);
    }
}
