using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax.Turtle;

namespace KnowledgeGraph.Syntax.NTriples;

/// <summary>
/// A strict, streaming parser for <see href="https://www.w3.org/TR/n-triples/">N-Triples</see> and
/// <see href="https://www.w3.org/TR/n-quads/">N-Quads</see>: absolute IRIs only, double-quoted strings only, one
/// statement per line. It shares the Turtle lexer, whose IRI and string scanning copies runs of plain characters
/// in bulk, and interns repeated IRIs.
/// </summary>
internal sealed class NTriplesParser
{
    private const int CancellationInterval = 4096;

    private readonly TurtleLexer _lex;
    private readonly IRdfSink _sink;
    private readonly bool _quads;
    private readonly CancellationToken _cancellationToken;
    private readonly bool _preserveLabels;
    private readonly TermCache _cache = new();
    private readonly Dictionary<string, BlankNode> _labels = new(StringComparer.Ordinal);
    private string? _lastLanguage;

    public NTriplesParser(TextReader input, IRdfSink sink, RdfReaderOptions options, bool quads, CancellationToken cancellationToken)
    {
        _lex = new TurtleLexer(input, options);
        _sink = sink;
        _quads = quads;
        _cancellationToken = cancellationToken;
        _preserveLabels = options.PreserveBlankNodeLabels;
    }

    public void Parse()
    {
        int lastStatementLine = 0;
        int untilCheck = CancellationInterval;
        var tok = _lex.Next();
        while (tok != TokenKind.Eof)
        {
            if (_lex.TokenLine == lastStatementLine) _lex.FailAtToken("each statement must be on its own line");
            var subject = SubjectOrGraph(tok, "subject");
            tok = _lex.Next();
            if (tok != TokenKind.IriRef) _lex.FailAtToken("expected a predicate IRI in angle brackets");
            var predicate = Iri();
            var obj = Object(_lex.Next(), out tok);
            Term? graph = null;
            if (_quads && tok != TokenKind.Dot)
            {
                graph = SubjectOrGraph(tok, "graph name or '.'");
                tok = _lex.Next();
            }
            if (tok != TokenKind.Dot) _lex.FailAtToken(_quads ? "expected '.' at the end of the quad" : "expected '.' at the end of the triple");
            lastStatementLine = _lex.TokenLine;
            _sink.OnQuad(new Quad(new Triple(subject, predicate, obj), graph));
            if (--untilCheck == 0)
            {
                untilCheck = CancellationInterval;
                _cancellationToken.ThrowIfCancellationRequested();
            }
            tok = _lex.Next();
        }
    }

    private Term SubjectOrGraph(TokenKind tok, string what)
    {
        if (tok == TokenKind.IriRef) return Iri();
        if (tok == TokenKind.BlankNodeLabel) return BlankNodeFromToken();
        _lex.FailAtToken($"expected a {what}: an IRI in angle brackets or a blank node label");
        return null!;
    }

    private Term Object(TokenKind tok, out TokenKind following)
    {
        switch (tok)
        {
            case TokenKind.IriRef:
                var iri = Iri();
                following = _lex.Next();
                return iri;
            case TokenKind.BlankNodeLabel:
                var node = BlankNodeFromToken();
                following = _lex.Next();
                return node;
            case TokenKind.String:
                if (_lex.Quote != QuoteStyle.Double) _lex.FailAtToken("only double-quoted strings are allowed in N-Triples and N-Quads");
                var lexical = _lex.TextString();
                var k = _lex.Next();
                if (k == TokenKind.LangTag)
                {
                    var tagged = Literal.CreateUnchecked(lexical, Vocab.Rdf.LangString, _lex.TextStringReusing(ref _lastLanguage));
                    following = _lex.Next();
                    return tagged;
                }
                if (k == TokenKind.DoubleCaret)
                {
                    if (_lex.Next() != TokenKind.IriRef) _lex.FailAtToken("expected a datatype IRI in angle brackets after '^^'");
                    var datatype = Iri();
                    following = _lex.Next();
                    return Literal.CreateUnchecked(lexical, datatype, null);
                }
                following = k;
                return Literal.CreateUnchecked(lexical, Vocab.Xsd.String, null);
            default:
                _lex.FailAtToken("expected an object: an IRI in angle brackets, a blank node label or a literal");
                following = tok;
                return null!;
        }
    }

    /// <summary>The current IRIREF token, which must be absolute.</summary>
    private NamedNode Iri()
    {
        var text = _lex.Text;
        if (!TurtleParser.HasScheme(text)) _lex.FailAtToken($"relative IRI <{text.ToString()}>: N-Triples and N-Quads need absolute IRIs");
        return _cache.Iri(text);
    }

    private BlankNode BlankNodeFromToken()
    {
        var label = _lex.TextString();
        if (_preserveLabels) return BlankNode.Create(label);
        if (!_labels.TryGetValue(label, out var node))
        {
            node = BlankNode.CreateNew();
            _labels.Add(label, node);
        }
        return node;
    }
}
