namespace Rafael.Studio.Services;

/// <summary>The Api's document types and their French names.</summary>
public static class TypesDocument
{
    public static string Libelle(string type) => type switch
    {
        "definitions" => "Définitions de processus",
        "regles" => "Jeux de règles",
        "parametres" => "Paramètres par dispositif",
        "modeles" => "Modèles de messages",
        _ => type,
    };
}
