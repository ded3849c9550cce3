using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.Turtle;

/// <summary>Turning tokens into terms: IRI resolution, prefixed names, blank node scoping and literals.</summary>
internal sealed partial class TurtleParser
{
    private readonly TermCache _cache = new();
    private readonly Dictionary<string, BlankNode> _labels = new(StringComparer.Ordinal);
    // Prefix → namespace; a document may declare thousands, so lookups are hashed (the span lookup allocates nothing).
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private string? _lastPrefix;
    private string _lastNamespace = "";
    private string? _base;
    private string? _lastLanguage;
    private char[] _iriScratch = new char[256];

    /// <summary>The IRI of the current IRIREF token, resolved against the base.</summary>
    private NamedNode IriFromToken()
    {
        var text = _lex.Text;
        if (IsAbsoluteWithoutDotSegments(text)) return _cache.Iri(text);
        var reference = _lex.TextString();
        if (_base is null && !HasScheme(reference))
            _lex.FailAtToken($"relative IRI <{reference}> with no base IRI to resolve it against");
        string resolved;
        try
        {
            resolved = IriResolver.Resolve(_base, reference);
        }
        catch (ArgumentException e)
        {
            _lex.FailAtToken(e.Message);
            throw;
        }
        return _cache.Iri(resolved);
    }

    /// <summary>True for an IRI with a scheme whose path holds no '.' or '..' segment: resolution would not change it.</summary>
    private static bool IsAbsoluteWithoutDotSegments(ReadOnlySpan<char> iri) =>
        SchemeLength(iri) > 0 && !iri.Contains("/.", StringComparison.Ordinal);

    internal static bool HasScheme(ReadOnlySpan<char> iri) => SchemeLength(iri) > 0;

    private static int SchemeLength(ReadOnlySpan<char> iri)
    {
        if (iri.Length == 0 || !char.IsAsciiLetter(iri[0])) return -1;
        for (int i = 1; i < iri.Length; i++)
        {
            char c = iri[i];
            if (c == ':') return i;
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return -1;
        }
        return -1;
    }

    /// <summary>The IRI of the current PNAME_LN or PNAME_NS token.</summary>
    private NamedNode IriFromPrefixedName()
    {
        var text = _lex.Text;
        var prefix = text[.._lex.PrefixLength];
        var local = text[(_lex.PrefixLength + 1)..];
        string ns = NamespaceOf(prefix);
        int length = ns.Length + local.Length;
        if (_iriScratch.Length < length) _iriScratch = new char[Math.Max(length, _iriScratch.Length * 2)];
        ns.CopyTo(_iriScratch);
        local.CopyTo(_iriScratch.AsSpan(ns.Length));
        // The local part may add a '#' (PN_LOCAL_ESC '\#') to a namespace that has one: the IRI rule forbids a second.
        if (local.Contains('#') && IriSyntax.ReferenceProblem(_iriScratch.AsSpan(0, length)) is { } problem) _lex.FailAtToken(problem);
        return _cache.Iri(_iriScratch.AsSpan(0, length));
    }

    private string NamespaceOf(ReadOnlySpan<char> prefix)
    {
        if (_lastPrefix is not null && prefix.SequenceEqual(_lastPrefix)) return _lastNamespace;
#if NET9_0_OR_GREATER
        bool found = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(prefix, out var key, out var ns);
#else
        var key = prefix.ToString();
        bool found = _prefixes.TryGetValue(key, out var ns);
#endif
        if (!found) _lex.FailAtToken($"undefined prefix '{prefix.ToString()}:'");
        (_lastPrefix, _lastNamespace) = (key, ns!);
        return ns!;
    }

    private void DefinePrefix(string prefix, string ns)
    {
        _prefixes[prefix] = ns;
        if (_lastPrefix == prefix) _lastNamespace = ns;
        _sink.OnPrefix(prefix, ns);
    }

    /// <summary>The blank node of the current BLANK_NODE_LABEL token; labels are scoped to this document.</summary>
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

    /// <summary>True when the token can be a subject, predicate, object or graph IRI.</summary>
    private static bool IsIriToken(TokenKind k) => k is TokenKind.IriRef or TokenKind.PNameLn or TokenKind.PNameNs;

    /// <summary>The IRI of an IRIREF or prefixed-name token.</summary>
    private NamedNode IriOfToken(TokenKind k) => k == TokenKind.IriRef ? IriFromToken() : IriFromPrefixedName();

    /// <summary>A numeric literal from the current INTEGER, DECIMAL or DOUBLE token.</summary>
    private Literal NumberFromToken(TokenKind k) => Literal.CreateUnchecked(
        _lex.TextString(),
        k == TokenKind.Integer ? Vocab.Xsd.Integer : k == TokenKind.Decimal ? Vocab.Xsd.Decimal : Vocab.Xsd.Double,
        null);

    /// <summary>
    /// A string literal starting at the current STRING token; reads the optional language tag or datatype and
    /// returns the token that follows the literal.
    /// </summary>
    private Literal StringLiteral(out TokenKind following)
    {
        var lexical = _lex.TextString();
        var k = _lex.Next();
        if (k == TokenKind.LangTag)
        {
            var literal = Literal.CreateUnchecked(lexical, Vocab.Rdf.LangString, _lex.TextStringReusing(ref _lastLanguage));
            following = _lex.Next();
            return literal;
        }
        if (k == TokenKind.DoubleCaret)
        {
            k = _lex.Next();
            if (!IsIriToken(k)) _lex.FailAtToken("expected a datatype IRI after '^^'");
            var datatype = IriOfToken(k);
            following = _lex.Next();
            return Literal.CreateUnchecked(lexical, datatype, null);
        }
        following = k;
        return Literal.CreateUnchecked(lexical, Vocab.Xsd.String, null);
    }
}
