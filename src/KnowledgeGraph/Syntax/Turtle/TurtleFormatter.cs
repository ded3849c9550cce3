using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Store;

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
    private readonly HashSet<Term> _written = new();
    private TurtleLayout.GraphPart _part = null!;
    private int _inlineDepth;

    public TurtleFormatter(TextWriter output, IEnumerable<Quad> quads, PrefixMap? prefixes, RdfWriterOptions? options, bool trig, CancellationToken cancellationToken)
    {
        _output = output;
        _cancellationToken = cancellationToken;
        _layout = new TurtleLayout(quads, allowNamedGraphs: trig, cancellationToken);
        _terms = new TurtleTermFormatter(prefixes, options?.BaseIri);
        _indent = options?.Indent ?? "    ";
        Base = options?.BaseIri;
    }

    private string? Base { get; }

    public void Write()
    {
        CollectPrefixes();
        if (Base is not null) _sb.Append("@base <").Append(Base).Append("> .\n");
        foreach (var (prefix, ns) in _terms.UsedPrefixes)
        {
            _sb.Append("@prefix ").Append(prefix).Append(": ");
            _sb.Append('<').Append(ns).Append("> .\n");
        }
        bool first = _sb.Length == 0;
        foreach (var part in _layout.Graphs)
        {
            _part = part;
            _written.Clear();
            if (!first) _sb.Append('\n');
            first = false;
            if (part.Name is null) WriteSubjects(0);
            else
            {
                _terms.WriteTerm(_sb, part.Name);
                _sb.Append(" {\n");
                WriteSubjects(1);
                _sb.Append("}\n");
            }
        }
        Flush();
    }

    /// <summary>Formats every IRI once up front, so the header can list exactly the prefixes the body uses.</summary>
    private void CollectPrefixes()
    {
        var scratch = new StringBuilder();
        foreach (var part in _layout.Graphs)
        {
            if (part.Name is not null) Touch(scratch, part.Name);
            foreach (var (subject, list) in part.Subjects)
            {
                Touch(scratch, subject);
                foreach (var (p, o) in list)
                {
                    Touch(scratch, p);
                    Touch(scratch, o);
                }
            }
        }
    }

    private void Touch(StringBuilder scratch, Term term)
    {
        if (term is NamedNode n) _terms.WriteIri(scratch, n.Value);
        else if (term is Literal l && l.Language is null) _terms.WriteIri(scratch, l.Datatype.Value);
        scratch.Clear();
    }

    private void WriteSubjects(int depth)
    {
        var subjects = _part.Subjects.Keys.ToList();
        subjects.Sort(TermOrder.Instance);
        foreach (var s in subjects)
            if (!_written.Contains(s) && !WrittenWhereUsed(s)) WriteBlock(s, depth);
        // Blank nodes that only blank nodes of a cycle refer to, or that sat too deep to inline, get blocks of their own.
        foreach (var s in subjects)
            if (!_written.Contains(s)) WriteBlock(s, depth);
    }

    /// <summary>True for a blank node that will be written inline at its single use as an object.</summary>
    private bool WrittenWhereUsed(Term s) => s is BlankNode b && _layout.ObjectUses(b) == 1 && _layout.CanInline(b, 1);

    private void WriteBlock(Term subject, int depth)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        _written.Add(subject);
        var list = _part.Subjects[subject];
        Indent(depth);
        if (subject is BlankNode b && _layout.ObjectUses(b) == 0 && _layout.CanInline(b, 0))
        {
            _sb.Append("[\n");
            Indent(depth + 1);
            WritePredicates(list, depth + 1);
            _sb.Append('\n');
            Indent(depth);
            _sb.Append("] .\n");
        }
        else
        {
            _terms.WriteTerm(_sb, subject);
            _sb.Append(' ');
            WritePredicates(list, depth + 1);
            _sb.Append(" .\n");
        }
        if (_sb.Length >= FlushThreshold) Flush();
    }

    private void WritePredicates(List<KeyValuePair<NamedNode, Term>> list, int depth)
    {
        for (int i = 0; i < list.Count; i++)
        {
            var (p, o) = list[i];
            if (i > 0 && p.Equals(list[i - 1].Key))
            {
                _sb.Append(", ");
            }
            else
            {
                if (i > 0)
                {
                    _sb.Append(" ;\n");
                    Indent(depth);
                }
                if (p.Equals(Vocab.Rdf.Type)) _sb.Append('a');
                else _terms.WriteIri(_sb, p.Value);
                _sb.Append(' ');
            }
            WriteObject(o, depth);
        }
    }

    private void WriteObject(Term o, int depth)
    {
        if (o.Equals(Vocab.Rdf.Nil))
        {
            _sb.Append("()");
            return;
        }
        if (o is BlankNode b && !_written.Contains(b) && _inlineDepth < MaxInlineDepth)
        {
            var items = CollectionItems(b);
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
            if (WrittenWhereUsed(b))
            {
                _written.Add(b);
                if (!_part.Subjects.TryGetValue(b, out var list))
                {
                    _sb.Append("[]");
                    return;
                }
                _inlineDepth++;
                _sb.Append("[\n");
                Indent(depth + 1);
                WritePredicates(list, depth + 1);
                _sb.Append('\n');
                Indent(depth);
                _sb.Append(']');
                _inlineDepth--;
                return;
            }
        }
        _terms.WriteTerm(_sb, o);
    }

    /// <summary>
    /// The items when <paramref name="head"/> starts a well-formed list that can be written as <c>( … )</c>: every
    /// node a blank node used once, with exactly one rdf:first and one rdf:rest, ending in rdf:nil. Marks the list
    /// nodes written. Null otherwise.
    /// </summary>
    private List<Term>? CollectionItems(BlankNode head)
    {
        var items = new List<Term>();
        var nodes = new List<Term>();
        var seen = new HashSet<Term>();
        Term node = head;
        while (!node.Equals(Vocab.Rdf.Nil))
        {
            if (node is not BlankNode b || _written.Contains(b) || !seen.Add(b) || !WrittenWhereUsed(b)) return null;
            if (!_part.Subjects.TryGetValue(b, out var list) || list.Count != 2) return null;
            if (!list[0].Key.Equals(Vocab.Rdf.First) || !list[1].Key.Equals(Vocab.Rdf.Rest)) return null;
            nodes.Add(b);
            items.Add(list[0].Value);
            node = list[1].Value;
        }
        foreach (var n in nodes) _written.Add(n);
        return items;
    }

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
