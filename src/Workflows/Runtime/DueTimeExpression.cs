using System.Globalization;
using System.Text.RegularExpressions;

namespace Rafael.Workflows.Runtime;

/// <summary>
/// A deadline's due time as written in a definition: <c>session.dateFin + parametre:joursAvisNonTransmisApresFin days</c>,
/// <c>session.dateFin + 14 days</c> or <c>maintenant + 2 hours</c>. Computed to an absolute instant at transition time.
/// </summary>
internal sealed partial class DueTimeExpression
{
    private const string ParameterPrefix = "parametre:";
    private const string Now = "maintenant";

    private DueTimeExpression(string date, int sign, string? amount, string? unit)
    {
        Date = date;
        Sign = sign;
        Amount = amount;
        Unit = unit;
    }

    public string Date { get; }

    public int Sign { get; }

    public string? Amount { get; }

    public string? Unit { get; }

    public static bool TryParse(string? text, out DueTimeExpression? expression)
    {
        expression = null;
        if (text is null)
        {
            return false;
        }

        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var hasOffset = match.Groups["amount"].Success;
        expression = new DueTimeExpression(
            match.Groups["date"].Value,
            match.Groups["sign"].Value == "-" ? -1 : 1,
            hasOffset ? match.Groups["amount"].Value : null,
            hasOffset ? match.Groups["unit"].Value : null);
        return true;
    }

    public DateTimeOffset Compute(WorkflowContext context, DateTimeOffset now)
    {
        DateTimeOffset origin;
        if (Date == Now)
        {
            origin = now;
        }
        else if (!context.Dates.TryGetValue(Date, out origin))
        {
            throw new WorkflowDataException($"La date « {Date} » est nécessaire pour calculer une échéance et n'a pas été fournie.");
        }

        if (Amount is null)
        {
            return origin;
        }

        decimal amount;
        if (Amount.StartsWith(ParameterPrefix, StringComparison.Ordinal))
        {
            var name = Amount[ParameterPrefix.Length..];
            if (!context.Parameters.TryGetValue(name, out amount))
            {
                throw new WorkflowDataException($"Le paramètre « {name} » est nécessaire pour calculer une échéance et n'a pas été fourni.");
            }
        }
        else
        {
            amount = decimal.Parse(Amount, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        var value = (double)(Sign * amount);
        return Unit switch
        {
            "minutes" => origin.AddMinutes(value),
            "hours" => origin.AddHours(value),
            "days" => origin.AddDays(value),
            _ => origin.AddDays(7 * value),
        };
    }

    [GeneratedRegex(@"^(?<date>[a-zA-Z][a-zA-Z0-9.]*)(\s*(?<sign>[+-])\s*(?<amount>[0-9]+|parametre:[a-zA-Z][a-zA-Z0-9]*)\s+(?<unit>minutes|hours|days|weeks))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
