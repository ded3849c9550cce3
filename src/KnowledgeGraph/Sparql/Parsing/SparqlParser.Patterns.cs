using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Parsing.Syntax;

namespace KnowledgeGraph.Sparql.Parsing;

internal sealed partial class SparqlParser
{
    private GroupSyntax ParseGroupGraphPattern()
    {
        var open = Expect("{");
        Enter(open);
        var group = new GroupSyntax { Offset = open.Offset };
        if (Peek().IsWord("SELECT"))
        {
            group.SubSelect = WithAggregates(false, () => ParseSelectQuery(subSelect: true));
            group.SubSelect.Values = ParseValuesClause();
            group.End = Expect("}").End;
            Leave();
            return group;
        }
        bool triplesNeedDot = false;
        TriplesElement? current = null;
        while (true)
        {
            var t = Peek();
            if (t.Is("}")) break;
            var element = TryParseNonTriples(t);
            if (element is not null)
            {
                group.Elements.Add(element);
                current = null;
                triplesNeedDot = false;
                if (Peek().Is(".")) Next();
                continue;
            }
            if (triplesNeedDot) throw Unexpected(t, "'.' or '}'");
            if (current is null)
            {
                current = new TriplesElement(t.Offset, new List<PathTriple>());
                group.Elements.Add(current);
            }
            ParseTriplesSameSubject(current.Triples, allowPaths: true, forTemplate: false);
            if (Peek().Is(".")) { Next(); triplesNeedDot = false; }
            else triplesNeedDot = true;
        }
        group.End = Expect("}").End;
        Leave();
        return group;
    }

    private PatternElement? TryParseNonTriples(SparqlToken t)
    {
        if (t.Is("{"))
        {
            var alternatives = new List<GroupSyntax> { ParseGroupGraphPattern() };
            while (Peek().IsWord("UNION"))
            {
                Next();
                alternatives.Add(ParseGroupGraphPattern());
            }
            return new UnionElement(t.Offset, alternatives);
        }
        if (t.Kind != TokenKind.Word) return null;
        if (t.IsWord("OPTIONAL")) { Next(); return new OptionalElement(t.Offset, ParseGroupGraphPattern()); }
        if (t.IsWord("MINUS")) { Next(); return new MinusElement(t.Offset, ParseGroupGraphPattern()); }
        if (t.IsWord("GRAPH"))
        {
            Next();
            var name = ParseVarOrIri();
            return new GraphElement(t.Offset, name, ParseGroupGraphPattern());
        }
        if (t.IsWord("SERVICE"))
        {
            Next();
            bool silent = false;
            if (Peek().IsWord("SILENT")) { Next(); silent = true; }
            var endpoint = ParseVarOrIri();
            var group = ParseGroupGraphPattern();
            return new ServiceElement(t.Offset, endpoint, silent, group, Prologue(), _text[group.Offset..group.End]);
        }
        if (t.IsWord("FILTER"))
        {
            Next();
            return new FilterElement(t.Offset, ParseConstraint());
        }
        if (t.IsWord("BIND"))
        {
            Next();
            var open = Expect("(");
            Enter(open);
            var e = ParseExpression();
            ExpectWord("AS");
            var v = Expect(TokenKind.Variable, "a variable after AS");
            Expect(")");
            Leave();
            return new BindElement(v.Offset, e, v.Text);
        }
        if (t.IsWord("VALUES"))
        {
            Next();
            return new ValuesElement(t.Offset, ParseDataBlock());
        }
        return null;
    }

    private PatternTerm ParseVarOrIri()
    {
        var t = Peek();
        if (t.Kind == TokenKind.Variable) { Next(); return PatternTerm.Var(t.Text); }
        return PatternTerm.Const(ParseIri());
    }

    private Table? ParseValuesClause()
    {
        if (!Peek().IsWord("VALUES")) return null;
        Next();
        return ParseDataBlock();
    }

    private Table ParseDataBlock()
    {
        var t = Peek();
        var rows = new List<Term?[]>();
        if (t.Kind == TokenKind.Variable)
        {
            Next();
            Expect("{");
            while (!Peek().Is("}")) rows.Add(new[] { ParseDataBlockValue() });
            Expect("}");
            return new Table(new[] { t.Text }, rows);
        }
        var vars = new List<string>();
        if (t.Kind == TokenKind.Nil) Next();
        else
        {
            Expect("(");
            while (Peek().Kind == TokenKind.Variable) vars.Add(Next().Text);
            Expect(")");
        }
        if (vars.Distinct().Count() != vars.Count) throw Error(t.Offset, "a variable appears twice in VALUES");
        Expect("{");
        while (!Peek().Is("}"))
        {
            var r = Peek();
            if (r.Kind == TokenKind.Nil)
            {
                Next();
                if (vars.Count != 0) throw Error(r.Offset, $"a VALUES row needs {vars.Count} values");
                rows.Add(Array.Empty<Term?>());
                continue;
            }
            Expect("(");
            var row = new List<Term?>();
            while (!Peek().Is(")")) row.Add(ParseDataBlockValue());
            Next();
            if (row.Count != vars.Count) throw Error(r.Offset, $"a VALUES row needs {vars.Count} values but has {row.Count}");
            rows.Add(row.ToArray());
        }
        Expect("}");
        return new Table(vars, rows);
    }

    private Term? ParseDataBlockValue()
    {
        var t = Peek();
        if (t.IsWord("UNDEF")) { Next(); return null; }
        if (t.Kind is TokenKind.IriRef or TokenKind.PrefixedName) return ParseIri();
        if (TryParseLiteral(out var literal)) return literal;
        throw Unexpected(t, "an IRI, a literal or UNDEF");
    }

    private List<TriplePattern> ParseConstructTemplate()
    {
        Expect("{");
        var triples = new List<PathTriple>();
        if (!Peek().Is("}")) ParseTriplesTemplate(triples, forTemplate: true);
        Expect("}");
        return triples.Select(t => new TriplePattern(t.Subject, t.Predicate!, t.Object)).ToList();
    }

    /// <summary>TriplesTemplate: TriplesSameSubject ( '.' TriplesTemplate? )?</summary>
    private void ParseTriplesTemplate(List<PathTriple> into, bool forTemplate)
    {
        while (true)
        {
            ParseTriplesSameSubject(into, allowPaths: false, forTemplate: forTemplate);
            if (!Peek().Is(".")) return;
            Next();
            // In update templates a GRAPH block may follow (Quads, §19.8 [50]).
            if (Peek().Is("}") || Peek().IsWord("GRAPH")) return;
        }
    }
}
