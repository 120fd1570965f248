using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Rafael.Engine.Notifications.Rendu;

/// <summary>
/// Parses and renders email templates with Scriban, safely: a template sees only its model (plain values, no .NET
/// object), loops, recursion and output are bounded, rendering stops after <see cref="TempsMaximal"/>, and every
/// value written into the HTML part is encoded.
/// </summary>
/// <remarks>
/// A template is one document in three sections, each opened by a marker line:
/// <c>=== sujet ===</c>, <c>=== html ===</c>, <c>=== texte ===</c>. Errors give the line and column in the whole
/// document, so that the Studio can point at them.
/// </remarks>
public static partial class MoteurModeles
{
    /// <summary>The longest a rendering may take.</summary>
    public static readonly TimeSpan TempsMaximal = TimeSpan.FromSeconds(2);

    /// <summary>The most iterations of one loop.</summary>
    public const int LimiteBoucle = 500;

    /// <summary>The deepest nesting of function calls.</summary>
    public const int LimiteRecursion = 20;

    private static readonly string[] Sections = ["sujet", "html", "texte"];

    /// <summary>Parses a template; an empty error list means it can render.</summary>
    /// <param name="contenu">The document.</param>
    /// <returns>The parsed template (null when there are errors) and the errors.</returns>
    public static (ModeleEmail? Modele, IReadOnlyList<ErreurModele> Erreurs) Analyser(string contenu)
    {
        ArgumentNullException.ThrowIfNull(contenu);
        var lignes = contenu.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var erreurs = new List<ErreurModele>();
        var debuts = new Dictionary<string, int>(StringComparer.Ordinal);
        string? courante = null;
        var textes = Sections.ToDictionary(s => s, _ => new StringBuilder(), StringComparer.Ordinal);
        for (var i = 0; i < lignes.Length; i++)
        {
            var marqueur = Marqueur().Match(lignes[i]);
            if (marqueur.Success)
            {
                courante = marqueur.Groups[1].Value;
                if (!debuts.TryAdd(courante, i + 2))
                {
                    erreurs.Add(new ErreurModele(string.Empty, i + 1, 1, $"la section « {courante} » apparaît deux fois."));
                }

                continue;
            }

            if (courante is null)
            {
                if (!string.IsNullOrWhiteSpace(lignes[i]))
                {
                    erreurs.Add(new ErreurModele(string.Empty, i + 1, 1, "le modèle doit commencer par la ligne « === sujet === »."));
                    courante = string.Empty;
                }

                continue;
            }

            if (textes.TryGetValue(courante, out var texte))
            {
                texte.Append(lignes[i]).Append('\n');
            }
        }

        foreach (var manquante in Sections.Where(s => !debuts.ContainsKey(s)))
        {
            erreurs.Add(new ErreurModele(string.Empty, lignes.Length, 1, $"la section « === {manquante} === » manque."));
        }

        if (erreurs.Count > 0)
        {
            return (null, erreurs);
        }

        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var section in Sections)
        {
            var template = Template.Parse(textes[section].ToString().TrimEnd('\n'), section);
            erreurs.AddRange(template.Messages
                .Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error)
                .Select(m => new ErreurModele(section, debuts[section] + m.Span.Start.Line, m.Span.Start.Column + 1, m.Message)));
            templates[section] = template;
        }

        if (erreurs.Count == 0 && string.IsNullOrWhiteSpace(textes["sujet"].ToString()))
        {
            erreurs.Add(new ErreurModele("sujet", debuts["sujet"], 1, "le sujet est vide."));
        }

        return erreurs.Count > 0
            ? (null, erreurs)
            : (new ModeleEmail(templates["sujet"], debuts["sujet"], templates["html"], debuts["html"], templates["texte"], debuts["texte"]), erreurs);
    }

    /// <summary>Renders the three parts, or none.</summary>
    /// <param name="modele">The parsed template.</param>
    /// <param name="donnees">The model, as plain JSON values (see <see cref="DonneesModele"/>).</param>
    /// <returns>The email.</returns>
    /// <exception cref="RenduModeleException">A part failed: unknown variable, a limit or the time limit reached.</exception>
    public static EmailRendu Rendre(ModeleEmail modele, JsonObject donnees)
    {
        ArgumentNullException.ThrowIfNull(modele);
        ArgumentNullException.ThrowIfNull(donnees);
        var sujet = RendrePartie("sujet", modele.Sujet, donnees, html: false);
        sujet = Blancs().Replace(sujet, " ").Trim();
        if (sujet.Length == 0)
        {
            throw new RenduModeleException($"ligne {modele.Sujet.Ligne} (sujet) : le sujet rendu est vide.");
        }

        return new EmailRendu(sujet, RendrePartie("html", modele.Html, donnees, html: true), RendrePartie("texte", modele.Texte, donnees, html: false));
    }

    private static string RendrePartie(string section, (Template Template, int Ligne) partie, JsonObject donnees, bool html)
    {
        using var delai = new CancellationTokenSource(TempsMaximal);
        var contexte = html ? new ContexteHtml() : new TemplateContext();
        contexte.StrictVariables = true;
        contexte.EnableRelaxedMemberAccess = false;
        contexte.LoopLimit = LimiteBoucle;
        contexte.RecursiveLimit = LimiteRecursion;
        contexte.ObjectRecursionLimit = LimiteRecursion;
        contexte.LimitToString = 100_000;
        // Nothing but the model's plain values is reachable: no .NET member is ever exposed.
        contexte.MemberFilter = _ => false;
        contexte.CancellationToken = delai.Token;
        contexte.PushCulture(CultureInfo.GetCultureInfo("fr-FR"));
        contexte.PushGlobal(EnScript(donnees));
        try
        {
            return partie.Template.Render(contexte);
        }
        catch (ScriptRuntimeException e) when (delai.IsCancellationRequested)
        {
            throw new RenduModeleException($"ligne {partie.Ligne + e.Span.Start.Line}, colonne {e.Span.Start.Column + 1} ({section}) : le rendu a dépassé {TempsMaximal.TotalSeconds} secondes.", e);
        }
        catch (ScriptRuntimeException e)
        {
            throw new RenduModeleException($"ligne {partie.Ligne + e.Span.Start.Line}, colonne {e.Span.Start.Column + 1} ({section}) : {e.OriginalMessage}", e);
        }
        catch (OperationCanceledException e)
        {
            throw new RenduModeleException($"({section}) : le rendu a dépassé {TempsMaximal.TotalSeconds} secondes.", e);
        }
#pragma warning disable CA1031 // Whatever Scriban throws is a template's failure, reported as such.
        catch (Exception e) when (e is not RenduModeleException)
#pragma warning restore CA1031
        {
            throw new RenduModeleException($"({section}) : {e.Message}", e);
        }
    }

    private static ScriptObject EnScript(JsonObject objet)
    {
        var script = new ScriptObject();
        foreach (var (nom, valeur) in objet)
        {
            script.Add(nom, EnValeur(valeur));
        }

        return script;
    }

    private static object? EnValeur(JsonNode? noeud) => noeud switch
    {
        null => null,
        JsonObject o => EnScript(o),
        JsonArray a => new ScriptArray(a.Select(EnValeur)),
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => noeud.ToJsonString(),
    };

    [GeneratedRegex(@"^===\s*(sujet|html|texte)\s*===\s*$")]
    private static partial Regex Marqueur();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Blancs();
}
