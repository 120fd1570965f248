using System.Globalization;
using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Rafael.Engine.Comptes;
using Rafael.Engine.Journal;
using Rafael.Engine.Persistence;

namespace Rafael.Api.Infrastructure;

/// <summary>Everything the Api needs, registered in one place so that Program.cs stays short.</summary>
internal static class ApiServiceCollectionExtensions
{
    public static WebApplicationBuilder AddRafaelApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRafaelEngine(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddHttpContextAccessor();
        services.AddScoped<IJournalContext, HttpJournalContext>();
        services.AddScoped<ActeurCourant>();

        services.AddIdentityApiEndpoints<Compte>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<RafaelDbContext>()
            .AddErrorDescriber<FrenchIdentityErrorDescriber>();
        services.AddScoped<IUserStore<Compte>, RafaelUserStore>();
        services.AddScoped<IUserConfirmation<Compte>, CompteActifConfirmation>();
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = c =>
        {
            // Keep the administrator's identity when the cookie is refreshed during a taken control (ACC-10).
            var admin = c.CurrentPrincipal?.FindFirst(RafaelClaims.Administrateur);
            if (admin is not null)
            {
                c.NewPrincipal?.Identities.First().AddClaim(admin);
            }

            return Task.CompletedTask;
        });
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "rafael";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = c => Statut(c.Response, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => Statut(c.Response, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(AdministrateurRequirement.Policy, p => p.RequireAuthenticatedUser().AddRequirements(new AdministrateurRequirement()));
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, AdministrateurRequirement>();

        services.AddProblemDetails(o => o.CustomizeProblemDetails = c => c.ProblemDetails.Title = TitresFrancais.Pour(c.ProblemDetails));
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddValidatorsFromAssemblyContaining<Program>(includeInternalTypes: true);
        ValidatorOptions.Global.LanguageManager.Culture = CultureInfo.GetCultureInfo("fr");
        var langue = (FluentValidation.Resources.LanguageManager)ValidatorOptions.Global.LanguageManager;
        langue.AddTranslation("fr", "NotEmptyValidator", "{PropertyName} est obligatoire.");
        langue.AddTranslation("fr", "NotNullValidator", "{PropertyName} est obligatoire.");
        langue.AddTranslation("fr", "MaximumLengthValidator", "{PropertyName} ne doit pas dépasser {MaxLength} caractères (vous en avez saisi {TotalLength}).");
        ValidatorOptions.Global.PropertyNameResolver = (_, member, expression) =>
        {
            var chemin = expression is null ? member?.Name : FluentValidation.Internal.PropertyChain.FromExpression(expression).ToString();
            // FluentValidation's settings are global: RulesEngine's own validators go through here too, with empty names.
            return string.IsNullOrEmpty(chemin) ? chemin : string.Join('.', chemin.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
        };
        services.AddOpenApi();
        if (builder.Configuration.GetValue("Rafael:Processeurs", true))
        {
            services.AddHostedService<ProcesseursEnArrierePlan>();
        }

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("base-de-donnees");
        return builder;
    }

    private static Task Statut(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
