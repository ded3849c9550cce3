using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Algebra.Paths;
using KnowledgeGraph.Sparql.Parsing.Syntax;

namespace KnowledgeGraph.Sparql.Parsing;

internal sealed partial class SparqlParser
{
    /// <summary>Prefix of the hidden variables that blank-node labels become in patterns.</summary>
    public const string BlankVariablePrefix = "#b:";

    /// <summary>TriplesSameSubject(Path): a subject and its property list, or a triples node with an optional list.</summary>
    private void ParseTriplesSameSubject(List<PathTriple> into, bool allowPaths, bool forTemplate)
    {
        var t = Peek();
        if (t.Is("(") || t.Is("["))
        {
            var subject = ParseTriplesNode(into, allowPaths, forTemplate);
            // TriplesNodePath PropertyListPath: the property list is optional here.
            if (StartsVerb(Peek())) ParsePropertyList(subject, into, allowPaths, forTemplate);
            return;
        }
        var s = ParseVarOrTerm(forTemplate);
        ParsePropertyList(s, into, allowPaths, forTemplate);
    }

    private bool StartsVerb(SparqlToken t) =>
        t.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName
        || (t.Kind == TokenKind.Word && t.Text == "a") || t.Is("^") || t.Is("!") || t.Is("(");

    /// <summary>PropertyListPathNotEmpty: verb objects ( ';' ( verb objects )? )*.</summary>
    private void ParsePropertyList(PatternTerm subject, List<PathTriple> into, bool allowPaths, bool forTemplate)
    {
        while (true)
        {
            var vt = Peek();
            PatternTerm? predicate = null;
            PathExpression? path = null;
            if (vt.Kind == TokenKind.Variable) { CheckVariableAllowed(vt); Next(); predicate = PatternTerm.Var(vt.Text); }
            else if (allowPaths)
            {
                path = ParsePath();
                if (path is LinkPath link) { predicate = PatternTerm.Const(link.Predicate); path = null; }
            }
            else if (vt.Kind == TokenKind.Word && vt.Text == "a") { Next(); predicate = PatternTerm.Const(Vocab.Rdf.Type); }
            else if (vt.Kind is TokenKind.IriRef or TokenKind.PrefixedName) predicate = PatternTerm.Const(ParseIri());
            else throw Unexpected(vt, "a predicate");

            while (true)
            {
                var o = ParseGraphNode(into, allowPaths, forTemplate);
                into.Add(new PathTriple(subject, predicate, path, o));
                if (!Peek().Is(",")) break;
                Next();
            }
            if (!Peek().Is(";")) return;
            while (Peek().Is(";")) Next();
            if (!StartsVerb(Peek())) return;
        }
    }

    private PatternTerm ParseGraphNode(List<PathTriple> into, bool allowPaths, bool forTemplate)
    {
        var t = Peek();
        if (t.Is("(") || t.Is("[")) return ParseTriplesNode(into, allowPaths, forTemplate);
        return ParseVarOrTerm(forTemplate);
    }

    /// <summary>A collection or a blank node property list; adds its triples and returns the node that stands for it.</summary>
    private PatternTerm ParseTriplesNode(List<PathTriple> into, bool allowPaths, bool forTemplate)
    {
        var open = Next();
        CheckBlankNodeAllowed(open);
        Enter(open);
        PatternTerm result;
        if (open.Is("["))
        {
            result = FreshNode(forTemplate);
            ParsePropertyList(result, into, allowPaths, forTemplate);
            Expect("]");
        }
        else
        {
            var items = new List<PatternTerm>();
            while (!Peek().Is(")")) items.Add(ParseGraphNode(into, allowPaths, forTemplate));
            Next();
            if (items.Count == 0) throw Unexpected(Peek(), "a collection member");
            result = FreshNode(forTemplate);
            var node = result;
            for (int i = 0; i < items.Count; i++)
            {
                into.Add(new PathTriple(node, PatternTerm.Const(Vocab.Rdf.First), null, items[i]));
                var rest = i == items.Count - 1 ? PatternTerm.Const(Vocab.Rdf.Nil) : FreshNode(forTemplate);
                into.Add(new PathTriple(node, PatternTerm.Const(Vocab.Rdf.Rest), null, rest));
                node = rest;
            }
        }
        Leave();
        return result;
    }

    private PatternTerm FreshNode(bool forTemplate) =>
        forTemplate ? PatternTerm.Const(BlankNode.Create("t" + (++_freshCounter).ToString(System.Globalization.CultureInfo.InvariantCulture)))
                    : PatternTerm.Var(Fresh("anon"));

