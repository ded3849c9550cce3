using System.Globalization;
using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Syntax.Turtle;

/// <summary>
/// The pretty, deterministic Turtle/TriG layout: used prefixes only, subjects sorted, <c>a</c> first, predicate
/// lists with ';', object lists with ',', blank nodes used once written inline as <c>[ … ]</c>, well-formed
/// collections as <c>( … )</c>. Inline nesting is capped (deeper nodes get a label and a block of their own), so
/// the writer's recursion never depends on the input's depth.
/// </summary>
internal sealed class TurtleFormatter
{
    private const int MaxInlineDepth = 64;
    private const int FlushThreshold = 1 << 16;

    private readonly TextWriter _output;
    private readonly TurtleLayout _layout;
    private readonly TurtleTermFormatter _terms;
    private readonly string _indent;
    private readonly CancellationToken _cancellationToken;
    private readonly StringBuilder _sb = new(FlushThreshold * 2);
    private int[] _written = [];                  // id -> stamp of the graph it was written in
    private int _writtenStamp;
    private string?[] _iriText = [];              // id -> the IRI as written (prefixed, relative or in full)
    private delegate bool LexicalTest(ReadOnlySpan<char> lexicalForm);

    private readonly Dictionary<int, string> _blankLabels = new();
    private readonly Dictionary<int, LexicalTest> _shorthand = new();   // datatype id -> lexical forms written bare
    private TurtleLayout.GraphPart _part = null!;
    private int _inlineDepth;

    public TurtleFormatter(TextWriter output, IEnumerable<Quad> quads, PrefixMap? prefixes, RdfWriterOptions? options, bool trig, CancellationToken cancellationToken)
    {
        _output = output;
        _cancellationToken = cancellationToken;
        var source = TurtleLayout.Index(WritableTerms.Checked(quads, trig ? "TriG" : "Turtle"), allowNamedGraphs: trig, cancellationToken);
        _terms = new TurtleTermFormatter(prefixes, options?.BaseIri);
        // Formatting the IRIs and sorting the subjects are independent: do them on two cores.
        var iris = Task.Run(() => CollectPrefixes(source, cancellationToken), cancellationToken);
        _layout = new TurtleLayout(source, allowNamedGraphs: trig, cancellationToken);
        iris.GetAwaiter().GetResult();
        _indent = options?.Indent ?? "    ";
        AddShorthand(Vocab.Xsd.Integer, TurtleTermFormatter.IsInteger);
        AddShorthand(Vocab.Xsd.Decimal, TurtleTermFormatter.IsDecimal);
        AddShorthand(Vocab.Xsd.Double, TurtleTermFormatter.IsDouble);
        AddShorthand(Vocab.Xsd.Boolean, static s => s is "true" or "false");
        Base = options?.BaseIri;
    }

    private string? Base { get; }

    private void AddShorthand(NamedNode datatype, LexicalTest fits)
    {
        if (_layout.Dictionary.TryGetId(datatype, out int id)) _shorthand.Add(id, fits);
    }

    public void Write()
    {
        if (Base is not null) _sb.Append("@base <").Append(Base).Append("> .\n");
        foreach (var (prefix, ns) in _terms.UsedPrefixes)
        {
            _sb.Append("@prefix ").Append(prefix).Append(": ");
            _sb.Append('<').Append(ns).Append("> .\n");
        }
        bool first = _sb.Length == 0;
        _written = new int[_layout.Dictionary.Count + 1];
        for (int g = 0; g < _layout.Graphs.Count; g++)
        {
            _part = _layout.Graphs[g];
            _writtenStamp = g + 1;
            if (!first) _sb.Append('\n');
            first = false;
            if (_part.Name is null) WriteSubjects(0);
            else
            {
                WriteTerm(_part.NameId);
                _sb.Append(" {\n");
                WriteSubjects(1);
                _sb.Append("}\n");
            }
        }
        Flush();
    }

