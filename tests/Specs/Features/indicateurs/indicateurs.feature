# language: fr
@indicateurs
Fonctionnalité: Indicateurs sur les candidatures pour les financeurs et les administrateurs
  Le financeur suit les candidatures sur les sessions qu'il finance, par dispositif, mesure, organisme de formation et
  période ; l'administrateur les suit sur toute la plateforme. Les organismes de formation et les prescripteurs ont
  leurs tableaux de bord, pas ces indicateurs. Les indicateurs s'exportent pour un tableur français.

  Contexte:
    Soit nous sommes le 02/03/2026
    Et une plateforme neuve administrée par "admin@cap.fr"
    Et les structures suivantes :
      | nom                        | siret          | types              | ville    | département |
      | Région Nouvelle-Aquitaine  | 20005372300017 | Financeur          | Bordeaux | 33          |
      | France Travail DR          | 13000549500010 | Financeur          | Bordeaux | 33          |
      | Mission locale de Poitiers | 77890123400014 | Prescripteur       | Poitiers | 86          |
      | Institut Garonne           | 81234567800013 | OrganismeFormation | Bordeaux | 33          |
      | Campus de Pau              | 82345678900010 | OrganismeFormation | Pau      | 64          |
    Et les comptes suivants :
      | email                 | structure                  | profil                       | référent |
      | anne@region.fr        | Région Nouvelle-Aquitaine  | GestionnaireFinanceur        | oui      |
      | yves@francetravail.fr | France Travail DR          | GestionnaireFinanceur        | oui      |
      | lea@mission-locale.fr | Mission locale de Poitiers | PrescripteurNiveau3          | oui      |
      | karim@garonne.fr      | Institut Garonne           | GestionnaireOfPreinscription | oui      |
      | maite@pau.fr          | Campus de Pau              | GestionnaireOfGeneral        | oui      |
    Et les dispositifs suivants :
      | code | libellé                                         | financeur                 | mesures    |
      | PRF  | Programme régional de formation                 | Région Nouvelle-Aquitaine | PRF-QUALIF |
      | POEC | Préparation opérationnelle à l'emploi collective | France Travail DR         | POEC-IND   |
    Et les droits de préinscription suivants :
      | structure                  | mesure     |
      | Mission locale de Poitiers | PRF-QUALIF |
      | Mission locale de Poitiers | POEC-IND   |
    Et les sessions financées suivantes :
      | session     | mesure     | responsable      | positionneur  | formateur        | début      | fin        | limite d'inscription | entrée tardive | places | coefficient | entrée |
      | Soudeur TIG | PRF-QUALIF | Institut Garonne | Campus de Pau | Campus de Pau    | 01/04/2026 | 30/06/2026 | 20/03/2026           | 15/04/2026     | 10     | 1           | fixe   |
      | Cuisine     | PRF-QUALIF | Campus de Pau    | Campus de Pau | Campus de Pau    | 01/04/2026 | 30/06/2026 | 20/03/2026           | 15/04/2026     | 10     | 1           | fixe   |
      | Cariste     | POEC-IND   | Institut Garonne | Campus de Pau | Institut Garonne | 01/04/2026 | 30/06/2026 | 20/03/2026           | 15/04/2026     | 10     | 1           | fixe   |
    Quand "lea@mission-locale.fr" préinscrit "Ind1" sur la session "Soudeur TIG"
    Et "lea@mission-locale.fr" préinscrit "Ind2" sur la session "Soudeur TIG"
    Et "lea@mission-locale.fr" préinscrit "Ind3" sur la session "Cuisine"
    Et "lea@mission-locale.fr" préinscrit "Ind4" sur la session "Cariste"
    Et "karim@garonne.fr" convoque "Ind1" le 10/03/2026
    Et "karim@garonne.fr" enregistre "une présence" pour "Ind1"
    Et "karim@garonne.fr" retient "Ind1" du 01/04/2026 au 30/06/2026 pour 35 heures par semaine
    Et "karim@garonne.fr" convoque "Ind2" le 10/03/2026
    Et "karim@garonne.fr" enregistre "une absence non justifiée" pour "Ind2"

  @DASH-04
  Scénario: Le financeur compte les candidatures de ses sessions par dispositif, mesure et organisme
    Alors les indicateurs de "anne@region.fr" sont :
      | dispositif | mesure     | organisme        | en attente | retenues | non retenues | total | taux de retenue |
      | PRF        | PRF-QUALIF | Campus de Pau    | 1          | 0        | 0            | 1     |                 |
      | PRF        | PRF-QUALIF | Institut Garonne | 0          | 1        | 1            | 2     | 50,0            |
    Et les indicateurs de "yves@francetravail.fr" sont :
      | dispositif | mesure   | organisme        | en attente | retenues | non retenues | total | taux de retenue |
      | POEC       | POEC-IND | Institut Garonne | 1          | 0        | 0            | 1     |                 |

  @DASH-04
  Scénario: L'administrateur filtre par structure et par période
    Alors les indicateurs de "admin@cap.fr" pour "structure=Institut Garonne" comptent 3 candidatures
    Et les indicateurs de "admin@cap.fr" pour "dispositif=POEC" comptent 1 candidatures
    Et les indicateurs de "admin@cap.fr" pour "du=2026-03-02&au=2026-03-02" comptent 4 candidatures
    Et les indicateurs de "admin@cap.fr" pour "au=2026-03-01" comptent 0 candidatures
    Quand "admin@cap.fr" envoie GET "api/indicateurs/candidatures?du=2026-03-05&au=2026-03-01"
    Alors le champ "du" est refusé : "La période commence après sa fin : la date « du » doit précéder la date « au »."

  @DASH-04
  Scénario: Un financeur ne voit pas les candidatures des sessions d'un autre financeur
    Alors les indicateurs de "anne@region.fr" pour "dispositif=POEC" comptent 0 candidatures
    Et les indicateurs de "yves@francetravail.fr" pour "structure=Campus de Pau" comptent 0 candidatures

  @DASH-04
  Scénario: Les organismes de formation et les prescripteurs n'ont pas les indicateurs
    Quand "karim@garonne.fr" envoie GET "api/indicateurs/candidatures"
    Alors c'est interdit par la règle "DASH-04"
    Quand "maite@pau.fr" envoie GET "api/indicateurs/candidatures.csv"
    Alors c'est interdit par la règle "DASH-04"
    Quand "lea@mission-locale.fr" envoie GET "api/indicateurs/candidatures"
    Alors c'est interdit par la règle "DASH-04"

  @DASH-04 @DASH-03
  Scénario: Les indicateurs s'exportent pour un tableur français
    Alors l'export des indicateurs de "anne@region.fr" s'ouvre dans un tableur français avec 2 lignes et le total
