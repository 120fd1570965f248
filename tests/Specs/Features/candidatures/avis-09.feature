# language: fr
@candidatures
Fonctionnalité: Les avis partent vers les partenaires selon le financeur de la session et le prescripteur
  Un avis sur une session financée par la Région part vers les outils de la Région et le hub Agora, quel qu'il
  soit ; une candidature retenue arrive à EOS le lendemain. Une candidature faite par un conseiller France Travail
  part vers Kairos dès l'avis. Sur les sessions des autres financeurs, rien ne part vers Agora. Les connecteurs
  viendront plus tard : la boîte d'envoi contient dès maintenant exactement les bons messages, disponibles au bon
  moment. Le routage est écrit dans les définitions (condition et délai de chaque émission), que l'analyste modifie
  dans le Studio.

  Contexte:
    Soit nous sommes le 02/03/2026
    Et une plateforme neuve administrée par "admin@cap.fr"
    Et les structures suivantes :
      | nom                               | siret          | types              | ville    | département |
      | Région Nouvelle-Aquitaine         | 20005372300017 | Financeur          | Bordeaux | 33          |
      | France Travail Nouvelle-Aquitaine | 13000548110001 | Financeur          | Bordeaux | 33          |
      | France Travail Bordeaux Bastide   | 13000548100010 | Prescripteur       | Bordeaux | 33          |
      | Mission locale de Poitiers        | 77890123400014 | Prescripteur       | Poitiers | 86          |
      | Institut Garonne                  | 81234567800013 | OrganismeFormation | Bordeaux | 33          |
      | Campus de Pau                     | 82345678900010 | OrganismeFormation | Pau      | 64          |
      | Atelier Limousin                  | 83456789000019 | OrganismeFormation | Limoges  | 87          |
    Et les comptes suivants :
      | email                  | structure                       | profil                       | référent |
      | lea@mission-locale.fr  | Mission locale de Poitiers      | PrescripteurNiveau3          | oui      |
      | nadia@francetravail.fr | France Travail Bordeaux Bastide | PrescripteurNiveau3          | oui      |
      | karim@garonne.fr       | Institut Garonne                | GestionnaireOfPreinscription | oui      |
    Et les dispositifs suivants :
      | code | libellé                                           | financeur                         | mesures    |
      | PRF  | Programme régional de formation                   | Région Nouvelle-Aquitaine         | PRF-QUALIF |
      | POEC | Préparation opérationnelle à l'emploi collective  | France Travail Nouvelle-Aquitaine | POEC       |
    Et les droits de préinscription suivants :
      | structure                       | mesure     |
      | Mission locale de Poitiers      | PRF-QUALIF |
      | Mission locale de Poitiers      | POEC       |
      | France Travail Bordeaux Bastide | PRF-QUALIF |
      | France Travail Bordeaux Bastide | POEC       |
    Et les sessions financées suivantes :
      | session    | mesure     | responsable      | positionneur  | formateur        | début      | fin        | limite d'inscription | entrée tardive | places | coefficient | entrée |
      | Cuisine    | PRF-QUALIF | Institut Garonne | Campus de Pau | Atelier Limousin | 01/04/2026 | 30/06/2026 | 20/03/2026           | 15/04/2026     | 10     | 2           | fixe   |
      | Logistique | POEC       | Institut Garonne | Campus de Pau | Atelier Limousin | 01/04/2026 | 30/06/2026 | 20/03/2026           | 15/04/2026     | 10     | 2           | fixe   |

  @AVIS-09
  Scénario: Un avis sur une session de la Région part vers Agora dès l'avis, même non retenu
    Quand "lea@mission-locale.fr" préinscrit "Martin" sur la session "Cuisine"
    Et "karim@garonne.fr" convoque "Martin" le 10/03/2026
    Et "karim@garonne.fr" enregistre "une présence" pour "Martin"
    Et "karim@garonne.fr" ne retient pas "Martin" pour le motif "prerequis-non-satisfaits"
    Alors la candidature de "Martin" est "Non retenue"
    Et la boîte d'envoi contient pour "Martin" les messages "agora.avis"
    Et le message "agora.avis" de "Martin" est disponible le 02/03/2026 à 09:00

  @AVIS-09
  Scénario: Une candidature retenue sur une session de la Région arrive à EOS le lendemain, pas avant
    Soit nous sommes le 02/03/2026 à 16:30
    Quand "lea@mission-locale.fr" préinscrit "Durand" sur la session "Cuisine"
    Et "karim@garonne.fr" convoque "Durand" le 10/03/2026
    Et "karim@garonne.fr" enregistre "une présence" pour "Durand"
    Et "karim@garonne.fr" retient "Durand" du 01/04/2026 au 30/06/2026 pour 35 heures par semaine
    Alors la candidature de "Durand" est "Retenue"
    Et la boîte d'envoi contient pour "Durand" les messages "agora.avis, eos.candidature-retenue"
    Et le message "agora.avis" de "Durand" est disponible le 02/03/2026 à 16:30
    Et le message "eos.candidature-retenue" de "Durand" est disponible le 03/03/2026 à 00:00
    Soit nous sommes le 02/03/2026 à 23:59
    Quand la boîte d'envoi est distribuée
    Alors le message "agora.avis" de "Durand" a été pris par la distribution
    Et le message "eos.candidature-retenue" de "Durand" est disponible le 03/03/2026 à 00:00
    Soit nous sommes le 03/03/2026 à 00:00
    Quand la boîte d'envoi est distribuée
    Alors le message "eos.candidature-retenue" de "Durand" a été pris par la distribution

  @AVIS-09
  Scénario: La candidature d'un conseiller France Travail part vers Kairos dès l'avis
    Soit nous sommes le 02/03/2026 à 10:15
    Quand "nadia@francetravail.fr" préinscrit "Petit" sur la session "Cuisine"
    Et "karim@garonne.fr" convoque "Petit" le 10/03/2026
    Et "karim@garonne.fr" enregistre "une présence" pour "Petit"
    Et "karim@garonne.fr" ne retient pas "Petit" pour le motif "candidat-indisponible"
    Alors la boîte d'envoi contient pour "Petit" les messages "agora.avis, kairos.avis"
    Et le message "kairos.avis" de "Petit" est disponible le 02/03/2026 à 10:15

  @AVIS-09
  Scénario: Sur une session d'un autre financeur, rien ne part vers Agora ni vers EOS
    Quand "nadia@francetravail.fr" préinscrit "Leroy" sur la session "Logistique"
    Et "lea@mission-locale.fr" préinscrit "Moreau" sur la session "Logistique"
    Et "karim@garonne.fr" convoque "Leroy" le 10/03/2026
    Et "karim@garonne.fr" enregistre "une présence" pour "Leroy"
    Et "karim@garonne.fr" retient "Leroy" du 01/04/2026 au 30/06/2026 pour 35 heures par semaine
    Et "karim@garonne.fr" convoque "Moreau" le 10/03/2026
    Et "karim@garonne.fr" enregistre "une présence" pour "Moreau"
    Et "karim@garonne.fr" retient "Moreau" du 01/04/2026 au 30/06/2026 pour 35 heures par semaine
    Alors la candidature de "Leroy" est "Retenue"
    Et la candidature de "Moreau" est "Retenue"
    Et la boîte d'envoi contient pour "Leroy" les messages "kairos.avis"
    Et la boîte d'envoi ne contient aucun message aux partenaires pour "Moreau"

  @AVIS-09 @AVIS-07
  Scénario: Un avis non transmis sur une session de la Région part aussi vers Agora
    Quand "lea@mission-locale.fr" préinscrit "Roux" sur la session "Cuisine"
    Soit nous sommes le 21/07/2026
    Quand les échéances du jour sont traitées
    Alors la candidature de "Roux" est "Avis non transmis"
    Et la boîte d'envoi contient pour "Roux" les messages "agora.avis"

  @AVIS-09 @AVIS-08
  Scénario: Quand le financeur annule une session POEC, seul Kairos est prévenu, pour le conseiller France Travail
    Quand "nadia@francetravail.fr" préinscrit "Blanc" sur la session "Logistique"
    Et "lea@mission-locale.fr" préinscrit "Girard" sur la session "Logistique"
    Et le financeur annule la session "Logistique"
    Alors la candidature de "Blanc" est "Refus : session annulée"
    Et la boîte d'envoi contient pour "Blanc" les messages "kairos.avis"
    Et la boîte d'envoi ne contient aucun message aux partenaires pour "Girard"
