using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Candidatures;
using Rafael.Engine.Catalogue;
using Rafael.Engine.Persistence;

namespace Rafael.Engine.Demo;

/// <summary>
/// Demo candidatures on the demo funded sessions, made through the real services (rules, journal, outbox, deadlines),
/// one command per scope as the Api does, relative to the injected clock: so that the dashboards and lists are alive
/// after <c>dotnet run</c>. Every state an OF meets is there: to convoke, convoked, verdict to give, retained, not
/// retained, waiting list, a Niveau 1 draft in the Niveau 3's queue, and a session ended ten days ago whose verdicts
/// switch to Avis non transmis within 15 days.
/// </summary>
public static class CandidaturesDemo
{
    private const string Nadia = "prescripteur3@demo.rafael.fr";
    private const string Hugo = "prescripteur1@demo.rafael.fr";
    private const string Lea = "prescripteur2@demo.rafael.fr";
    private const string Marc = "capemploi@demo.rafael.fr";
    private const string Karim = "preinscription.of@demo.rafael.fr";
    private const string Maite = "referent.pau@demo.rafael.fr";
    private const string Region = "financeur@demo.rafael.fr";

    /// <summary>Loads the demo candidatures; the demo accounts and catalogue must be saved already.</summary>
    /// <param name="services">The root (or a scope's) service provider.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    public static async Task ChargerAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var demo = new Chargeur(services, cancellationToken);
        var aujourdhui = JoursParis.Date(services.GetRequiredService<TimeProvider>().GetUtcNow());
        var informatique = await demo.SessionAsync("Technicien d'assistance informatique");
        var remiseANiveau = await demo.SessionAsync("Remise à niveau : français et mathématiques");
        var restauration = await demo.SessionAsync("Agent de restauration");
        var competencesCles = await demo.SessionAsync("Compétences clés et savoirs de base");
        var vente = await demo.SessionAsync("Conseiller de vente");

        // Technicien d'assistance informatique (Institut Garonne): the whole recruitment.
        await demo.PreinscrireAsync(Nadia, informatique, "Moreau", "Inès", new DateOnly(1998, 2, 11), "4521789A");
        await demo.PreinscrireAsync(Lea, informatique, "Lefebvre", "Yanis", new DateOnly(2003, 9, 30), null);
        await demo.PreinscrireAsync(Marc, informatique, "Garcia", "Sofia", new DateOnly(1989, 12, 4), "3318820B");
        var convoque = await demo.PreinscrireAsync(Nadia, informatique, "Bonnet", "Lucas", new DateOnly(1995, 6, 21), "4521790C");
        await demo.ConvoquerAsync(Karim, convoque, aujourdhui.AddDays(3));
        var aDonner = await demo.PreinscrireAsync(Lea, informatique, "Fontaine", "Chloé", new DateOnly(2001, 4, 2), null);
        await demo.PresentAsync(Karim, aDonner, aujourdhui.AddDays(-2));
        var retenue = await demo.PreinscrireAsync(Nadia, informatique, "Mercier", "Thomas", new DateOnly(1992, 1, 17), "4521791D");
        await demo.PresentAsync(Karim, retenue, aujourdhui.AddDays(-3));
        await demo.AvisAsync(Karim, retenue, new AvisSaisi(true, informatique.DateDebut, informatique.DateFin, 35, null, null, "Projet professionnel solide."));
        var tempsPartiel = await demo.PreinscrireAsync(Marc, informatique, "Girard", "Emma", new DateOnly(1986, 8, 8), "3318821E");
        await demo.PresentAsync(Karim, tempsPartiel, aujourdhui.AddDays(-3));
        await demo.AvisAsync(Karim, tempsPartiel, new AvisSaisi(true, informatique.DateDebut, informatique.DateFin, 17.5m, null, null, "Temps partiel (RQTH)."));
        var absent = await demo.PreinscrireAsync(Nadia, informatique, "Roux", "Nathan", new DateOnly(1999, 11, 23), "4521792F");
        await demo.ConvoquerAsync(Karim, absent, aujourdhui.AddDays(-4));
        await demo.ResultatAsync(Karim, absent, ResultatConvocation.AbsenceNonJustifiee);
        var prerequis = await demo.PreinscrireAsync(Lea, informatique, "Faure", "Manon", new DateOnly(2004, 3, 15), null);
        await demo.PresentAsync(Karim, prerequis, aujourdhui.AddDays(-3));
        await demo.AvisAsync(Karim, prerequis, new AvisSaisi(false, null, null, null, "prerequis-non-satisfaits", "Niveau en mathématiques à consolider avant l'entrée.", null));
        var attente = await demo.PreinscrireAsync(Nadia, informatique, "André", "Jules", new DateOnly(1997, 7, 7), "4521793G");
        await demo.PresentAsync(Karim, attente, aujourdhui.AddDays(-2));
        await demo.AvisAsync(Karim, attente, new AvisSaisi(false, null, null, null, "session-complete", null, "Sur liste d'attente."));

