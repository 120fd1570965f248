# language: fr
@plateforme
Fonctionnalité: La plateforme répond
  L'Api de Rafael tourne pour de vrai, sur une adresse locale et une base neuve :
  les clients vérifient qu'elle est en vie avant de l'utiliser.

  Scénario: Le service de santé répond sur HTTP
    Quand on interroge "/health"
    Alors la réponse a le statut 200
    Et le corps de la réponse contient "Healthy"
    Et la réponse vient d'une adresse locale

  Scénario: La date de la plateforme est celle du scénario
    Soit nous sommes le 09/04/2022
    Alors pour la plateforme nous sommes le 09/04/2022
    Soit nous sommes le 01/02/2021 à 23:30
    Alors pour la plateforme nous sommes le 01/02/2021
