# language: fr
@comptes @profils
Fonctionnalité: Les profils d'une personne, structure par structure
  Une personne a un seul compte mais ses droits dépendent de la structure : elle peut être « Gestionnaire OF
  général » dans l'une et « Gestionnaire OF préinscription » dans l'autre. Les profils de gestion dépendent du
  type de structure (organisme de formation, prescripteur, financeur) ; une personne en a au plus un par
  structure. Le profil Bénéficiaire est donné à tout compte et ne se retire pas.

  Contexte:
    Soit nous sommes le 02/03/2026
    Et une plateforme neuve administrée par "admin@cap.fr"
    Et les structures suivantes :
      | nom                        | siret          | types              | ville    | département |
      | Institut Garonne           | 81234567800013 | OrganismeFormation | Bordeaux | 33          |
      | Campus des Métiers de Pau  | 82345678900010 | OrganismeFormation | Pau      | 64          |
      | Mission locale de Poitiers | 77890123400014 | Prescripteur       | Poitiers | 86          |
      | Région Nouvelle-Aquitaine  | 20005372300017 | Financeur          | Bordeaux | 33          |
    Et les comptes suivants :
      | email             | structure                 | profil                         | référent |
      | julien@garonne.fr | Institut Garonne          | GestionnaireOfGeneral          | oui      |
      | maite@pau.fr      | Campus des Métiers de Pau | GestionnaireOfGeneral          | oui      |
      | julien@garonne.fr | Campus des Métiers de Pau | GestionnaireOfPreinscription   | non      |
      | sophie@garonne.fr | Institut Garonne          | GestionnaireOfCatalogue        | non      |
      | lucas@garonne.fr  | Institut Garonne          |                                | non      |

  @ACC-02 @ACC-03
  Scénario: Un seul compte, deux structures, un profil différent dans chacune
    Alors "julien@garonne.fr" a les structures suivantes :
      | structure                 | profil                         | profils                                      | référent |
      | Campus des Métiers de Pau | Gestionnaire OF préinscription | Gestionnaire OF préinscription, Bénéficiaire | non      |
      | Institut Garonne          | Gestionnaire OF général        | Gestionnaire OF général, Bénéficiaire        | oui      |

  @ACC-03
  Scénario: Bénéficiaire est toujours là, même sans profil de gestion, et ne se retire pas avec lui
    Alors "lucas@garonne.fr" a les structures suivantes :
      | structure        | profil | profils      |
      | Institut Garonne | —      | Bénéficiaire |
    Quand "julien@garonne.fr" donne à "lucas@garonne.fr" les autres profils "Employeur, Prestataire" dans "Institut Garonne"
    Alors la réponse a le statut 204
    Et "lucas@garonne.fr" a les structures suivantes :
      | structure        | profil | profils                              |
      | Institut Garonne | —      | Employeur, Prestataire, Bénéficiaire |
    Quand "julien@garonne.fr" retire le profil de gestion de "sophie@garonne.fr" dans "Institut Garonne"
    Alors "sophie@garonne.fr" a les structures suivantes :
      | structure        | profil | profils      |
      | Institut Garonne | —      | Bénéficiaire |

  @ACC-03
  Plan du scénario: Un profil de gestion convient au type de la structure : <profil> dans <structure>
    Soit les comptes suivants :
      | email           | structure   |
      | nina@exemple.fr | <structure> |
    Quand "admin@cap.fr" attribue le profil "<profil>" à "nina@exemple.fr" dans "<structure>"
    Alors la réponse a le statut 204
    Et "nina@exemple.fr" agit pour "<structure>" avec le profil "<profil>"

    Exemples:
      | structure                  | profil                              |
      | Institut Garonne           | Gestionnaire OF catalogue formation |
      | Institut Garonne           | Gestionnaire OF préinscription      |
      | Institut Garonne           | Gestionnaire OF général             |
      | Mission locale de Poitiers | Prescripteur Niveau 1               |
      | Mission locale de Poitiers | Prescripteur Niveau 2               |
      | Mission locale de Poitiers | Prescripteur Niveau 3               |
      | Région Nouvelle-Aquitaine  | Gestionnaire financeur              |

  @ACC-03
  Plan du scénario: Un profil qui ne convient pas au type de la structure est refusé : <profil> dans <structure>
    Soit les comptes suivants :
      | email           | structure   |
      | nina@exemple.fr | <structure> |
    Quand "admin@cap.fr" attribue le profil "<profil>" à "nina@exemple.fr" dans "<structure>"
    Alors c'est refusé par la règle "ACC-03"
    Et le champ "profil" est refusé : "<message>"

    Exemples:
      | structure                  | profil                  | message                                                                                                            |
      | Institut Garonne           | Prescripteur Niveau 3   | Le profil « Prescripteur Niveau 3 » ne peut pas être attribué dans Institut Garonne, qui n'est pas un prescripteur. |
      | Mission locale de Poitiers | Gestionnaire OF général | Le profil « Gestionnaire OF général » ne peut pas être attribué dans Mission locale de Poitiers, qui n'est pas un organisme de formation. |
      | Institut Garonne           | Gestionnaire financeur  | Le profil « Gestionnaire financeur » ne peut pas être attribué dans Institut Garonne, qui n'est pas un financeur. |

  @ACC-04
  Scénario: Un second profil de gestion dans la même structure est refusé, et rien ne change
    Quand "julien@garonne.fr" attribue le profil "Gestionnaire OF préinscription" à "sophie@garonne.fr" dans "Institut Garonne"
    Alors c'est refusé par la règle "ACC-04"
    Et le champ "profil" est refusé : "Cette personne a déjà le profil « Gestionnaire OF catalogue formation » dans cette structure : un seul profil de gestion par structure. Retirez-le avant d'en attribuer un autre."
    Et "julien@garonne.fr" voit les personnes de "Institut Garonne" :
      | email             | profil                              | référent |
      | julien@garonne.fr | Gestionnaire OF général             | oui      |
      | lucas@garonne.fr  | —                                   | non      |
      | sophie@garonne.fr | Gestionnaire OF catalogue formation | non      |

  @ACC-04 @ACC-08
  Scénario: Pour changer de profil, le référent retire l'ancien puis attribue le nouveau
    Quand "julien@garonne.fr" retire le profil de gestion de "sophie@garonne.fr" dans "Institut Garonne"
    Alors la réponse a le statut 204
    Quand "julien@garonne.fr" attribue le profil "Gestionnaire OF préinscription" à "sophie@garonne.fr" dans "Institut Garonne"
    Alors la réponse a le statut 204
    Et "sophie@garonne.fr" a les structures suivantes :
      | structure        | profil                         |
      | Institut Garonne | Gestionnaire OF préinscription |

  @ACC-04 @ACC-02
  Scénario: Un profil de gestion par structure, pas un seul en tout
    Alors "julien@garonne.fr" a les structures suivantes :
      | structure                 | profil                         |
      | Campus des Métiers de Pau | Gestionnaire OF préinscription |
      | Institut Garonne          | Gestionnaire OF général        |
