using Rafael.Portal.Models;

namespace Rafael.Portal.Services;

/// <summary>Who is signed in, in which structure and with which profile; the header and the menus follow it.</summary>
public sealed class Session(ApiClient api)
{
    private bool chargee;

    /// <summary>Raised whenever the person, the structure or the profile changes.</summary>
    public event Action? Changee;

    public MoiDto? Moi { get; private set; }

    public bool Connecte => Moi is not null;

    public bool EstAdministrateur => Moi?.EstAdministrateur == true;

    public bool EnControle => Moi?.ControlePar is not null;

    public MonRattachementDto? Courant => Moi?.Structures.FirstOrDefault(s => s.StructureId == Moi.StructureCouranteId);

    public bool EstReferent => Courant?.EstReferent == true;

    public bool EstOf => Courant?.Profil is ProfilGestion.GestionnaireOfCatalogue or ProfilGestion.GestionnaireOfGeneral or ProfilGestion.GestionnaireOfPreinscription;

    public bool EstPrescripteur => Courant?.Profil is ProfilGestion.PrescripteurNiveau1 or ProfilGestion.PrescripteurNiveau2 or ProfilGestion.PrescripteurNiveau3;

    /// <summary>Reads the signed-in person once (again when <paramref name="forcer"/>); no one signed in leaves Moi null.</summary>
    public async Task ChargerAsync(bool forcer = false)
    {
        if (chargee && !forcer)
        {
            return;
        }

        try
        {
            Moi = await api.LireAsync<MoiDto>("/api/moi/");
        }
        catch (ProblemeException e) when (e.Probleme.Status == 401)
        {
            Moi = null;
        }

        chargee = true;
        Changee?.Invoke();
    }

    public async Task ConnecterAsync(string email, string motDePasse)
    {
        await api.PostAsync("/api/auth/connexion", new { email, motDePasse });
        await ChargerAsync(forcer: true);
    }

    public async Task DeconnecterAsync()
    {
        try
        {
            await api.PostAsync("/api/auth/deconnexion", null);
        }
        catch (ProblemeException e) when (e.Probleme.Status == 401)
        {
            // Already signed out (the session had expired): nothing more to do.
        }

        Oublier();
    }

    public async Task ChoisirStructureAsync(Guid structureId)
    {
        Moi = await api.PutAsync<MoiDto>("/api/moi/structure-courante", new { structureId });
        Changee?.Invoke();
    }

    public void Remplacer(MoiDto moi)
    {
        Moi = moi;
        Changee?.Invoke();
    }

    public void Oublier()
    {
        Moi = null;
        chargee = true;
        Changee?.Invoke();
    }
}
