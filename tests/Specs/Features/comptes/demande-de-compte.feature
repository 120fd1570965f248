# language: fr
@comptes @demandes
Fonctionnalité: Demande de compte
  Une personne sans compte cherche sa structure et demande un compte. Si la structure a un référent, c'est lui
  qui valide ou refuse la demande et attribue le profil ; sinon un administrateur de la plateforme la valide et
  la personne devient référente de sa structure. Tant que sa demande n'est pas validée, la personne ne peut pas
  se connecter. Une personne n'a qu'un compte : ensuite, elle demande des rattachements.

  Contexte:
    Soit nous sommes le 02/03/2026
    Et une plateforme neuve administrée par "admin@cap.fr"
    Et les structures suivantes :
      | nom                       | siret          | types              | ville    | département |
      | Institut Garonne          | 81234567800013 | OrganismeFormation | Bordeaux | 33          |
      | Campus des Métiers de Pau | 82345678900010 | OrganismeFormation | Pau      | 64          |
    Et les comptes suivants :
      | email             | structure        | profil                | référent |
      | julien@garonne.fr | Institut Garonne | GestionnaireOfGeneral | oui      |

  @ACC-05
  Scénario: Le référent valide la demande et attribue le profil
    Quand "ines@garonne.fr" demande un compte dans la structure "Institut Garonne"
    Alors la réponse a le statut 201
    Quand "ines@garonne.fr" se connecte
    Alors la connexion est refusée : "Compte pas encore validé."
    Et "julien@garonne.fr" a à décider la demande de "ines@garonne.fr"
    Mais "admin@cap.fr" n'a pas à décider la demande de "ines@garonne.fr"
    Quand "julien@garonne.fr" accepte la demande de "ines@garonne.fr" avec le profil "Gestionnaire OF préinscription"
    Alors la réponse a le statut 200
    Et la demande de "ines@garonne.fr" est acceptée avec le profil "Gestionnaire OF préinscription"
    Quand "ines@garonne.fr" se connecte
    Alors la connexion est acceptée
    Et "ines@garonne.fr" a les structures suivantes :
      | structure        | profil                         | référent |
      | Institut Garonne | Gestionnaire OF préinscription | non      |

  @ACC-05
  Scénario: Sans référent, un administrateur valide la demande et la personne devient référente
    Quand "maite@pau.fr" demande un compte dans la structure "Campus des Métiers de Pau"
    Alors "admin@cap.fr" a à décider la demande de "maite@pau.fr"
    Mais "julien@garonne.fr" n'a pas à décider la demande de "maite@pau.fr"
    Quand "admin@cap.fr" accepte la demande de "maite@pau.fr" avec le profil "Gestionnaire OF général"
    Alors la réponse a le statut 200
    Et "maite@pau.fr" a les structures suivantes :
      | structure                 | profil                  | référent |
      | Campus des Métiers de Pau | Gestionnaire OF général | oui      |

  @ACC-05
  Scénario: Le référent refuse la demande en disant pourquoi
    Quand "ines@garonne.fr" demande un compte dans la structure "Institut Garonne"
    Et "julien@garonne.fr" refuse la demande de "ines@garonne.fr" pour le motif "Inès ne travaille pas chez nous."
    Alors la réponse a le statut 200
    Et la demande de "ines@garonne.fr" est refusée pour le motif "Inès ne travaille pas chez nous."
    Quand "ines@garonne.fr" se connecte
    Alors la connexion est refusée : "Compte pas encore validé."

  @ACC-05
  Scénario: Une demande ne se décide qu'une fois
    Quand "ines@garonne.fr" demande un compte dans la structure "Institut Garonne"
    Et "julien@garonne.fr" accepte la demande de "ines@garonne.fr" avec le profil "Gestionnaire OF catalogue formation"
    Et "julien@garonne.fr" refuse la demande de "ines@garonne.fr" pour le motif "Je me suis trompé."
    Alors c'est refusé par la règle "ACC-05"
    Et la demande de "ines@garonne.fr" est acceptée avec le profil "Gestionnaire OF catalogue formation"

  # Échoue tant que le message donne l'heure UTC (08:00) au lieu de l'heure de Paris : voir Demande.ExigerEnAttente.
  @ACC-05
  Scénario: Le refus d'une seconde décision dit quand la première a été prise, à l'heure de Paris
    Soit nous sommes le 02/03/2026 à 14h30
    Quand "ines@garonne.fr" demande un compte dans la structure "Institut Garonne"
    Et "julien@garonne.fr" refuse la demande de "ines@garonne.fr" pour le motif "Inconnue chez nous."
    Et "julien@garonne.fr" accepte la demande de "ines@garonne.fr" avec le profil "Gestionnaire OF général"
    Alors c'est refusé par la règle "ACC-05"
    Et le refus explique : "Cette demande a déjà été refusée le 02/03/2026 à 14:30 : une demande ne se décide qu'une fois."

  @ACC-05
  Scénario: Un administrateur ne décide pas à la place du référent
    Quand "ines@garonne.fr" demande un compte dans la structure "Institut Garonne"
    Et "admin@cap.fr" accepte la demande de "ines@garonne.fr" avec le profil "Gestionnaire OF général"
    Alors c'est introuvable
    Et la demande de "ines@garonne.fr" est toujours en attente

  @ACC-05 @ACC-08
  Scénario: Seul le référent de la structure valide ses demandes
    Soit les comptes suivants :
      | email          | structure                 | profil                  | référent |
      | maite@pau.fr   | Campus des Métiers de Pau | GestionnaireOfGeneral   | oui      |
      | sophie@garonne.fr | Institut Garonne       | GestionnaireOfCatalogue | non      |
    Quand "ines@garonne.fr" demande un compte dans la structure "Institut Garonne"
    Et "maite@pau.fr" accepte la demande de "ines@garonne.fr" avec le profil "Gestionnaire OF général"
    Alors c'est introuvable
    Quand "sophie@garonne.fr" accepte la demande de "ines@garonne.fr" avec le profil "Gestionnaire OF général"
    Alors c'est introuvable
    Et la demande de "ines@garonne.fr" est toujours en attente

  @ACC-07
  Scénario: Une personne n'a qu'un compte
    Quand "julien@garonne.fr" demande un compte dans la structure "Campus des Métiers de Pau"
    Alors c'est refusé par la règle "ACC-07"
    Et le champ "email" est refusé : "Un compte existe déjà pour cette adresse email : connectez-vous, puis demandez un rattachement à la structure. Une personne n'a qu'un compte."

  @ACC-05
  Scénario: Une demande de compte dit qui est la personne et où elle travaille
    Quand une personne non connectée envoie POST "/api/demandes/compte" avec :
      """
      {"email": "pas-un-email", "motDePasse": "", "prenom": "", "nom": "Martin"}
      """
    Alors la réponse a le statut 400
    Et le champ "email" est refusé : "L'adresse email est invalide."
    Et le champ "motDePasse" est refusé : "Le mot de passe est obligatoire."
    Et le champ "prenom" est refusé : "Le prénom est obligatoire."
    Et le champ "structureId" est refusé : "Choisissez votre structure, ou décrivez-la si elle n'est pas dans la liste."
