using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra.Expressions;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Comparisons where one side is a constant, compiled so that the constant is interpreted once (parsed as a number
/// or date) instead of once per solution; and <c>lang(?v) = "tag"</c>, answered from the store's encoding of
/// <c>?v</c> without decoding its lexical form. Each returns null when the shape does not apply.
/// </summary>
internal static class ConstantComparisons
{
    /// <summary><c>=</c> / <c>!=</c> with a constant literal on either side.</summary>
    public static CompiledExpression? Equality(OperatorExpression op, CompiledExpression[] args, bool negated)
    {
        if (!TryConstantSide(op, out var constant, out int variableSide)) return null;
        var value = new TermValue(constant);
        var other = args[variableSide];
        return (row, exec, graph) =>
        {
            if (other(row, exec, graph) is not { } a) return null;
            var equal = a.IsLiteral ? SparqlOperators.ValueEquals(new TermValue(a), value) : a.Equals(constant);
            return equal is bool e ? SparqlOperators.Bool(e != negated) : null;
        };
    }

    /// <summary><c>&lt;</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&gt;=</c> with a constant literal on either side.</summary>
    public static CompiledExpression? Ordering(OperatorExpression op, CompiledExpression[] args)
    {
        if (!TryConstantSide(op, out var constant, out int variableSide)) return null;
        var value = new TermValue(constant);
        var other = args[variableSide];
        var name = op.Operator;
        if (variableSide == 0)
            return (row, exec, graph) => other(row, exec, graph) is { } a ? SparqlOperators.Compare(name, new TermValue(a), value) : null;
        return (row, exec, graph) => other(row, exec, graph) is { } b ? SparqlOperators.Compare(name, value, new TermValue(b)) : null;
    }

    /// <summary><c>lang(?v) = "tag"</c> (or <c>"tag" = lang(?v)</c>) with a simple literal tag.</summary>
    public static CompiledExpression? LanguageEquals(OperatorExpression op, Func<string, int> slotOf)
    {
        if (op.Args.Count != 2) return null;
        int langSide = IsLangOfVariable(op.Args[0]) ? 0 : IsLangOfVariable(op.Args[1]) ? 1 : -1;
        if (langSide < 0 || op.Args[1 - langSide] is not TermExpression { Term: Literal { IsSimple: true } tagLiteral }) return null;
        var variable = ((VariableExpression)((FunctionExpression)op.Args[langSide]).Args[0]).Name;
        int slot = slotOf(variable);
        var tag = tagLiteral.LexicalForm;
        return (row, exec, _) =>
        {
            int id = row[slot];
            if (id == 0) return null; // unbound: lang() raises an error
            if (id > 0)
            {
                // Not a literal: lang() raises an error; else compare the stored tag as lang() would return it.
                return exec.Dataset.Reader.LanguageEquals(id, tag) is bool same ? SparqlOperators.Bool(same) : null;
            }
            return exec.Terms.Get(id) is Literal l ? SparqlOperators.Bool(string.Equals(l.Language ?? "", tag, StringComparison.Ordinal)) : null;
        };
    }

    private static bool IsLangOfVariable(Expression e) =>
        e is FunctionExpression { Name: "LANG", Args: [VariableExpression] };

    private static bool TryConstantSide(OperatorExpression op, out Literal constant, out int variableSide)
    {
        constant = null!;
        variableSide = -1;
        if (op.Args.Count != 2) return false;
        if (op.Args[1] is TermExpression { Term: Literal right } && op.Args[0] is not TermExpression)
        {
            constant = right;
            variableSide = 0;
            return true;
        }
        if (op.Args[0] is TermExpression { Term: Literal left } && op.Args[1] is not TermExpression)
        {
            constant = left;
            variableSide = 1;
            return true;
        }
        return false;
    }
}
