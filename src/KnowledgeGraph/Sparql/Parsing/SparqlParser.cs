using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Parsing.Syntax;

namespace KnowledgeGraph.Sparql.Parsing;

/// <summary>
/// Recursive-descent parser for the SPARQL 1.1 Query grammar (§19.8), producing a <see cref="QuerySyntax"/>.
/// Recursion follows the input's nesting, so nesting is bounded by <see cref="MaxNesting"/> with a clear error
/// instead of a stack overflow.
/// </summary>
internal sealed partial class SparqlParser
{
    /// <summary>Deepest nesting of groups, brackets and expressions accepted.</summary>
    public const int MaxNesting = 500;

    private readonly SparqlLexer _lexer;
    private readonly List<SparqlToken> _buffer = new();
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private string? _base;
    private int _depth;
    private int _freshCounter;

    private readonly string _text;

    private SparqlParser(string text, string? baseIri, IEnumerable<KeyValuePair<string, string>>? prefixes, string sourceName = "query")
    {
        _text = text;
        _lexer = new SparqlLexer(text, sourceName);
        _base = baseIri;
        // Prefixes declared before the text (a graph's own): the query's PREFIX declarations override them.
        if (prefixes is not null)
            foreach (var (prefix, ns) in prefixes) _prefixes[prefix] = ns;
    }

    public static QuerySyntax Parse(string text, string? baseIri, IEnumerable<KeyValuePair<string, string>>? prefixes = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new SparqlParser(text, baseIri, prefixes);
        var variables = new HashSet<string>(StringComparer.Ordinal);
        parser._variables = variables;
        try
        {
            var syntax = parser.ParseQueryUnit();
            syntax.Variables.UnionWith(variables);
            return syntax;
        }
        catch (InsufficientExecutionStackException)
        {
            throw parser._lexer.Error(parser.Peek().Offset, "the query is nested too deeply");
        }
    }

    private QuerySyntax ParseQueryUnit()
    {
        ParsePrologue();
        var t = Peek();
        QuerySyntax q;
        if (t.IsWord("SELECT")) q = ParseSelectQuery(subSelect: false);
        else if (t.IsWord("CONSTRUCT")) q = ParseConstructQuery();
        else if (t.IsWord("DESCRIBE")) q = ParseDescribeQuery();
        else if (t.IsWord("ASK")) q = ParseAskQuery();
        else throw Unexpected(t, "SELECT, CONSTRUCT, DESCRIBE or ASK");
        q.BaseIri = _base;
        q.Prefixes = _prefixes.ToList();
        q.Values = ParseValuesClause();
        var end = Peek();
        if (end.Kind != TokenKind.Eof) throw Unexpected(end, "the end of the query");
        return q;
    }

    private void ParsePrologue()
    {
        while (true)
        {
            var t = Peek();
            if (t.IsWord("BASE"))
            {
                Next();
                var iri = Expect(TokenKind.IriRef, "an IRI after BASE");
                _base = ResolveIri(iri);
            }
            else if (t.IsWord("PREFIX"))
            {
                Next();
                var p = Next();
                if (p.Kind != TokenKind.PrefixedName || p.Local!.Length != 0) throw Unexpected(p, "a prefix name ending in ':'");
                var iri = Expect(TokenKind.IriRef, "an IRI after the prefix name");
                _prefixes[p.Text] = ResolveIri(iri);
            }
            else return;
        }
    }

    /// <summary>The BASE and PREFIX declarations in force, as text to put before a pattern sent to another endpoint.</summary>
    private string Prologue()
    {
        var sb = new System.Text.StringBuilder();
        if (_base is not null) sb.Append("BASE <").Append(_base).Append(">\n");
        foreach (var (prefix, ns) in _prefixes)
            sb.Append("PREFIX ").Append(prefix).Append(prefix.EndsWith(':') ? "" : ":").Append(" <").Append(ns).Append(">\n");
        return sb.ToString();
    }

