using KnowledgeGraph.Sparql.Algebra.Expressions;
using KnowledgeGraph.Sparql.Parsing.Syntax;

namespace KnowledgeGraph.Sparql.Parsing;

internal sealed partial class SparqlParser
{
    /// <summary>Built-in calls (§19.8 BuiltInCall) with their argument counts; -1 = any (ExpressionList).</summary>
    private static readonly Dictionary<string, (int Min, int Max)> BuiltIns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["STR"] = (1, 1), ["LANG"] = (1, 1), ["LANGMATCHES"] = (2, 2), ["DATATYPE"] = (1, 1), ["BOUND"] = (1, 1),
        ["IRI"] = (1, 1), ["URI"] = (1, 1), ["BNODE"] = (0, 1), ["RAND"] = (0, 0), ["ABS"] = (1, 1), ["CEIL"] = (1, 1),
        ["FLOOR"] = (1, 1), ["ROUND"] = (1, 1), ["CONCAT"] = (0, -1), ["STRLEN"] = (1, 1), ["UCASE"] = (1, 1),
        ["LCASE"] = (1, 1), ["ENCODE_FOR_URI"] = (1, 1), ["CONTAINS"] = (2, 2), ["STRSTARTS"] = (2, 2),
        ["STRENDS"] = (2, 2), ["STRBEFORE"] = (2, 2), ["STRAFTER"] = (2, 2), ["YEAR"] = (1, 1), ["MONTH"] = (1, 1),
        ["DAY"] = (1, 1), ["HOURS"] = (1, 1), ["MINUTES"] = (1, 1), ["SECONDS"] = (1, 1), ["TIMEZONE"] = (1, 1),
        ["TZ"] = (1, 1), ["NOW"] = (0, 0), ["UUID"] = (0, 0), ["STRUUID"] = (0, 0), ["MD5"] = (1, 1), ["SHA1"] = (1, 1),
        ["SHA256"] = (1, 1), ["SHA384"] = (1, 1), ["SHA512"] = (1, 1), ["COALESCE"] = (0, -1), ["IF"] = (3, 3),
        ["STRLANG"] = (2, 2), ["STRDT"] = (2, 2), ["SAMETERM"] = (2, 2), ["ISIRI"] = (1, 1), ["ISURI"] = (1, 1),
        ["ISBLANK"] = (1, 1), ["ISLITERAL"] = (1, 1), ["ISNUMERIC"] = (1, 1), ["REGEX"] = (2, 3), ["SUBSTR"] = (2, 3),
        ["REPLACE"] = (3, 4),
    };

    private static readonly HashSet<string> Aggregates = new(StringComparer.OrdinalIgnoreCase)
    {
        "COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT",
    };

    private static bool IsBuiltInName(string word) =>
        BuiltIns.ContainsKey(word) || Aggregates.Contains(word) || word.Equals("EXISTS", StringComparison.OrdinalIgnoreCase)
        || word.Equals("NOT", StringComparison.OrdinalIgnoreCase);

    private Expression ParseBuiltInCall()
    {
        var t = Next();
        if (t.Kind != TokenKind.Word) throw Unexpected(t, "a function call");
        var name = t.Text.ToUpperInvariant();
        if (name == "EXISTS") return new ExistsSyntax(false, ParseGroupGraphPattern());
        if (name == "NOT")
        {
            ExpectWord("EXISTS");
            return new ExistsSyntax(true, ParseGroupGraphPattern());
        }
        if (Aggregates.Contains(name)) return ParseAggregate(t, name);
        if (!BuiltIns.TryGetValue(name, out var arity)) throw Error(t.Offset, $"'{t.Text}' is not a SPARQL function or keyword here");
        if (name == "BOUND")
        {
            var open = Expect("(");
            var v = Expect(TokenKind.Variable, "a variable in BOUND");
            Expect(")");
            _ = open;
            return new FunctionExpression(name, new Expression[] { new VariableExpression(v.Text) });
        }
        var args = ParseExpressionList();
        if (args.Count < arity.Min || (arity.Max >= 0 && args.Count > arity.Max))
            throw Error(t.Offset, $"{name} takes {(arity.Min == arity.Max ? arity.Min.ToString(System.Globalization.CultureInfo.InvariantCulture) : arity.Min + " to " + arity.Max)} arguments, not {args.Count}");
        return Checked(new FunctionExpression(name == "URI" ? "IRI" : name, args), t);
    }

    private Expression ParseAggregate(SparqlToken at, string name)
    {
        if (!_aggregatesAllowed) throw Error(at.Offset, $"the aggregate {name} is not allowed here");
        var open = Expect("(");
        Enter(open);
        bool distinct = false;
        if (Peek().IsWord("DISTINCT")) { Next(); distinct = true; }
        Expression? arg = null;
        string? separator = null;
        if (name == "COUNT" && Peek().Is("*")) Next();
        else arg = WithAggregates(false, ParseExpression);
        if (name == "GROUP_CONCAT" && Peek().Is(";"))
        {
            Next();
            ExpectWord("SEPARATOR");
            Expect("=");
            separator = Expect(TokenKind.String, "a string after SEPARATOR =").Text;
        }
        Expect(")");
        Leave();
        return new AggregateExpression(name, distinct, arg, separator);
    }
}
