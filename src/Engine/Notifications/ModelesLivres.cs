using Rafael.Engine.Processus;

namespace Rafael.Engine.Notifications;

/// <summary>The templates Rafael ships (<c>Notifications/Modeles/*.modele</c>), seeded as published version 1.</summary>
public static class ModelesLivres
{
    private const string Prefixe = "Rafael.Notifications.Modeles.";

    /// <summary>The text of a shipped template, or null.</summary>
    /// <param name="nom">The template's name.</param>
    /// <returns>Its text.</returns>
    public static string? Lire(string nom)
    {
        using var flux = typeof(ModelesLivres).Assembly.GetManifestResourceStream($"{Prefixe}{nom}.modele");
        if (flux is null)
        {
            return null;
        }

        using var lecteur = new StreamReader(flux);
        return lecteur.ReadToEnd();
    }

    /// <summary>(type, name, content) of every shipped template.</summary>
    /// <returns>The templates.</returns>
    public static IEnumerable<(TypeDocument Type, string Nom, string Contenu)> Tous() =>
        CatalogueNotifications.Tous.Values
            .SelectMany(t => t.Modeles)
            .Select(nom => (Nom: nom, Contenu: Lire(nom)))
            .Where(m => m.Contenu is not null)
            .Select(m => (TypeDocument.Modele, m.Nom, m.Contenu!));
}
