using FluentValidation;
using Rafael.Api.Contracts.Catalogue;

namespace Rafael.Api.Validation.Catalogue;

/// <summary>A reason is short plain text.</summary>
internal sealed class MotifRequeteValidator : AbstractValidator<MotifRequete>
{
    public MotifRequeteValidator() => RuleFor(m => m.Motif).Texte("Motif", 500);
}
