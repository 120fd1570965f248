# language: fr
@candidatures
Fonctionnalité: Préinscriptions, avis de l'organisme, échéances, gestion par lot et tableaux de bord
  Un prescripteur préinscrit un candidat sur une session financée ouverte ; l'organisme de formation responsable
  ou positionneur convoque, enregistre la présence et donne son avis ; les échéances suivent la date de fin de la
  session ; chacun ne voit que les candidatures que sa structure a faites ou qu'elle traite.

  Contexte:
    Soit nous sommes le 02/03/2026
    Et une plateforme neuve administrée par "admin@cap.fr"
    Et les structures suivantes :
      | nom                        | siret          | types              | ville    | département |
      | Région Nouvelle-Aquitaine  | 20005372300017 | Financeur          | Bordeaux | 33          |
      | Mission locale de Poitiers | 77890123400014 | Prescripteur       | Poitiers | 86          |
      | Cap emploi Gironde         | 44198765000013 | Prescripteur       | Bordeaux | 33          |
      | Institut Garonne           | 81234567800013 | OrganismeFormation | Bordeaux | 33          |
      | Campus de Pau              | 82345678900010 | OrganismeFormation | Pau      | 64          |
      | Atelier Limousin           | 83456789000019 | OrganismeFormation | Limoges  | 87          |
    Et les comptes suivants :
      | email                 | structure                  | profil                      | référent |
      | hugo@mission-locale.fr | Mission locale de Poitiers | PrescripteurNiveau1         | non      |
      | lea@mission-locale.fr | Mission locale de Poitiers | PrescripteurNiveau3         | oui      |
      | marc@capemploi.fr     | Cap emploi Gironde         | PrescripteurNiveau2         | oui      |
      | karim@garonne.fr      | Institut Garonne           | GestionnaireOfPreinscription | oui     |
      | maite@pau.fr          | Campus de Pau              | GestionnaireOfGeneral       | oui      |
      | paul@limousin.fr      | Atelier Limousin           | GestionnaireOfGeneral       | oui      |
    Et les dispositifs suivants :
      | code | libellé                         | financeur                 | mesures     |
      | PRF  | Programme régional de formation | Région Nouvelle-Aquitaine | PRF-QUALIF  |
      | HSP  | Habilitation de service public  | Région Nouvelle-Aquitaine | HSP-SAVOIRS |
    Et les droits de préinscription suivants :
      | structure                  | mesure      |
      | Mission locale de Poitiers | PRF-QUALIF  |
      | Mission locale de Poitiers | HSP-SAVOIRS |
      | Cap emploi Gironde         | PRF-QUALIF  |
    Et les sessions financées suivantes :
      | session          | mesure      | responsable      | positionneur  | formateur        | début      | fin        | limite d'inscription | entrée tardive | places | coefficient | entrée     |
      | Soudeur TIG      | PRF-QUALIF  | Institut Garonne | Campus de Pau | Atelier Limousin | 01/04/2026 | 30/06/2026 | 20/03/2026           | 15/04/2026     | 2      | 1           | fixe       |
      | Cuisine          | PRF-QUALIF  | Institut Garonne | Campus de Pau | Atelier Limousin | 01/04/2026 | 30/06/2026 | 20/03/2026           | 15/04/2026     | 10     | 2           | fixe       |
      | Savoirs de base  | HSP-SAVOIRS | Institut Garonne | Campus de Pau | Atelier Limousin | 01/04/2026 | 30/06/2026 | 20/03/2026           | 15/04/2026     | 10     | 1           | permanente |
      | Session fermée   | PRF-QUALIF  | Institut Garonne | Campus de Pau | Atelier Limousin | 01/03/2026 | 30/06/2026 | 01/03/2026           | 15/03/2026     | 10     | 1           | fixe       |

  @CAND-01 @CAND-05
  Scénario: Un niveau 1 enregistre un brouillon, un niveau 3 de sa structure le valide et il arrive à l'organisme
    Quand "hugo@mission-locale.fr" préinscrit "Martin" sur la session "Cuisine"
    Alors la réponse a le statut 201
    Et la candidature de "Martin" est "Brouillon prescripteur"
    Et "karim@garonne.fr" ne voit pas la candidature de "Martin"
    Quand "hugo@mission-locale.fr" valide la préinscription de "Martin"
    Alors c'est interdit par la règle "CAND-01"
    Quand "lea@mission-locale.fr" valide la préinscription de "Martin"
    Alors la candidature de "Martin" est "Candidat à convoquer"
    Et "karim@garonne.fr" voit la candidature de "Martin"

  @CAND-04 @HAB-03
  Scénario: Pas de préinscription après la date limite, ni sans droit sur la mesure
    Quand "lea@mission-locale.fr" préinscrit "Durand" sur la session "Session fermée"
    Alors c'est refusé par la règle "CAND-04"
    Quand "marc@capemploi.fr" préinscrit "Durand" sur la session "Savoirs de base"
    Alors c'est refusé par la règle "HAB-03"

  @CAND-03
  Scénario: Le quota est le coefficient multiplié par les places
    Quand "lea@mission-locale.fr" préinscrit "Un" sur la session "Soudeur TIG"
    Et "marc@capemploi.fr" préinscrit "Deux" sur la session "Soudeur TIG"
    Et "lea@mission-locale.fr" préinscrit "Trois" sur la session "Soudeur TIG"
    Alors c'est refusé par la règle "CAND-03"
    Et le refus explique : "La session est complète : 2 candidatures en cours pour un quota de 2 (CAND-03)."

  @CAND-02
  Scénario: Un candidat a au plus trois candidatures en cours
    Quand "lea@mission-locale.fr" préinscrit "Bernard" sur la session "Savoirs de base"
    Et "marc@capemploi.fr" préinscrit "Bernard" sur la session "Cuisine"
    Alors la réponse a le statut 201
    Quand "marc@capemploi.fr" préinscrit "Bernard" sur la session "Soudeur TIG"
    Alors la réponse a le statut 201
    Quand "lea@mission-locale.fr" préinscrit "Bernard" sur la session "Soudeur TIG"
    Alors c'est refusé par la règle "CAND-02"

  @CAND-06 @CAND-07
  Scénario: Seuls le prescripteur, le responsable et le positionneur voient la candidature
    Quand "lea@mission-locale.fr" préinscrit "Petit" sur la session "Cuisine"
    Alors "karim@garonne.fr" voit la candidature de "Petit"
    Et "maite@pau.fr" voit la candidature de "Petit"
    Et "lea@mission-locale.fr" voit la candidature de "Petit"
    Et le corps de la réponse contient "autresCandidaturesEnCours"
    Et "marc@capemploi.fr" ne voit pas la candidature de "Petit"
    Et "paul@limousin.fr" ne voit pas la candidature de "Petit"

  @AVIS-01
  Scénario: Une absence non justifiée rend la candidature non retenue
    Quand "lea@mission-locale.fr" préinscrit "Roux" sur la session "Cuisine"
    Et "karim@garonne.fr" convoque "Roux" le 10/03/2026
    Et "karim@garonne.fr" enregistre "une absence non justifiée" pour "Roux"
    Alors la candidature de "Roux" est "Non retenue"

  @AVIS-01 @AVIS-02 @AVIS-03
  Scénario: Après une présence, retenir demande les dates ; refuser demande un motif, et un commentaire court
    Quand "lea@mission-locale.fr" préinscrit "Blanc" sur la session "Cuisine"
    Et "karim@garonne.fr" convoque "Blanc" le 10/03/2026
    Et "karim@garonne.fr" enregistre "une absence justifiée" pour "Blanc"
    Alors la candidature de "Blanc" est "Candidat à convoquer"
    Quand "karim@garonne.fr" convoque "Blanc" le 12/03/2026
    Et "karim@garonne.fr" enregistre "une présence" pour "Blanc"
    Et "karim@garonne.fr" retient "Blanc" sans dates
    Alors c'est refusé par la règle "AVIS-02"
    Quand "karim@garonne.fr" ne retient pas "Blanc" pour le motif "autres"
    Alors c'est refusé par la règle "AVIS-02"
    Quand "karim@garonne.fr" commente l'avis de "Blanc" sur 251 caractères
    Alors c'est refusé par la règle "AVIS-03"
    Quand "karim@garonne.fr" retient "Blanc" du 01/04/2026 au 30/06/2026 pour 35 heures par semaine
    Alors la candidature de "Blanc" est retenue du 01/04/2026 au 30/06/2026 pour 35 heures par semaine

  @AVIS-04 @AVIS-05
  Scénario: La liste d'attente peut encore être retenue ; un avis donné ne change plus, sauf par un administrateur
    Quand "lea@mission-locale.fr" préinscrit "Faure" sur la session "Cuisine"
    Et "lea@mission-locale.fr" préinscrit "Girard" sur la session "Cuisine"
    Et "karim@garonne.fr" convoque "Faure" le 10/03/2026
    Et "karim@garonne.fr" enregistre "une présence" pour "Faure"
    Et "karim@garonne.fr" ne retient pas "Faure" pour le motif "session-complete"
    Alors la candidature de "Faure" est "Refus : session complète"
    Quand "karim@garonne.fr" retient "Faure" du 01/04/2026 au 30/06/2026 pour 30 heures par semaine
    Alors la candidature de "Faure" est "Retenue"
    Quand "karim@garonne.fr" ne retient pas "Faure" pour le motif "candidat-indisponible"
    Alors c'est refusé par la règle "AVIS-05"
    Quand "karim@garonne.fr" convoque "Girard" le 10/03/2026
    Et "karim@garonne.fr" enregistre "une présence" pour "Girard"
    Et "karim@garonne.fr" ne retient pas "Girard" pour le motif "prerequis-non-satisfaits"
    Et "karim@garonne.fr" retient "Girard" du 01/04/2026 au 30/06/2026 pour 35 heures par semaine
    Alors c'est refusé par la règle "AVIS-05"
    Quand "admin@cap.fr" retient "Girard" du 01/04/2026 au 30/06/2026 pour 35 heures par semaine
    Alors la candidature de "Girard" est "Retenue"

  @AVIS-06
  Scénario: Sur HSP, pas de sélection : l'organisme déclare la conformité administrative
    Quand "lea@mission-locale.fr" préinscrit "Hsp" sur la session "Savoirs de base"
    Et "karim@garonne.fr" ne retient pas "Hsp" pour le motif "personne-injoignable"
    Alors c'est refusé par la règle "AVIS-06"
    Quand "karim@garonne.fr" ne retient pas "Hsp" pour le motif "personne-injoignable" : "Trois appels sans réponse"
    Alors la candidature de "Hsp" est "Non retenue"

  @AVIS-07
  Scénario: Alerte 14 jours après la fin, avis non transmis à 21 jours ; les échéances suivent la date de fin
    Quand "lea@mission-locale.fr" préinscrit "Lent" sur la session "Cuisine"
    Et "lea@mission-locale.fr" préinscrit "Reporte" sur la session "Soudeur TIG"
    Et la session "Soudeur TIG" finit désormais le 31/07/2026
    Soit nous sommes le 14/07/2026
    Quand les échéances du jour sont traitées
    Alors l'organisme responsable a été alerté pour "Lent"
    Et la candidature de "Lent" est "Candidat à convoquer"
    Soit nous sommes le 21/07/2026
    Quand les échéances du jour sont traitées
    Alors la candidature de "Lent" est "Avis non transmis"
    Et la candidature de "Reporte" est "Candidat à convoquer"
    Et l'organisme responsable n'a pas été alerté pour "Reporte"

  @AVIS-08
  Scénario: L'annulation de la session par le financeur refuse les candidatures en cours
    Quand "lea@mission-locale.fr" préinscrit "Annule" sur la session "Cuisine"
    Et le financeur annule la session "Cuisine"
    Alors la candidature de "Annule" est "Refus : session annulée"

  @LOT-01 @LOT-02 @LOT-03 @LOT-04
  Scénario: L'organisme traite une session par lot, tout ou rien, avec les valeurs par défaut des dates fixes
    Quand "lea@mission-locale.fr" préinscrit "LotA" sur la session "Cuisine"
    Et "lea@mission-locale.fr" préinscrit "LotB" sur la session "Cuisine"
    Alors l'écran de lot de la session "Cuisine" montre pour "karim@garonne.fr" :
      | élément                       | valeur     |
      | fin de session                | 30/06/2026 |
      | jours restants pour les avis  | 141        |
      | entrée tardive jusqu'au       | 15/04/2026 |
      | Candidats à convoquer         | 2          |
    Quand "karim@garonne.fr" convoque par lot sur la session "Cuisine" le 10/03/2026 : "LotA, LotB"
    Et "karim@garonne.fr" enregistre par lot la présence sur la session "Cuisine" de : "LotA, LotB"
    Et "karim@garonne.fr" retient par lot sur la session "Cuisine" :
      | candidat | heures |
      | LotA     |        |
      | LotB     | 41     |
    Alors c'est refusé par la règle "LOT-04"
    Et le refus du lot nomme pour "LotB" la règle "AVIS-02"
    Et la candidature de "LotA" est "Avis de recrutement en attente"
    Quand "karim@garonne.fr" retient par lot sur la session "Cuisine" :
      | candidat | heures |
      | LotA     |        |
      | LotB     | 20     |
    Alors la candidature de "LotA" est retenue du 01/04/2026 au 30/06/2026 pour 35 heures par semaine
    Et la candidature de "LotB" est retenue du 01/04/2026 au 30/06/2026 pour 20 heures par semaine

  @DASH-01 @DASH-02 @DASH-03
  Scénario: Tableau de bord par rôle et par état, listes paginées et export pour un tableur français
    Quand "lea@mission-locale.fr" préinscrit "Tab1" sur la session "Cuisine"
    Et "lea@mission-locale.fr" préinscrit "Tab2" sur la session "Cuisine"
    Et "lea@mission-locale.fr" préinscrit "Tab3" sur la session "Soudeur TIG"
    Et "karim@garonne.fr" convoque "Tab1" le 10/03/2026
    Et "karim@garonne.fr" enregistre "une absence non justifiée" pour "Tab1"
    Alors le tableau de bord de "karim@garonne.fr" compte pour le rôle "Responsable" :
      | état         | nombre |
      | En attente   | 2      |
      | Non retenues | 1      |
      | Retenues     | 0      |
    Et le tableau de bord de "paul@limousin.fr" compte pour le rôle "Formateur" :
      | état       | nombre |
      | En attente | 2      |
    Et "karim@garonne.fr" obtient la liste des candidatures "etat=EnAttente" page 1 de taille 1 avec 1 sur 2
    Et "karim@garonne.fr" obtient la liste des candidatures "terminees=false" page 1 de taille 50 avec 3 sur 3
    Et l'export CSV de "karim@garonne.fr" s'ouvre dans un tableur français avec 3 lignes

  @DASH-02 @DASH-03 @CAND-06
  Scénario: Liste par session avec inscrits sur maximum et comptes par état, en cours et à venir ou terminées, et son export
    Quand "lea@mission-locale.fr" préinscrit "Ses1" sur la session "Cuisine"
    Et "lea@mission-locale.fr" préinscrit "Ses2" sur la session "Cuisine"
    Et "marc@capemploi.fr" préinscrit "Ses3" sur la session "Soudeur TIG"
    Et "karim@garonne.fr" convoque "Ses1" le 10/03/2026
    Et "karim@garonne.fr" enregistre "une absence non justifiée" pour "Ses1"
    Et la session "Soudeur TIG" se déroule désormais du 05/01/2026 au 27/02/2026
    Alors la liste par session de "karim@garonne.fr" filtrée par "terminees=false" montre :
      | session         | inscrits / maximum | en attente | non retenues |
      | Cuisine         | 1 / 20             | 1          | 1            |
      | Savoirs de base | 0 / 10             | 0          | 0            |
      | Session fermée  | 0 / 10             | 0          | 0            |
    Et la liste par session de "karim@garonne.fr" filtrée par "terminees=true" montre :
      | session     | inscrits / maximum | en attente | non retenues |
      | Soudeur TIG | 1 / 2              | 1          | 0            |
    Et la liste par session de "paul@limousin.fr" filtrée par "role=Formateur&texte=Cuisine" montre :
      | session | inscrits / maximum | en attente | non retenues |
      | Cuisine | 1 / 20             | 1          | 1            |
    Et la liste par session de "lea@mission-locale.fr" filtrée par "terminees=false" montre :
      | session | inscrits / maximum | en attente | non retenues |
      | Cuisine | 1 / 20             | 1          | 1            |
    Et la liste par session de "marc@capemploi.fr" filtrée par "terminees=false" est vide
    Et la liste par session de "karim@garonne.fr" filtrée par "role=Positionneur" est vide
    Et l'export CSV par session de "karim@garonne.fr" s'ouvre dans un tableur français avec 4 lignes
