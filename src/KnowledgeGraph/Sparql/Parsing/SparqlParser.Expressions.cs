using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra.Expressions;

namespace KnowledgeGraph.Sparql.Parsing;

internal sealed partial class SparqlParser
{
    /// <summary>Deepest expression tree accepted (long operator chains build deep trees without nesting).</summary>
    public const int MaxExpressionDepth = 1000;

    private bool _aggregatesAllowed;

    private T WithAggregates<T>(bool allowed, Func<T> parse)
    {
        bool saved = _aggregatesAllowed;
        _aggregatesAllowed = allowed;
        try { return parse(); }
        finally { _aggregatesAllowed = saved; }
    }

    private Expression Checked(Expression e, SparqlToken at)
    {
        if (e.Depth > MaxExpressionDepth)
            throw Error(at.Offset, $"the expression is more than {MaxExpressionDepth} levels deep");
        return e;
    }

    private Expression ParseExpression()
    {
        var start = Peek();
        var left = ParseAnd();
        while (Peek().Is("||"))
        {
            Next();
            left = Checked(new OperatorExpression("||", left, ParseAnd()), start);
        }
        return left;
    }

    private Expression ParseAnd()
    {
        var start = Peek();
        var left = ParseRelational();
        while (Peek().Is("&&"))
        {
            Next();
            left = Checked(new OperatorExpression("&&", left, ParseRelational()), start);
        }
        return left;
    }

    private Expression ParseRelational()
    {
        var start = Peek();
        var left = ParseAdditive();
        var t = Peek();
        if (t.Kind == TokenKind.Punct && t.Text is "=" or "!=" or "<" or ">" or "<=" or ">=")
        {
            Next();
            return Checked(new OperatorExpression(t.Text, left, ParseAdditive()), start);
        }
        if (t.IsWord("IN")) { Next(); return Checked(new OperatorExpression("in", Prepend(left, ParseExpressionList())), start); }
        if (t.IsWord("NOT") && Peek(1).IsWord("IN"))
        {
            Next();
            Next();
            return Checked(new OperatorExpression("notin", Prepend(left, ParseExpressionList())), start);
        }
        return left;
    }

    private static List<Expression> Prepend(Expression first, List<Expression> rest)
    {
        rest.Insert(0, first);
        return rest;
    }

    private Expression ParseAdditive()
    {
        var start = Peek();
        var left = ParseMultiplicative();
        while (true)
        {
            var t = Peek();
            if (t.Is("+") || t.Is("-"))
            {
                Next();
                left = Checked(new OperatorExpression(t.Text, left, ParseMultiplicative()), start);
            }
            else return left;
        }
    }

    private Expression ParseMultiplicative()
    {
        var start = Peek();
        var left = ParseUnary();
        while (true)
        {
            var t = Peek();
            if (t.Is("*") || t.Is("/"))
            {
                Next();
                left = Checked(new OperatorExpression(t.Text, left, ParseUnary()), start);
            }
            else return left;
        }
    }

    private Expression ParseUnary()
    {
        var t = Peek();
        if (t.Is("!")) { Next(); return new OperatorExpression("!", ParsePrimary()); }
        if (t.Is("+") || t.Is("-"))
        {
            var n = Peek(1);
            if (n.Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Double && n.Offset == t.End)
            {
                TryParseLiteral(out var lit);
                return new TermExpression(lit!);
            }
            Next();
            return new OperatorExpression(t.Text == "+" ? "u+" : "u-", ParsePrimary());
        }
        return ParsePrimary();
    }

    private Expression ParsePrimary()
    {
        var t = Peek();
        switch (t.Kind)
        {
            case TokenKind.Punct when t.Is("("):
                return ParseBrackettedExpression();
            case TokenKind.Variable:
                Next();
                return new VariableExpression(t.Text);
            case TokenKind.IriRef:
            case TokenKind.PrefixedName:
                return ParseIriOrFunction(requireCall: false);
            case TokenKind.Word when !t.IsWord("true") && !t.IsWord("false"):
                return ParseBuiltInCall();
        }
        if (TryParseLiteral(out var literal)) return new TermExpression(literal!);
        throw Unexpected(t, "an expression");
    }

    private Expression ParseBrackettedExpression()
    {
        var open = Expect("(");
        Enter(open);
        var e = ParseExpression();
        Expect(")");
        Leave();
        return e;
    }

    /// <summary>Constraint: BrackettedExpression | BuiltInCall | FunctionCall.</summary>
    private Expression ParseConstraint()
    {
        var t = Peek();
        if (t.Is("(")) return ParseBrackettedExpression();
        if (t.Kind is TokenKind.IriRef or TokenKind.PrefixedName) return ParseIriOrFunction(requireCall: true);
        if (t.Kind == TokenKind.Word) return ParseBuiltInCall();
        throw Unexpected(t, "'(', a function call or a built-in call");
    }

    private Expression ParseIriOrFunction(bool requireCall)
    {
        var iri = ParseIri();
        var t = Peek();
        if (t.Kind == TokenKind.Nil) { Next(); return new IriFunctionExpression(iri.Value, Array.Empty<Expression>()); }
        if (t.Is("("))
        {
            Next();
            Enter(t);
            if (Peek().IsWord("DISTINCT"))
            {
                // DISTINCT is only meaningful for custom aggregates, which we do not support.
                throw Error(Peek().Offset, $"<{iri.Value}> is not a known aggregate");
            }
            var args = new List<Expression> { ParseExpression() };
            while (Peek().Is(",")) { Next(); args.Add(ParseExpression()); }
            Expect(")");
            Leave();
            return new IriFunctionExpression(iri.Value, args);
        }
        if (requireCall) throw Unexpected(t, "an argument list");
        return new TermExpression(iri);
    }

    private List<Expression> ParseExpressionList()
    {
        var t = Next();
        if (t.Kind == TokenKind.Nil) return new List<Expression>();
        if (!t.Is("(")) throw Unexpected(t, "'('");
        Enter(t);
        var list = new List<Expression> { ParseExpression() };
        while (Peek().Is(",")) { Next(); list.Add(ParseExpression()); }
        Expect(")");
        Leave();
        return list;
    }
}