        // Agent de restauration (Campus de Pau).
        await demo.PreinscrireAsync(Nadia, restauration, "Lambert", "Léna", new DateOnly(2000, 10, 12), "4521794H");
        await demo.PreinscrireAsync(Lea, restauration, "Chevalier", "Hugo", new DateOnly(1994, 5, 28), null);
        var pau = await demo.PreinscrireAsync(Marc, restauration, "Robin", "Camille", new DateOnly(1991, 2, 3), "3318822J");
        await demo.PresentAsync(Maite, pau, aujourdhui.AddDays(-1));
        await demo.AvisAsync(Maite, pau, new AvisSaisi(true, restauration.DateDebut, restauration.DateFin, 35, null, null, null));

        // Compétences clés (HSP, Campus de Pau): no selection, administrative conformity.
        await demo.PreinscrireAsync(Nadia, competencesCles, "Perrin", "Adam", new DateOnly(1985, 9, 9), "4521795K");
        var conforme = await demo.PreinscrireAsync(Lea, competencesCles, "Morel", "Jade", new DateOnly(2002, 12, 1), null);
        await demo.AvisAsync(Maite, conforme, new AvisSaisi(true, competencesCles.DateDebut, competencesCles.DateFin, 20, null, null, null));

        // Conseiller de vente (POEC, Institut Garonne): a Niveau 1 draft waiting for the Niveau 3 of the agency.
        await demo.PreinscrireAsync(Hugo, vente, "Blanc", "Rayan", new DateOnly(1996, 1, 25), "4521796L");
        await demo.PreinscrireAsync(Nadia, vente, "Guerin", "Louise", new DateOnly(1993, 6, 6), "4521797M");

