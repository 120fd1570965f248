using FluentValidation;
using Rafael.Api.Contracts.Candidatures;

namespace Rafael.Api.Validation.Candidatures;

/// <summary>AVIS-01: présence, absence justifiée or absence non justifiée.</summary>
internal sealed class ResultatConvocationRequeteValidator : AbstractValidator<ResultatConvocationRequete>
{
    public ResultatConvocationRequeteValidator()
    {
        RuleFor(r => r.Resultat).NotNull().WithName("Le résultat de la convocation").IsInEnum();
    }
}
