using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rafael.Api.Contracts;
using Rafael.Specs.Runner;
using Xunit;

namespace Rafael.Specs.Steps;

/// <summary>Funders' dispositifs and mesures (HAB-01), préinscription rights given by an administrator (HAB-02, HAB-03),
/// and the notice of rights given (HAB-04).</summary>
public sealed class HabilitationsSteps(Monde monde, HttpSteps http, BaseDeDonnees bd)
{
    private const string DroitsAttribues = "notification.droits-attribues";

    [Soit("les dispositifs suivants :")]
    public async Task LesDispositifsSuivants(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var ligne in table.Rows)
        {
            await CreeLeDispositif(ligne["code"], ligne["libellé"], ligne["financeur"]);
            http.ExigerSucces($"Création du dispositif {ligne["code"]}");
            foreach (var mesure in Libelles.Liste(ligne["mesures"]))
            {
                await AjouteLaMesure(ligne["code"], mesure, "Mesure " + mesure);
                http.ExigerSucces($"Création de la mesure {mesure}");
            }
        }
    }

    [Quand("l'administrateur crée le dispositif {string} {string} du financeur {string}")]
    public async Task CreeLeDispositif(string code, string libelle, string financeur)
    {
        var response = await http.EnvoyerAsync(await monde.ClientAsync(monde.Administrateur), HttpMethod.Post, "api/habilitations/dispositifs",
            new DispositifCreation(code, libelle, monde.Structure(financeur)));
        if (response.IsSuccessStatusCode)
        {
            monde.Dispositifs[code] = http.Lire<DispositifDto>().Id;
        }
    }

    [Quand("l'administrateur ajoute au dispositif {string} la mesure {string} {string}")]
    public async Task AjouteLaMesure(string dispositif, string code, string libelle)
    {
        var response = await http.EnvoyerAsync(await monde.ClientAsync(monde.Administrateur), HttpMethod.Post,
            $"api/habilitations/dispositifs/{monde.Dispositifs[dispositif]}/mesures", new MesureCreation(code, libelle));
        if (response.IsSuccessStatusCode)
        {
            monde.Mesures[code] = http.Lire<MesureDto>().Id;
        }
    }

    [Alors("{string} voit les dispositifs :")]
    public async Task VoitLesDispositifs(string email, Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Get, "api/habilitations/dispositifs");
        http.ExigerSucces($"{email} consulte les dispositifs");
        var lus = http.Lire<List<DispositifDto>>().Select(d => $"{d.Code} | {d.Libelle} | {d.Financeur} | {string.Join(", ", d.Mesures.Select(m => m.Code))}").ToList();
        var attendus = table.Rows.Select(r => $"{r["code"]} | {r["libellé"]} | {r["financeur"]} | {r["mesures"]}").ToList();
        Assert.True(attendus.SequenceEqual(lus), $"Attendu :\n{string.Join("\n", attendus)}\nLu :\n{string.Join("\n", lus)}");
    }

    [Soit("les droits de préinscription suivants :")]
    public async Task LesDroitsSuivants(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var ligne in table.Rows)
        {
            await DonneLeDroit(ligne["structure"], ligne["mesure"]);
            http.ExigerSucces($"Droit de {ligne["structure"]} sur {ligne["mesure"]}");
        }
    }

    [Quand("l'administrateur donne à {string} le droit de préinscription sur la mesure {string}")]
    public async Task DonneLeDroit(string structure, string mesure) =>
        await http.EnvoyerAsync(await monde.ClientAsync(monde.Administrateur), HttpMethod.Post, "api/habilitations/droits",
            new DroitCreation(monde.Structure(structure), monde.Mesures[mesure]));

    private async Task ConsulteLesDroits(string email) =>
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Get, "api/habilitations/droits");

    [Quand("{string} consulte les droits de préinscription de {string}")]
    public async Task ConsulteLesDroitsDe(string email, string structure) =>
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Get, $"api/habilitations/droits?structureId={monde.Structure(structure)}");

    [Alors("{string} peut préinscrire sur les mesures :")]
    public async Task PeutPreinscrireSur(string email, Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var lus = await Droits(email);
        var attendus = table.Rows.Select(r => $"{r["structure"]} | {r["dispositif"]} | {r["mesure"]}").ToList();
        Assert.True(attendus.SequenceEqual(lus), $"Attendu :\n{string.Join("\n", attendus)}\nLu :\n{string.Join("\n", lus)}");
    }

    [Alors("{string} ne peut préinscrire sur aucune mesure")]
    public async Task NePeutPreinscrire(string email) => Assert.Empty(await Droits(email));

    [Alors("le financeur {string} et la structure {string} sont avertis du droit sur la mesure {string}")]
    public async Task SontAvertis(string financeur, string structure, string mesure)
    {
        var avis = await Avis();
        var attendu = (monde.Structure(financeur), monde.Structure(structure), monde.Mesures[mesure]);
        Assert.True(avis.Contains(attendu),
            $"Aucun message « {DroitsAttribues} » pour {financeur}, {structure} et {mesure} ({avis.Count} message(s) de ce type dans la boîte d'envoi).");
    }

    [Alors("aucun avis de droit n'est envoyé à {string}")]
    public async Task AucunAvis(string structure) =>
        Assert.DoesNotContain(await Avis(), a => a.Structure == monde.Structure(structure));

    private async Task<List<string>> Droits(string email)
    {
        await ConsulteLesDroits(email);
        http.ExigerSucces($"{email} consulte ses droits de préinscription");
        return [.. http.Lire<List<DroitDto>>().Select(d => $"{d.Structure} | {d.Dispositif} | {d.Mesure}")];
    }

    /// <summary>The outbox is where notices wait to leave; no request shows it, so it is read in the database.</summary>
    private async Task<List<(Guid Financeur, Guid Structure, Guid Mesure)>> Avis()
    {
        var contenus = await bd.LireAsync(db => db.Outbox.AsNoTracking().Where(m => m.Type == DroitsAttribues).Select(m => m.Payload).ToListAsync());
        return [.. contenus.Select(c =>
        {
            using var document = JsonDocument.Parse(c);
            var racine = document.RootElement;
            return (racine.GetProperty("financeurId").GetGuid(), racine.GetProperty("structureId").GetGuid(), racine.GetProperty("mesureId").GetGuid());
        })];
    }
}
