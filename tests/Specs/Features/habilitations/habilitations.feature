# language: fr
@habilitations
Fonctionnalité: Dispositifs, mesures et droits de préinscription
  Un financeur (Région, France Travail, OPCO, État…) finance des dispositifs (PRF, HSP, POEC…) faits d'une ou
  plusieurs mesures. Le financeur désigne les structures prescriptrices autorisées à préinscrire, et sur quelles
  mesures ; un administrateur de la plateforme crée les structures, les comptes, les dispositifs et mesures
  manquants, et attribue les droits de préinscription. Le financeur et les structures concernées en sont avertis.

  La préinscription elle-même arrivera avec la capacité Candidatures : d'ici là, le droit d'un prescripteur se
  vérifie dans la liste des droits de préinscription de sa structure courante.

  Contexte:
    Soit nous sommes le 02/03/2026
    Et une plateforme neuve administrée par "admin@cap.fr"
    Et les structures suivantes :
      | nom                        | siret          | types              | ville    | département |
      | Région Nouvelle-Aquitaine  | 20005372300017 | Financeur          | Bordeaux | 33          |
      | Mission locale de Poitiers | 77890123400014 | Prescripteur       | Poitiers | 86          |
      | Cap emploi Gironde         | 44198765000013 | Prescripteur       | Bordeaux | 33          |
      | Institut Garonne           | 81234567800013 | OrganismeFormation | Bordeaux | 33          |
    Et les comptes suivants :
      | email                 | structure                  | profil                 | référent |
      | anne@region.fr        | Région Nouvelle-Aquitaine  | GestionnaireFinanceur  | oui      |
      | lea@mission-locale.fr | Mission locale de Poitiers | PrescripteurNiveau2    | oui      |
      | marc@capemploi.fr     | Cap emploi Gironde         | PrescripteurNiveau3    | oui      |
      | julien@garonne.fr     | Institut Garonne           | GestionnaireOfGeneral  | oui      |

  @HAB-01 @HAB-02
  Scénario: L'administrateur crée les dispositifs d'un financeur et leurs mesures ; chacun les voit
    Quand l'administrateur crée le dispositif "PRF" "Programme régional de formation" du financeur "Région Nouvelle-Aquitaine"
    Alors la réponse a le statut 201
    Quand l'administrateur ajoute au dispositif "PRF" la mesure "PRF-QUALIF" "Parcours qualifiants"
    Et l'administrateur ajoute au dispositif "PRF" la mesure "PRF-SAVOIRS" "Savoirs de base"
    Et l'administrateur crée le dispositif "HSP" "Habilitation de service public" du financeur "Région Nouvelle-Aquitaine"
    Et l'administrateur ajoute au dispositif "HSP" la mesure "HSP-SAVOIRS" "Compétences clés"
    Alors "julien@garonne.fr" voit les dispositifs :
      | code | libellé                          | financeur                 | mesures                 |
      | HSP  | Habilitation de service public   | Région Nouvelle-Aquitaine | HSP-SAVOIRS             |
      | PRF  | Programme régional de formation  | Région Nouvelle-Aquitaine | PRF-QUALIF, PRF-SAVOIRS |

  @HAB-01
  Scénario: Un dispositif est celui d'un financeur, et son code est unique
    Quand l'administrateur crée le dispositif "PRF" "Programme régional de formation" du financeur "Institut Garonne"
    Alors la réponse a le statut 400
    Et le champ "financeurId" est refusé : "Le financeur doit être une structure de type financeur."
    Quand l'administrateur crée le dispositif "PRF" "Programme régional de formation" du financeur "Région Nouvelle-Aquitaine"
    Et l'administrateur crée le dispositif "PRF" "Un autre PRF" du financeur "Région Nouvelle-Aquitaine"
    Alors la réponse a le statut 400
    Et le champ "code" est refusé : "Le dispositif PRF existe déjà."

  @HAB-02
  Scénario: Seul un administrateur crée dispositifs, mesures et droits
    Soit les dispositifs suivants :
      | code | libellé                         | financeur                 | mesures    |
      | PRF  | Programme régional de formation | Région Nouvelle-Aquitaine | PRF-QUALIF |
    Quand "anne@region.fr" envoie POST "/api/habilitations/dispositifs" avec :
      """
      {"code": "AIF", "libelle": "Aide individuelle à la formation", "financeurId": "{structure:Région Nouvelle-Aquitaine}"}
      """
    Alors c'est interdit
    Quand "anne@region.fr" envoie POST "/api/habilitations/dispositifs/{dispositif:PRF}/mesures" avec :
      """
      {"code": "PRF-X", "libelle": "Mesure X"}
      """
    Alors c'est interdit
    Quand "lea@mission-locale.fr" envoie POST "/api/habilitations/droits" avec :
      """
      {"structureId": "{structure:Mission locale de Poitiers}", "mesureId": "{mesure:PRF-QUALIF}"}
      """
    Alors c'est interdit
    Et "lea@mission-locale.fr" ne peut préinscrire sur aucune mesure

  @HAB-02
  Scénario: L'administrateur crée le compte d'un conseiller avec son profil de prescripteur
    Quand l'administrateur crée le compte de "hugo@mission-locale.fr" dans "Mission locale de Poitiers" avec le profil "Prescripteur Niveau 1"
    Alors la réponse a le statut 201
    Quand "hugo@mission-locale.fr" se connecte
    Alors la connexion est acceptée
    Et "hugo@mission-locale.fr" agit pour "Mission locale de Poitiers" avec le profil "Prescripteur Niveau 1"

  @HAB-02 @HAB-03
  Scénario: Un prescripteur préinscrit sur les mesures où sa structure a le droit, pas ailleurs
    Soit les dispositifs suivants :
      | code | libellé                         | financeur                 | mesures                 |
      | PRF  | Programme régional de formation | Région Nouvelle-Aquitaine | PRF-QUALIF, PRF-SAVOIRS |
    Quand l'administrateur donne à "Mission locale de Poitiers" le droit de préinscription sur la mesure "PRF-QUALIF"
    Alors la réponse a le statut 201
    Et "lea@mission-locale.fr" peut préinscrire sur les mesures :
      | structure                  | dispositif | mesure     |
      | Mission locale de Poitiers | PRF        | PRF-QUALIF |
    Et "marc@capemploi.fr" ne peut préinscrire sur aucune mesure

  @HAB-03
  Scénario: Un prescripteur ne voit que les droits de sa structure courante
    Soit les dispositifs suivants :
      | code | libellé                         | financeur                 | mesures    |
      | PRF  | Programme régional de formation | Région Nouvelle-Aquitaine | PRF-QUALIF |
    Et les droits de préinscription suivants :
      | structure                  | mesure     |
      | Mission locale de Poitiers | PRF-QUALIF |
    Quand "marc@capemploi.fr" consulte les droits de préinscription de "Mission locale de Poitiers"
    Alors c'est interdit par la règle "HAB-02"

  @HAB-02
  Scénario: Seuls les prescripteurs reçoivent des droits, et une seule fois par mesure
    Soit les dispositifs suivants :
      | code | libellé                         | financeur                 | mesures    |
      | PRF  | Programme régional de formation | Région Nouvelle-Aquitaine | PRF-QUALIF |
    Quand l'administrateur donne à "Institut Garonne" le droit de préinscription sur la mesure "PRF-QUALIF"
    Alors c'est refusé par la règle "HAB-02"
    Et le refus explique : "Institut Garonne n'est pas un prescripteur : seuls les prescripteurs reçoivent des droits de préinscription."
    Et aucun avis de droit n'est envoyé à "Institut Garonne"
    Quand l'administrateur donne à "Cap emploi Gironde" le droit de préinscription sur la mesure "PRF-QUALIF"
    Et l'administrateur donne à "Cap emploi Gironde" le droit de préinscription sur la mesure "PRF-QUALIF"
    Alors c'est refusé par la règle "HAB-02"
    Et le refus explique : "Cap emploi Gironde a déjà le droit de préinscription sur la mesure PRF-QUALIF."

  @HAB-04
  Scénario: Le financeur et la structure sont avertis des droits attribués
    Soit les dispositifs suivants :
      | code | libellé                         | financeur                 | mesures                 |
      | PRF  | Programme régional de formation | Région Nouvelle-Aquitaine | PRF-QUALIF, PRF-SAVOIRS |
    Quand l'administrateur donne à "Mission locale de Poitiers" le droit de préinscription sur la mesure "PRF-SAVOIRS"
    Alors la réponse a le statut 201
    Et le financeur "Région Nouvelle-Aquitaine" et la structure "Mission locale de Poitiers" sont avertis du droit sur la mesure "PRF-SAVOIRS"
    Et aucun avis de droit n'est envoyé à "Cap emploi Gironde"
