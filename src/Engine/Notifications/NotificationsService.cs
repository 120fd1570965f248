using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Notifications.Destinataires;
using Rafael.Engine.Notifications.Preferences;
using Rafael.Engine.Notifications.Rendu;
using Rafael.Engine.Persistence;
using Rafael.Engine.Processus;

namespace Rafael.Engine.Notifications;

/// <summary>
/// Turns a notification into rendered emails: builds the model from the real entities, resolves the recipients,
/// leaves out those who turned a non-essential email off, and renders each one's template in force (published:
/// a draft changes nothing sent). Every email renders or none does.
/// </summary>
/// <param name="constructeurs">The model builders, one per kind of subject or direct event.</param>
/// <param name="options">The platform's name and address.</param>
public sealed class NotificationsService(IEnumerable<IConstructeurNotification> constructeurs, OptionsNotifications options)
{
    private readonly ConcurrentDictionary<(string, int), ModeleEmail> analyses = new();

    /// <summary>The platform's settings.</summary>
    public OptionsNotifications Options => options;

    /// <summary>Builds a notification's model and recipients.</summary>
    /// <param name="db">A unit of work to read from.</param>
    /// <param name="demande">The notification.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The model and the recipients (each address once).</returns>
    /// <exception cref="NotificationImpossibleException">Unknown email, no builder, entity gone, unknown role.</exception>
    public async Task<ContexteNotification> ConstruireAsync(RafaelDbContext db, DemandeNotification demande, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(demande);
        if (!CatalogueNotifications.Tous.ContainsKey(demande.Modele))
        {
            throw new NotificationImpossibleException($"« {demande.Modele} » n'est pas un email de la plateforme.");
        }

        var constructeur = constructeurs.FirstOrDefault(c => c.Accepte(demande))
            ?? throw new NotificationImpossibleException($"Aucun constructeur de modèle pour « {demande.Modele} » (sujet « {demande.Sujet} »).");
        var contexte = await constructeur.ConstruireAsync(db, demande, cancellationToken);
        return contexte with
        {
            Destinataires = [.. contexte.Destinataires.DistinctBy(d => d.Email.ToUpperInvariant())],
        };
    }

    /// <summary>Renders the emails of a notification with the templates in force.</summary>
    /// <param name="db">A unit of work to read from.</param>
    /// <param name="demande">The notification.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>One email per recipient who did not turn it off.</returns>
    /// <exception cref="NotificationImpossibleException">See <see cref="ConstruireAsync"/>, or no template published.</exception>
    /// <exception cref="RenduModeleException">A template failed to render.</exception>
    public async Task<IReadOnlyList<EmailAEnvoyer>> PreparerAsync(RafaelDbContext db, DemandeNotification demande, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var contexte = await ConstruireAsync(db, demande, cancellationToken);
        var type = CatalogueNotifications.Tous[demande.Modele];
        var destinataires = contexte.Destinataires;
        if (!type.Essentielle)
        {
            var comptes = destinataires.Where(d => d.CompteId is not null).Select(d => d.CompteId!.Value).ToList();
            var coupes = await db.Set<Desabonnement>().AsNoTracking()
                .Where(d => d.Modele == type.Nom && comptes.Contains(d.CompteId))
                .Select(d => d.CompteId)
                .ToListAsync(cancellationToken);
            destinataires = [.. destinataires.Where(d => d.CompteId is not { } id || !coupes.Contains(id))];
        }

        var emails = new List<EmailAEnvoyer>();
        foreach (var destinataire in destinataires)
        {
            var (nom, numero, modele) = await ModeleEnVigueurAsync(db, type, destinataire.Role, cancellationToken);
            try
            {
                emails.Add(new EmailAEnvoyer(destinataire, nom, numero, MoteurModeles.Rendre(modele, DonneesModele.Construire(contexte.Donnees, destinataire, options))));
            }
            catch (RenduModeleException e)
            {
                throw new RenduModeleException($"Modèle « {nom} » version {numero} : {e.Message}", e);
            }
        }

        return emails;
    }

    /// <summary>Renders a template's text for one recipient (previews).</summary>
    /// <param name="contenu">The template's text.</param>
    /// <param name="donnees">The model.</param>
    /// <param name="destinataire">The recipient.</param>
    /// <returns>The email, or the parse errors.</returns>
    /// <exception cref="RenduModeleException">It failed to render.</exception>
    public (EmailRendu? Email, IReadOnlyList<ErreurModele> Erreurs) Rendre(string contenu, object donnees, Destinataire destinataire)
    {
        var (modele, erreurs) = MoteurModeles.Analyser(contenu);
        return modele is null ? (null, erreurs) : (MoteurModeles.Rendre(modele, DonneesModele.Construire(donnees, destinataire, options)), erreurs);
    }

    private async Task<(string Nom, int Numero, ModeleEmail Modele)> ModeleEnVigueurAsync(RafaelDbContext db, TypeNotification type, string role, CancellationToken cancellationToken)
    {
        foreach (var nom in new[] { type.ModelePour(role), type.Nom }.Distinct())
        {
            var version = await db.Set<DocumentVersion>().AsNoTracking()
                .Where(d => d.Type == TypeDocument.Modele && d.Nom == nom && d.Statut == StatutDocument.Publiee)
                .OrderByDescending(d => d.Numero)
                .Select(d => new { d.Numero, d.Contenu })
                .FirstOrDefaultAsync(cancellationToken);
            if (version is null)
            {
                continue;
            }

            var modele = analyses.GetOrAdd((nom, version.Numero), _ =>
            {
                var (analyse, erreurs) = MoteurModeles.Analyser(version.Contenu);
                return analyse ?? throw new RenduModeleException($"Modèle « {nom} » version {version.Numero} : {string.Join(" ; ", erreurs)}");
            });
            return (nom, version.Numero, modele);
        }

        throw new NotificationImpossibleException($"Aucune version publiée du modèle « {type.ModelePour(role)} ».");
    }
}
