using System.Text.Json;
using Rafael.Api.Contracts;
using Rafael.Specs.Runner;
using Xunit;

namespace Rafael.Specs.Steps;

/// <summary>An administrator acts on behalf of an account for support, and the journal keeps both identities (ACC-10).</summary>
public sealed class PriseDeControleSteps(Monde monde, HttpSteps http)
{
    [Quand("{string} prend le contrôle du compte de {string}")]
    public async Task PrendLeControle(string administrateur, string email) =>
        await http.EnvoyerAsync(await monde.ClientAsync(administrateur), HttpMethod.Post, $"api/auth/prendre-le-controle/{monde.Personne(email).Id}");

    [Quand("{string} rend la main")]
    public async Task RendLaMain(string administrateur) =>
        await http.EnvoyerAsync(await monde.ClientAsync(administrateur), HttpMethod.Post, "api/auth/rendre-la-main");

    [Alors("{string} agit pour le compte de {string}")]
    public async Task AgitPourLeCompteDe(string administrateur, string email)
    {
        var moi = await Moi(administrateur);
        Assert.Equal(monde.Personne(email).Id, moi.Id);
        Assert.Equal(monde.Personne(administrateur).Id, moi.ControlePar);
    }

    [Alors("{string} agit en son propre nom")]
    public async Task AgitEnSonNom(string email)
    {
        var moi = await Moi(email);
        Assert.Equal(monde.Personne(email).Id, moi.Id);
        Assert.Null(moi.ControlePar);
    }

    [Alors("le journal montre l'action {string} faite par {string} pour le compte de {string}")]
    public async Task LeJournalMontre(string action, string administrateur, string email)
    {
        var entrees = await Journal(email);
        var admin = monde.Personne(administrateur).Id.ToString();
        var compte = monde.Personne(email).Id.ToString();
        Assert.True(
            entrees.Any(e => e.GetProperty("action").GetString() == action && Id(e, "compteId") == compte && Id(e, "administrateurId") == admin),
            $"Aucune entrée « {action} » au nom de {email} par {administrateur} : {string.Join(" ; ", entrees.Select(Resume))}");
    }

    [Alors("le journal montre l'action {string} faite par {string} en son propre nom")]
    public async Task LeJournalMontreEnSonNom(string action, string email)
    {
        var entrees = await Journal(email);
        var compte = monde.Personne(email).Id.ToString();
        Assert.True(
            entrees.Any(e => e.GetProperty("action").GetString() == action && Id(e, "compteId") == compte && Id(e, "administrateurId") is null),
            $"Aucune entrée « {action} » faite par {email} sans administrateur : {string.Join(" ; ", entrees.Select(Resume))}");
    }

    /// <summary>The journal as administrators read it, filtered on the account (as actor or as the one acted for).</summary>
    private async Task<List<JsonElement>> Journal(string email)
    {
        await http.EnvoyerAsync(await monde.ClientAsync(monde.Administrateur), HttpMethod.Get, $"api/journal?compteId={monde.Personne(email).Id}&max=1000");
        http.ExigerSucces("Lecture du journal");
        using var document = JsonDocument.Parse(http.Body);
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private static string? Id(JsonElement entree, string propriete) =>
        entree.TryGetProperty(propriete, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Resume(JsonElement e) =>
        $"{e.GetProperty("action").GetString()} {e.GetProperty("entityType").GetString()} compte={Id(e, "compteId")} admin={Id(e, "administrateurId")}";

    private async Task<MoiDto> Moi(string email)
    {
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Get, "api/moi");
        http.ExigerSucces($"{email} lit son compte");
        return http.Lire<MoiDto>();
    }
}
