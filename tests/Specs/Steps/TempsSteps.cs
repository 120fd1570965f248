using Microsoft.Extensions.DependencyInjection;
using Rafael.Specs.Hosting;
using Rafael.Specs.Runner;
using Xunit;

namespace Rafael.Specs.Steps;

/// <summary>The date of the scenario: the Api's clock is a fake one that these steps set.</summary>
public sealed class TempsSteps(RafaelApplication application)
{
    // Without an hour, a working morning: deadlines "at the end of the day" stay ahead.
    private static readonly TimeOnly Morning = new(9, 0);

    [Soit("nous sommes le {date}")]
    public void NousSommesLe(DateOnly date) => application.SetNow(date, Morning);

    [Soit("nous sommes le {date} à {time}")]
    public void NousSommesLeA(DateOnly date, TimeOnly time) => application.SetNow(date, time);

    [Alors("pour la plateforme nous sommes le {date}")]
    public void PourLaPlateformeNousSommesLe(DateOnly date)
    {
        var clock = application.Services.GetRequiredService<TimeProvider>();
        Assert.Equal(date, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
    }
}
