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

    /// <summary>Whether <see cref="TryRead"/> reads this type's public properties and fields (not a dictionary nor JSON).</summary>
    public static bool ReadsMembers(Type type) =>
        !typeof(IDictionary<string, object?>).IsAssignableFrom(type)
        && !typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(type)
        && type != typeof(JsonElement)
        && !typeof(IDictionary).IsAssignableFrom(type);

    /// <summary>The public property or field <see cref="TryRead"/> reads for a name on a type that <see cref="ReadsMembers"/>.</summary>
    public static MemberInfo? Find(Type type, string name) => Members(type).GetValueOrDefault(name);

    private static Dictionary<string, Func<object, object?>> Build(Type type) =>
        Members(type).ToDictionary(
            m => m.Key,
            m => m.Value is PropertyInfo property ? property.GetValue : (Func<object, object?>)((FieldInfo)m.Value).GetValue,
            StringComparer.OrdinalIgnoreCase);

    /// <summary>Readable properties first, then fields; the first of several names differing only by case wins.</summary>
    private static Dictionary<string, MemberInfo> Members(Type type)
    {
        var members = new Dictionary<string, MemberInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.CanRead)
            {
                members.TryAdd(property.Name, property);
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            members.TryAdd(field.Name, field);
        }

        return members;
    }
}
