using FluentValidation;
using Rafael.Api.Contracts.Catalogue;

namespace Rafael.Api.Validation.Catalogue;

/// <summary>The text of an Alerte is plain text.</summary>
internal sealed class EtapeCircuitRequeteValidator : AbstractValidator<EtapeCircuitRequete>
{
    public EtapeCircuitRequeteValidator() => RuleFor(m => m.Demande).Texte("Demande d'informations", 2000);
}
