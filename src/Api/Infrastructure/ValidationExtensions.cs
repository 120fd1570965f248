namespace Rafael.Api.Infrastructure;

/// <summary>Adds body validation to an endpoint.</summary>
internal static class ValidationExtensions
{
    public static RouteHandlerBuilder Valider<T>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();
}
