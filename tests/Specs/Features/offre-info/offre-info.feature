# language: fr
@offre-info
Fonctionnalité: L'offre publiée part dans le flux « Offre info » (LHEO 2.3)
  Ce qui est publié sur Rafael part, au format national LHEO 2.3, vers le réseau des Carif-Oref, Kairos, le site
  des candidats et les moteurs de recherche. Le flux est public ; il se lit en entier ou par les changements
  depuis un instant. Une action qui n'est pas publiée n'y figure pas.

  Contexte:
    Soit nous sommes le 02/03/2026
    Et une plateforme neuve administrée par "admin@cap.fr"
    Et les structures suivantes :
      | nom                | siret          | types              | ville    | département |
      | Institut Gironde   | 81234567800013 | OrganismeFormation | Bordeaux | 33          |
    Et les comptes suivants :
      | email               | structure        | profil                  | référent |
      | sophie@gironde.fr   | Institut Gironde | GestionnaireOfCatalogue | oui      |
    Et la structure "Institut Gironde" a le numéro de déclaration d'activité "75331234533"

  @CIR-08 @CIR-01
  Scénario: Une action publiée part dans le flux, valide ; une action non publiée n'y est pas
    Quand "sophie@gironde.fr" crée l'action "Comptable assistant"
    Et "sophie@gironde.fr" ajoute à l'action "Comptable assistant" une session du 04/05/2026 au 30/09/2026
    Et "sophie@gironde.fr" valide l'action "Comptable assistant"
    Et "admin@cap.fr" publie l'action "Comptable assistant"
    Et "sophie@gironde.fr" crée l'action "Gestionnaire de paie"
    Et "sophie@gironde.fr" ajoute à l'action "Gestionnaire de paie" une session du 04/05/2026 au 30/09/2026
    Et "sophie@gironde.fr" valide l'action "Gestionnaire de paie"
    Et on lit le flux Offre info
    Alors le flux est valide selon le schéma LHEO 2.3
    Et le flux contient l'action "Comptable assistant" et ses sessions
    Et le flux ne contient pas l'action "Gestionnaire de paie"

  @CIR-08 @CIR-04
  Scénario: Les changements depuis un instant
    Soit l'action "Technicien de maintenance" de "sophie@gironde.fr" est publiée avec une session du 04/05/2026 au 30/09/2026
    Et l'action "Agent de sécurité" de "sophie@gironde.fr" est publiée avec une session du 04/05/2026 au 30/09/2026
    Et nous sommes le 02/03/2026 à 14h30
    Quand on lit le flux Offre info des changements depuis le 02/03/2026 à 12h00
    Alors le flux est vide
    Quand "sophie@gironde.fr" renomme l'action "Technicien de maintenance" en "Technicien de maintenance industrielle"
    Et on lit le flux Offre info des changements depuis le 02/03/2026 à 12h00
    Alors le flux est valide selon le schéma LHEO 2.3
    Et le flux ne contient que l'action "Technicien de maintenance industrielle"
    Et le flux contient l'action "Technicien de maintenance industrielle" et ses sessions
