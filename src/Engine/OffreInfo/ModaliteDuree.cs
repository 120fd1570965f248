namespace Rafael.Engine.OffreInfo;

/// <summary>A teaching modality whose hours are given on the action (CAT-05).</summary>
public enum ModaliteDuree
{
    /// <summary>Cours du jour.</summary>
    CoursDuJour,

    /// <summary>Cours du soir.</summary>
    CoursDuSoir,

    /// <summary>Cours le week-end.</summary>
    CoursWeekEnd,

    /// <summary>Formation ouverte et à distance.</summary>
    Foad,
}
