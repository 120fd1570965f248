using FluentValidation;
using Rafael.Api.Validation.Catalogue;

namespace Rafael.Api.Contracts.Catalogue.Import;

/// <summary>CAT-04, CAT-05, CAT-07, CAT-14: an import line is checked by the forms' own validators, plus its keys.</summary>
internal sealed class LigneImportRequeteValidator : AbstractValidator<LigneImportRequete>
{
    public LigneImportRequeteValidator()
    {
        RuleFor(l => l.Mesure).NotEmpty().WithMessage("Le code de la mesure est obligatoire (il désigne le dispositif et le financeur).");
        RuleFor(l => l.IdentifiantAction).NotEmpty().WithMessage("L'identifiant de l'action chez le financeur est obligatoire.").MaximumLength(60).WithName("L'identifiant de l'action");
        RuleFor(l => l.IdentifiantSession).NotEmpty().WithMessage("L'identifiant de la session chez le financeur est obligatoire.").MaximumLength(60).WithName("L'identifiant de la session");
        RuleFor(l => l.NumeroMarche).MaximumLength(60).WithName("Le n° de marché");
        RuleFor(l => l.SiretResponsable).NotEmpty().WithMessage("Le SIRET de l'organisme responsable est obligatoire.");
        RuleFor(l => l.SiretResponsable).Matches("^[0-9]{14}$").When(l => !string.IsNullOrEmpty(l.SiretResponsable)).WithMessage("Un SIRET compte 14 chiffres.");
        RuleFor(l => l.SiretFormateur).Matches("^[0-9]{14}$").When(l => !string.IsNullOrEmpty(l.SiretFormateur)).WithMessage("Un SIRET compte 14 chiffres.");
        RuleFor(l => l.SiretPositionneur).Matches("^[0-9]{14}$").When(l => !string.IsNullOrEmpty(l.SiretPositionneur)).WithMessage("Un SIRET compte 14 chiffres.");
        RuleFor(l => l.Action).SetValidator(new ActionRequeteValidator());
        RuleFor(l => l.Session).SetValidator(new SessionRequeteValidator());

        // The mesure is given by its code in a file; the form's validator wants its id, resolved later by the engine.
        RuleFor(l => l.Session.Financement).NotNull().WithMessage("Une ligne d'offre conventionnée porte ses champs de financement.");
    }
}
