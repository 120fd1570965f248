namespace Rafael.Api.Tests.Support;

/// <summary>The demo accounts the tests act as (see README.md).</summary>
public static class Comptes
{
    public const string Admin = "admin@demo.rafael.fr";
    public const string ReferentGaronne = "referent.of@demo.rafael.fr";
    public const string CatalogueGaronne = "catalogue.of@demo.rafael.fr";
    public const string PreinscriptionGaronne = "preinscription.of@demo.rafael.fr";
    public const string ReferentPau = "referent.pau@demo.rafael.fr";
    public const string Prescripteur1 = "prescripteur1@demo.rafael.fr";
    public const string Prescripteur3 = "prescripteur3@demo.rafael.fr";
    public const string Financeur = "financeur@demo.rafael.fr";

    public const string Garonne = "Institut de Formation Garonne";
    public const string Pau = "Campus des Métiers de Pau";
    public const string Limousin = "Atelier Formation Limousin";
    public const string AgenceBastide = "France Travail Bordeaux Bastide";
    public const string MissionLocale = "Mission locale de Poitiers";
    public const string Region = "Région Nouvelle-Aquitaine";
}
