# language: fr
Fonctionnalité: Échecs

  Scénario: Étape non définie
    Soit le journal note "avant"
    Et il y a 3 candidatures pour "Formations du Sud" le 09/04/2022 à 12,5 euros
    Quand rien (vraiment) ne se passe
      | colonne |
      | valeur  |

  Scénario: Étape ambiguë
    Soit une phrase ambiguë

  Scénario: Étape qui lève une exception
    Soit le journal note "avant"
    Quand une étape lève une exception
    Alors le journal note "jamais"

  Scénario: Assertion fausse
    Alors deux et deux font 5

  Scénario: Tableau que la méthode ne lit pas
    Soit le journal note "x"
      | a |
      | b |

  Scénario: Scénario sans étape
