# language: fr
@comptes @demandes
Fonctionnalité: Rattachement à une autre structure
  Une personne qui a déjà un compte demande à être rattachée à une autre structure ; le référent de cette
  structure accepte (et choisit son profil) ou refuse. Ses droits restent propres à chaque structure.

  Contexte:
    Soit nous sommes le 02/03/2026
    Et une plateforme neuve administrée par "admin@cap.fr"
    Et les structures suivantes :
      | nom                       | siret          | types              |
      | Institut Garonne          | 81234567800013 | OrganismeFormation |
      | Campus des Métiers de Pau | 82345678900010 | OrganismeFormation |
    Et les comptes suivants :
      | email             | structure                 | profil                | référent |
      | julien@garonne.fr | Institut Garonne          | GestionnaireOfGeneral | oui      |
      | maite@pau.fr      | Campus des Métiers de Pau | GestionnaireOfGeneral | oui      |

  @ACC-07 @ACC-02
  Scénario: Le référent de l'autre structure accepte et choisit le profil
    Quand "julien@garonne.fr" demande son rattachement à "Campus des Métiers de Pau"
    Alors la réponse a le statut 201
    Et "maite@pau.fr" a à décider la demande de "julien@garonne.fr"
    Quand "maite@pau.fr" accepte la demande de "julien@garonne.fr" avec le profil "Gestionnaire OF préinscription"
    Alors la réponse a le statut 200
    Et "julien@garonne.fr" a les structures suivantes :
      | structure                 | profil                         | référent |
      | Campus des Métiers de Pau | Gestionnaire OF préinscription | non      |
      | Institut Garonne          | Gestionnaire OF général        | oui      |

  @ACC-07
  Scénario: Le référent de l'autre structure refuse
    Quand "julien@garonne.fr" demande son rattachement à "Campus des Métiers de Pau"
    Et "maite@pau.fr" refuse la demande de "julien@garonne.fr" pour le motif "Nous ne travaillons pas ensemble."
    Alors la réponse a le statut 200
    Et la demande de "julien@garonne.fr" est refusée pour le motif "Nous ne travaillons pas ensemble."
    Et "julien@garonne.fr" a les structures suivantes :
      | structure        | profil                  | référent |
      | Institut Garonne | Gestionnaire OF général | oui      |

  @ACC-07 @ACC-08
  Scénario: On ne décide pas de son propre rattachement
    Quand "julien@garonne.fr" demande son rattachement à "Campus des Métiers de Pau"
    Et "julien@garonne.fr" accepte la demande de "julien@garonne.fr" avec le profil "Gestionnaire OF général"
    Alors c'est introuvable
    Et la demande de "julien@garonne.fr" est toujours en attente

  @ACC-07
  Scénario: Une seule demande en attente par structure, et aucune là où l'on est déjà
    Quand "julien@garonne.fr" demande son rattachement à "Institut Garonne"
    Alors c'est refusé par la règle "ACC-07"
    Et le champ "structureId" est refusé : "Vous êtes déjà rattaché à cette structure."
    Quand "julien@garonne.fr" demande son rattachement à "Campus des Métiers de Pau"
    Et "julien@garonne.fr" demande son rattachement à "Campus des Métiers de Pau"
    Alors c'est refusé par la règle "ACC-07"
    Et le champ "structureId" est refusé : "Vous avez déjà une demande de rattachement en attente pour cette structure."

  @ACC-07 @HAB-02
  Scénario: L'administrateur ne crée pas un second compte pour la même personne
    Quand l'administrateur crée le compte de "julien@garonne.fr" dans "Campus des Métiers de Pau" avec le profil "Gestionnaire OF général"
    Alors c'est refusé par la règle "ACC-07"
    Et le champ "email" est refusé : "Un compte existe déjà pour cette adresse email : rattachez-le à la structure plutôt que d'en créer un second."
