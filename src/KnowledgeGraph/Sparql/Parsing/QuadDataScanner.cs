using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Updating.Operations;

namespace KnowledgeGraph.Sparql.Parsing;

/// <summary>
/// The fast path for the QuadData of <c>INSERT DATA</c> and <c>DELETE DATA</c> (issue 12): a request of 100k triples
/// is mostly this block, and the general parser (tokens, look-ahead buffer, a syntax tree of patterns) costs several
/// times what the Turtle reader does per triple. This scanner reads the block straight from the text, with terms
/// cached per block, for what such blocks hold: IRIs and prefixed names, <c>a</c>, blank node labels, short strings
/// with language tags or datatypes, numbers, booleans, <c>;</c>, <c>,</c>, <c>.</c> and <c>GRAPH</c> blocks.
/// Whatever else it meets (nested <c>[ … ]</c>, collections, long strings, escapes in names, variables, anything
/// invalid) it declines, and the general parser reads the block from its start instead, so that parser alone decides
/// what is an error and what the error says. It accepts only text the general parser accepts, with the same terms.
/// </summary>
internal sealed class QuadDataScanner
{
    private readonly string _text;
    private readonly Func<string, string?> _resolveIri;
    private readonly IReadOnlyDictionary<string, string> _prefixes;
    private readonly Func<string, bool> _noteBlankLabel;
    private readonly bool _blankNodesAllowed;
    private readonly Dictionary<string, PatternTerm> _iris = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PatternTerm> _prefixedNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PatternTerm> _blankNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _languages = new(StringComparer.Ordinal);
    private readonly PatternTerm _rdfType = PatternTerm.Const(Vocab.Rdf.Type);
    private int _pos;

    /// <param name="text">The (code-point-unescaped) request text.</param>
    /// <param name="resolveIri">Resolves an IRI as written against the base; null when it is not a valid IRI.</param>
    /// <param name="prefixes">The prefixes declared so far.</param>
    /// <param name="noteBlankLabel">Records a blank node label for this operation; false when an earlier operation used it.</param>
    /// <param name="blankNodesAllowed">False for DELETE DATA, where blank nodes are an error.</param>
    public QuadDataScanner(string text, Func<string, string?> resolveIri, IReadOnlyDictionary<string, string> prefixes,
        Func<string, bool> noteBlankLabel, bool blankNodesAllowed)
    {
        _text = text;
        _resolveIri = resolveIri;
        _prefixes = prefixes;
        _noteBlankLabel = noteBlankLabel;
        _blankNodesAllowed = blankNodesAllowed;
    }

    /// <summary>Reads the block whose '{' is at <paramref name="open"/>; false (and nothing consumed) when it declines.</summary>
    /// <param name="open">Offset of the block's '{'.</param>
    /// <param name="quads">The block's quads, in the order the general parser gives them (default-graph triples last).</param>
    /// <param name="end">Offset just after the block's '}'.</param>
    public bool TryRead(int open, out List<QuadTemplate> quads, out int end)
    {
        quads = new List<QuadTemplate>();
        end = open;
        var defaultGraph = new List<QuadTemplate>();
        _pos = open + 1;
        try
        {
            while (true)
            {
                SkipSpace();
                if (At('}')) break;
                if (AtKeyword("GRAPH"))
                {
                    _pos += 5;
                    SkipSpace();
                    var name = Iri();
                    if (name is null) return false;
                    SkipSpace();
                    if (!At('{')) return false;
                    _pos++;
                    if (!Triples(name, quads)) return false;
                    _pos++; // '}'
                    SkipSpace();
                    if (At('.')) _pos++;
                    continue;
                }
                if (!Triples(null, defaultGraph)) return false;
                if (!At('}') && !AtKeyword("GRAPH")) return false;
            }
        }
        catch (ArgumentException)
        {
            return false; // a term the model refuses (an invalid lexical form): the general parser reports it
        }
        _pos++;
        end = _pos;
        quads.AddRange(defaultGraph);
        return true;
    }

    /// <summary>TriplesTemplate, up to (not including) '}' or, outside a graph block, GRAPH.</summary>
    private bool Triples(PatternTerm? graph, List<QuadTemplate> into)
    {
        while (true)
        {
            SkipSpace();
            if (At('}') || (graph is null && AtKeyword("GRAPH"))) return true;
            var subject = Iri() ?? BlankNode();
            if (subject is null) return false;
            while (true)
            {
                SkipSpace();
                PatternTerm? predicate;
                if (At('a') && !IsNameChar(Peek(1)) && Peek(1) != ':') { _pos++; predicate = _rdfType; }
                else predicate = Iri();
                if (predicate is null) return false;
                while (true)
                {
                    SkipSpace();
                    var obj = Iri() ?? BlankNode() ?? Literal();
                    if (obj is null) return false;
                    into.Add(new QuadTemplate(subject, predicate, obj, graph));
                    SkipSpace();
                    if (!At(',')) break;
                    _pos++;
                }
                if (!At(';')) break;
                while (At(';')) { _pos++; SkipSpace(); }
                if (At('.') || At('}')) break;
            }
            SkipSpace();
            if (At('.')) { _pos++; continue; }
            if (At('}') || (graph is null && AtKeyword("GRAPH"))) return true;
            return false;
        }
    }

