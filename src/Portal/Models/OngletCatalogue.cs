namespace Rafael.Portal.Models;

/// <summary>A catalogue tab (CIR-07): the action status it lists, its label, and what to do when it is empty.</summary>
public sealed record OngletCatalogue(string Statut, string Libelle, string SiVide)
{
    /// <summary>The tabs of the actions an OF creates itself.</summary>
    public static IReadOnlyList<OngletCatalogue> NonConventionnees { get; } =
    [
        new("alerte", "Alerte", "Aucune action en alerte : les administrateurs n'attendent rien de vous."),
        new("publiee", "Publiées", "Aucune action publiée : validez un brouillon, il sera publié après la vérification des administrateurs."),
        new("creee", "Créées", "Aucune action en attente de vérification."),
        new("modifiee", "Modifiées", "Aucune modification de certification en attente de vérification."),
        new("brouillon", "Mes brouillons", "Aucun brouillon : créez une action avec « Nouvelle action »."),
        new("archivee", "Archivées", "Aucune action archivée."),
        new("supprimee", "Supprimées", "Aucune action supprimée."),
    ];

    /// <summary>The tabs of funded actions (CIR-07).</summary>
    public static IReadOnlyList<OngletCatalogue> Conventionnees { get; } =
    [
        new("alerte", "Alerte", "Aucune action conventionnée en alerte."),
        new("publiee", "Publiées", "Aucune action conventionnée publiée : elles arrivent du financeur (import de l'offre financée)."),
        new("en-attente-validation", "En attente de validation", "Aucune action conventionnée en attente de validation."),
        new("en-attente-publication", "En attente de publication", "Aucune action conventionnée en attente de publication."),
        new("archivee", "Archivées", "Aucune action conventionnée archivée."),
        new("supprimee", "Supprimées", "Aucune action conventionnée supprimée."),
    ];
}
