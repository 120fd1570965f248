using FluentValidation;
using Rafael.Api.Contracts.Catalogue;

namespace Rafael.Api.Validation.Catalogue;

/// <summary>CAT-04: a conventionnée action names its Responsable.</summary>
internal sealed class ActionConventionneeRequeteValidator : AbstractValidator<ActionConventionneeRequete>
{
    public ActionConventionneeRequeteValidator()
    {
        RuleFor(r => r.ResponsableId).NotNull().WithMessage("Indiquez l'organisme responsable de l'action.");
        RuleFor(r => r.Action).NotNull().WithMessage("Décrivez l'action.");
        RuleFor(r => r.Action!).SetValidator(new ActionRequeteValidator()).When(r => r.Action is not null);
    }
}