    /// <summary>An IRI in angle brackets or a prefixed name whose local part needs no escapes; null otherwise.</summary>
    private PatternTerm? Iri()
    {
        if (At('<'))
        {
            int close = _pos + 1;
            while (close < _text.Length && _text[close] != '>')
            {
                char c = _text[close];
                if (c <= ' ' || c is '<' or '"' or '{' or '}' or '|' or '^' or '`' or '\\') return null;
                close++;
            }
            if (close == _text.Length) return null;
            var span = _text.AsSpan(_pos + 1, close - _pos - 1);
            _pos = close + 1;
            if (TryGetCached(_iris, span, out var known)) return known;
            var written = span.ToString();
            var resolved = _resolveIri(written);
            if (resolved is null) return null;
            return _iris[written] = PatternTerm.Const(NamedNode.CreateUnchecked(resolved));
        }
        int start = _pos, p = _pos;
        if (p < _text.Length && char.IsAsciiLetter(_text[p]))
            while (p < _text.Length && (char.IsAsciiLetterOrDigit(_text[p]) || _text[p] is '_' or '-')) p++;
        if (p >= _text.Length || _text[p] != ':' || (p > start && _text[p - 1] == '-')) return null;
        int colon = p++;
        while (p < _text.Length && (char.IsAsciiLetterOrDigit(_text[p]) || _text[p] == '_' || (_text[p] == '-' && p > colon + 1))) p++;
        if (p < _text.Length && !EndsName(p)) return null;
        _pos = p;
        if (TryGetCached(_prefixedNames, _text.AsSpan(start, p - start), out var cached)) return cached;
        var name = _text.Substring(start, p - start);
        if (!_prefixes.TryGetValue(name[..(colon - start)], out var ns)) return null;
        return _prefixedNames[name] = PatternTerm.Const(NamedNode.CreateUnchecked(ns + name[(colon - start + 1)..]));
    }

    /// <summary>True when a name that reached offset <paramref name="p"/> ends there (a '.' ends it only when no name character follows).</summary>
    private bool EndsName(int p)
    {
        char c = _text[p];
        if (c == '.') return p + 1 >= _text.Length || !(IsNameChar(_text[p + 1]) || _text[p + 1] is ':' or '.' or '%' or '\\');
        return !(IsNameChar(c) || c is ':' or '%' or '\\');
    }

    private PatternTerm? BlankNode()
    {
        if (!At('_') || Peek(1) != ':') return null;
        if (!_blankNodesAllowed) return null;
        int start = _pos + 2, p = start;
        if (p >= _text.Length || !CharClasses.IsVarNameStart(_text[p])) return null;
        p++;
        while (p < _text.Length && (CharClasses.IsPnChars(_text[p]) || _text[p] == '.')) p++;
        while (_text[p - 1] == '.') p--;
        var label = _text.Substring(start, p - start);
        _pos = p;
        if (_blankNodes.TryGetValue(label, out var known)) return known;
        if (!_noteBlankLabel(label)) return null;
        return _blankNodes[label] = PatternTerm.Const(Model.BlankNode.Create("l_" + label));
    }

