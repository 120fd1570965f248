namespace Rafael.Engine.Notifications.Preferences;

/// <summary>One email a person receives, and whether they may and did turn it off.</summary>
/// <param name="Modele">The email (the event's template name).</param>
/// <param name="Description">What it is.</param>
/// <param name="Essentielle">Essential emails cannot be turned off.</param>
/// <param name="Active">Whether the person receives it.</param>
public sealed record PreferenceNotification(string Modele, string Description, bool Essentielle, bool Active);
