# language: fr
@catalogue
Fonctionnalité: Actions de formation, sessions et circuit de publication
  Un organisme de formation (OF) décrit ses actions de formation et leurs sessions ; une action validée deux fois
  part à la vérification des administrateurs (Cap Métiers), qui la publient ou la mettent en alerte avec une demande
  d'informations. L'offre conventionnée vient des financeurs : l'OF n'y modifie que quelques champs.

  Contexte:
    Soit nous sommes le 02/03/2026
    Et une plateforme neuve administrée par "admin@cap.fr"
    Et les structures suivantes :
      | nom                       | siret          | types              | ville    | département |
      | Région Nouvelle-Aquitaine | 20005372300017 | Financeur          | Bordeaux | 33          |
      | Institut Garonne          | 81234567800013 | OrganismeFormation | Bordeaux | 33          |
      | Campus de Pau             | 82345678900010 | OrganismeFormation | Pau      | 64          |
    Et les comptes suivants :
      | email             | structure                 | profil                   | référent |
      | anne@region.fr    | Région Nouvelle-Aquitaine | GestionnaireFinanceur    | oui      |
      | julien@garonne.fr | Institut Garonne          | GestionnaireOfGeneral    | oui      |
      | sophie@garonne.fr | Institut Garonne          | GestionnaireOfCatalogue  | non      |
      | maite@pau.fr      | Campus de Pau             | GestionnaireOfGeneral    | oui      |
    Et les dispositifs suivants :
      | code | libellé                         | financeur                 | mesures    |
      | PRF  | Programme régional de formation | Région Nouvelle-Aquitaine | PRF-QUALIF |
      | POEC | Préparation opérationnelle      | Région Nouvelle-Aquitaine | POEC-COLL  |

  @CIR-01 @CIR-05 @CAT-01 @CAT-02
  Scénario: Double validation, alerte avec une demande d'informations, puis publication
    Quand "sophie@garonne.fr" crée l'action "Gestionnaire de paie"
    Et "sophie@garonne.fr" valide l'action "Gestionnaire de paie"
    Alors c'est refusé par la règle "CAT-01"
    Quand "sophie@garonne.fr" ajoute à l'action "Gestionnaire de paie" une session du 04/05/2026 au 30/09/2026
    Et "sophie@garonne.fr" valide l'action "Gestionnaire de paie" sans confirmer
    Alors c'est refusé par la règle "CIR-01"
    Quand "sophie@garonne.fr" valide l'action "Gestionnaire de paie"
    Alors l'action "Gestionnaire de paie" est "creee" pour "sophie@garonne.fr"
    Et "admin@cap.fr" voit à vérifier : "Gestionnaire de paie"
    Quand "admin@cap.fr" met l'action "Gestionnaire de paie" en alerte : "Précisez les modalités d'évaluation."
    Alors "sophie@garonne.fr" lit sur l'action "Gestionnaire de paie" la demande : "Précisez les modalités d'évaluation."
    Quand "sophie@garonne.fr" valide l'action "Gestionnaire de paie"
    Et "admin@cap.fr" publie l'action "Gestionnaire de paie"
    Alors l'action "Gestionnaire de paie" est "publiee" pour "maite@pau.fr"
    Et les références de l'action "Gestionnaire de paie" et de ses sessions sont celles de la plateforme pour "sophie@garonne.fr"
    Et "julien@garonne.fr" voit dans l'onglet "publiee" : "Gestionnaire de paie"

  @CIR-03
  Scénario: Tant qu'elle attend la vérification, l'OF ne modifie pas son action
    Quand "sophie@garonne.fr" crée l'action "Gestionnaire de paie"
    Et "sophie@garonne.fr" ajoute à l'action "Gestionnaire de paie" une session du 04/05/2026 au 30/09/2026
    Et "sophie@garonne.fr" valide l'action "Gestionnaire de paie"
    Et "sophie@garonne.fr" renomme l'action "Gestionnaire de paie" en "Gestionnaire de paie et RH"
    Alors c'est refusé par la règle "CIR-03"

  @CIR-04
  Scénario: Un changement de certification attend la vérification ; la version publiée reste en ligne
    Soit l'action "Comptable assistant" de "sophie@garonne.fr" est publiée avec une session du 04/05/2026 au 30/09/2026
    Quand "sophie@garonne.fr" change la certification de l'action "Comptable assistant" pour "RNCP38000"
    Alors l'action "Comptable assistant" est "modifiee" pour "sophie@garonne.fr"
    Et l'action "Comptable assistant" affiche pour "maite@pau.fr" la certification "RNCP36701"
    Et la certification "RNCP38000" de l'action "Comptable assistant" attend la vérification pour "sophie@garonne.fr"
    Quand "admin@cap.fr" publie l'action "Comptable assistant"
    Alors l'action "Comptable assistant" affiche pour "maite@pau.fr" la certification "RNCP38000"
    Quand "sophie@garonne.fr" renomme l'action "Comptable assistant" en "Comptable assistant confirmé"
    Alors l'action "Comptable assistant confirmé" est "publiee" pour "maite@pau.fr"

  @CAT-03
  Scénario: Seul l'organisme responsable modifie l'action et lui ajoute des sessions
    Soit l'action "Comptable assistant" de "sophie@garonne.fr" est publiée avec une session du 04/05/2026 au 30/09/2026
    Quand "maite@pau.fr" renomme l'action "Comptable assistant" en "Comptable"
    Alors c'est interdit par la règle "CAT-03"
    Quand "maite@pau.fr" ajoute à l'action "Comptable assistant" une session du 04/06/2026 au 30/10/2026
    Alors c'est interdit par la règle "CAT-03"

  @CIR-06 @CIR-01
  Scénario: Supprimer l'action supprime ses sessions ; archivée, elle n'est plus modifiable par l'OF
    Soit l'action "Secrétaire médicale" de "sophie@garonne.fr" est publiée avec une session du 04/05/2026 au 30/09/2026
    Quand "sophie@garonne.fr" archive l'action "Secrétaire médicale"
    Et "sophie@garonne.fr" renomme l'action "Secrétaire médicale" en "Secrétaire"
    Alors c'est refusé par la règle "CIR-01"
    Quand "admin@cap.fr" republie l'action "Secrétaire médicale"
    Et "sophie@garonne.fr" supprime l'action "Secrétaire médicale"
    Alors l'action "Secrétaire médicale" est "supprimee" pour "sophie@garonne.fr"
    Et les sessions de l'action "Secrétaire médicale" sont pour "sophie@garonne.fr" : "supprimee"

  @CAT-04
  Scénario: Un OF ne crée pas d'offre conventionnée
    Quand "julien@garonne.fr" envoie POST "api/actions/conventionnees" avec :
      """
      {"responsableId":"{structure:Institut Garonne}","action":{"intitule":"Soudeur","objectifGeneral":"Certification","objectifs":"Souder.","programme":"- Soudure","validation":"AttestationFinFormation","durees":[{"modalite":"CoursDuJour","heures":400}],"conditionsAcces":"RAS","prerequis":"Aucun."}}
      """
    Alors c'est interdit par la règle "CAT-04"

  @CAT-05 @CAT-06 @CIR-02
  Scénario: Tous les champs manquants ou invalides reviennent ensemble, en français
    Quand "sophie@garonne.fr" envoie POST "api/actions" avec :
      """
      {"intitule":"SOUDEUR TIG","objectifs":"","certifications":[{"code":"A","libelle":"A"},{"code":"B","libelle":"B"},{"code":"C","libelle":"C"},{"code":"D","libelle":"D"},{"code":"E","libelle":"E"},{"code":"F","libelle":"F"}]}
      """
    Alors la réponse a le statut 400
    Et le champ "intitule" est refusé : "Le champ « Intitulé » est entièrement en majuscules : écrivez-le en minuscules avec des majuscules initiales (CAT-06)."
    Et le champ "objectifs" est refusé : "Le champ « Objectifs » est obligatoire."
    Et le champ "objectifGeneral" est refusé : "Choisissez l'objectif général de la formation."
    Et le champ "certifications" est refusé : "Une action vise au plus 5 certifications (CAT-05)."
    Et le champ "durees" est refusé : "Indiquez la durée en heures d'au moins une modalité (CAT-05)."

  @CAT-07
  Scénario: Une session ne vise que des certifications de son action
    Quand "sophie@garonne.fr" crée l'action "Comptable assistant"
    Et "sophie@garonne.fr" ajoute à l'action "Comptable assistant" une session du 04/05/2026 au 30/09/2026 visant "RNCP99999"
    Alors le champ "certifications" est refusé : "Une session ne vise que des certifications de son action : RNCP99999 n'en fait pas partie (CAT-07)."

  @CAT-08
  Scénario: Une formation courte est invitée à saisir une session annuelle, sans être bloquée
    Quand "sophie@garonne.fr" crée une action courte "Habilitation électrique" de 14 heures
    Et "sophie@garonne.fr" ajoute à l'action "Habilitation électrique" une session du 04/05/2026 au 05/05/2026
    Alors la réponse a le statut 201
    Et le corps de la réponse contient "CAT-08"
    Quand "sophie@garonne.fr" ajoute à l'action "Habilitation électrique" une session annuelle 2026 en entrées-sorties permanentes
    Alors la réponse a le statut 201
    Et la session ajoutée n'a aucun avertissement

  @CAT-09
  Scénario: Une session s'ajoute vierge ou en dupliquant une autre
    Quand "sophie@garonne.fr" crée l'action "Agent d'accueil"
    Et "sophie@garonne.fr" ajoute à l'action "Agent d'accueil" une session du 04/05/2026 au 30/09/2026
    Et "sophie@garonne.fr" duplique la session de l'action "Agent d'accueil"
    Alors la réponse a le statut 201
    Et les sessions de l'action "Agent d'accueil" sont pour "sophie@garonne.fr" : "ouverte, ouverte"
    Et les références de l'action "Agent d'accueil" et de ses sessions sont celles de la plateforme pour "sophie@garonne.fr"

  @CAT-10
  Scénario: Une session récente ne se supprime qu'avec un motif et l'accord d'un administrateur
    Quand "sophie@garonne.fr" crée l'action "Employé administratif"
    Et "sophie@garonne.fr" ajoute à l'action "Employé administratif" une session du 04/05/2026 au 30/09/2026
    Et "sophie@garonne.fr" supprime la session de l'action "Employé administratif"
    Alors c'est refusé par la règle "CAT-10"
    Quand "sophie@garonne.fr" supprime la session de l'action "Employé administratif" pour le motif "Le formateur est parti."
    Alors les sessions de l'action "Employé administratif" sont pour "sophie@garonne.fr" : "suppression-demandee"
    Quand "admin@cap.fr" accepte la suppression de la session de l'action "Employé administratif"
    Alors les sessions de l'action "Employé administratif" sont pour "sophie@garonne.fr" : "supprimee"

  @CAT-10
  Scénario: Une session finie depuis plus de 30 jours se supprime sans motif
    Quand "sophie@garonne.fr" crée l'action "Employé administratif"
    Et "sophie@garonne.fr" ajoute à l'action "Employé administratif" une session du 01/10/2025 au 20/01/2026
    Et "sophie@garonne.fr" supprime la session de l'action "Employé administratif"
    Alors les sessions de l'action "Employé administratif" sont pour "sophie@garonne.fr" : "supprimee"

  @CAT-11
  Scénario: Avant de créer, l'OF voit ses actions publiées de même intitulé et même certification
    Soit l'action "Comptable assistant" de "sophie@garonne.fr" est publiée avec une session du 04/05/2026 au 30/09/2026
    Quand "julien@garonne.fr" cherche les doublons de l'action "Comptable  assistant" visant "RNCP36701"
    Alors les doublons probables sont : "Comptable assistant"
    Quand "julien@garonne.fr" cherche les doublons de l'action "Comptable assistant" visant "RNCP11111"
    Alors il n'y a aucun doublon probable
    Quand "maite@pau.fr" cherche les doublons de l'action "Comptable assistant" visant "RNCP36701"
    Alors il n'y a aucun doublon probable

  @CAT-12 @CAT-04
  Scénario: Sur l'offre conventionnée, l'OF ne modifie que ce que le financeur lui laisse
    Soit "anne@region.fr" a saisi l'action conventionnée "Électricien du bâtiment" de "Institut Garonne" avec une session du 04/05/2026 au 30/09/2026 sur la mesure "PRF-QUALIF" au coefficient 2
    Quand "julien@garonne.fr" renomme l'action "Électricien du bâtiment" en "Électricien"
    Alors c'est interdit par la règle "CAT-12"
    Et le refus explique : "Le champ « Intitulé » est en lecture seule pour vous : sur une action conventionnée, l'organisme responsable ne modifie que « Le + de cette formation » et le lien web ; le reste passe par le financeur (CAT-12)."
    Quand "julien@garonne.fr" fixe la session de l'action "Électricien du bâtiment" : coefficient 3, inscription jusqu'au 30/04/2026, entrée tardive jusqu'au 15/05/2026
    Alors la réponse a le statut 200

  @CAT-13
  Scénario: Le coefficient reste dans les bornes du dispositif
    Soit "anne@region.fr" a saisi l'action conventionnée "Vendeur conseil" de "Institut Garonne" avec une session du 04/05/2026 au 30/09/2026 sur la mesure "POEC-COLL" au coefficient 2
    Quand "julien@garonne.fr" fixe la session de l'action "Vendeur conseil" : coefficient 1, inscription jusqu'au 29/04/2026, entrée tardive jusqu'au 14/05/2026
    Alors c'est refusé par la règle "CAT-13"

  @CAT-14
  Scénario: La date limite d'inscription ne dépasse pas la date limite d'entrée tardive
    Soit "anne@region.fr" a saisi l'action conventionnée "Électricien du bâtiment" de "Institut Garonne" avec une session du 04/05/2026 au 30/09/2026 sur la mesure "PRF-QUALIF" au coefficient 2
    Quand "julien@garonne.fr" fixe la session de l'action "Électricien du bâtiment" : coefficient 2, inscription jusqu'au 20/05/2026, entrée tardive jusqu'au 15/05/2026
    Alors le champ "financement.dateLimiteInscription" est refusé : "La date limite d'inscription ne peut pas être postérieure à la date limite d'entrée tardive : modifiez l'une ou l'autre (CAT-14)."

  @CIR-07
  Scénario: Le financeur suit son offre conventionnée par onglet
    Soit "anne@region.fr" a saisi l'action conventionnée "Plombier chauffagiste" de "Institut Garonne" avec une session du 04/05/2026 au 30/09/2026 sur la mesure "PRF-QUALIF" au coefficient 2
    Et "anne@region.fr" a saisi l'action conventionnée "Vendeur conseil" de "Institut Garonne" avec une session du 04/05/2026 au 30/09/2026 sur la mesure "POEC-COLL" au coefficient 2
    Alors "anne@region.fr" voit dans l'onglet "en-attente-validation" : "Plombier chauffagiste, Vendeur conseil"
    Quand "anne@region.fr" valide l'action "Vendeur conseil"
    Alors "anne@region.fr" voit dans l'onglet "en-attente-publication" : "Vendeur conseil"
    Quand "anne@region.fr" publie l'action "Vendeur conseil"
    Alors "anne@region.fr" voit dans l'onglet "publiee" : "Vendeur conseil"
    Et "anne@region.fr" voit dans l'onglet "en-attente-validation" : "Plombier chauffagiste"
