# language: fr
Fonctionnalité: Paramètres

  Scénario: Conversion des paramètres
    Soit un entier 42 et un négatif -7
    Et le texte "deux mots" puis le mot bonjour
    Et le montant 12,5 puis 3.25
    Et la date 09/04/2022 à 14h30
    Et une candidature
    Et 3 candidatures
    Et l'expression régulière capture 2022-04-09
    Et la réponse est oui

  Scénario: Tableaux et doc strings
    Soit les personnes suivantes :
      | nom    | prénom |
      | Martin | Léa    |
      | Durand | Paul   |
    Et la structure :
      | raison sociale | Formations du Sud |
      | SIRET          | 12345678901234    |
    Et le courriel :
      """
      Bonjour,
      votre candidature est retenue.
      """
    Et le message "avec valeur" et ce texte :
      """
      fin
      """

  Plan du scénario: Les exemples remplissent tableaux et doc strings
    Soit les personnes suivantes :
      | nom   | prénom   |
      | <nom> | <prénom> |
    Et le courriel :
      """
      Bonjour <prénom>
      """

    Exemples:
      | nom    | prénom |
      | Martin | Léa    |

  Scénario: Étapes asynchrones et contexte partagé
    Soit une étape asynchrone range "partagé" dans le contexte
    Alors une autre classe d'étapes lit "partagé" dans le contexte