    private PatternTerm? Literal()
    {
        char c = _pos < _text.Length ? _text[_pos] : '\0';
        if (c is '"' or '\'')
        {
            var text = ShortString(c);
            if (text is null) return null;
            if (At('@'))
            {
                // LANGTAG as the general lexer reads it: letters, then '-' and letters or digits, again and again.
                int start = ++_pos;
                while (_pos < _text.Length && char.IsAsciiLetter(_text[_pos])) _pos++;
                if (_pos == start) return null;
                while (_pos + 1 < _text.Length && _text[_pos] == '-' && char.IsAsciiLetterOrDigit(_text[_pos + 1]))
                {
                    _pos++;
                    while (_pos < _text.Length && char.IsAsciiLetterOrDigit(_text[_pos])) _pos++;
                }
                var tagText = _text.Substring(start, _pos - start);
                if (!_languages.TryGetValue(tagText, out var language))
                {
                    if (LanguageTag.Problem(tagText) is not null) return null;
                    _languages[tagText] = language = tagText;
                }
                return PatternTerm.Const(Model.Literal.CreateUnchecked(text, Vocab.Rdf.LangString, language));
            }
            if (At('^') && Peek(1) == '^')
            {
                _pos += 2;
                var datatype = Iri();
                return datatype is null ? null : PatternTerm.Const(Model.Literal.Create(text, (NamedNode)datatype.Term!));
            }
            return PatternTerm.Const(Model.Literal.Create(text));
        }
        if (c is >= '0' and <= '9' or '+' or '-') return Number();
        foreach (var word in (ReadOnlySpan<string>)["true", "false"])
            if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) == 0 && !IsNameChar(Peek(word.Length)) && Peek(word.Length) != ':')
            {
                _pos += word.Length;
                return PatternTerm.Const(Model.Literal.Boolean(word == "true"));
            }
        return null;
    }

    /// <summary>A short string's content (ECHAR escapes decoded); null for a long string or a line break inside.</summary>
    private string? ShortString(char quote)
    {
        if (Peek(1) == quote && Peek(2) == quote) return null;
        int p = _pos + 1;
        StringBuilder? escaped = null;
        int runStart = p;
        while (true)
        {
            if (p >= _text.Length) return null;
            char c = _text[p];
            if (c == quote) break;
            if (c is '\n' or '\r') return null;
            if (c == '\\')
            {
                if (p + 1 >= _text.Length) return null;
                char e = _text[p + 1] switch
                {
                    't' => '\t', 'b' => '\b', 'n' => '\n', 'r' => '\r', 'f' => '\f', '"' => '"', '\'' => '\'', '\\' => '\\', _ => '\0',
                };
                if (e == '\0') return null;
                escaped ??= new StringBuilder();
                escaped.Append(_text, runStart, p - runStart).Append(e);
                p += 2;
                runStart = p;
                continue;
            }
            p++;
        }
        string content = escaped is null ? _text.Substring(_pos + 1, p - _pos - 1) : escaped.Append(_text, runStart, p - runStart).ToString();
        _pos = p + 1;
        return content;
    }

    /// <summary>INTEGER, DECIMAL or DOUBLE with an optional sign, as the general lexer splits them.</summary>
    private PatternTerm? Number()
    {
        int start = _pos, p = _pos;
        if (_text[p] is '+' or '-') p++;
        int digits = p;
        while (p < _text.Length && char.IsAsciiDigit(_text[p])) p++;
        if (p == digits) return null;
        var datatype = Vocab.Xsd.Integer;
        if (p + 1 < _text.Length && _text[p] == '.' && char.IsAsciiDigit(_text[p + 1]))
        {
            p++;
            while (p < _text.Length && char.IsAsciiDigit(_text[p])) p++;
            datatype = Vocab.Xsd.Decimal;
        }
        if (p < _text.Length && _text[p] is 'e' or 'E')
        {
            int q = p + 1;
            if (q < _text.Length && _text[q] is '+' or '-') q++;
            if (q >= _text.Length || !char.IsAsciiDigit(_text[q])) return null;
            while (q < _text.Length && char.IsAsciiDigit(_text[q])) q++;
            p = q;
            datatype = Vocab.Xsd.Double;
        }
        if (p < _text.Length && (IsNameChar(_text[p]) || _text[p] == ':')) return null;
        _pos = p;
        return PatternTerm.Const(Model.Literal.Create(_text.Substring(start, p - start), datatype));
    }

    /// <summary>A cache lookup by the text as written, without making a string of it where the runtime allows.</summary>
    private static bool TryGetCached(Dictionary<string, PatternTerm> cache, ReadOnlySpan<char> key, out PatternTerm value)
    {
#if NET9_0_OR_GREATER
        return cache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out value!);
#else
        return cache.TryGetValue(key.ToString(), out value!);
#endif
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (CharClasses.IsWhitespace(c)) _pos++;
            else if (c == '#') { while (_pos < _text.Length && _text[_pos] != '\n' && _text[_pos] != '\r') _pos++; }
            else return;
        }
    }

    private bool At(char c) => _pos < _text.Length && _text[_pos] == c;

    private char Peek(int ahead) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private bool AtKeyword(string keyword) =>
        string.Compare(_text, _pos, keyword, 0, keyword.Length, StringComparison.OrdinalIgnoreCase) == 0
        && !IsNameChar(Peek(keyword.Length)) && Peek(keyword.Length) != ':';

    private static bool IsNameChar(char c) => c != '\0' && CharClasses.IsPnChars(c);
}