    private QuerySyntax ParseSelectQuery(bool subSelect)
    {
        var q = new QuerySyntax { Form = SparqlQueryForm.Select, Position = Peek().Offset };
        ExpectWord("SELECT");
        if (Peek().IsWord("DISTINCT")) { Next(); q.Distinct = true; }
        else if (Peek().IsWord("REDUCED")) { Next(); q.Reduced = true; }
        if (Peek().Is("*")) { Next(); q.SelectAll = true; }
        else
        {
            while (true)
            {
                var t = Peek();
                if (t.Kind == TokenKind.Variable) { Next(); q.Projection.Add(new ProjectionItem(t.Text, null, t.Offset)); }
                else if (t.Is("("))
                {
                    Next();
                    Enter(t);
                    var e = WithAggregates(true, ParseExpression);
                    ExpectWord("AS");
                    var v = Expect(TokenKind.Variable, "a variable after AS");
                    Expect(")");
                    Leave();
                    q.Projection.Add(new ProjectionItem(v.Text, e, v.Offset));
                }
                else break;
            }
            if (q.Projection.Count == 0) throw Unexpected(Peek(), "a variable, '(' or '*' after SELECT");
        }
        if (!subSelect) ParseDatasetClauses(q);
        if (Peek().IsWord("WHERE")) Next();
        q.Where = ParseGroupGraphPattern();
        ParseSolutionModifier(q);
        return q;
    }

    private QuerySyntax ParseConstructQuery()
    {
        var q = new QuerySyntax { Form = SparqlQueryForm.Construct, Position = Peek().Offset };
        ExpectWord("CONSTRUCT");
        if (Peek().Is("{"))
        {
            q.Template = ParseConstructTemplate();
            ParseDatasetClauses(q);
            if (Peek().IsWord("WHERE")) Next();
            q.Where = ParseGroupGraphPattern();
        }
        else
        {
            // CONSTRUCT WHERE { TriplesTemplate }: the template is the pattern, which may hold only triples.
            ParseDatasetClauses(q);
            ExpectWord("WHERE");
            var open = Expect("{");
            var triples = new List<PathTriple>();
            if (!Peek().Is("}")) ParseTriplesTemplate(triples, forTemplate: false);
            Expect("}");
            var group = new GroupSyntax { Offset = open.Offset };
            if (triples.Count > 0) group.Elements.Add(new TriplesElement(open.Offset, triples));
            q.Where = group;
            q.Template = triples.Select(t => new TriplePattern(t.Subject, t.Predicate!, t.Object)).ToList();
        }
        ParseSolutionModifier(q);
        return q;
    }

    private QuerySyntax ParseDescribeQuery()
    {
        var q = new QuerySyntax { Form = SparqlQueryForm.Describe, Position = Peek().Offset };
        ExpectWord("DESCRIBE");
        if (Peek().Is("*")) { Next(); q.SelectAll = true; }
        else
        {
            while (true)
            {
                var t = Peek();
                if (t.Kind == TokenKind.Variable) { Next(); q.DescribeTargets.Add(PatternTerm.Var(t.Text)); }
                else if (t.Kind is TokenKind.IriRef or TokenKind.PrefixedName) q.DescribeTargets.Add(PatternTerm.Const(ParseIri()));
                else break;
            }
            if (q.DescribeTargets.Count == 0) throw Unexpected(Peek(), "a variable, an IRI or '*' after DESCRIBE");
        }
        ParseDatasetClauses(q);
        if (Peek().IsWord("WHERE")) { Next(); q.Where = ParseGroupGraphPattern(); }
        else if (Peek().Is("{")) q.Where = ParseGroupGraphPattern();
        ParseSolutionModifier(q);
        return q;
    }

    private QuerySyntax ParseAskQuery()
    {
        var q = new QuerySyntax { Form = SparqlQueryForm.Ask, Position = Peek().Offset };
        ExpectWord("ASK");
        ParseDatasetClauses(q);
        if (Peek().IsWord("WHERE")) Next();
        q.Where = ParseGroupGraphPattern();
        ParseSolutionModifier(q);
        return q;
    }

    private void ParseDatasetClauses(QuerySyntax q)
    {
        while (Peek().IsWord("FROM"))
        {
            Next();
            if (Peek().IsWord("NAMED")) { Next(); q.FromNamed.Add(ParseIri()); }
            else q.From.Add(ParseIri());
        }
    }

    private void ParseSolutionModifier(QuerySyntax q)
    {
        if (Peek().IsWord("GROUP"))
        {
            Next();
            ExpectWord("BY");
            do q.GroupBy.Add(ParseGroupCondition());
            while (StartsGroupCondition(Peek()));
        }
        if (Peek().IsWord("HAVING"))
        {
            Next();
            do q.Having.Add(WithAggregates(true, ParseConstraint));
            while (StartsConstraint(Peek()));
        }
        if (Peek().IsWord("ORDER"))
        {
            Next();
            ExpectWord("BY");
            do q.OrderBy.Add(WithAggregates(true, ParseOrderCondition));
            while (StartsOrderCondition(Peek()));
        }
        for (int i = 0; i < 2; i++)
        {
            if (Peek().IsWord("LIMIT") && q.Limit is null) { Next(); q.Limit = ParseInteger(); }
            else if (Peek().IsWord("OFFSET") && q.Offset == 0) { Next(); q.Offset = ParseInteger(); }
        }
    }

