# language: fr
@comptes @mon-compte
Fonctionnalité: Mon compte
  Chacun modifie ses informations (email, mot de passe, téléphone) et voit ses profils structure par structure.
  Rattaché à plusieurs structures, on choisit sa structure courante : tout ce que l'on fait, on le fait pour
  elle, avec le profil que l'on y a.

  Contexte:
    Soit nous sommes le 02/03/2026
    Et une plateforme neuve administrée par "admin@cap.fr"
    Et les structures suivantes :
      | nom                       | siret          | types              |
      | Institut Garonne          | 81234567800013 | OrganismeFormation |
      | Campus des Métiers de Pau | 82345678900010 | OrganismeFormation |
    Et les comptes suivants :
      | email             | prénom | nom     | structure                 | profil                       | référent |
      | julien@garonne.fr | Julien | Garonne | Institut Garonne          | GestionnaireOfGeneral        | oui      |
      | maite@pau.fr      | Maite  | Etcheverry | Campus des Métiers de Pau | GestionnaireOfGeneral     | oui      |
      | julien@garonne.fr | Julien | Garonne | Campus des Métiers de Pau | GestionnaireOfPreinscription | non      |

  @ACC-09
  Scénario: Je modifie mon nom et mon téléphone
    Quand "julien@garonne.fr" modifie ses informations :
      | nom       | Garonne-Dupuy  |
      | téléphone | 05 56 00 00 01 |
    Alors la réponse a le statut 200
    Et les informations de "julien@garonne.fr" sont :
      | email     | julien@garonne.fr |
      | prénom    | Julien            |
      | nom       | Garonne-Dupuy     |
      | téléphone | 05 56 00 00 01    |

  # Échoue tant que changer d'email répond 409 « Modifié entre-temps » : voir ComptesService.ModifierMoiAsync.
  @ACC-09
  Scénario: Je change mon email ; je me connecte ensuite avec le nouveau, plus avec l'ancien
    Quand "julien@garonne.fr" modifie ses informations :
      | email | julien.garonne@garonne.fr |
    Alors la réponse a le statut 200
    Et les informations de "julien.garonne@garonne.fr" sont :
      | email | julien.garonne@garonne.fr |
    Quand "julien.garonne@garonne.fr" se connecte
    Alors la connexion est acceptée
    Quand "julien@garonne.fr" se connecte avec le mot de passe "Rafael-Specs-2026"
    Alors la connexion est refusée : "Email ou mot de passe incorrect."

  @ACC-09
  Scénario: Je ne prends pas l'email d'un autre compte
    Quand "julien@garonne.fr" modifie ses informations :
      | email | maite@pau.fr |
    Alors la réponse a le statut 400
    Et le champ "email" est refusé : "Cette adresse email est déjà celle d'un autre compte."

  @ACC-09
  Scénario: Je change mon mot de passe ; l'ancien ne marche plus
    Quand "julien@garonne.fr" change son mot de passe pour "Nouveau-Secret-2026"
    Alors la réponse a le statut 204
    Quand "julien@garonne.fr" se connecte avec le mot de passe "Rafael-Specs-2026"
    Alors la connexion est refusée : "Email ou mot de passe incorrect."
    Quand "julien@garonne.fr" se connecte avec le mot de passe "Nouveau-Secret-2026"
    Alors la connexion est acceptée

  @ACC-09
  Scénario: Pour changer de mot de passe, je donne l'actuel
    Quand "julien@garonne.fr" change son mot de passe pour "Nouveau-Secret-2026" en donnant "Pas-le-bon-2026" comme mot de passe actuel
    Alors la réponse a le statut 400
    Et le champ "motDePasseActuel" est refusé : "Le mot de passe actuel est incorrect."
    Quand "julien@garonne.fr" se connecte avec le mot de passe "Rafael-Specs-2026"
    Alors la connexion est acceptée

  @ACC-09 @ACC-02
  Scénario: Je choisis ma structure courante et j'agis avec le profil que j'y ai
    Alors "julien@garonne.fr" agit pour "Institut Garonne" avec le profil "Gestionnaire OF général"
    Et "julien@garonne.fr" voit les personnes de "Institut Garonne" :
      | email             | référent |
      | julien@garonne.fr | oui      |
    Quand "julien@garonne.fr" choisit "Campus des Métiers de Pau" comme structure courante
    Alors la réponse a le statut 200
    Et "julien@garonne.fr" agit pour "Campus des Métiers de Pau" avec le profil "Gestionnaire OF préinscription"
    # Référent à Bordeaux, pas à Pau : pour Pau, il ne gère pas les personnes, et plus celles de Bordeaux non plus.
    Quand "julien@garonne.fr" consulte les personnes de "Campus des Métiers de Pau"
    Alors c'est interdit par la règle "ACC-08"
    Quand "julien@garonne.fr" consulte les personnes de "Institut Garonne"
    Alors c'est interdit par la règle "ACC-08"
    Quand "julien@garonne.fr" choisit "Institut Garonne" comme structure courante
    Alors "julien@garonne.fr" agit pour "Institut Garonne" avec le profil "Gestionnaire OF général"

  @ACC-09
  Scénario: Je ne choisis pas une structure à laquelle je ne suis pas rattaché
    Quand "maite@pau.fr" choisit "Institut Garonne" comme structure courante
    Alors c'est refusé par la règle "ACC-09"
    Et "maite@pau.fr" agit pour "Campus des Métiers de Pau" avec le profil "Gestionnaire OF général"
