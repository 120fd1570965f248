using System.Linq.Expressions;
using System.Reflection;

namespace Rafael.Rules;

/// <summary>
/// Compiles, once per caller type, the copy of a caller's object (record, class, anonymous type) into the generated
/// input type: what <see cref="InputBinder"/> otherwise does by reflection at every decision. Members of the declared
/// type are copied as they are; the others go through <see cref="ValueConverter"/>, field by field in declared order.
/// </summary>
internal static class InputCopier
{
    private static readonly MethodInfo ConvertMethod = typeof(ValueConverter).GetMethod(nameof(ValueConverter.Convert))!;
    private static readonly MethodInfo RequiredMethod = typeof(InputCopier).GetMethod(nameof(Required), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ToDateTime = typeof(DateOnly).GetMethod(nameof(DateOnly.ToDateTime), [typeof(TimeOnly)])!;

    /// <summary>The copy, or null when this caller type needs the reflection path (a dictionary, JSON, a required field it lacks).</summary>
    public static Func<object, object>? TryBuild(Type sourceType, Type targetType, string inputName, (RuleFieldDefinition Field, PropertyInfo Property)[] properties)
    {
        if (!MemberReader.ReadsMembers(sourceType))
        {
            return null;
        }

        var source = Expression.Parameter(typeof(object), "source");
        var typed = Expression.Variable(sourceType, "typed");
        var target = Expression.Variable(targetType, "target");
        var body = new List<Expression>
        {
            Expression.Assign(typed, Expression.Convert(source, sourceType)),
            Expression.Assign(target, Expression.New(targetType)),
        };
        foreach (var (field, property) in properties)
        {
            var member = MemberReader.Find(sourceType, field.Name);
            if (member is null)
            {
                if (!field.Type.Nullable)
                {
                    // The reflection path throws the missing field's message, in field order.
                    return null;
                }

                // A missing optional field stays null, the generated property's default.
                continue;
            }

            var read = member is PropertyInfo p ? Expression.Property(typed, p) : Expression.Field(typed, (FieldInfo)member);
            body.Add(Expression.Assign(Expression.Property(target, property), Copy(read, field.Type, inputName + "." + field.Name)));
        }

        body.Add(Expression.Convert(target, typeof(object)));
        return Expression.Lambda<Func<object, object>>(Expression.Block([typed, target], body), source).Compile();
    }

    private static Expression Copy(Expression read, FieldType type, string path)
    {
        var clr = type.ClrType;
        if (read.Type == clr)
        {
            // Same type: what ValueConverter would return, except a missing required text or list, which it refuses.
            return clr.IsValueType || type.Nullable
                ? read
                : Expression.Call(RequiredMethod.MakeGenericMethod(clr), read, Expression.Constant(type), Expression.Constant(path));
        }

        if (read.Type == typeof(DateOnly) && clr == typeof(DateTime))
        {
            return Expression.Call(read, ToDateTime, Expression.Constant(TimeOnly.MinValue));
        }

        var converted = Expression.Call(ConvertMethod, Expression.Convert(read, typeof(object)), Expression.Constant(type), Expression.Constant(path));
        return Expression.Convert(converted, clr);
    }

    private static T Required<T>(T? value, FieldType type, string path)
        where T : class =>
        value ?? (T)ValueConverter.Convert(null, type, path)!;
}
