using FluentValidation;
using Rafael.Api.Contracts.Candidatures;

namespace Rafael.Api.Validation.Candidatures;

/// <summary>AVIS-01: a convocation has a date.</summary>
internal sealed class ConvocationRequeteValidator : AbstractValidator<ConvocationRequete>
{
    public ConvocationRequeteValidator()
    {
        RuleFor(r => r.Date).NotNull().WithName("La date de convocation");
    }
}
