using System.Collections.Concurrent;
using System.Reflection;
using RulesEngine.Models;

namespace Rafael.Rules;

/// <summary>Turns the caller's value of one named input into an instance of the type the rules were compiled against.</summary>
internal sealed class InputBinder
{
    private readonly RuleInputDefinition input;
    private readonly (RuleFieldDefinition Field, PropertyInfo Property)[] properties;
    private readonly ConcurrentDictionary<Type, Func<object, object>?> copiers = new();

    public InputBinder(string ruleSetName, RuleInputDefinition input)
    {
        this.input = input;
        if (input.Type is { } scalar)
        {
            Type = scalar.ClrType;
            properties = [];
        }
        else
        {
            Type = InputTypeFactory.Create(ruleSetName, input);
            properties = [.. input.Fields.Select(f => (f, Type.GetProperty(f.Name)!))];
        }
    }

    public string Name => input.Name;

    public Type Type { get; }

    /// <summary>A parameter with no value, for compiling expressions.</summary>
    public RuleParameter Declaration => RuleParameter.Create(input.Name, Type);

    public object? Bind(RuleInputs inputs)
    {
        if (!inputs.TryGetValue(input.Name, out var value))
        {
            throw new ArgumentException($"L'entrée « {input.Name} » est attendue par le jeu de règles.", nameof(inputs));
        }

        if (input.Type is { } scalar)
        {
            return ValueConverter.Convert(value, scalar, input.Name);
        }

        if (value is null)
        {
            throw new ArgumentException($"L'entrée « {input.Name} » est obligatoire et vaut null.", nameof(inputs));
        }

        var type = value.GetType();
        if (!copiers.TryGetValue(type, out var copier))
        {
            copier = copiers.GetOrAdd(type, InputCopier.TryBuild(type, Type, input.Name, properties));
        }

        if (copier is not null)
        {
            try
            {
                return copier(value);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A refused value or a throwing getter: the reflection path below throws exactly what it always did.
            }
        }

        return Copy(value, inputs);
    }

    private object Copy(object value, RuleInputs inputs)
    {
        var bound = Activator.CreateInstance(Type)!;
        foreach (var (field, property) in properties)
        {
            var path = input.Name + "." + field.Name;
            if (!MemberReader.TryRead(value, field.Name, out var fieldValue) && !field.Type.Nullable)
            {
                throw new ArgumentException($"L'entrée « {path} » est attendue par le jeu de règles.", nameof(inputs));
            }

            property.SetValue(bound, ValueConverter.Convert(fieldValue, field.Type, path));
        }

        return bound;
    }
}
