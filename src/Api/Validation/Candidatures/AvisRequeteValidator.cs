using FluentValidation;
using Rafael.Api.Contracts.Candidatures;

namespace Rafael.Api.Validation.Candidatures;

/// <summary>AVIS-02, AVIS-06: the answer is mandatory; the rest is checked by the rule sets, which name their rule.</summary>
internal sealed class AvisRequeteValidator : AbstractValidator<AvisRequete>
{
    public AvisRequeteValidator()
    {
        RuleFor(r => r.Retenue).NotNull().WithName("La réponse « Recrutement accepté ? »");
    }
}
