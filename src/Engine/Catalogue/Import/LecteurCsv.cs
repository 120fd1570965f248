using System.Runtime.CompilerServices;
using System.Text;

namespace Rafael.Engine.Catalogue.Import;

/// <summary>
/// Reads a CSV import file as it arrives: UTF-8 (with or without BOM), <c>;</c> between fields, a header row, fields
/// in double quotes when they hold a <c>;</c>, a quote (doubled) or a line break. One record at a time is in memory.
/// </summary>
public static class LecteurCsv
{
    private const char Separateur = ';';

    /// <summary>The records after the header; a record's number is the file line it starts on.</summary>
    /// <param name="entree">The file.</param>
    /// <param name="colonnesConnues">The accepted column names; any other column refuses the file.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The records.</returns>
    /// <exception cref="FichierImportIllisibleException">No header, an unknown or repeated column, or an unclosed quote.</exception>
    public static async IAsyncEnumerable<LigneBrute> LireAsync(Stream entree, IReadOnlySet<string> colonnesConnues, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(colonnesConnues);
        using var lecteur = new StreamReader(entree, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var curseur = new Curseur(lecteur);
        var entete = await curseur.EnregistrementAsync(cancellationToken)
            ?? throw new FichierImportIllisibleException("Le fichier CSV est vide : il faut une ligne d'en-tête (colonnes séparées par « ; »).");
        var colonnes = entete.Champs.Select(c => c.Trim()).ToList();
        foreach (var colonne in colonnes)
        {
            if (!colonnesConnues.Contains(colonne))
            {
                throw new FichierImportIllisibleException($"Colonne inconnue dans l'en-tête (ligne 1) : « {colonne} ». Les colonnes sont décrites dans docs/import-offre-financee.md ; le séparateur est « ; ».");
            }
        }

        var doublon = colonnes.GroupBy(c => c, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (doublon is not null)
        {
            throw new FichierImportIllisibleException($"La colonne « {doublon.Key} » figure deux fois dans l'en-tête.");
        }

        while (await curseur.EnregistrementAsync(cancellationToken) is { } enregistrement)
        {
            if (enregistrement.Champs.Count == 1 && string.IsNullOrWhiteSpace(enregistrement.Champs[0]))
            {
                continue;
            }

            var champs = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < Math.Min(colonnes.Count, enregistrement.Champs.Count); i++)
            {
                champs[colonnes[i]] = string.IsNullOrWhiteSpace(enregistrement.Champs[i]) ? null : enregistrement.Champs[i];
            }

            var erreur = enregistrement.Champs.Count == colonnes.Count
                ? null
                : $"La ligne compte {enregistrement.Champs.Count} champ(s) pour {colonnes.Count} colonne(s) dans l'en-tête (séparateur « ; », guillemets autour des champs qui en contiennent).";
            yield return new LigneBrute(enregistrement.Ligne, champs, erreur);
        }
    }

    private sealed record Enregistrement(int Ligne, List<string> Champs);

    private sealed class Curseur(StreamReader lecteur)
    {
        private readonly char[] tampon = new char[16 * 1024];
        private int position;
        private int longueur;
        private int ligne = 1;

        public async Task<Enregistrement?> EnregistrementAsync(CancellationToken cancellationToken)
        {
            if (!await RemplirAsync(cancellationToken))
            {
                return null;
            }

            var debut = ligne;
            var champs = new List<string>();
            var champ = new StringBuilder();
            var entreGuillemets = false;
            while (await RemplirAsync(cancellationToken))
            {
                var c = tampon[position++];
                if (entreGuillemets)
                {
                    if (c == '"')
                    {
                        if (await RemplirAsync(cancellationToken) && tampon[position] == '"')
                        {
                            position++;
                            champ.Append('"');
                        }
                        else
                        {
                            entreGuillemets = false;
                        }
                    }
                    else
                    {
                        if (c == '\n')
                        {
                            ligne++;
                        }

                        champ.Append(c);
                    }
                }
                else if (c == '"' && champ.Length == 0)
                {
                    entreGuillemets = true;
                }
                else if (c == Separateur)
                {
                    champs.Add(champ.ToString());
                    champ.Clear();
                }
                else if (c == '\n')
                {
                    ligne++;
                    champs.Add(champ.ToString().TrimEnd('\r'));
                    return new Enregistrement(debut, champs);
                }
                else
                {
                    champ.Append(c);
                }
            }

            if (entreGuillemets)
            {
                throw new FichierImportIllisibleException($"Guillemet non refermé dans l'enregistrement commencé ligne {debut}.");
            }

            champs.Add(champ.ToString().TrimEnd('\r'));
            return new Enregistrement(debut, champs);
        }

        private async Task<bool> RemplirAsync(CancellationToken cancellationToken)
        {
            if (position < longueur)
            {
                return true;
            }

            longueur = await lecteur.ReadAsync(tampon.AsMemory(), cancellationToken);
            position = 0;
            return longueur > 0;
        }
    }
}
