# language: fr
@notifications
Fonctionnalité: Emails de la plateforme
  Les emails partent de modèles que les administrateurs modifient : une demande de compte à valider, un compte
  validé ou refusé, un rattachement décidé, des droits attribués, une action à compléter ou publiée, une
  candidature reçue, un avis donné, un avis bientôt non transmis, une session annulée. Chacun part une fois, aux
  bonnes personnes, avec le modèle publié : un brouillon ne change rien tant qu'il n'est pas publié. Chacun peut
  couper les emails d'information, jamais les emails essentiels.

  Contexte:
    Soit nous sommes le 02/03/2026
    Et une plateforme neuve administrée par "admin@cap.fr"
    Et les structures suivantes :
      | nom                       | siret          | types              | ville    | département |
      | Région Nouvelle-Aquitaine | 20005372300017 | Financeur          | Bordeaux | 33          |
      | Cap emploi Gironde        | 44198765000013 | Prescripteur       | Bordeaux | 33          |
      | Institut Garonne          | 81234567800013 | OrganismeFormation | Bordeaux | 33          |
    Et les comptes suivants :
      | email             | structure                 | profil                | référent |
      | anne@region.fr    | Région Nouvelle-Aquitaine | GestionnaireFinanceur | oui      |
      | marc@capemploi.fr | Cap emploi Gironde        | PrescripteurNiveau3   | oui      |
      | julien@garonne.fr | Institut Garonne          | GestionnaireOfGeneral | oui      |

  @NOTIF-01 @ACC-05
  Scénario: Le référent est averti d'une demande de compte à valider, pas l'administrateur
    Quand "ines@garonne.fr" demande un compte dans la structure "Institut Garonne"
    Alors "julien@garonne.fr" reçoit l'email "Rafael : demande de compte de Inès Martin à valider"
    Et l'email "Rafael : demande de compte de Inès Martin à valider" reçu par "julien@garonne.fr" dit "Je rejoins l'équipe."
    Mais "admin@cap.fr" ne reçoit aucun email

  @NOTIF-01 @ACC-05
  Scénario: Le demandeur apprend que son compte est validé, avec son profil
    Quand "ines@garonne.fr" demande un compte dans la structure "Institut Garonne"
    Et "julien@garonne.fr" accepte la demande de "ines@garonne.fr" avec le profil "Gestionnaire OF préinscription"
    Alors "ines@garonne.fr" reçoit l'email "Rafael : votre demande de compte est acceptée"
    Et l'email "Rafael : votre demande de compte est acceptée" reçu par "ines@garonne.fr" dit "Votre profil : Gestionnaire OF préinscription."

  @NOTIF-01 @ACC-05
  Scénario: Le demandeur apprend le refus et son motif
    Quand "ines@garonne.fr" demande un compte dans la structure "Institut Garonne"
    Et "julien@garonne.fr" refuse la demande de "ines@garonne.fr" pour le motif "Inconnue du service."
    Alors "ines@garonne.fr" reçoit l'email "Rafael : votre demande de compte est refusée"
    Et l'email "Rafael : votre demande de compte est refusée" reçu par "ines@garonne.fr" dit "Motif : Inconnue du service."

  @NOTIF-01 @HAB-04
  Scénario: Le financeur et la structure reçoivent chacun leur email quand des droits sont attribués
    Soit les dispositifs suivants :
      | code | libellé                         | financeur                 | mesures     |
      | PRF  | Programme régional de formation | Région Nouvelle-Aquitaine | PRF-SAVOIRS |
    Quand l'administrateur donne à "Cap emploi Gironde" le droit de préinscription sur la mesure "PRF-SAVOIRS"
    Alors "anne@region.fr" reçoit l'email "Rafael : Cap emploi Gironde peut préinscrire sur PRF PRF-SAVOIRS"
    Et "marc@capemploi.fr" reçoit l'email "Rafael : vous pouvez préinscrire sur PRF PRF-SAVOIRS"
    Mais "julien@garonne.fr" ne reçoit aucun email

  @NOTIF-01 @HAB-04
  Scénario: On coupe un email d'information, jamais un email essentiel
    Soit les dispositifs suivants :
      | code | libellé                         | financeur                 | mesures     |
      | PRF  | Programme régional de formation | Région Nouvelle-Aquitaine | PRF-SAVOIRS |
    Quand "marc@capemploi.fr" désactive l'email "droits-attribues"
    Alors la réponse a le statut 200
    Quand "marc@capemploi.fr" désactive l'email "candidature.session-annulee"
    Alors c'est refusé par la règle "NOTIF-01"
    Et le refus explique : "L'email « candidature.session-annulee » est essentiel : il ne peut pas être désactivé."
    Quand l'administrateur donne à "Cap emploi Gironde" le droit de préinscription sur la mesure "PRF-SAVOIRS"
    Alors "anne@region.fr" reçoit l'email "Rafael : Cap emploi Gironde peut préinscrire sur PRF PRF-SAVOIRS"
    Mais "marc@capemploi.fr" ne reçoit aucun email

  @NOTIF-01
  Scénario: Un brouillon de modèle ne change rien aux emails tant qu'il n'est pas publié
    Quand l'administrateur enregistre un brouillon du modèle "compte.demande-a-valider" avec le sujet "Nouvelle demande : {{ demandeur.email }}"
    Et "ines@garonne.fr" demande un compte dans la structure "Institut Garonne"
    Alors "julien@garonne.fr" reçoit l'email "Rafael : demande de compte de Inès Martin à valider"
    Quand l'administrateur publie le modèle "compte.demande-a-valider"
    Et "paul@garonne.fr" demande un compte dans la structure "Institut Garonne"
    Alors "julien@garonne.fr" reçoit l'email "Nouvelle demande : paul@garonne.fr"
