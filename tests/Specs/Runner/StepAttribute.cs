namespace Rafael.Specs.Runner;

/// <summary>Binds a method to the steps whose text matches <see cref="Expression"/>.</summary>
/// <remarks>
/// The expression is a Cucumber-style expression (<c>{int}</c>, <c>{decimal}</c>, <c>{string}</c>, <c>{word}</c>,
/// <c>{date}</c>, <c>{time}</c>, <c>{}</c>, optional text in parentheses) or, when it starts with <c>^</c> or
/// ends with <c>$</c>, a regular expression whose groups are the arguments.
/// </remarks>
public abstract class StepAttribute(string expression, StepKind? kind) : Attribute
{
    public string Expression { get; } = expression;

    /// <summary>The kind of step this binds, or null for any kind.</summary>
    public StepKind? Kind { get; } = kind;
}
