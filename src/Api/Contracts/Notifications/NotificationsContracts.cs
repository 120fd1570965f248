using System.Text.Json.Nodes;

namespace Rafael.Api.Contracts.Notifications;

/// <summary>An email template in the catalogue: what it is, who receives it, its versions.</summary>
/// <param name="Nom">The template's name (<c>compte.demande-acceptee</c>, <c>droits-attribues@financeur</c>…).</param>
/// <param name="Evenement">The event it belongs to (the outbox type after <c>notification.</c>).</param>
/// <param name="Description">What it says and when.</param>
/// <param name="Regles">The DOMAIN.md rules it serves.</param>
/// <param name="Essentiel">Essential emails cannot be turned off by their recipients.</param>
/// <param name="Destinataires">The recipient roles.</param>
/// <param name="TypeDonnees">The model DTO it receives (see <c>docs/notifications.md</c>).</param>
/// <param name="VersionPubliee">The number in force.</param>
/// <param name="Brouillon">The draft's number, if any.</param>
public sealed record ModeleResumeDto(string Nom, string Evenement, string Description, string Regles, bool Essentiel, IReadOnlyList<string> Destinataires, string TypeDonnees, int? VersionPubliee, int? Brouillon);

/// <summary>A template with its model: the variables it may use, with sample values.</summary>
/// <param name="Modele">The summary.</param>
/// <param name="Donnees">The model as the template sees it (snake_case), filled with sample data.</param>
/// <param name="Contenu">The text in force.</param>
public sealed record ModeleDetailDto(ModeleResumeDto Modele, JsonObject Donnees, string? Contenu);

/// <summary>Checking a template's text without saving it.</summary>
/// <param name="Contenu">The text.</param>
public sealed record ValidationModeleRequete(string? Contenu);

/// <summary>The result of a check: valid, or the errors with line and column.</summary>
/// <param name="Valide">Whether it can be saved.</param>
/// <param name="Erreurs">The errors, in French, each saying where.</param>
public sealed record ValidationModeleDto(bool Valide, IReadOnlyList<string> Erreurs);

/// <summary>
/// A preview: unsaved <c>contenu</c>, or a saved <c>version</c>, or the draft (<c>brouillon</c>), or else the
/// version in force; against the sample data, or a real entity's when <c>reference</c> is given (a request's id for
/// <c>compte.*</c>, a right's id for <c>droits-attribues</c>, an account's id for <c>compte.mot-de-passe-oublie</c>, an action's, a session's or a candidature's id for the others).
/// </summary>
/// <param name="Contenu">Unsaved text.</param>
/// <param name="Version">A version number.</param>
/// <param name="Brouillon">Whether to render the draft.</param>
/// <param name="Reference">A real entity's identifier.</param>
public sealed record ApercuRequete(string? Contenu, int? Version, bool? Brouillon, string? Reference);

/// <summary>A rendered email.</summary>
/// <param name="Modele">The template.</param>
/// <param name="Version">The version rendered (null for unsaved text).</param>
/// <param name="A">The recipient's address.</param>
/// <param name="Role">The recipient's role.</param>
/// <param name="Sujet">The subject.</param>
/// <param name="Html">The HTML part.</param>
/// <param name="Texte">The plain-text part.</param>
/// <param name="Donnees">The model it received.</param>
public sealed record ApercuDto(string Modele, int? Version, string A, string Role, string Sujet, string Html, string Texte, JsonObject Donnees);

/// <summary>One email a person receives, and whether they get it.</summary>
/// <param name="Modele">The email.</param>
/// <param name="Description">What it is.</param>
/// <param name="Essentiel">Essential: cannot be turned off.</param>
/// <param name="Actif">Whether the person receives it.</param>
public sealed record PreferenceNotificationDto(string Modele, string Description, bool Essentiel, bool Actif);

/// <summary>Turning an email on or off.</summary>
/// <param name="Actif">Whether to receive it.</param>
public sealed record PreferenceNotificationRequete(bool Actif);

/// <summary>An email in the outbox: pending, sent or parked.</summary>
/// <param name="Id">The outbox message.</param>
/// <param name="A">The recipient.</param>
/// <param name="Sujet">The subject.</param>
/// <param name="Modele">The template and version.</param>
/// <param name="Statut">en-attente, envoye or parque.</param>
/// <param name="Tentatives">Failed attempts.</param>
/// <param name="DerniereErreur">The last error.</param>
/// <param name="Le">When the event happened.</param>
/// <param name="EnvoyeLe">When it was delivered.</param>
public sealed record EmailDto(Guid Id, string A, string Sujet, string Modele, string Statut, int Tentatives, string? DerniereErreur, DateTimeOffset Le, DateTimeOffset? EnvoyeLe);
