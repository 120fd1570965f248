using MudBlazor;

namespace Rafael.Portal.Layout;

/// <summary>The portal's colours: contrasts checked for WCAG AA on white and on the primary bar.</summary>
public static class Theme
{
    public static MudTheme Rafael { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b4f8a",
            Secondary = "#7a3e9d",
            Tertiary = "#1b6e4a",
            Success = "#1b6e4a",
            Info = "#0b5f8a",
            Warning = "#8a5300",
            Error = "#b3261e",
            AppbarBackground = "#0b4f8a",
            TextSecondary = "rgba(0,0,0,0.70)",
            ActionDisabled = "rgba(0,0,0,0.45)",
        },
    };
}
