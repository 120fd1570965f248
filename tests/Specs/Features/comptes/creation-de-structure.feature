# language: fr
@comptes @demandes
Fonctionnalité: Ma structure n'est pas dans la liste
  Une personne qui ne trouve pas sa structure la décrit en demandant son compte. Un administrateur de la
  plateforme accepte (la structure est créée, la personne y est rattachée et en devient référente) ou refuse.
  Le référent d'une autre structure ne décide pas de ces demandes.

  Contexte:
    Soit nous sommes le 02/03/2026
    Et une plateforme neuve administrée par "admin@cap.fr"
    Et les structures suivantes :
      | nom              | siret          | types              |
      | Institut Garonne | 81234567800013 | OrganismeFormation |
    Et les comptes suivants :
      | email             | structure        | profil                | référent |
      | julien@garonne.fr | Institut Garonne | GestionnaireOfGeneral | oui      |

  @ACC-06 @ACC-01
  Scénario: L'administrateur accepte : la structure est créée et la personne en est référente
    Quand "lea@mission-locale.fr" demande un compte en décrivant sa structure :
      | nom            | Mission locale de Poitiers               |
      | raison sociale | Association Mission locale de la Vienne  |
      | siret          | 77890123400014                           |
      | types          | Prescripteur                             |
      | ville          | Poitiers                                 |
      | département    | 86                                       |
    Alors la réponse a le statut 201
    Quand une personne cherche "Mission locale" parmi les structures
    Alors elle ne trouve aucune structure
    Et "admin@cap.fr" a à décider la demande de "lea@mission-locale.fr"
    Mais "julien@garonne.fr" n'a pas à décider la demande de "lea@mission-locale.fr"
    Quand "admin@cap.fr" accepte la demande de "lea@mission-locale.fr" avec le profil "Prescripteur Niveau 3"
    Alors la réponse a le statut 200
    Quand une personne cherche "Mission locale" parmi les structures
    Alors elle trouve "Mission locale de Poitiers"
    Et "lea@mission-locale.fr" a les structures suivantes :
      | structure                  | profil                | référent |
      | Mission locale de Poitiers | Prescripteur Niveau 3 | oui      |

  @ACC-06
  Scénario: L'administrateur refuse : aucune structure n'est créée
    Quand "lea@mission-locale.fr" demande un compte en décrivant sa structure :
      | nom   | Mission locale de Poitiers |
      | siret | 77890123400014             |
      | types | Prescripteur               |
    Et "admin@cap.fr" refuse la demande de "lea@mission-locale.fr" pour le motif "Cette structure existe sous un autre nom."
    Alors la réponse a le statut 200
    Et la demande de "lea@mission-locale.fr" est refusée pour le motif "Cette structure existe sous un autre nom."
    Quand une personne cherche "Mission locale" parmi les structures
    Alors elle ne trouve aucune structure
    Quand "lea@mission-locale.fr" se connecte
    Alors la connexion est refusée : "Compte pas encore validé."

  @ACC-06 @ACC-08
  Scénario: Le référent d'une structure ne décide pas de la création d'une autre
    Quand "lea@mission-locale.fr" demande un compte en décrivant sa structure :
      | nom   | Mission locale de Poitiers |
      | siret | 77890123400014             |
      | types | Prescripteur               |
    Et "julien@garonne.fr" accepte la demande de "lea@mission-locale.fr" avec le profil "Prescripteur Niveau 3"
    Alors c'est introuvable
    Et la demande de "lea@mission-locale.fr" est toujours en attente

  @ACC-06 @ACC-01
  Scénario: La structure décrite doit avoir un SIRET valide et libre
    Quand "lea@mission-locale.fr" demande un compte en décrivant sa structure :
      | nom   | Mission locale de Poitiers |
      | siret | 77890123400015             |
      | types | Prescripteur               |
    Alors la réponse a le statut 400
    Et le champ "nouvelleStructure.siret" est refusé : "Le SIRET doit compter 14 chiffres avec une clé valide (ou 0 pour un organisme public qui n'en a pas)."
    Quand "lea@mission-locale.fr" demande un compte en décrivant sa structure :
      | nom   | Garonne Formation |
      | siret | 81234567800013    |
      | types | OrganismeFormation |
    Alors c'est refusé par la règle "ACC-01"
    Et le champ "nouvelleStructure.siret" est refusé : "Le SIRET 81234567800013 est déjà celui de la structure « Institut Garonne »."
