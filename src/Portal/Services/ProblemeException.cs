using Rafael.Portal.Models;

namespace Rafael.Portal.Services;

/// <summary>The Api refused or failed: the problem it sent, to show on the page.</summary>
public sealed class ProblemeException(Probleme probleme) : Exception(probleme.Titre)
{
    /// <summary>The problem as the Api described it.</summary>
    public Probleme Probleme { get; } = probleme;
}
