using ArchitectureFixture.Targets.Unused;   // imported but never used: must not count

namespace ArchitectureFixture.Channels;

public class BaseTypeUse : Targets.Base.BaseThing { }

public sealed class InterfaceUse : Targets.Interface.IThing { }

public sealed class GenericFieldUse
{
    public List<Targets.Generic.GenericArgument> Items { get; } = [];
}

public static class SignatureUse
{
    public static void Take(Targets.Signature.ParameterThing? thing) { }
}

public static class LocalUse
{
    public static string Make()
    {
        var local = new Targets.Local.LocalThing { Value = 1 };
        return local.ToString()!;
    }
}

public static class CallUse
{
    public static int Get() => Targets.Call.Helper.Value() + 1;
}

public static class CastUse
{
    public static bool Is(object o) => o is Targets.Cast.CastThing;
}

public static class TypeofUse
{
    public static Type Get() => typeof(Targets.Typeof.TypeofThing);
}

public static class LambdaUse
{
    public static Func<int> Get(int offset) => () => Targets.Lambda.LambdaThing.Value + offset;
}

[Targets.Attribute.Mark]
public sealed class AttributeUse { }

public static class CatchUse
{
    public static bool Run(Action action)
    {
        try { action(); return true; }
        catch (Targets.Catch.FixtureException) { return false; }
    }
}
