namespace Rafael.Studio.Services;

/// <summary>One row of a side-by-side diff: a line on the left, on the right, or both when unchanged.</summary>
public sealed record LigneDiff(int? NumeroGauche, string? Gauche, int? NumeroDroite, string? Droite)
{
    public bool Retiree => Gauche is not null && Droite is null;

    public bool Ajoutee => Droite is not null && Gauche is null;
}
