using FluentValidation;
using Rafael.Api.Contracts.Catalogue;

namespace Rafael.Api.Validation.Catalogue;

/// <summary>CAT-07, CAT-14: the funded fields of a conventionnée session.</summary>
internal sealed class FinancementRequeteValidator : AbstractValidator<FinancementRequete>
{
    public FinancementRequeteValidator()
    {
        RuleFor(f => f.MesureId).NotNull().WithMessage("La mesure de la session est obligatoire.");
        RuleFor(f => f.NumeroMarche).MaximumLength(60).WithName("Le n° de marché");
        RuleFor(f => f.Places).NotNull().WithMessage("L'effectif visé (places) est obligatoire.").GreaterThan(0).WithMessage("L'effectif visé compte au moins une place.");
        RuleFor(f => f.CapaciteAccueil).NotNull().WithMessage("La capacité d'accueil est obligatoire.");
        RuleFor(f => f.CapaciteAccueil)
            .GreaterThanOrEqualTo(f => f.Places).When(f => f.Places is not null && f.CapaciteAccueil is not null)
            .WithMessage("La capacité d'accueil ne peut pas être inférieure à l'effectif visé.");
        RuleFor(f => f.EffectifMinimal)
            .LessThanOrEqualTo(f => f.Places).When(f => f.Places is not null && f.EffectifMinimal is not null)
            .WithMessage("L'effectif minimal ne peut pas dépasser l'effectif visé.");
        RuleFor(f => f.EffectifMinimal).GreaterThanOrEqualTo(0).WithMessage("L'effectif minimal ne peut pas être négatif.");
        RuleFor(f => f.Coefficient).NotNull().WithMessage("Le coefficient de candidatures est obligatoire.");
        RuleFor(f => f.DateLimiteInscription).NotNull().WithMessage("La date limite d'inscription est obligatoire.");
        RuleFor(f => f.DateLimiteEntreeTardive).NotNull().WithMessage("La date limite d'entrée tardive est obligatoire.");
        RuleFor(f => f.DateLimiteInscription)
            .LessThanOrEqualTo(f => f.DateLimiteEntreeTardive)
            .When(f => f.DateLimiteInscription is not null && f.DateLimiteEntreeTardive is not null)
            .WithMessage("La date limite d'inscription ne peut pas être postérieure à la date limite d'entrée tardive : modifiez l'une ou l'autre (CAT-14).");
        RuleFor(f => f.RatioSuiteParcours).InclusiveBetween(0, 100).When(f => f.RatioSuiteParcours is not null).WithMessage("Le ratio suite de parcours va de 0 à 100.");
    }
}
