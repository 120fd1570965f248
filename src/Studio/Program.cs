using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using MudBlazor.Services;
using Rafael.Studio;
using Rafael.Studio.Services;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.RootComponents.Add<HeadOutlet>("head::after");

// The Api serves the Studio: same origin, so the sign-in cookie goes with every call.
var origine = new Uri(new Uri(builder.HostEnvironment.BaseAddress).GetLeftPart(UriPartial.Authority));
builder.Services.AddScoped(_ => new HttpClient { BaseAddress = origine });
builder.Services.AddScoped<StudioApi>();
builder.Services.AddMudServices();

await builder.Build().RunAsync();