    private long ParseInteger()
    {
        var t = Expect(TokenKind.Integer, "an integer");
        if (!long.TryParse(t.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long v))
            throw _lexer.Error(t.Offset, "the number is too large");
        return v;
    }

    private GroupCondition ParseGroupCondition()
    {
        var t = Peek();
        if (t.Kind == TokenKind.Variable) { Next(); return new GroupCondition(new Algebra.Expressions.VariableExpression(t.Text), null); }
        if (t.Is("("))
        {
            Next();
            Enter(t);
            var e = ParseExpression();
            string? v = null;
            if (Peek().IsWord("AS")) { Next(); v = Expect(TokenKind.Variable, "a variable after AS").Text; }
            Expect(")");
            Leave();
            return new GroupCondition(e, v);
        }
        if (t.Kind == TokenKind.Word && IsBuiltInName(t.Text)) return new GroupCondition(ParseBuiltInCall(), null);
        if (t.Kind is TokenKind.IriRef or TokenKind.PrefixedName) return new GroupCondition(ParseIriOrFunction(requireCall: true), null);
        throw Unexpected(t, "a GROUP BY condition");
    }

    private static bool StartsGroupCondition(SparqlToken t) =>
        t.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName || t.Is("(") || (t.Kind == TokenKind.Word && IsBuiltInName(t.Text));

    private static bool StartsConstraint(SparqlToken t) =>
        t.Kind is TokenKind.IriRef or TokenKind.PrefixedName || t.Is("(") || (t.Kind == TokenKind.Word && IsBuiltInName(t.Text));

    private static bool StartsOrderCondition(SparqlToken t) =>
        StartsConstraint(t) || t.Kind == TokenKind.Variable || t.IsWord("ASC") || t.IsWord("DESC");

    private OrderCondition ParseOrderCondition()
    {
        var t = Peek();
        if (t.IsWord("ASC") || t.IsWord("DESC"))
        {
            Next();
            if (!Peek().Is("(")) throw Unexpected(Peek(), "'(' after " + t.Text.ToUpperInvariant());
            return new OrderCondition(ParseBrackettedExpression(), t.IsWord("DESC"));
        }
        if (t.Kind == TokenKind.Variable) { Next(); return new OrderCondition(new Algebra.Expressions.VariableExpression(t.Text), false); }
        return new OrderCondition(ParseConstraint(), false);
    }

    // ---- token plumbing ----

    private SparqlToken Peek(int ahead = 0)
    {
        while (_buffer.Count <= ahead) _buffer.Add(_lexer.Next());
        return _buffer[ahead];
    }

    private SparqlToken Next()
    {
        var t = Peek();
        _buffer.RemoveAt(0);
        if (t.Kind == TokenKind.Variable) _variables?.Add(t.Text);
        return t;
    }

    private SparqlToken Expect(string punct)
    {
        var t = Next();
        if (!t.Is(punct)) throw Unexpected(t, "'" + punct + "'");
        return t;
    }

    private SparqlToken Expect(TokenKind kind, string what)
    {
        var t = Next();
        if (t.Kind != kind) throw Unexpected(t, what);
        return t;
    }

    private void ExpectWord(string keyword)
    {
        var t = Next();
        if (!t.IsWord(keyword)) throw Unexpected(t, keyword);
    }

    private SparqlSyntaxException Unexpected(SparqlToken t, string expected) =>
        _lexer.Error(t.Offset, $"expected {expected} but found {t}");

    private SparqlSyntaxException Error(int offset, string message) => _lexer.Error(offset, message);

    private void Enter(SparqlToken at)
    {
        if (++_depth > MaxNesting)
            throw _lexer.Error(at.Offset, $"the query nests groups, brackets or expressions more than {MaxNesting} levels deep");
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
    }

    private void Leave() => _depth--;

    private string Fresh(string kind) => "#" + kind + (++_freshCounter).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private string ResolveIri(SparqlToken iri)
    {
        var value = iri.Text;
        // RFC 3986 resolution also normalises absolute references (dot segments), as the RDF readers do.
        if (_base is null && IriSyntax.SchemeLength(value) <= 0) return value;
        try
        {
            return IriResolver.Resolve(_base, value);
        }
        catch (ArgumentException e)
        {
            throw _lexer.Error(iri.Offset, e.Message);
        }
    }
}
