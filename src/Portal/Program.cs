using System.Globalization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using MudBlazor.Services;
using Rafael.Portal;
using Rafael.Portal.Services;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.RootComponents.Add<HeadOutlet>("head::after");

// The portal talks only to the Api that serves it: same origin, so the session cookie goes with every call.
builder.Services.AddScoped(_ => new HttpClient { BaseAddress = new Uri(builder.HostEnvironment.BaseAddress) });
builder.Services.AddScoped<ApiClient>();
builder.Services.AddScoped<Session>();
builder.Services.AddMudServices(o =>
{
    o.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomLeft;
    o.SnackbarConfiguration.VisibleStateDuration = 6000;
    // A fading message is unreadable (and fails the contrast check) while it fades: messages appear and go at once.
    o.SnackbarConfiguration.ShowTransitionDuration = 0;
    o.SnackbarConfiguration.HideTransitionDuration = 0;
});

builder.Services.AddTransient<MudBlazor.MudLocalizer, LocalisationMudBlazor>();

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");

await builder.Build().RunAsync();
