using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Rafael.Portal.Services;

/// <summary>
/// MudBlazor's own words in French: the names screen readers announce for pagination buttons, menu groups, date
/// pickers, clear and close buttons (MudBlazor ships English only). A key not listed keeps MudBlazor's English.
/// </summary>
internal sealed class LocalisationMudBlazor : MudLocalizer
{
    private static readonly Dictionary<string, string> Textes = new(StringComparer.Ordinal)
    {
        ["MudAlert_Close"] = "Fermer",
        ["MudChip_Close"] = "Retirer",
        ["MudDialog_Close"] = "Fermer",
        ["MudSnackbar_Close"] = "Fermer le message",
        ["MudInput_Clear"] = "Effacer",
        ["MudInput_Increment"] = "Augmenter",
        ["MudInput_Decrement"] = "Diminuer",
        ["MudFormComponent_Required"] = "Obligatoire",
        ["MudSelect_SelectAll"] = "Tout sélectionner",
        ["MudNavGroup_ToggleExpand"] = "Déplier ou replier {0}",
        ["MudBreadcrumbs_Label"] = "Fil d'Ariane",
        ["MudPagination_FirstPage"] = "Première page",
        ["MudPagination_PreviousPage"] = "Page précédente",
        ["MudPagination_NextPage"] = "Page suivante",
        ["MudPagination_LastPage"] = "Dernière page",
        ["MudPagination_PageIndex"] = "Page {0}",
        ["MudPagination_CurrentPage"] = "Page {0}, page affichée",
        ["MudTablePager_FirstPage"] = "Première page",
        ["MudTablePager_PreviousPage"] = "Page précédente",
        ["MudTablePager_NextPage"] = "Page suivante",
        ["MudTablePager_LastPage"] = "Dernière page",
        ["MudDataGridPager_FirstPage"] = "Première page",
        ["MudDataGridPager_PreviousPage"] = "Page précédente",
        ["MudDataGridPager_NextPage"] = "Page suivante",
        ["MudDataGridPager_LastPage"] = "Dernière page",
        ["MudBaseDatePicker_Open"] = "Ouvrir le calendrier",
        ["MudBaseDatePicker_NextMonth"] = "Mois suivant {0}",
        ["MudBaseDatePicker_PrevMonth"] = "Mois précédent {0}",
        ["MudBaseDatePicker_NextYear"] = "Année suivante {0}",
        ["MudBaseDatePicker_PrevYear"] = "Année précédente {0}",
        ["MudTimePicker_Open"] = "Ouvrir le choix de l'heure",
        ["MudTable_Loading"] = "Chargement…",
        ["MudDataGrid_Loading"] = "Chargement…",
        ["MudTabs_ScrollLeft"] = "Défiler vers la gauche",
        ["MudTabs_ScrollRight"] = "Défiler vers la droite",
        ["MudTabs_ScrollUp"] = "Défiler vers le haut",
        ["MudTabs_ScrollDown"] = "Défiler vers le bas",
    };

    public override LocalizedString this[string key] =>
        Textes.TryGetValue(key, out var texte) && !texte.Contains('{', StringComparison.Ordinal)
            ? new LocalizedString(key, texte)
            : new LocalizedString(key, key, resourceNotFound: true);

    public override LocalizedString this[string key, params object[] arguments] =>
        Textes.TryGetValue(key, out var texte) && (arguments.Length > 0 || !texte.Contains('{', StringComparison.Ordinal))
            ? new LocalizedString(key, string.Format(System.Globalization.CultureInfo.CurrentCulture, texte, arguments))
            : new LocalizedString(key, key, resourceNotFound: true);
}
