using System.Text;
using System.Xml.Linq;
using Rafael.Bench.OffreInfo;
using Rafael.Engine.OffreInfo;
using Rafael.OffreInfo.Tests.Support;
using static Rafael.OffreInfo.Tests.Support.Flux;

namespace Rafael.OffreInfo.Tests;

/// <summary>CIR-08: the published catalogue goes out as a valid LHEO 2.3 feed.</summary>
public sealed class ExportTests
{
    [Fact]
    public async Task Le_catalogue_entier_sort_en_un_flux_LHEO_valide_avec_une_action_LHEO_par_session()
    {
        var catalogue = Catalogue(60, 3);

        var (document, resultat) = await ExporterAsync(catalogue);

        Assert.True(resultat.DocumentEcrit);
        Assert.Equal(60, resultat.ActionsEcrites);
        Assert.Equal(180, resultat.SessionsEcrites);
        Assert.Empty(resultat.Ecartees);
        Assert.Equal(Maintenant, resultat.Horodatage);
        var xml = XDocument.Load(new MemoryStream(document));
        Assert.Equal("2026-03-01T09:00:00Z", (string?)xml.Root!.Attribute("horodatage-export"));
        var formations = xml.Root.Element(Ns + "offres")!.Elements(Ns + "formation").ToList();
        Assert.Equal(catalogue.Select(a => a.Reference), formations.Select(f => (string?)f.Attribute("numero")));
        Assert.All(formations, f => Assert.Equal(3, f.Elements(Ns + "action").Count()));
        Assert.Null(xml.Root.Element(Ns + "extras"));
    }

    [Fact]
    public async Task Les_champs_de_l_action_et_de_la_session_sont_ecrits_selon_la_correspondance()
    {
        var action = CatalogueGenere.Action(0, 2);

        var (document, _) = await ExporterAsync([action]);

        var f = Formation(XDocument.Load(new MemoryStream(document)), "200000000000");
        Assert.Equal("2026-01-05T08:30:00Z", (string?)f.Attribute("horodatage-creation"));
        Assert.Equal("20260105", (string?)f.Attribute("datecrea"));
        Assert.Equal(action.Intitule, f.Element(Ns + "intitule-formation")!.Value);
        Assert.Equal(action.Objectifs, f.Element(Ns + "objectif-formation")!.Value);
        Assert.Equal("Attestation de fin de formation", f.Element(Ns + "resultats-attendus")!.Value);
        Assert.Equal("0", f.Element(Ns + "certifiante")!.Value);
        Assert.Equal("6", f.Element(Ns + "objectif-general-formation")!.Value);
        Assert.Equal(["34566", "34554"], f.Element(Ns + "domaine-formation")!.Elements(Ns + "code-FORMACODE").Select(e => e.Value));
        var responsable = f.Element(Ns + "organisme-formation-responsable")!;
        Assert.Equal("75000000000", responsable.Element(Ns + "numero-activite")!.Value);
        Assert.Equal("10000000000000", responsable.Element(Ns + "SIRET-organisme-formation")!.Value);

        var lheoAction = f.Elements(Ns + "action").First();
        Assert.Equal("00000000", (string?)lheoAction.Attribute("numero"));
        Assert.Equal("Cours du jour : 400 h, Formation à distance (FOAD) : 50 h", lheoAction.Element(Ns + "rythme-formation")!.Value);
        Assert.Equal("1", lheoAction.Element(Ns + "modalites-enseignement")!.Value);
        Assert.Equal("450", lheoAction.Element(Ns + "nombre-heures-total")!.Value);
        Assert.Equal("80006", lheoAction.Element(Ns + "code-public-vise")!.Value);
        Assert.Equal("1", lheoAction.Element(Ns + "conventionnement")!.Value);
        Assert.Equal("2", lheoAction.Element(Ns + "organisme-financeur")!.Element(Ns + "code-financeur")!.Value);
        Assert.Equal("12", lheoAction.Element(Ns + "organisme-financeur")!.Element(Ns + "nb-places-financees")!.Value);
        Assert.Equal("20000000000000", lheoAction.Element(Ns + "organisme-formateur")!.Element(Ns + "SIRET-formateur")!.Value);
        Assert.Equal(["20251216", "20251226"], lheoAction.Elements(Ns + "date-information").Select(d => d.Value));
        Assert.Equal("Pau", lheoAction.Element(Ns + "adresse-information")!.Descendants(Ns + "ville").Single().Value);

        var session = lheoAction.Element(Ns + "session")!;
        Assert.Equal("20260105", session.Element(Ns + "periode")!.Element(Ns + "debut")!.Value);
        Assert.Equal("20260405", session.Element(Ns + "periode")!.Element(Ns + "fin")!.Value);
        var extras = session.Element(Ns + "extras")!.Elements(Ns + "extra").ToDictionary(e => (string)e.Attribute("info")!, e => e.Value);
        Assert.Equal("formation-continue", extras["voie-acces"]);
        Assert.Equal("0", extras["formation-continue-hors-alternance"]);
        Assert.Equal("PRF", extras["dispositif"]);
        Assert.Equal("PRF-QUALIF", extras["mesure"]);
        Assert.Equal("Région Nouvelle-Aquitaine", extras["financeur"]);
        Assert.Equal("20251231", extras["date-limite-inscription"]);
    }

