using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>The numeric functions of SPARQL 1.1 section 17.4.4; results keep the primitive type of the argument.</summary>
internal static class Numerics
{
    public static Term? Abs(Term? a) => Apply(a, Math.Abs, Math.Abs);

    /// <summary>fn:round: the nearest integer, halves rounded towards positive infinity (-2.5 → -2).</summary>
    public static Term? Round(Term? a) => Apply(a, d => decimal.Floor(d + 0.5m), x => double.IsFinite(x) ? Math.Floor(x + 0.5) : x);

    public static Term? Ceil(Term? a) => Apply(a, decimal.Ceiling, Math.Ceiling);

    public static Term? Floor(Term? a) => Apply(a, decimal.Floor, Math.Floor);

    public static Term Rand(FunctionContext context) => Literal.Double(context.Random.NextDouble());

    private static Term? Apply(Term? a, Func<decimal, decimal> exact, Func<double, double> approximate)
    {
        if (!NumericValue.TryGet(a, out var n)) return null;
        try
        {
            return n.IsExact
                ? NumericValue.From(n.Kind, exact(n.Exact), 0).ToLiteral()
                : NumericValue.From(n.Kind, 0, approximate(n.Approximate)).ToLiteral();
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
