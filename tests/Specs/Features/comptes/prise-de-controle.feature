# language: fr
@comptes @support
Fonctionnalité: Prendre le contrôle d'un compte
  Pour aider une personne, un administrateur de la plateforme agit à sa place (« prendre le contrôle du
  compte »), puis lui rend la main. Le journal garde les deux identités de tout ce qui est fait ainsi.

  Contexte:
    Soit nous sommes le 02/03/2026
    Et une plateforme neuve administrée par "admin@cap.fr"
    Et les structures suivantes :
      | nom              | siret          | types              |
      | Institut Garonne | 81234567800013 | OrganismeFormation |
    Et les comptes suivants :
      | email             | structure        | profil                  | référent |
      | julien@garonne.fr | Institut Garonne | GestionnaireOfGeneral   | oui      |
      | sophie@garonne.fr | Institut Garonne | GestionnaireOfCatalogue | non      |

  @ACC-10
  Scénario: L'administrateur agit pour le référent, le journal montre les deux, puis il rend la main
    Quand "admin@cap.fr" prend le contrôle du compte de "julien@garonne.fr"
    Alors la réponse a le statut 200
    Et "admin@cap.fr" agit pour le compte de "julien@garonne.fr"
    Quand "admin@cap.fr" retire le profil de gestion de "sophie@garonne.fr" dans "Institut Garonne"
    Alors la réponse a le statut 204
    Quand "admin@cap.fr" rend la main
    Alors la réponse a le statut 200
    Et "admin@cap.fr" agit en son propre nom
    Et le journal montre l'action "auth.prendre-le-controle" faite par "admin@cap.fr" pour le compte de "julien@garonne.fr"
    Et le journal montre l'action "structure.retirer-profil" faite par "admin@cap.fr" pour le compte de "julien@garonne.fr"
    Et le journal montre l'action "auth.rendre-la-main" faite par "admin@cap.fr" pour le compte de "julien@garonne.fr"

  @ACC-10
  Scénario: Ce que le référent fait lui-même est journalisé à son seul nom
    Quand "julien@garonne.fr" retire le profil de gestion de "sophie@garonne.fr" dans "Institut Garonne"
    Alors la réponse a le statut 204
    Et le journal montre l'action "structure.retirer-profil" faite par "julien@garonne.fr" en son propre nom

  @ACC-10
  Scénario: Seul un administrateur prend le contrôle d'un compte et lit le journal
    Quand "julien@garonne.fr" prend le contrôle du compte de "sophie@garonne.fr"
    Alors c'est interdit
    Et "julien@garonne.fr" agit en son propre nom
    Quand "julien@garonne.fr" envoie GET "/api/journal"
    Alors c'est interdit

  @ACC-10
  Scénario: On ne prend le contrôle que d'un autre compte, actif
    Quand "ines@garonne.fr" demande un compte dans la structure "Institut Garonne"
    Et "admin@cap.fr" prend le contrôle du compte de "ines@garonne.fr"
    Alors c'est refusé par la règle "ACC-10"
    Et le refus explique : "On ne peut prendre le contrôle que d'un compte actif."
    Quand "admin@cap.fr" prend le contrôle du compte de "admin@cap.fr"
    Alors c'est refusé par la règle "ACC-10"
    Et le refus explique : "Vous ne pouvez pas prendre le contrôle de votre propre compte."

  @ACC-10
  Scénario: On ne rend la main que si l'on agit pour quelqu'un
    Quand "julien@garonne.fr" rend la main
    Alors la réponse a le statut 409
    Et "julien@garonne.fr" agit en son propre nom
