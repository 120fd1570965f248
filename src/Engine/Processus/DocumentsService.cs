using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Common;
using Rafael.Engine.Persistence;

namespace Rafael.Engine.Processus;

/// <summary>
/// Drafts, publication, history and rollback of definitions, rule sets, parameters and templates: what analysts
/// change without a release. Only administrators; a published version never changes; every publication is journaled
/// with its comment.
/// </summary>
public sealed class DocumentsService(RafaelDbContext db, IEnumerable<IValidateurDocument> validateurs, TimeProvider time)
{
    /// <summary>Every version of a document, newest first.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="type">The type.</param>
    /// <param name="nom">The name.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The versions.</returns>
    public async Task<IReadOnlyList<DocumentVersion>> HistoriqueAsync(Acteur acteur, TypeDocument type, string nom, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        acteur.ExigerAdministrateur();
        return await db.Set<DocumentVersion>().AsNoTracking()
            .Where(d => d.Type == type && d.Nom == nom)
            .OrderByDescending(d => d.Numero)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The documents of a type with their version in force and their draft, if any.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="type">The type.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Name → (number in force, draft number).</returns>
    public async Task<IReadOnlyList<(string Nom, int? Publiee, int? Brouillon)>> ListerAsync(Acteur acteur, TypeDocument type, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        acteur.ExigerAdministrateur();
        var lignes = await db.Set<DocumentVersion>().AsNoTracking()
            .Where(d => d.Type == type)
            .Select(d => new { d.Nom, d.Numero, d.Statut })
            .ToListAsync(cancellationToken);
        return [.. lignes.GroupBy(l => l.Nom).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (
            g.Key,
            g.Where(l => l.Statut == StatutDocument.Publiee).Max(l => (int?)l.Numero),
            g.Where(l => l.Statut == StatutDocument.Brouillon).Max(l => (int?)l.Numero)))];
    }

