using System.Reflection;
using System.Reflection.Emit;

namespace Rafael.Rules;

/// <summary>
/// Emits one plain class per declared object input, so expressions compile against the declared fields
/// (an unknown field is a compile error) and the compiled rules keep one parameter type whatever the caller passes.
/// </summary>
internal static class InputTypeFactory
{
    private static readonly ModuleBuilder Module = AssemblyBuilder
        .DefineDynamicAssembly(new AssemblyName("Rafael.Rules.Inputs"), AssemblyBuilderAccess.Run)
        .DefineDynamicModule("Rafael.Rules.Inputs");

    private static readonly Lock Gate = new();
    private static long counter;

    public static Type Create(string ruleSetName, RuleInputDefinition input)
    {
        lock (Gate)
        {
            var typeName = $"Rafael.Rules.Inputs.{Sanitize(ruleSetName)}_{input.Name}_{++counter}";
            var builder = Module.DefineType(typeName, TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class);
            foreach (var field in input.Fields)
            {
                DefineProperty(builder, field.Name, field.Type.ClrType);
            }

            return builder.CreateType();
        }
    }

    private static void DefineProperty(TypeBuilder builder, string name, Type type)
    {
        var field = builder.DefineField("_" + name, type, FieldAttributes.Private);
        var property = builder.DefineProperty(name, PropertyAttributes.None, type, null);
        const MethodAttributes accessor = MethodAttributes.Public | MethodAttributes.SpecialName | MethodAttributes.HideBySig;

        var getter = builder.DefineMethod("get_" + name, accessor, type, Type.EmptyTypes);
        var il = getter.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, field);
        il.Emit(OpCodes.Ret);

        var setter = builder.DefineMethod("set_" + name, accessor, null, [type]);
        il = setter.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Stfld, field);
        il.Emit(OpCodes.Ret);

        property.SetGetMethod(getter);
        property.SetSetMethod(setter);
    }

    private static string Sanitize(string name) =>
        new([.. name.Select(c => char.IsLetterOrDigit(c) ? c : '_')]);
}
