using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Functions;

internal static partial class SparqlOperators
{
    /// <summary>
    /// Applies operator <paramref name="op"/> (as the parser names it: <c>||</c>, <c>&amp;&amp;</c>, <c>!</c>,
    /// <c>=</c>, <c>!=</c>, <c>&lt;</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&gt;=</c>, <c>+</c>, <c>-</c>, <c>*</c>,
    /// <c>/</c>, <c>u+</c>, <c>u-</c>, <c>in</c>, <c>notin</c>) to values already computed, with the error rules of
    /// §17.2 (a true operand makes <c>||</c> true despite an error in the other, and so on). Constant folding uses
    /// this; the evaluator compiles the same rules with short-circuiting. Null for an error; false from
    /// <paramref name="known"/> when the operator is not one of these.
    /// </summary>
    public static Term? Apply(string op, ReadOnlySpan<Term?> values, out bool known)
    {
        known = true;
        switch (op)
        {
            case "||":
                {
                    var a = EffectiveBooleanValue(values[0]);
                    var b = EffectiveBooleanValue(values[1]);
                    if (a == true || b == true) return True;
                    return a is null || b is null ? null : False;
                }
            case "&&":
                {
                    var a = EffectiveBooleanValue(values[0]);
                    var b = EffectiveBooleanValue(values[1]);
                    if (a == false || b == false) return False;
                    return a is null || b is null ? null : True;
                }
            case "!":
                return EffectiveBooleanValue(values[0]) is { } v ? Bool(!v) : null;
            case "=":
                return Equal(values[0], values[1]);
            case "!=":
                return NotEqual(values[0], values[1]);
            case "<" or ">" or "<=" or ">=":
                return Compare(op, values[0], values[1]);
            case "+" or "-" or "*" or "/":
                return Arithmetic(op[0], values[0], values[1]);
            case "u+" or "u-":
                return Unary(op[1], values[0]);
            case "in" or "notin":
                {
                    bool negated = op == "notin";
                    bool error = false;
                    for (int i = 1; i < values.Length; i++)
                    {
                        var eq = EffectiveBooleanValue(Equal(values[0], values[i]));
                        if (eq == true) return Bool(!negated);
                        if (eq is null) error = true;
                    }
                    return error ? null : Bool(negated);
                }
        }
        known = false;
        return null;
    }
}
