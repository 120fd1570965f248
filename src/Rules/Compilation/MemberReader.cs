using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Rafael.Rules;

/// <summary>Reads a named member of any caller object (record, class, anonymous type, dictionary, JSON), ignoring case.</summary>
internal static class MemberReader
{
    private static readonly ConcurrentDictionary<Type, Dictionary<string, Func<object, object?>>> Accessors = new();

    public static bool TryRead(object source, string name, out object? value)
    {
        switch (source)
        {
            case IDictionary<string, object?> dictionary:
                return TryFind(dictionary, name, out value);
            case IReadOnlyDictionary<string, object?> dictionary:
                return TryFind(dictionary, name, out value);
            case JsonElement { ValueKind: JsonValueKind.Object } json:
                foreach (var property in json.EnumerateObject())
                {
                    if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                    {
                        value = property.Value;
                        return true;
                    }
                }

                value = null;
                return false;
            case IDictionary dictionary:
                return TryFind(dictionary.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => dictionary[k]), name, out value);
            default:
                var accessors = Accessors.GetOrAdd(source.GetType(), Build);
                if (accessors.TryGetValue(name, out var accessor))
                {
                    value = accessor(source);
                    return true;
                }

                value = null;
                return false;
        }
    }

    private static bool TryFind(IEnumerable<KeyValuePair<string, object?>> pairs, string name, out object? value)
    {
        foreach (var pair in pairs)
        {
            if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                value = pair.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    private static Dictionary<string, Func<object, object?>> Build(Type type)
    {
        var accessors = new Dictionary<string, Func<object, object?>>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.CanRead)
            {
                accessors.TryAdd(property.Name, property.GetValue);
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            accessors.TryAdd(field.Name, field.GetValue);
        }

        return accessors;
    }
}