    /// <summary>
    /// Formats every IRI the graphs use once up front, so the header can list exactly the prefixes the body uses
    /// and the body can copy the text. Terms are visited in id order, which is the order of their bytes in the
    /// dictionary, so this is one streaming pass rather than a random read per triple.
    /// </summary>
    private void CollectPrefixes(IndexedQuads source, CancellationToken cancellationToken)
    {
        var dictionary = source.Dictionary;
        _iriText = new string?[dictionary.Count + 1];
        var used = new bool[dictionary.Count + 1];
        foreach (var (name, triples) in source.Graphs)
        {
            if (name is not null && dictionary.TryGetId(name, out int nameId)) used[nameId] = true;
            foreach (var t in triples.Span)
            {
                used[t.S] = true;
                used[t.P] = true;
                used[t.O] = true;
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        for (int id = 1; id < used.Length; id++)
        {
            if (!used[id]) continue;
            switch (dictionary.KindOf(id))
            {
                case TermKind.NamedNode:
                    _iriText[id] = _terms.Abbreviate(((NamedNode)dictionary[id]).Value);
                    break;
                case TermKind.Literal:
                    // A datatype's id is below its literals', so the datatype may already be done.
                    dictionary.LiteralParts(id, out int datatype, out _);
                    if (datatype > 0 && _iriText[datatype] is null) _iriText[datatype] = _terms.Abbreviate(((NamedNode)dictionary[datatype]).Value);
                    break;
            }
        }
    }

    private bool IsWritten(int id) => _written[id] == _writtenStamp;

    private void MarkWritten(int id) => _written[id] = _writtenStamp;

    private void WriteSubjects(int depth)
    {
        var runs = _part.RunStarts;
        for (int r = 0; r < runs.Length - 1; r++)
        {
            int s = _part.Triples[runs[r]].S;
            if (!IsWritten(s) && !WrittenWhereUsed(s)) WriteBlock(runs[r], runs[r + 1] - runs[r], depth);
        }
        // Blank nodes that only blank nodes of a cycle refer to, or that sat too deep to inline, get blocks of their own.
        for (int r = 0; r < runs.Length - 1; r++)
            if (!IsWritten(_part.Triples[runs[r]].S)) WriteBlock(runs[r], runs[r + 1] - runs[r], depth);
    }

    /// <summary>True for a blank node that will be written inline at its single use as an object.</summary>
    private bool WrittenWhereUsed(int id) => _layout.IsBlank(id) && _layout.ObjectUses(id) == 1 && _layout.CanInline(id, 1);

    private void WriteBlock(int start, int count, int depth)
    {
        int subject = _part.Triples[start].S;
        MarkWritten(subject);
        Indent(depth);
        if (_layout.IsBlank(subject) && _layout.ObjectUses(subject) == 0 && _layout.CanInline(subject, 0))
        {
            _sb.Append("[\n");
            Indent(depth + 1);
            WritePredicates(start, count, depth + 1);
            _sb.Append('\n');
            Indent(depth);
            _sb.Append("] .\n");
        }
        else
        {
            WriteTerm(subject);
            _sb.Append(' ');
            WritePredicates(start, count, depth + 1);
            _sb.Append(" .\n");
        }
        if (_sb.Length >= FlushThreshold)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            Flush();
        }
    }

    private void WritePredicates(int start, int count, int depth)
    {
        var triples = _part.Triples;
        for (int i = start; i < start + count; i++)
        {
            var (_, p, o) = triples[i];
            if (i > start && p == triples[i - 1].P)
            {
                _sb.Append(", ");
            }
            else
            {
                if (i > start)
                {
                    _sb.Append(" ;\n");
                    Indent(depth);
                }
                if (p == _layout.TypeId) _sb.Append('a');
                else WriteTerm(p);
                _sb.Append(' ');
            }
            WriteObject(o, depth);
        }
    }

    private void WriteObject(int o, int depth)
    {
        if (o == _layout.NilId)
        {
            _sb.Append("()");
            return;
        }
        if (_layout.IsBlank(o) && !IsWritten(o) && _inlineDepth < MaxInlineDepth)
        {
            var items = CollectionItems(o);
            if (items is not null)
            {
                _inlineDepth++;
                _sb.Append('(');
                foreach (var item in items)
                {
                    _sb.Append(' ');
                    WriteObject(item, depth + 1);
                }
                _sb.Append(" )");
                _inlineDepth--;
                return;
            }
            if (WrittenWhereUsed(o))
            {
                MarkWritten(o);
                if (!_part.TryGetRun(o, out int start, out int count))
                {
                    _sb.Append("[]");
                    return;
                }
                _inlineDepth++;
                _sb.Append("[\n");
                Indent(depth + 1);
                WritePredicates(start, count, depth + 1);
                _sb.Append('\n');
                Indent(depth);
                _sb.Append(']');
                _inlineDepth--;
                return;
            }
        }
        WriteTerm(o);
    }

    private void WriteTerm(int id)
    {
        switch (_layout.Dictionary.KindOf(id))
        {
            case TermKind.NamedNode:
                _sb.Append(_iriText[id]);
                break;
            case TermKind.BlankNode:
                _sb.Append("_:").Append(BlankLabel(id));
                break;
            default:
                WriteLiteral(id);
                break;
        }
    }

    /// <summary>A short, deterministic label: labels are numbered in order of first use in the output.</summary>
    private string BlankLabel(int id)
    {
        if (!_blankLabels.TryGetValue(id, out var label))
        {
            label = "b" + _blankLabels.Count.ToString(CultureInfo.InvariantCulture);
            _blankLabels.Add(id, label);
        }
        return label;
    }

    /// <summary>
    /// Writes a literal from its stored bytes: numbers and booleans in shorthand when the lexical form fits the
    /// shorthand grammar, everything else quoted with its tag or datatype. Only a lexical form that is not
    /// well-formed UTF-8 (a lone surrogate) or is very long goes through a decoded term.
    /// </summary>
    private void WriteLiteral(int id)
    {
        var dictionary = _layout.Dictionary;
        var bytes = dictionary.LiteralParts(id, out int datatype, out var language);
        Span<char> buffer = bytes.Length <= 1024 ? stackalloc char[bytes.Length] : default;
        ReadOnlySpan<char> lex = buffer;   // takes the buffer's scope, so it may point into the stack
        if (bytes.Length <= 1024
            && System.Text.Unicode.Utf8.ToUtf16(bytes, buffer, out _, out int written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done)
            lex = buffer[..written];
        else
            lex = ((Literal)dictionary[id]).LexicalForm;   // long, or holding a lone surrogate only the dictionary's decoder keeps
        if (datatype > 0 && _shorthand.TryGetValue(datatype, out var fits) && fits(lex))
        {
            _sb.Append(lex);
            return;
        }
        TurtleTermFormatter.WriteString(_sb, lex);
        if (datatype < 0)
        {
            _sb.Append('@');
            foreach (byte b in language) _sb.Append((char)b);
        }
        else if (datatype > 0)
        {
            _sb.Append("^^").Append(_iriText[datatype]);
        }
    }

    /// <summary>
    /// The items when <paramref name="head"/> starts a well-formed list that can be written as <c>( … )</c>: every
    /// node a blank node used once, with exactly one rdf:first and one rdf:rest, ending in rdf:nil. Marks the list
    /// nodes written. Null otherwise.
    /// </summary>
    private List<int>? CollectionItems(int head)
    {
        if (_layout.FirstId < 0 || _layout.RestId < 0 || !IsListNode(head)) return null;
        var items = new List<int>();
        var nodes = new List<int>();
        var seen = new HashSet<int>();
        int node = head;
        while (node != _layout.NilId)
        {
            if (!_layout.IsBlank(node) || IsWritten(node) || !seen.Add(node) || !WrittenWhereUsed(node)) return null;
            if (!_part.TryGetRun(node, out int start, out int count) || count != 2) return null;
            var triples = _part.Triples;
            if (triples[start].P != _layout.FirstId || triples[start + 1].P != _layout.RestId) return null;
            nodes.Add(node);
            items.Add(triples[start].O);
            node = triples[start + 1].O;
        }
        foreach (var n in nodes) MarkWritten(n);
        return items;
    }

    /// <summary>A cheap first test, before any list is allocated: a list node has exactly rdf:first and rdf:rest.</summary>
    private bool IsListNode(int node) =>
        _part.TryGetRun(node, out int start, out int count) && count == 2
        && _part.Triples[start].P == _layout.FirstId && _part.Triples[start + 1].P == _layout.RestId;

    private void Indent(int depth)
    {
        for (int i = 0; i < depth; i++) _sb.Append(_indent);
    }

    private void Flush()
    {
        foreach (var chunk in _sb.GetChunks()) _output.Write(chunk.Span);
        _sb.Clear();
    }
}
