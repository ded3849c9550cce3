using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Parsing;

internal sealed partial class SparqlParser
{
    /// <summary>IRIs as written → resolved IRIs, under the current base (cleared when BASE changes): large DATA blocks
    /// repeat the same predicates and subjects many times.</summary>
    private readonly Dictionary<string, NamedNode> _iris = new(StringComparer.Ordinal);
    private string? _irisBase;

    private NamedNode ParseIri()
    {
        var t = Next();
        if (t.Kind == TokenKind.IriRef)
        {
            if (!ReferenceEquals(_irisBase, _base))
            {
                _iris.Clear();
                _irisBase = _base;
            }
            if (_iris.TryGetValue(t.Text, out var cached)) return cached;
            var iri = NamedNode.CreateUnchecked(ResolveIri(t));
            if (_iris.Count < 1 << 16) _iris[t.Text] = iri;
            return iri;
        }
        if (t.Kind == TokenKind.PrefixedName)
        {
            if (!_prefixes.TryGetValue(t.Text, out var ns)) throw Error(t.Offset, $"the prefix '{t.Text}:' is not declared");
            return NamedNode.CreateUnchecked(ns + t.Local);
        }
        throw Unexpected(t, "an IRI");
    }

    /// <summary>RDFLiteral | NumericLiteral (signed too) | BooleanLiteral.</summary>
    private bool TryParseLiteral(out Literal? literal)
    {
        literal = null;
        var t = Peek();
        switch (t.Kind)
        {
            case TokenKind.String:
                Next();
                if (Peek().Kind == TokenKind.LangTag)
                {
                    var tag = Next();
                    if (LanguageTag.Problem(tag.Text) is { } problem) throw Error(tag.Offset, problem);
                    literal = Literal.CreateUnchecked(t.Text, Vocab.Rdf.LangString, tag.Text);
                }
                else if (Peek().Is("^^"))
                {
                    Next();
                    literal = Literal.Create(t.Text, ParseIri());
                }
                else literal = Literal.Create(t.Text);
                return true;
            case TokenKind.Integer:
            case TokenKind.Decimal:
            case TokenKind.Double:
                Next();
                literal = NumericLiteral(t, "");
                return true;
            case TokenKind.Word when t.IsWord("true") || t.IsWord("false"):
                Next();
                literal = Literal.Boolean(t.IsWord("true"));
                return true;
            case TokenKind.Punct when (t.Is("+") || t.Is("-")):
                {
                    var n = Peek(1);
                    if (n.Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Double && n.Offset == t.End)
                    {
                        Next();
                        Next();
                        literal = NumericLiteral(n, t.Text);
                        return true;
                    }
                    return false;
                }
        }
        return false;
    }

    private static Literal NumericLiteral(SparqlToken t, string sign)
    {
        var datatype = t.Kind switch
        {
            TokenKind.Integer => Vocab.Xsd.Integer,
            TokenKind.Decimal => Vocab.Xsd.Decimal,
            _ => Vocab.Xsd.Double,
        };
        return Literal.Create(sign + t.Text, datatype);
    }
}
