namespace Rafael.Bench.Decisions;

/// <summary>The facts of one pre-registration decision, as the Engine would read them.</summary>
internal sealed record SessionFaits(string Dispositif, string Mesure, bool Annulee, bool OuverteAuxCandidatures, DateOnly DateLimiteInscription, int EffectifVise, int CapaciteAccueil, decimal Coefficient, int CandidaturesEnCours);

/// <summary>The candidate's candidatures in progress.</summary>
internal sealed record CandidatFaits(int CandidaturesEnCours, int CandidaturesEnCoursHsp);

/// <summary>The prescriber structure's rights.</summary>
internal sealed record StructureFaits(string[] MesuresHabilitees);

/// <summary>The prescriber's level.</summary>
internal sealed record UtilisateurFaits(int? NiveauPrescripteur);
