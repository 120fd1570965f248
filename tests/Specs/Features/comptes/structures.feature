# language: fr
@comptes @structures
Fonctionnalité: Les structures et leur SIRET
  Une structure (organisme de formation, prescripteur, financeur, employeur, ou plusieurs à la fois) est créée
  par un administrateur de la plateforme. Son SIRET compte 14 chiffres dont le dernier est une clé de Luhn ;
  un organisme public qui n'en a pas est saisi avec 0. Deux structures ne partagent pas un SIRET.
  Toute personne, même sans compte, retrouve une structure par sa raison sociale, son sigle ou son SIRET.

  Contexte:
    Soit nous sommes le 02/03/2026
    Et une plateforme neuve administrée par "admin@cap.fr"

  @ACC-01 @HAB-02
  Scénario: L'administrateur crée un organisme de formation qui est aussi employeur
    Quand l'administrateur crée la structure :
      | nom            | Atelier Formation Limousin      |
      | raison sociale | Atelier Formation Limousin SARL |
      | sigle          | AFL                             |
      | siret          | 834 567 890 00019               |
      | types          | OrganismeFormation, Employeur   |
      | code postal    | 87000                           |
      | ville          | Limoges                         |
      | département    | 87                              |
    Alors la structure "Atelier Formation Limousin" est créée
    Et la structure "Atelier Formation Limousin" a :
      | raison sociale | Atelier Formation Limousin SARL |
      | sigle          | AFL                             |
      | siret          | 83456789000019                  |
      | types          | OrganismeFormation, Employeur   |
      | ville          | Limoges                         |
      | département    | 87                              |

  @ACC-01
  Plan du scénario: Le SIRET est vérifié à la création : <cas>
    Quand l'administrateur crée la structure "Institut Garonne" de SIRET "<siret>"
    Alors la réponse a le statut <statut>

    Exemples:
      | cas                                   | siret          | statut |
      | 14 chiffres et une clé valide         | 81234567800013 | 201    |
      | saisi avec des espaces, comme le Kbis | 812 345 678 00013 | 201 |
      | organisme public sans SIRET           | 0              | 201    |
      | établissement de La Poste             | 35600000000001 | 201    |

  @ACC-01
  Plan du scénario: Un SIRET faux est refusé : <cas>
    Quand l'administrateur crée la structure "Institut Garonne" de SIRET "<siret>"
    Alors le champ "siret" est refusé : "Le SIRET doit compter 14 chiffres avec une clé valide (ou 0 pour un organisme public qui n'en a pas)."
    Et la réponse a le statut 400

    Exemples:
      | cas                   | siret           |
      | mauvaise clé          | 81234567800014  |
      | 13 chiffres           | 8123456780001   |
      | 15 chiffres           | 812345678000130 |
      | des lettres           | 8123456780001A  |
      | vide                  |                 |

  @ACC-01
  Scénario: Deux structures ne partagent pas un SIRET, sauf les organismes publics qui n'en ont pas
    Soit les structures suivantes :
      | nom              | siret          | types              |
      | Institut Garonne | 81234567800013 | OrganismeFormation |
      | Région Nouvelle-Aquitaine | 0     | Financeur          |
    Quand l'administrateur crée la structure "Garonne bis" de SIRET "81234567800013"
    Alors c'est refusé par la règle "ACC-01"
    Et le champ "siret" est refusé : "Le SIRET 81234567800013 est déjà celui de la structure « Institut Garonne »."
    Quand l'administrateur crée la structure "Préfecture de la Gironde" de SIRET "0"
    Alors la structure "Préfecture de la Gironde" est créée

  @ACC-01
  Scénario: Les informations obligatoires d'une structure
    Quand l'administrateur crée la structure :
      | nom         | Institut Garonne |
      | siret       | 81234567800013   |
      | types       |                  |
      | code postal | 3300             |
      | département | 333              |
    Alors la réponse a le statut 400
    Et le champ "types" est refusé : "Indiquez au moins un type : organisme de formation, prescripteur, financeur ou employeur."
    Et le champ "adresse.codePostal" est refusé : "Le code postal compte 5 chiffres."
    Et le champ "adresse.departement" est refusé : "Le département est un code comme 33, 2A ou 971."

  @ACC-05
  Plan du scénario: Une personne sans compte retrouve sa structure par <critère>
    Soit les structures suivantes :
      | nom                        | raison sociale                      | sigle | siret          | types              |
      | Institut Garonne           | Institut de Formation Garonne SAS   | IFG   | 81234567800013 | OrganismeFormation |
      | Campus des Métiers de Pau  | Campus des Métiers du Béarn         | CMB   | 82345678900010 | OrganismeFormation |
    Quand une personne cherche "<texte>" parmi les structures
    Alors elle trouve "<structure>"

    Exemples:
      | critère                  | texte            | structure                 |
      | sa raison sociale        | formation garonne | Institut Garonne         |
      | son sigle                | CMB              | Campus des Métiers de Pau |
      | son SIRET                | 823 456 789      | Campus des Métiers de Pau |
      | son nom                  | Pau              | Campus des Métiers de Pau |

  @ACC-05
  Scénario: Une recherche trop courte ne trouve rien
    Soit les structures suivantes :
      | nom              | siret          | types              |
      | Institut Garonne | 81234567800013 | OrganismeFormation |
    Quand une personne cherche "G" parmi les structures
    Alors elle ne trouve aucune structure
