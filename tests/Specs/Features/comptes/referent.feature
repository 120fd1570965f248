# language: fr
@comptes @referent
Fonctionnalité: Le référent gère les personnes de sa structure
  Le référent (marqué d'une étoile) voit les personnes de sa structure, exporte leur liste en CSV, leur
  attribue et retire des profils, les détache de la structure et signale les changements des informations de
  la structure. Personne ne se détache soi-même. Le référent d'une autre structure n'a accès à rien de tout cela.

  Contexte:
    Soit nous sommes le 02/03/2026
    Et une plateforme neuve administrée par "admin@cap.fr"
    Et les structures suivantes :
      | nom                       | siret          | types              |
      | Institut Garonne          | 81234567800013 | OrganismeFormation |
      | Campus des Métiers de Pau | 82345678900010 | OrganismeFormation |
    Et les comptes suivants :
      | email             | prénom | nom         | structure                 | profil                       | référent |
      | julien@garonne.fr | Julien | Garonne     | Institut Garonne          | GestionnaireOfGeneral        | oui      |
      | sophie@garonne.fr | Sophie | Catalogue   | Institut Garonne          | GestionnaireOfCatalogue      | non      |
      | karim@garonne.fr  | Karim  | Recrutement | Institut Garonne          | GestionnaireOfPreinscription | non      |
      | maite@pau.fr      | Maite  | Etcheverry  | Campus des Métiers de Pau | GestionnaireOfGeneral        | oui      |
      | karim@garonne.fr  | Karim  | Recrutement | Campus des Métiers de Pau | GestionnaireOfCatalogue      | non      |

  @ACC-08
  Scénario: Le référent voit les personnes de sa structure et leurs profils
    Alors "julien@garonne.fr" voit les personnes de "Institut Garonne" :
      | nom         | email             | profils                                             | référent |
      | Catalogue   | sophie@garonne.fr | Gestionnaire OF catalogue formation, Bénéficiaire   | non      |
      | Garonne     | julien@garonne.fr | Gestionnaire OF général, Bénéficiaire               | oui      |
      | Recrutement | karim@garonne.fr  | Gestionnaire OF préinscription, Bénéficiaire        | non      |

  @ACC-08
  Scénario: Le référent exporte la liste des personnes pour un tableur français
    Quand "julien@garonne.fr" exporte les personnes de "Institut Garonne"
    Alors l'export est un fichier CSV en UTF-8 avec BOM, séparé par des points-virgules :
      """
      Nom;Prénom;Email;Téléphone;Profils;Référent;Rattaché le
      Catalogue;Sophie;sophie@garonne.fr;;Gestionnaire OF catalogue formation, Bénéficiaire;Non;02/03/2026
      Garonne;Julien;julien@garonne.fr;;Gestionnaire OF général, Bénéficiaire;Oui;02/03/2026
      Recrutement;Karim;karim@garonne.fr;;Gestionnaire OF préinscription, Bénéficiaire;Non;02/03/2026
      """

  @ACC-08
  Scénario: Le référent retire puis attribue un profil
    Quand "julien@garonne.fr" retire le profil de gestion de "karim@garonne.fr" dans "Institut Garonne"
    Alors la réponse a le statut 204
    Et "julien@garonne.fr" voit les personnes de "Institut Garonne" :
      | email             | profil                              |
      | sophie@garonne.fr | Gestionnaire OF catalogue formation |
      | julien@garonne.fr | Gestionnaire OF général             |
      | karim@garonne.fr  | —                                   |
    Quand "julien@garonne.fr" attribue le profil "Gestionnaire OF général" à "karim@garonne.fr" dans "Institut Garonne"
    Alors la réponse a le statut 204
    Et "karim@garonne.fr" a les structures suivantes :
      | structure                 | profil                              |
      | Campus des Métiers de Pau | Gestionnaire OF catalogue formation |
      | Institut Garonne          | Gestionnaire OF général             |

  @ACC-08
  Scénario: Le référent détache une personne de sa structure, pas des autres
    Quand "julien@garonne.fr" détache "karim@garonne.fr" de "Institut Garonne"
    Alors la réponse a le statut 204
    Et "julien@garonne.fr" voit les personnes de "Institut Garonne" :
      | email             |
      | sophie@garonne.fr |
      | julien@garonne.fr |
    Et "karim@garonne.fr" a les structures suivantes :
      | structure                 | profil                              |
      | Campus des Métiers de Pau | Gestionnaire OF catalogue formation |

  @ACC-08
  Scénario: Personne ne se détache soi-même
    Quand "julien@garonne.fr" détache "julien@garonne.fr" de "Institut Garonne"
    Alors c'est refusé par la règle "ACC-08"
    Et le refus explique : "Vous ne pouvez pas vous détacher vous-même de votre structure : demandez-le à un administrateur."
    Et "julien@garonne.fr" a les structures suivantes :
      | structure        | référent |
      | Institut Garonne | oui      |

  @ACC-08
  Scénario: Le référent d'une autre structure n'a accès à rien
    Quand "maite@pau.fr" consulte les personnes de "Institut Garonne"
    Alors c'est interdit par la règle "ACC-08"
    Quand "maite@pau.fr" exporte les personnes de "Institut Garonne"
    Alors c'est interdit par la règle "ACC-08"
    Quand "maite@pau.fr" attribue le profil "Gestionnaire OF général" à "sophie@garonne.fr" dans "Institut Garonne"
    Alors c'est interdit par la règle "ACC-08"
    Quand "maite@pau.fr" retire le profil de gestion de "sophie@garonne.fr" dans "Institut Garonne"
    Alors c'est interdit par la règle "ACC-08"
    Quand "maite@pau.fr" détache "sophie@garonne.fr" de "Institut Garonne"
    Alors c'est interdit par la règle "ACC-08"
    Et "julien@garonne.fr" voit les personnes de "Institut Garonne" :
      | email             | profil                              |
      | sophie@garonne.fr | Gestionnaire OF catalogue formation |
      | julien@garonne.fr | Gestionnaire OF général             |
      | karim@garonne.fr  | Gestionnaire OF préinscription      |

  @ACC-08
  Scénario: Une personne sans étoile ne gère pas les autres
    Quand "sophie@garonne.fr" consulte les personnes de "Institut Garonne"
    Alors c'est interdit par la règle "ACC-08"
    Quand "sophie@garonne.fr" détache "karim@garonne.fr" de "Institut Garonne"
    Alors c'est interdit par la règle "ACC-08"

  @ACC-08
  Scénario: Le référent signale un changement et un administrateur l'applique
    Quand "julien@garonne.fr" signale que "Institut Garonne" s'appelle désormais "Garonne Formation"
    Alors la réponse a le statut 202
    Et "admin@cap.fr" a à décider la demande de "julien@garonne.fr"
    Quand "admin@cap.fr" accepte la demande de "julien@garonne.fr"
    Alors la réponse a le statut 200
    Quand une personne cherche "Garonne Formation" parmi les structures
    Alors elle trouve "Garonne Formation"
