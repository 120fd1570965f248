namespace Rafael.Portal.Models;

/// <summary>When the training takes place.</summary>
public enum ModaliteDuree
{
    CoursDuJour,
    CoursDuSoir,
    CoursWeekEnd,
    Foad,
}