        // Remise à niveau (Institut Garonne): the funder moves the session to have ended ten days ago, so that its
        // verdicts still awaited switch to Avis non transmis within 15 days (AVIS-07, DASH-01).
        await demo.PreinscrireAsync(Nadia, remiseANiveau, "Muller", "Noah", new DateOnly(1990, 4, 14), "4521798N");
        await demo.PreinscrireAsync(Lea, remiseANiveau, "Henry", "Alice", new DateOnly(2005, 1, 19), null);
        await demo.PreinscrireAsync(Hugo, remiseANiveau, "Rousseau", "Paul", new DateOnly(1988, 10, 2), "4521799P");
        await demo.TerminerAsync(Region, remiseANiveau, aujourdhui.AddDays(-70), aujourdhui.AddDays(-10));
    }

    private sealed class Chargeur(IServiceProvider services, CancellationToken cancellationToken)
    {
        public async Task<SessionCandidatable> SessionAsync(string intitule)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RafaelDbContext>();
            var id = await db.Sessions.Join(db.Actions, s => s.ActionId, a => a.Id, (s, a) => new { s.Id, a.Intitule, s.Conventionnee })
                .Where(x => x.Intitule == intitule && x.Conventionnee).Select(x => x.Id).FirstAsync(cancellationToken);
            return await scope.ServiceProvider.GetRequiredService<ISessionsCandidatables>().TrouverAsync(id, cancellationToken)
                ?? throw new InvalidOperationException($"Session de démonstration introuvable : {intitule}.");
        }

        public Task<Guid> PreinscrireAsync(string email, SessionCandidatable session, string nom, string prenom, DateOnly naissance, string? identifiantFt) =>
            CommandeAsync(email, async (c, a) => (await c.PreinscrireAsync(
                a, session.Id, new Candidat(nom, prenom, naissance, $"{prenom}.{nom}@exemple.fr".ToLowerInvariant(), "06 12 34 56 78", identifiantFt, "Demandeur d'emploi"), cancellationToken)).Id);

        public Task ConvoquerAsync(string email, Guid id, DateOnly jour) =>
            CommandeAsync(email, async (c, a) => (await c.ConvoquerAsync(a, id, JoursParis.Debut(jour).AddHours(9), cancellationToken)).Id);

        public Task ResultatAsync(string email, Guid id, ResultatConvocation resultat) =>
            CommandeAsync(email, async (c, a) => (await c.EnregistrerResultatAsync(a, id, resultat, cancellationToken)).Id);

        public async Task PresentAsync(string email, Guid id, DateOnly jour)
        {
            await ConvoquerAsync(email, id, jour);
            await ResultatAsync(email, id, ResultatConvocation.Presence);
        }

        public Task AvisAsync(string email, Guid id, AvisSaisi avis) =>
            CommandeAsync(email, async (c, a) => (await c.DonnerAvisAsync(a, id, avis, cancellationToken)).Id);

        /// <summary>The funder changes the session's dates through the catalogue; the candidatures follow at once.</summary>
        public async Task TerminerAsync(string email, SessionCandidatable session, DateOnly debut, DateOnly fin)
        {
            await using (var scope = services.CreateAsyncScope())
            {
                var acteur = await ActeurAsync(scope.ServiceProvider, email);
                var s = await scope.ServiceProvider.GetRequiredService<RafaelDbContext>().Sessions.AsNoTracking().SingleAsync(x => x.Id == session.Id, cancellationToken);
                var saisie = new SaisieSession
                {
                    VoieAcces = s.VoieAcces,
                    HorsAlternance = s.HorsAlternance,
                    FormateurId = s.FormateurId,
                    PositionneurId = s.PositionneurId,
                    Contact = s.Contact,
                    ContactsPositionneur = s.ContactsPositionneur,
                    Certifications = s.Certifications,
                    DateDebut = debut,
                    DateFin = fin,
                    TypeEntree = s.TypeEntree,
                    Commentaire = s.Commentaire,
                    Lieu = s.Lieu,
                    HeuresHebdomadaires = s.HeuresHebdomadaires,
                    Financement = new FinancementSaisi
                    {
                        MesureId = s.MesureId!.Value,
                        NumeroMarche = s.NumeroMarche,
                        EffectifMinimal = s.EffectifMinimal,
                        Places = s.Places!.Value,
                        CapaciteAccueil = s.CapaciteAccueil!.Value,
                        Coefficient = s.Coefficient!.Value,
                        DateLimiteInscription = debut.AddDays(-5),
                        DateLimiteEntreeTardive = debut.AddDays(10),
                        RatioSuiteParcours = s.RatioSuiteParcours,
                    },
                };
                await scope.ServiceProvider.GetRequiredService<SessionsService>().ModifierAsync(acteur, session.Id, saisie, cancellationToken);
            }

            // The outbox would deliver session.modifiee shortly; the demo's lists should be right at once (idempotent).
            await services.GetRequiredService<SessionModifieeHandler>().ReporterAsync(session.Id, cancellationToken);
        }

        private async Task<Guid> CommandeAsync(string email, Func<CandidaturesService, Acteur, Task<Guid>> commande)
        {
            await using var scope = services.CreateAsyncScope();
            return await commande(scope.ServiceProvider.GetRequiredService<CandidaturesService>(), await ActeurAsync(scope.ServiceProvider, email));
        }

        private async Task<Acteur> ActeurAsync(IServiceProvider scope, string email)
        {
            var id = await scope.GetRequiredService<RafaelDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(cancellationToken);
            return await scope.GetRequiredService<ActeurLoader>().ChargerAsync(id, null, cancellationToken)
                ?? throw new InvalidOperationException($"Compte de démonstration inactif : {email}.");
        }
    }
}
