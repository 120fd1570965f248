# language: fr
Fonctionnalité: Fichier illisible

  Scénario: Une étape
    Soit une étape

Fonctionnalité: Une seconde fonctionnalité