    /// <summary>Saves the draft of a document (created if none), refused with every error when the content is invalid.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="type">The type.</param>
    /// <param name="nom">The name.</param>
    /// <param name="contenu">The content.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The draft.</returns>
    public async Task<DocumentVersion> EnregistrerBrouillonAsync(Acteur acteur, TypeDocument type, string nom, string contenu, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        acteur.ExigerAdministrateur();
        await ValiderAsync(type, nom, contenu, cancellationToken);
        var brouillon = await EcrireBrouillonAsync(acteur, type, nom, contenu, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return brouillon;
    }

    /// <summary>Starts a draft from an older version: a rollback is a new version, never a rewrite of history.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="type">The type.</param>
    /// <param name="nom">The name.</param>
    /// <param name="numero">The version to start from.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The draft.</returns>
    public async Task<DocumentVersion> RestaurerAsync(Acteur acteur, TypeDocument type, string nom, int numero, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        acteur.ExigerAdministrateur();
        var source = await db.Set<DocumentVersion>().AsNoTracking().SingleOrDefaultAsync(d => d.Type == type && d.Nom == nom && d.Numero == numero, cancellationToken)
            ?? throw new IntrouvableException($"La version {numero} de « {nom} » n'existe pas.");
        return await EnregistrerBrouillonAsync(acteur, type, nom, source.Contenu, cancellationToken);
    }

    /// <summary>Publishes the draft with a comment; running entities keep their version (journaled).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="type">The type.</param>
    /// <param name="nom">The name.</param>
    /// <param name="commentaire">Why, mandatory.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The published version.</returns>
    public async Task<DocumentVersion> PublierAsync(Acteur acteur, TypeDocument type, string nom, string commentaire, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        acteur.ExigerAdministrateur();
        if (string.IsNullOrWhiteSpace(commentaire))
        {
            throw new ChampsInvalidesException("commentaire", "Dites en un mot ce que change cette version : le commentaire est obligatoire pour publier.");
        }

        var brouillon = await BrouillonAsync(type, nom, cancellationToken)
            ?? throw new RegleRefuseeException("VERSION", $"« {nom} » n'a pas de brouillon à publier.");
        await ValiderAsync(type, nom, brouillon.Contenu, cancellationToken);
        brouillon.Publier(acteur.CompteId, commentaire.Trim(), time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        DocumentsPublies.OublierInstantane();
        return brouillon;
    }

    /// <summary>Saves and publishes in one command, for small changes such as a dispositif's parameters.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="type">The type.</param>
    /// <param name="nom">The name.</param>
    /// <param name="contenu">The content.</param>
    /// <param name="commentaire">Why, mandatory.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The published version.</returns>
    public async Task<DocumentVersion> PublierDirectementAsync(Acteur acteur, TypeDocument type, string nom, string contenu, string commentaire, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        acteur.ExigerAdministrateur();
        if (string.IsNullOrWhiteSpace(commentaire))
        {
            throw new ChampsInvalidesException("commentaire", "Dites en un mot ce que change cette version : le commentaire est obligatoire pour publier.");
        }

        await ValiderAsync(type, nom, contenu, cancellationToken);
        var version = await EcrireBrouillonAsync(acteur, type, nom, contenu, cancellationToken);
        version.Publier(acteur.CompteId, commentaire.Trim(), time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        DocumentsPublies.OublierInstantane();
        return version;
    }

    /// <summary>Adds the version Rafael ships as published version 1 of every document that has none yet.</summary>
    /// <param name="livres">(type, name, content) of what is shipped.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>How many were added.</returns>
    public async Task<int> InitialiserAsync(IEnumerable<(TypeDocument Type, string Nom, string Contenu)> livres, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(livres);
        var existants = (await db.Set<DocumentVersion>().AsNoTracking().Select(d => new { d.Type, d.Nom }).Distinct().ToListAsync(cancellationToken))
            .Select(d => (d.Type, d.Nom)).ToHashSet();
        var maintenant = time.GetUtcNow();
        var ajoutes = 0;
        foreach (var (type, nom, contenu) in livres.Where(l => !existants.Contains((l.Type, l.Nom))))
        {
            var version = new DocumentVersion(type, nom, 1, contenu, null, maintenant);
            version.Publier(null, "Version livrée avec Rafael.", maintenant);
            db.Add(version);
            ajoutes++;
        }

        await db.SaveChangesAsync(cancellationToken);
        DocumentsPublies.OublierInstantane();
        return ajoutes;
    }

    private async Task ValiderAsync(TypeDocument type, string nom, string contenu, CancellationToken cancellationToken)
    {
        var erreurs = new List<string>();
        foreach (var validateur in validateurs.Where(v => v.Type == type))
        {
            erreurs.AddRange(await validateur.ValiderAsync(nom, contenu, cancellationToken));
        }

        if (erreurs.Count > 0)
        {
            throw new ChampsInvalidesException(new Dictionary<string, string[]> { ["contenu"] = [.. erreurs] });
        }
    }

    /// <summary>The document's draft with this content: the existing draft updated, or a new one numbered after the last.</summary>
    private async Task<DocumentVersion> EcrireBrouillonAsync(Acteur acteur, TypeDocument type, string nom, string contenu, CancellationToken cancellationToken)
    {
        var maintenant = time.GetUtcNow();
        var brouillon = await BrouillonAsync(type, nom, cancellationToken);
        if (brouillon is null)
        {
            brouillon = new DocumentVersion(type, nom, await ProchainNumeroAsync(type, nom, cancellationToken), contenu, acteur.CompteId, maintenant);
            db.Add(brouillon);
        }
        else
        {
            brouillon.Modifier(contenu, maintenant);
        }

        return brouillon;
    }

    private Task<DocumentVersion?> BrouillonAsync(TypeDocument type, string nom, CancellationToken cancellationToken) =>
        db.Set<DocumentVersion>().SingleOrDefaultAsync(d => d.Type == type && d.Nom == nom && d.Statut == StatutDocument.Brouillon, cancellationToken);

    private async Task<int> ProchainNumeroAsync(TypeDocument type, string nom, CancellationToken cancellationToken) =>
        (await db.Set<DocumentVersion>().Where(d => d.Type == type && d.Nom == nom).MaxAsync(d => (int?)d.Numero, cancellationToken) ?? 0) + 1;
}
