using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Rafael.Engine.Comptes;
using Rafael.Engine.Persistence;
using Rafael.Engine.Rattachements;
using Rafael.Engine.Structures;
using Rafael.Specs.Hosting;
using Rafael.Specs.Runner;

namespace Rafael.Specs.Steps;

/// <summary>
/// The platform before anyone uses it: empty, with its first administrator. That administrator is the one thing no
/// request can create (creating accounts needs an administrator), so it is written through the Api's own services,
/// as an installation would; everything else goes through HTTP.
/// </summary>
public sealed class PlateformeSteps(RafaelApplication application, ScenarioContext context, Monde monde)
{
    /// <summary>The administrators' own structure, as the guides call it.</summary>
    public const string CapMetiers = "Cap Métiers";

    [Soit("une plateforme neuve administrée par {string}")]
    public async Task PlateformeNeuve(string email)
    {
        // The feature's scenarios share one database: each starts from nothing so that none depends on another.
        await application.ResetDataAsync(context.CancellationToken);
        await using var scope = application.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RafaelDbContext>();
        var comptes = scope.ServiceProvider.GetRequiredService<UserManager<Compte>>();
        var maintenant = application.Time.GetUtcNow();
        var structure = new Structure(
            "GIP Cap Métiers Nouvelle-Aquitaine", CapMetiers, "CAP METIERS", Siret.SansSiret,
            new AdresseStructure("102 avenue de Canéjan", "33600", "Pessac", "33"), TypesStructure.Administration, maintenant);
        db.Structures.Add(structure);
        var compte = new Compte(email, "Claire", "Administratrice", null, maintenant);
        compte.Activer();
        compte.NommerAdministrateur();
        var creation = await comptes.CreateAsync(compte, Monde.MotDePasseParDefaut);
        if (!creation.Succeeded)
        {
            throw new InvalidOperationException("Administrateur non créé : " + string.Join(" ", creation.Errors.Select(e => e.Description)));
        }

        var rattachement = new Rattachement(compte.Id, structure.Id, maintenant);
        rattachement.NommerReferent();
        db.Rattachements.Add(rattachement);
        compte.ChoisirStructureCourante(structure.Id);
        await db.SaveChangesAsync(context.CancellationToken);

        monde.AjouterStructure(CapMetiers, structure.Id);
        var administrateur = monde.AjouterPersonne(email, compte.Id, Monde.MotDePasseParDefaut);
        monde.NommerReferent(CapMetiers, administrateur);
        monde.Administrateur = email;
    }
}
