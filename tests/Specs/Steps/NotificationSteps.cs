using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Notifications;
using Rafael.Engine.Notifications.Envoi;
using Rafael.Specs.Runner;
using Xunit;

namespace Rafael.Specs.Steps;

/// <summary>
/// Emails (NOTIF-01): they leave through the outbox, so the steps run it, then read what was delivered to whom in
/// the database (the scenario's own, whatever the sender).
/// </summary>
public sealed class NotificationSteps(Monde monde, HttpSteps http, BaseDeDonnees bd, BoiteEnvoi boite, ScenarioContext context)
{
    [Alors("{string} reçoit l'email {string}")]
    public async Task RecoitLEmail(string email, string sujet)
    {
        var recus = await RecusAsync(email);
        Assert.True(recus.Count(e => e.Sujet == sujet) == 1,
            $"{email} devait recevoir une fois « {sujet} » ; reçus : {string.Join(" | ", recus.Select(e => e.Sujet))}");
    }

    [Alors("{string} ne reçoit aucun email")]
    public async Task NeRecoitRien(string email)
    {
        var recus = await RecusAsync(email);
        Assert.True(recus.Count == 0, $"{email} ne devait rien recevoir ; reçus : {string.Join(" | ", recus.Select(e => e.Sujet))}");
    }

    [Alors("l'email {string} reçu par {string} dit {string}")]
    public async Task LEmailDit(string sujet, string email, string texte)
    {
        var recu = (await RecusAsync(email)).Single(e => e.Sujet == sujet);
        Assert.Contains(texte, recu.Texte, StringComparison.Ordinal);
    }

    [Quand("{string} désactive l'email {string}")]
    public async Task Desactive(string email, string modele) =>
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Put, $"api/moi/notifications/{modele}", new { actif = false });

    [Quand("l'administrateur enregistre un brouillon du modèle {string} avec le sujet {string}")]
    public async Task EnregistreUnBrouillon(string modele, string sujet)
    {
        var lignes = ModelesLivres.Lire(modele)!.Split('\n').ToList();
        lignes[lignes.IndexOf("=== sujet ===") + 1] = sujet;
        await http.EnvoyerAsync(await monde.ClientAsync(monde.Administrateur), HttpMethod.Put, $"api/modeles/{modele}/brouillon", new { contenu = string.Join('\n', lignes) });
        http.ExigerSucces($"brouillon du modèle {modele}");
    }

    [Quand("l'administrateur publie le modèle {string}")]
    public async Task Publie(string modele)
    {
        await http.EnvoyerAsync(await monde.ClientAsync(monde.Administrateur), HttpMethod.Post, $"api/modeles/{modele}/publier", new { commentaire = "Nouveau texte." });
        http.ExigerSucces($"publication du modèle {modele}");
    }

    /// <summary>Runs the outbox until nothing is due, then lists what was delivered to the address.</summary>
    private async Task<List<EmailSortant>> RecusAsync(string email)
    {
        await boite.DistribuerAsync(context.CancellationToken);

        var contenus = await bd.LireAsync(db => db.Outbox.AsNoTracking()
            .Where(m => m.Type == EmailSortant.TypeOutbox && m.ProcessedAt != null)
            .Select(m => m.Payload)
            .ToListAsync(context.CancellationToken));
        return [.. contenus
            .Select(c => JsonSerializer.Deserialize<EmailSortant>(c, JsonApi.Options)!)
            .Where(e => string.Equals(e.A, email, StringComparison.OrdinalIgnoreCase))];
    }
}
