var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health", () => TypedResults.Ok("ok"));
app.Run();

/// <summary>Entry point, visible to the test hosts.</summary>
public partial class Program;
