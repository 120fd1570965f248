using FluentValidation;
using Rafael.Api.Contracts.Candidatures;

namespace Rafael.Api.Validation.Candidatures;

/// <summary>LOT-01: a selection and a date.</summary>
internal sealed class ConvocationLotRequeteValidator : AbstractValidator<ConvocationLotRequete>
{
    public ConvocationLotRequeteValidator()
    {
        RuleFor(r => r.Candidatures).NotEmpty().WithName("La sélection");
        RuleFor(r => r.Date).NotNull().WithName("La date de convocation");
    }
}

/// <summary>LOT-01: a selection, each with its attendance.</summary>
internal sealed class ResultatsLotRequeteValidator : AbstractValidator<ResultatsLotRequete>
{
    public ResultatsLotRequeteValidator()
    {
        RuleFor(r => r.Candidatures).NotEmpty().WithName("La sélection");
        RuleForEach(r => r.Candidatures).ChildRules(c => c.RuleFor(x => x.Resultat).NotNull().WithName("La présence ou l'absence").IsInEnum());
    }
}

/// <summary>LOT-01: a step and a selection, each with its answer.</summary>
internal sealed class AvisLotRequeteValidator : AbstractValidator<AvisLotRequete>
{
    public AvisLotRequeteValidator()
    {
        RuleFor(r => r.Etape).NotNull().WithName("L'étape")
            .Must(e => e is Engine.Candidatures.EtapeLot.AvisEnAttente or Engine.Candidatures.EtapeLot.ListeAttente)
            .WithMessage("L'avis se donne à l'étape « Avis de recrutement en attente » ou depuis la liste d'attente.");
        RuleFor(r => r.Candidatures).NotEmpty().WithName("La sélection");
        RuleForEach(r => r.Candidatures).ChildRules(c => c.RuleFor(x => x.Retenue).NotNull().WithName("La réponse « Recrutement accepté ? »"));
    }
}
