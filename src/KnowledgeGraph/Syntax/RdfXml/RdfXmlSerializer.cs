using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.RdfXml;

/// <summary>
/// Lays out sorted triples as RDF/XML. A first pass names everything (qualified names, blank node labels) so the
/// namespace declarations are known before the document element is written; the second pass writes one subject
/// at a time.
/// </summary>
internal sealed class RdfXmlSerializer
{
    private const string NewLine = "\n";
    private readonly TextWriter _output;
    private readonly RdfWriterOptions _options;
    private readonly CancellationToken _cancellation;
    private readonly XmlQNames _names;
    private readonly Dictionary<string, string> _qnames = new(StringComparer.Ordinal);
    private readonly Dictionary<BlankNode, string> _labels = new();
    private readonly string? _base;
    private readonly StringBuilder _sb = new();

    public RdfXmlSerializer(TextWriter output, PrefixMap? prefixes, RdfWriterOptions options, CancellationToken cancellation)
    {
        _output = output;
        _options = options;
        _cancellation = cancellation;
        _names = new XmlQNames(prefixes);
        _base = string.IsNullOrEmpty(options.BaseIri) ? null : options.BaseIri;
    }

    public void Write(List<Triple> triples)
    {
        triples.Sort(CompareTriples);
        _all = triples;
        var groups = Group(triples);
        Plan(groups);
        WriteHeader();
        foreach (var g in groups)
        {
            _cancellation.ThrowIfCancellationRequested();
            WriteSubject(triples, g);
            _output.Write(_sb.ToString());
            _sb.Clear();
        }
        _output.Write("</rdf:RDF>" + NewLine);
    }

    /// <summary>A subject's run of triples in the sorted list, and the rdf:type (if any) that names its element.</summary>
    private sealed class SubjectGroup(int start, int end)
    {
        public int Start { get; } = start;
        public int End { get; } = end;
        public int TypeIndex { get; set; } = -1;
    }

    private static List<SubjectGroup> Group(List<Triple> triples)
    {
        var groups = new List<SubjectGroup>();
        int start = 0;
        for (int i = 1; i <= triples.Count; i++)
            if (i == triples.Count || !triples[i].Subject.Equals(triples[start].Subject))
            {
                groups.Add(new SubjectGroup(start, i));
                start = i;
            }
        return groups;
    }

    private void Plan(List<SubjectGroup> groups)
    {
        var blanks = new List<BlankNode>();
        if (_base is not null) XmlEscaping.EnsureRepresentable(_base, "the base IRI", _base);
        foreach (var g in groups) PlanGroup(g, blanks);
        AssignLabels(blanks);
    }

    private List<Triple> _all = new();

    private void PlanGroup(SubjectGroup g, List<BlankNode> blanks)
    {
        for (int i = g.Start; i < g.End; i++)
        {
            var t = _all[i];
            if (i == g.Start) EnsureRepresentable(t.Subject);
            EnsureRepresentable(t.Object);
            if (i == g.Start && t.Subject is BlankNode sb) blanks.Add(sb);
            if (t.Object is BlankNode ob) blanks.Add(ob);
            if (g.TypeIndex < 0 && t.Predicate.Equals(Vocab.Rdf.Type) && t.Object is NamedNode type && TypeElementName(type.Value) is not null)
                g.TypeIndex = i;
            PropertyName(t.Predicate.Value);
        }
    }

    private static void EnsureRepresentable(Term term)
    {
        switch (term)
        {
            case NamedNode n:
                XmlEscaping.EnsureRepresentable(n.Value, "the IRI", n);
                break;
            case Literal l:
                XmlEscaping.EnsureRepresentable(l.LexicalForm, "the literal", l);
                XmlEscaping.EnsureRepresentable(l.Language ?? l.Datatype.Value, "the literal", l);
                break;
        }
    }

    private string? TypeElementName(string iri)
    {
        if (_qnames.TryGetValue(iri, out var q)) return q;
        if (!XmlQNames.TrySplit(iri, out var ns, out var local)) return null;
        if (ns == RdfXmlNames.RdfNs && (RdfXmlNames.IsForbiddenNodeElement(local) || local == "Description")) return null;
        q = _names.QName(iri)!;
        _qnames[iri] = q;
        return q;
    }

    private string PropertyName(string iri)
    {
        if (_qnames.TryGetValue(iri, out var q)) return q;
        if (!XmlQNames.TrySplit(iri, out var ns, out var local))
            throw new InvalidOperationException($"RDF/XML cannot write the predicate <{iri}>: it does not end in an XML name, so it cannot be split into a namespace and a local name.");
        if (ns == RdfXmlNames.RdfNs && (RdfXmlNames.IsForbiddenPropertyElement(local) || local == "li"))
            throw new InvalidOperationException($"RDF/XML cannot write the predicate rdf:{local}: the syntax reserves that name.");
        q = _names.QName(iri)!;
        _qnames[iri] = q;
        return q;
    }

