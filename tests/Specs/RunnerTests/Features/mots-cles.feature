# language: fr
@fonctionnalite
Fonctionnalité: Tous les mots-clés
  Une description
  sur deux lignes.

  Contexte:
    Soit le journal note "contexte"

  Scénario: Les mots-clés de contexte
    Soit le journal note "soit"
    Étant donné le journal note "étant donné"
    Etant donné que le journal note "etant donné que"
    Sachant que le journal note "sachant que"
    Et le journal note "et"
    Mais le journal note "mais"
    * le journal note "étoile"

  @action
  Scénario: Les mots-clés d'action et de résultat
    Quand le journal note "quand"
    Lorsque le journal note "lorsque"
    Et le journal note "et après quand"
    Alors le journal note "alors"
    Donc le journal note "donc"
    Mais le journal note "mais après alors"

  Exemple: Exemple vaut Scénario
    Soit le journal note "exemple"

  @plan
  Plan du scénario: Un plan pour <nom>
    Soit le journal note "<nom>"
    Quand le journal note "<nombre>"

    Exemples:
      | nom  | nombre |
      | un   | 1      |
      | deux | 2      |

    @autres
    Exemples: Autres
      | nom   | nombre |
      | trois | 3      |

  Règle: Une règle a son propre contexte
    Contexte:
      Soit le journal note "contexte de la règle"

    @ACC-04
    Scénario: Dans la règle
      Alors le journal note "dans la règle"
