using FluentValidation;
using Rafael.Rules;

namespace Rafael.Api.Validation.Catalogue;

/// <summary>CAT-06 on a free text field: no text entirely in capitals, plain text only, a maximum length.</summary>
internal static class TexteCatalogue
{
    /// <summary>"RAS" (rien à signaler) is the one all-capitals text the guide allows, for the conditions d'accès (CAT-05).</summary>
    public const string RienASignaler = "RAS";

    public static IRuleBuilderOptions<T, string?> Texte<T>(this IRuleBuilder<T, string?> regle, string libelle, int longueurMax) =>
        regle
            .Must(v => !Rules.Texte.EstEnMajuscules(v) || v!.Trim() == RienASignaler)
            .WithMessage($"Le champ « {libelle} » est entièrement en majuscules : écrivez-le en minuscules avec des majuscules initiales (CAT-06).")
            .Must(v => !Rules.Texte.ContientDuBalisage(v))
            .WithMessage($"Le champ « {libelle} » doit être du texte brut, sans balises ; les listes à puces s'écrivent avec « - » ou « • » (CAT-06).")
            .Must(v => Rules.Texte.Longueur(v) <= longueurMax)
            .WithMessage((_, v) => $"Le champ « {libelle} » compte {Rules.Texte.Longueur(v)} caractères pour {longueurMax} au plus (CAT-06).");

    public static IRuleBuilderOptions<T, string?> TexteObligatoire<T>(this IRuleBuilderInitial<T, string?> regle, string libelle, int longueurMax) =>
        regle
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage($"Le champ « {libelle} » est obligatoire.")
            .Texte(libelle, longueurMax);
}