    private PatternTerm ParseVarOrTerm(bool forTemplate)
    {
        var t = Peek();
        switch (t.Kind)
        {
            case TokenKind.Variable:
                CheckVariableAllowed(t);
                Next();
                return PatternTerm.Var(t.Text);
            case TokenKind.IriRef:
            case TokenKind.PrefixedName:
                return PatternTerm.Const(ParseIri());
            case TokenKind.BlankNodeLabel:
                CheckBlankNodeAllowed(t);
                NoteBlankNodeLabel(t);
                Next();
                return forTemplate ? PatternTerm.Const(BlankNode.Create("l_" + t.Text)) : PatternTerm.Var(BlankVariablePrefix + t.Text);
            case TokenKind.Anon:
                CheckBlankNodeAllowed(t);
                Next();
                return FreshNode(forTemplate);
            case TokenKind.Nil:
                Next();
                return PatternTerm.Const(Vocab.Rdf.Nil);
        }
        if (TryParseLiteral(out var literal)) return PatternTerm.Const(literal!);
        throw Unexpected(t, "a variable, an IRI, a literal or a blank node");
    }

    // ---- property paths (§9) ----

    private PathExpression ParsePath()
    {
        var start = Peek();
        var left = ParsePathSequence();
        while (Peek().Is("|"))
        {
            Next();
            left = Checked(new AlternativePath(left, ParsePathSequence()), start);
        }
        return left;
    }

    private PathExpression ParsePathSequence()
    {
        var start = Peek();
        var left = ParsePathEltOrInverse();
        while (Peek().Is("/"))
        {
            Next();
            left = Checked(new SequencePath(left, ParsePathEltOrInverse()), start);
        }
        return left;
    }

    /// <summary>Long chains (<c>:p/:p/…</c>) build deep trees without nesting; the translation and evaluation recurse on them.</summary>
    private PathExpression Checked(PathExpression path, SparqlToken at)
    {
        if (path.Depth > MaxExpressionDepth)
            throw Error(at.Offset, $"the property path is more than {MaxExpressionDepth} levels deep");
        return path;
    }

    private PathExpression ParsePathEltOrInverse()
    {
        if (Peek().Is("^"))
        {
            Next();
            return new InversePath(ParsePathElt());
        }
        return ParsePathElt();
    }

    private PathExpression ParsePathElt()
    {
        var primary = ParsePathPrimary();
        var t = Peek();
        if (t.Is("*")) { Next(); return new ZeroOrMorePath(primary); }
        if (t.Is("+")) { Next(); return new OneOrMorePath(primary); }
        if (t.Is("?")) { Next(); return new ZeroOrOnePath(primary); }
        return primary;
    }

    private PathExpression ParsePathPrimary()
    {
        var t = Peek();
        if (t.Kind == TokenKind.Word && t.Text == "a") { Next(); return new LinkPath(Vocab.Rdf.Type); }
        if (t.Kind is TokenKind.IriRef or TokenKind.PrefixedName) return new LinkPath(ParseIri());
        if (t.Is("!"))
        {
            Next();
            return ParseNegatedPropertySet();
        }
        if (t.Is("("))
        {
            Next();
            Enter(t);
            var p = ParsePath();
            Expect(")");
            Leave();
            return p;
        }
        throw Unexpected(t, "a predicate or a property path");
    }

    private PathExpression ParseNegatedPropertySet()
    {
        var forward = new List<NamedNode>();
        var inverse = new List<NamedNode>();
        void One()
        {
            bool inv = false;
            if (Peek().Is("^")) { Next(); inv = true; }
            var t = Peek();
            NamedNode iri;
            if (t.Kind == TokenKind.Word && t.Text == "a") { Next(); iri = Vocab.Rdf.Type; }
            else if (t.Kind is TokenKind.IriRef or TokenKind.PrefixedName) iri = ParseIri();
            else throw Unexpected(t, "an IRI in a negated property set");
            (inv ? inverse : forward).Add(iri);
        }
        if (Peek().Kind == TokenKind.Nil)
        {
            Next();
            return new NegatedPropertySet(forward);
        }
        if (Peek().Is("("))
        {
            Next();
            One();
            while (Peek().Is("|")) { Next(); One(); }
            Expect(")");
        }
        else One();
        if (inverse.Count == 0) return new NegatedPropertySet(forward);
        if (forward.Count == 0) return new InversePath(new NegatedPropertySet(inverse));
        return new AlternativePath(new NegatedPropertySet(forward), new InversePath(new NegatedPropertySet(inverse)));
    }
}