    /// <summary>Keeps blank node labels that are valid NCNames; renames the others to unused <c>bN</c> labels.</summary>
    private void AssignLabels(List<BlankNode> blanks)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var b in blanks)
            if (!_labels.ContainsKey(b) && RdfXmlNames.IsNcName(b.Label) && used.Add(b.Label))
                _labels.Add(b, b.Label);
        int n = 0;
        foreach (var b in blanks)
        {
            if (_labels.ContainsKey(b)) continue;
            string label;
            do label = "b" + n++;
            while (!used.Add(label));
            _labels.Add(b, label);
        }
    }

    private void WriteHeader()
    {
        var sb = _sb;
        sb.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>").Append(NewLine).Append("<rdf:RDF");
        foreach (var (prefix, ns) in _names.Declarations)
        {
            sb.Append(NewLine).Append(_options.Indent).Append("xmlns:").Append(prefix).Append("=\"");
            XmlEscaping.AppendAttribute(sb, ns);
            sb.Append('"');
        }
        if (_base is not null)
        {
            sb.Append(NewLine).Append(_options.Indent).Append("xml:base=\"");
            XmlEscaping.AppendAttribute(sb, _base);
            sb.Append('"');
        }
        sb.Append('>').Append(NewLine);
        _output.Write(sb.ToString());
        sb.Clear();
    }

    private void WriteSubject(List<Triple> triples, SubjectGroup g)
    {
        var sb = _sb;
        string indent = _options.Indent;
        var subject = triples[g.Start].Subject;
        string element = g.TypeIndex >= 0 ? _qnames[((NamedNode)triples[g.TypeIndex].Object).Value] : "rdf:Description";
        sb.Append(indent).Append('<').Append(element);
        AppendNodeReference(subject, "rdf:about");
        int remaining = g.End - g.Start - (g.TypeIndex >= 0 ? 1 : 0);
        if (remaining == 0)
        {
            sb.Append("/>").Append(NewLine);
            return;
        }
        sb.Append('>').Append(NewLine);
        for (int i = g.Start; i < g.End; i++)
        {
            if (i == g.TypeIndex) continue;
            WriteProperty(triples[i]);
        }
        sb.Append(indent).Append("</").Append(element).Append('>').Append(NewLine);
    }

    private void WriteProperty(Triple t)
    {
        var sb = _sb;
        string name = _qnames[t.Predicate.Value];
        sb.Append(_options.Indent).Append(_options.Indent).Append('<').Append(name);
        if (t.Object is Literal literal)
        {
            if (literal.Language is not null)
            {
                sb.Append(" xml:lang=\"");
                XmlEscaping.AppendAttribute(sb, literal.Language);
                sb.Append('"');
            }
            else if (!literal.IsSimple)
            {
                sb.Append(" rdf:datatype=\"");
                XmlEscaping.AppendAttribute(sb, literal.Datatype.Value);
                sb.Append('"');
            }
            sb.Append('>');
            XmlEscaping.AppendText(sb, literal.LexicalForm);
            sb.Append("</").Append(name).Append('>').Append(NewLine);
            return;
        }
        AppendNodeReference(t.Object, "rdf:resource");
        sb.Append("/>").Append(NewLine);
    }

    private void AppendNodeReference(Term node, string iriAttribute)
    {
        if (node is BlankNode b)
        {
            _sb.Append(" rdf:nodeID=\"").Append(_labels[b]).Append('"');
            return;
        }
        var iri = ((NamedNode)node).Value;
        _sb.Append(' ').Append(iriAttribute).Append("=\"");
        XmlEscaping.AppendAttribute(_sb, Relativize(iri));
        _sb.Append('"');
    }

    /// <summary>The shortest of a few relative forms of <paramref name="iri"/> that resolves back to it exactly.</summary>
    private string Relativize(string iri)
    {
        if (_base is null) return iri;
        int hash = _base.IndexOf('#');
        var document = hash < 0 ? _base : _base[..hash];
        if (iri.StartsWith(document, StringComparison.Ordinal) && ResolvesTo(iri[document.Length..], iri))
            return iri[document.Length..];
        int slash = document.LastIndexOf('/');
        if (slash > document.IndexOf("//", StringComparison.Ordinal) + 1 && iri.StartsWith(document[..(slash + 1)], StringComparison.Ordinal))
        {
            var candidate = iri[(slash + 1)..];
            if (candidate.Length > 0 && ResolvesTo(candidate, iri)) return candidate;
        }
        return iri;
    }

    private bool ResolvesTo(string candidate, string iri) =>
        IriResolver.TryResolve(_base, candidate, out var resolved) && resolved == iri;

    private static int CompareTriples(Triple a, Triple b)
    {
        int c = CompareSubjects(a.Subject, b.Subject);
        if (c != 0) return c;
        bool aType = a.Predicate.Equals(Vocab.Rdf.Type), bType = b.Predicate.Equals(Vocab.Rdf.Type);
        if (aType != bType) return aType ? -1 : 1;
        c = ComparePredicates(a.Predicate.Value, b.Predicate.Value);
        return c != 0 ? c : a.Object.CompareTo(b.Object);
    }

    /// <summary>Ordinal, except that container membership properties sort by number (rdf:_2 before rdf:_10): each
    /// IRI maps to the key (text, is-member, number), where members share the text "rdf:_", compared in that order.</summary>
    private static int ComparePredicates(string a, string b)
    {
        long? x = MemberIndex(a), y = MemberIndex(b);
        int c = string.CompareOrdinal(x is null ? a : MemberPrefix, y is null ? b : MemberPrefix);
        if (c != 0) return c;
        if (x is null || y is null) return x is null ? (y is null ? 0 : -1) : 1;
        return x.Value.CompareTo(y.Value);
    }

    private const string MemberPrefix = RdfXmlNames.RdfNs + "_";

    private static long? MemberIndex(string iri)
    {
        if (!iri.StartsWith(MemberPrefix, StringComparison.Ordinal)) return null;
        var digits = iri.AsSpan(RdfXmlNames.RdfNs.Length + 1);
        if (digits.Length == 0 || digits.Length > 18 || digits[0] == '0') return null;
        foreach (char c in digits)
            if (!char.IsAsciiDigit(c)) return null;
        return long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>IRIs before blank nodes, so named resources open the document.</summary>
    private static int CompareSubjects(Term a, Term b)
    {
        if (a.IsBlankNode != b.IsBlankNode) return a.IsBlankNode ? 1 : -1;
        return a.CompareTo(b);
    }
}