    [Fact]
    public async Task L_etat_du_recrutement_suit_la_date_limite_d_inscription()
    {
        var action = CatalogueGenere.Action(0, 1);
        var limite = action.Sessions[0].Financement!.DateLimiteInscription!.Value;
        var veille = new DateTimeOffset(limite.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

        var (ouvert, _) = await ExporterAsync([action], temps: new Microsoft.Extensions.Time.Testing.FakeTimeProvider(veille));
        var (ferme, _) = await ExporterAsync([action], temps: new Microsoft.Extensions.Time.Testing.FakeTimeProvider(veille.AddDays(1)));

        Assert.Equal("1", EtatRecrutement(ouvert));
        Assert.Equal("2", EtatRecrutement(ferme));
    }

    [Fact]
    public async Task Le_flux_des_changements_ne_contient_que_les_actions_dont_l_action_ou_une_session_a_change_depuis_l_instant()
    {
        var catalogue = Catalogue(40, 3);
        var depuis = CatalogueGenere.Origine.AddMinutes(30).AddHours(3);
        var attendues = catalogue.Where(a => a.CreeLe >= depuis || a.ModifieLe >= depuis || a.Sessions.Any(s => s.ModifieLe >= depuis)).Select(a => a.Reference).ToList();
        Assert.NotEmpty(attendues);
        Assert.True(attendues.Count < catalogue.Count, "le jeu doit contenir des actions inchangées");

        var (document, resultat) = await ExporterAsync(catalogue, new OptionsExportLheo(depuis));

        var xml = XDocument.Load(new MemoryStream(document));
        Assert.Equal(attendues, xml.Root!.Element(Ns + "offres")!.Elements(Ns + "formation").Select(f => (string?)f.Attribute("numero")));
        Assert.Equal(attendues.Count, resultat.ActionsEcrites);
        var extra = xml.Root.Element(Ns + "extras")!.Element(Ns + "extra")!;
        Assert.Equal("depuis", (string?)extra.Attribute("info"));
        Assert.Equal("2026-01-05T12:00:00Z", extra.Value);
    }

    [Fact]
    public async Task Le_flux_Kairos_ne_garde_que_les_sessions_non_financees_marquees_formation_continue_hors_alternance()
    {
        var catalogue = Catalogue(30, 3);
        var attendues = catalogue
            .Select(a => (a.Reference, Sessions: a.Sessions.Where(s => s.FormationContinueHorsAlternance && s.Financement is null).Select(s => s.Reference).ToList()))
            .Where(a => a.Sessions.Count > 0)
            .ToList();
        Assert.InRange(attendues.Count, 1, catalogue.Count - 1);
        Assert.Contains(attendues, a => a.Sessions.Count < 3);

        var (document, resultat) = await ExporterAsync(catalogue, new OptionsExportLheo(Kairos: true));

        var formations = XDocument.Load(new MemoryStream(document)).Root!.Element(Ns + "offres")!.Elements(Ns + "formation").ToList();
        Assert.Equal(attendues.Select(a => a.Reference), formations.Select(f => (string?)f.Attribute("numero")));
        Assert.Equal(
            attendues.SelectMany(a => a.Sessions),
            formations.SelectMany(f => f.Elements(Ns + "action").Select(a => (string?)a.Attribute("numero"))));
        Assert.Equal(attendues.Sum(a => a.Sessions.Count), resultat.SessionsEcrites);
        Assert.All(formations.Descendants(Ns + "extra").Where(e => (string?)e.Attribute("info") == "formation-continue-hors-alternance"), e => Assert.Equal("1", e.Value));
        Assert.Empty(formations.Descendants(Ns + "organisme-financeur"));
    }

    [Fact]
    public async Task Une_action_inexportable_est_ecartee_avec_ses_raisons_et_les_autres_sortent_valides()
    {
        var catalogue = Catalogue(5, 2);
        var sansNda = catalogue[1] with { OrganismeResponsable = catalogue[1].OrganismeResponsable with { NumeroActivite = null } };
        var titreLong = catalogue[2] with { Intitule = new string('a', 256), Contacts = [] };
        var sansSession = catalogue[3] with { Sessions = [], Reference = "2012" };
        var caractere = catalogue[4] with { Programme = "Programme\u0001" };

        var (document, resultat) = await ExporterAsync([catalogue[0], sansNda, titreLong, sansSession, caractere]);

        Assert.Equal(1, resultat.ActionsEcrites);
        Assert.Equal(2, resultat.SessionsEcrites);
        Assert.Equal([sansNda.Reference, titreLong.Reference, "2012", caractere.Reference], resultat.Ecartees.Select(e => e.Reference));
        Assert.Equal(["organisme responsable : numéro de déclaration d'activité manquant, obligatoire en LHEO (numero-activite)"], resultat.Ecartees[0].Raisons);
        Assert.Equal(
            ["intitulé : 256 caractères, entre 1 et 255 attendus (intitule-formation)", "contacts de l'action : au moins un contact attendu (contact-formation)"],
            resultat.Ecartees[1].Raisons);
        Assert.Equal(
            ["référence de l'action « 2012 » : 12 chiffres commençant par 20 attendus (CAT-02)", "sessions : une action publiée a au moins une session (CAT-01)"],
            resultat.Ecartees[2].Raisons);
        Assert.Equal(["programme : contient un caractère interdit en XML (contenu-formation)"], resultat.Ecartees[3].Raisons);
        var xml = XDocument.Load(new MemoryStream(document));
        Assert.Single(xml.Root!.Element(Ns + "offres")!.Elements(Ns + "formation"));
    }

    [Fact]
    public async Task Une_session_invalide_ecarte_toute_l_action_plutot_que_de_publier_une_offre_incomplete()
    {
        var action = CatalogueGenere.Action(7, 2);
        var session = action.Sessions[1] with { Reference = "12345678", LieuFormation = new AdresseOffre("", "3300", "Bordeaux", null), Debut = new DateOnly(2026, 4, 3), Fin = new DateOnly(2026, 4, 2) };
        var invalide = action with { Sessions = [action.Sessions[0], session] };

        var (document, resultat) = await ExporterAsync([invalide]);

        Assert.False(resultat.DocumentEcrit);
        Assert.Empty(document);
        var ecartee = Assert.Single(resultat.Ecartees);
        Assert.Equal(
            [
                "session 12345678 : référence à 8 chiffres commençant par 00 attendue (CAT-02)",
                "session 12345678 : la fin (02/04/2026) précède le début (03/04/2026) (periode)",
                "session 12345678 : lieu de formation : voie : obligatoire (ligne)",
                "session 12345678 : lieu de formation : code postal « 3300 », 5 chiffres attendus (codepostal)",
            ],
            ecartee.Raisons);
    }

    [Fact]
    public async Task Sans_aucune_action_exportable_aucun_document_n_est_ecrit_car_LHEO_exige_une_formation()
    {
        var (document, resultat) = await ExporterAsync(Catalogue(3, 1), new OptionsExportLheo(Maintenant));

        Assert.False(resultat.DocumentEcrit);
        Assert.Equal(0, resultat.ActionsEcrites);
        Assert.Empty(resultat.Ecartees);
        Assert.Empty(document);
    }

    [Fact]
    public async Task Les_caracteres_speciaux_sont_echappes_et_les_textes_relus_a_l_identique()
    {
        var action = CatalogueGenere.Action(1, 1) with { Intitule = "Cuisine & pâtisserie <niveau 2> \"pro\" l'été" };

        var (document, _) = await ExporterAsync([action]);

        var texte = Encoding.UTF8.GetString(document);
        Assert.Contains("Cuisine &amp; pâtisserie &lt;niveau 2&gt; \"pro\" l'été", texte, StringComparison.Ordinal);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", texte, StringComparison.Ordinal);
        var f = Formation(XDocument.Load(new MemoryStream(document)), action.Reference);
        Assert.Equal(action.Intitule, f.Element(Ns + "intitule-formation")!.Value);
        Assert.Equal(CatalogueGenere.Action(1, 1).Objectifs, f.Element(Ns + "objectif-formation")!.Value);
    }

    [Fact]
    public async Task L_export_est_en_flux_le_debut_du_document_part_avant_la_fin_de_la_lecture_et_sans_ecriture_synchrone()
    {
        var sortie = new SortieAsynchroneSeulement();
        long ecritAvantLaFin = -1;
        async IAsyncEnumerable<ActionPubliee> Actions()
        {
            for (var i = 0; i < 1500; i++)
            {
                if (i == 1499)
                {
                    ecritAvantLaFin = sortie.Length;
                }

                await Task.Yield();
                yield return CatalogueGenere.Action(i, 3);
            }
        }

        var resultat = await new LheoExporter(Horloge()).ExporterAsync(Actions(), sortie, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1500, resultat.ActionsEcrites);
        Assert.True(ecritAvantLaFin > sortie.Length / 2, $"{ecritAvantLaFin} octets écrits avant la dernière action sur {sortie.Length}");
        Assert.True(sortie.PlusGrandeEcriture <= 256 * 1024, $"écriture de {sortie.PlusGrandeEcriture} octets d'un coup");
        LheoSchema.Valider(sortie.ToArray());
    }

    private static string EtatRecrutement(byte[] document) =>
        XDocument.Load(new MemoryStream(document)).Descendants(Ns + "etat-recrutement").First().Value;

    /// <summary>An output like an HTTP response body: synchronous writes are refused.</summary>
    private sealed class SortieAsynchroneSeulement : MemoryStream
    {
        private bool _ecritureAsynchrone;

        public long PlusGrandeEcriture { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Refuser();
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Refuser();
            base.Write(buffer);
        }

        public override void Flush() => throw new InvalidOperationException("vidage synchrone");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            PlusGrandeEcriture = Math.Max(PlusGrandeEcriture, buffer.Length);
            _ecritureAsynchrone = true;
            try
            {
                base.Write(buffer.Span);
            }
            finally
            {
                _ecritureAsynchrone = false;
            }

            return ValueTask.CompletedTask;
        }

        private void Refuser()
        {
            if (!_ecritureAsynchrone)
            {
                throw new InvalidOperationException("écriture synchrone");
            }
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
