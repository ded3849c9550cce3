using System.Buffers.Binary;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Syntax.Turtle;

/// <summary>
/// What the pretty writers need to know before writing, worked out on dictionary ids: each graph's subjects in
/// output order, each subject's triples with <c>rdf:type</c> first and the rest by predicate and object, and for
/// each blank node how often it is used as an object and whether it occurs in more than one graph, so that it can
/// be written inline (<c>[ … ]</c> or <c>( … )</c>) only when that loses nothing. Terms are compared by their stored
/// bytes, and only where the output order needs it: subjects against subjects, objects within one subject.
/// </summary>
internal sealed class TurtleLayout
{
    /// <summary>One graph's triples in output order.</summary>
    public sealed class GraphPart
    {
        private readonly Dictionary<int, int> _blankSubjectRun = new();

        internal GraphPart(Term? name, IdTriple[] triples, int[] runStarts, TurtleLayout layout)
        {
            Name = name;
            NameId = name is not null && layout.Dictionary.TryGetId(name, out int id) ? id : 0;
            Triples = triples;
            RunStarts = runStarts;
            for (int r = 0; r < runStarts.Length - 1; r++)
            {
                int s = triples[runStarts[r]].S;
                if (layout.IsBlank(s)) _blankSubjectRun.Add(s, r);
            }
        }

        public Term? Name { get; }

        /// <summary>The dictionary id of the graph name; 0 for the default graph.</summary>
        public int NameId { get; }

        /// <summary>Grouped by subject, subjects in output order, each subject's triples in output order.</summary>
        public IdTriple[] Triples { get; }

        /// <summary>Where each subject's run starts in <see cref="Triples"/>, plus the end as a last entry.</summary>
        public int[] RunStarts { get; }

        /// <summary>The run of blank node <paramref name="subject"/>: its first triple and how many there are.</summary>
        public bool TryGetRun(int subject, out int start, out int count)
        {
            start = count = 0;
            if (!_blankSubjectRun.TryGetValue(subject, out int run)) return false;
            start = RunStarts[run];
            count = RunStarts[run + 1] - start;
            return true;
        }
    }

    private const int MultiGraph = -2;

    private readonly TermDictionary _dictionary;
    private readonly int[] _objectUses;      // id -> uses as an object (blank nodes only)
    private readonly int[] _homeGraph;       // id -> the one graph a blank node occurs in, or MultiGraph; -1 unseen
    private readonly bool[] _isGraphName;
    private readonly bool _severalGraphs;

    public TurtleLayout(IndexedQuads source, bool allowNamedGraphs, CancellationToken cancellationToken)
    {
        _dictionary = source.Dictionary;
        int size = _dictionary.Count + 1;
        _objectUses = new int[size];
        _homeGraph = new int[size];
        _isGraphName = new bool[size];
        Array.Fill(_homeGraph, -1);
        TypeId = IdOf(Vocab.Rdf.Type);
        NilId = IdOf(Vocab.Rdf.Nil);
        FirstId = IdOf(Vocab.Rdf.First);
        RestId = IdOf(Vocab.Rdf.Rest);

        var parts = new List<GraphPart>();
        _severalGraphs = source.Graphs.Count(g => g.Triples.Length > 0) > 1;
        foreach (var (name, triples) in source.Graphs)
        {
            if (triples.Length == 0) continue;
            if (name is not null && !allowNamedGraphs)
                throw NamedGraphInTurtle(name);
            cancellationToken.ThrowIfCancellationRequested();
            if (name is not null && _dictionary.TryGetId(name, out int nameId)) _isGraphName[nameId] = true;
            parts.Add(Arrange(name, triples, parts.Count, cancellationToken));
        }
        parts.Sort((a, b) => a.Name is null ? (b.Name is null ? 0 : -1) : b.Name is null ? 1 : TermOrder.Instance.Compare(a.Name, b.Name));
        Graphs = parts;
    }

    /// <summary>The default graph first, then named graphs in term order.</summary>
    public IReadOnlyList<GraphPart> Graphs { get; }

    public TermDictionary Dictionary => _dictionary;

    /// <summary>Ids of rdf:type, rdf:nil, rdf:first and rdf:rest, or -1 when the data never uses them.</summary>
    public int TypeId { get; }

    public int NilId { get; }

    public int FirstId { get; }

    public int RestId { get; }

    public bool IsBlank(int id) => _dictionary.KindOf(id) == TermKind.BlankNode;

    /// <summary>How many triples have the blank node <paramref name="id"/> as object.</summary>
    public int ObjectUses(int id) => _objectUses[id];

    /// <summary>
    /// True when blank node <paramref name="id"/> can be written where it is used (inline as an object, or as a
    /// top-level <c>[ … ]</c>): used at most <paramref name="maxUses"/> times as an object, in one graph only, and
    /// never as a graph name.
    /// </summary>
    public bool CanInline(int id, int maxUses) =>
        _objectUses[id] <= maxUses && _homeGraph[id] != MultiGraph && !_isGraphName[id];

    /// <summary>Output order of two terms: by stored text, decoding only literals that share a lexical form.</summary>
    public int Compare(int a, int b)
    {
        if (a == b) return 0;
        int c = _dictionary.CompareText(a, b);
        return c != 0 ? c : TermOrder.Instance.Compare(_dictionary[a], _dictionary[b]);
    }

    private int IdOf(Term term) => _dictionary.TryGetId(term, out int id) ? id : -1;

    /// <summary>Copies one graph's triples (grouped by subject id in the index) into output order.</summary>
    private GraphPart Arrange(Term? name, TripleRange range, int graph, CancellationToken cancellationToken)
    {
        var triples = range.Span;
        var runs = new List<SubjectRun>();
        for (int i = 0; i < triples.Length;)
        {
            int end = i + 1;
            while (end < triples.Length && triples[end].S == triples[i].S) end++;
            runs.Add(new SubjectRun(triples[i].S, i, end - i));
            i = end;
        }
        var subjects = SortSubjects(runs);
        cancellationToken.ThrowIfCancellationRequested();
        var withinSubject = new PredicateObjectOrder(this, PredicateRanks(triples));
        var ordered = new IdTriple[triples.Length];
        var runStarts = new int[subjects.Length + 1];
        int w = 0;
        for (int r = 0; r < subjects.Length; r++)
        {
            runStarts[r] = w;
            w += subjects[r].Count;
        }
        // Each subject's triples go to their own slice of the output, so the copying and sorting splits across
        // cores without any sharing.
        int parts = Math.Min(Environment.ProcessorCount, 1 + subjects.Length / 16384);
        Parallel.For(0, parts, new ParallelOptions { CancellationToken = cancellationToken }, part =>
        {
            int from = (int)((long)subjects.Length * part / parts), to = (int)((long)subjects.Length * (part + 1) / parts);
            for (int r = from; r < to; r++)
            {
                var (_, start, count) = subjects[r];
                var run = ordered.AsSpan(runStarts[r], count);
                range.Span.Slice(start, count).CopyTo(run);
                if (count > 1) StructSort.Sort(run, withinSubject);
            }
        });
        runStarts[^1] = w;
        foreach (var t in ordered)
        {
            if (IsBlank(t.O)) _objectUses[t.O]++;
            if (!_severalGraphs) continue;   // with one graph no blank node can be shared between graphs
            NoteGraph(t.S, graph);
            NoteGraph(t.O, graph);
        }
        return new GraphPart(name, ordered, runStarts, this);
    }

    /// <summary>The graph's few distinct predicates ranked once (<c>rdf:type</c> first, then by IRI), indexed by id,
    /// so that ordering a subject's triples mostly compares two integers.</summary>
    private int[] PredicateRanks(ReadOnlySpan<IdTriple> triples)
    {
        var predicates = new HashSet<int>();
        foreach (var t in triples) predicates.Add(t.P);
        var sorted = predicates.ToArray();
        Array.Sort(sorted, (a, b) => a == b ? 0 : a == TypeId ? -1 : b == TypeId ? 1 : Compare(a, b));
        var ranks = new int[_dictionary.Count + 1];
        for (int i = 0; i < sorted.Length; i++) ranks[sorted[i]] = i;
        return ranks;
    }

    private readonly record struct SubjectRun(int Subject, int Start, int Count);

    /// <summary>
    /// Subjects in output order, sorted most-significant 16 bytes first: each subject's key is its kind and the next
    /// 16 bytes of its text (after the prefix all IRI subjects share, typically a namespace), read in id order so the
    /// dictionary is read as a stream; subjects whose keys tie get the following 16 bytes, and so on for a few
    /// rounds, after which the rare group still tied compares full texts. No comparison reads the dictionary.
    /// </summary>
    private SubjectRun[] SortSubjects(List<SubjectRun> runs)
    {
        int shared = -1;
        byte[] first = [];
        foreach (var run in runs)
        {
            var text = _dictionary.Text(run.Subject, out int rank);
            if (rank != 0) continue;
            if (shared < 0) (first, shared) = (text.ToArray(), text.Length);
            else shared = Math.Min(shared, text.CommonPrefixLength(first));
        }
        var keyed = new KeyedSubject[runs.Count];
        for (int i = 0; i < keyed.Length; i++) keyed[i] = Keyed(runs[i], Math.Max(shared, 0), 0);
        var groups = new Stack<(int Start, int Count, int Round)>();
        groups.Push((0, keyed.Length, 0));
        while (groups.Count > 0)
        {
            var (start, count, round) = groups.Pop();
            var group = keyed.AsSpan(start, count);
            if (round > 0)
                for (int i = 0; i < group.Length; i++) group[i] = Keyed(group[i].Run, Math.Max(shared, 0), round);
            if (round == MaxKeyRounds)
            {
                StructSort.Sort(group, new SubjectOrder(this));
                continue;
            }
            StructSort.Sort(group, default(KeyOrder));
            for (int i = 0; i < group.Length;)
            {
                int end = i + 1;
                while (end < group.Length && group[end].Rank == group[i].Rank && group[end].Head == group[i].Head) end++;
                if (end - i > 1) groups.Push((start + i, end - i, round + 1));
                i = end;
            }
        }
        return Array.ConvertAll(keyed, k => k.Run);
    }

    private const int MaxKeyRounds = 4;

    /// <summary>The subject's sort key for one round: 16 bytes of its text from <c>16 * round</c> on, after the
    /// shared prefix for IRIs.</summary>
    private KeyedSubject Keyed(SubjectRun run, int shared, int round)
    {
        var text = _dictionary.Text(run.Subject, out int rank);
        int from = (rank == 0 ? shared : 0) + 16 * round;
        Span<byte> head = stackalloc byte[16];
        head.Clear();
        if (from < text.Length) text[from..Math.Min(from + 16, text.Length)].CopyTo(head);
        return new KeyedSubject(rank, BinaryPrimitives.ReadUInt128BigEndian(head), run);
    }

    private readonly struct KeyOrder : IComparer<KeyedSubject>
    {
        public int Compare(KeyedSubject x, KeyedSubject y) =>
            x.Rank != y.Rank ? (x.Rank < y.Rank ? -1 : 1) : x.Head == y.Head ? 0 : x.Head < y.Head ? -1 : 1;
    }

    private readonly record struct KeyedSubject(int Rank, UInt128 Head, SubjectRun Run);

    private readonly struct SubjectOrder(TurtleLayout layout) : IComparer<KeyedSubject>
    {
        public int Compare(KeyedSubject x, KeyedSubject y)
        {
            if (x.Rank != y.Rank) return x.Rank < y.Rank ? -1 : 1;
            if (x.Head != y.Head) return x.Head < y.Head ? -1 : 1;
            return layout.Compare(x.Run.Subject, y.Run.Subject);
        }
    }

    private static InvalidOperationException NamedGraphInTurtle(Term name) =>
        new($"Turtle cannot hold the named graph {name}; write TriG or N-Quads instead (nothing was dropped).");

    /// <summary>Within one subject: predicates by rank, then objects in output order.</summary>
    private readonly struct PredicateObjectOrder(TurtleLayout layout, int[] predicateRanks) : IComparer<IdTriple>
    {
        public int Compare(IdTriple x, IdTriple y) =>
            x.P != y.P ? predicateRanks[x.P].CompareTo(predicateRanks[y.P]) : layout.Compare(x.O, y.O);
    }

    private void NoteGraph(int id, int graph)
    {
        if (!IsBlank(id)) return;
        int home = _homeGraph[id];
        if (home == -1) _homeGraph[id] = graph;
        else if (home != graph) _homeGraph[id] = MultiGraph;
    }

    /// <summary>The quads as ids: those of a graph or dataset as they are stored; quads from anywhere else are
    /// dictionary-encoded here and sorted in subject order (the one order the layout reads), which also drops
    /// duplicates. Graphs come out in order of first appearance; the layout sorts them.</summary>
    public static IndexedQuads Index(IEnumerable<Quad> quads, bool allowNamedGraphs, CancellationToken cancellationToken)
    {
        if (quads is IndexedQuads indexed) return indexed;
        var dictionary = new TermDictionary();
        var graphs = new List<(Term? Name, List<IdTriple> Triples)>();
        var byName = new Dictionary<int, int>();   // graph name id (0 for the default graph) -> index in graphs
        int untilCheck = 4096;
        foreach (var quad in quads)
        {
            if (--untilCheck == 0)
            {
                untilCheck = 4096;
                cancellationToken.ThrowIfCancellationRequested();
            }
            if (quad.Graph is not null && !allowNamedGraphs)
                throw NamedGraphInTurtle(quad.Graph);
            int nameId = quad.Graph is null ? 0 : dictionary.GetOrAdd(quad.Graph);
            if (!byName.TryGetValue(nameId, out int g))
            {
                byName.Add(nameId, g = graphs.Count);
                graphs.Add((quad.Graph, new List<IdTriple>()));
            }
            graphs[g].Triples.Add(new IdTriple(dictionary.GetOrAdd(quad.Subject), dictionary.GetOrAdd(quad.Predicate), dictionary.GetOrAdd(quad.Object)));
        }
        var ranges = new List<(Term? Name, TripleRange Triples)>(graphs.Count);
        foreach (var (name, list) in graphs)
        {
            var spo = list.ToArray();
            new IdTripleComparer(IndexOrder.Spo).Sort(spo);
            int w = 0;
            for (int i = 0; i < spo.Length; i++)
                if (w == 0 || spo[i] != spo[w - 1]) spo[w++] = spo[i];
            ranges.Add((name, new TripleRange(spo, 0, w)));
        }
        return new IndexedQuads(dictionary, ranges);
    }
}

/// <summary>Output order for subjects and objects: IRIs, then blank nodes, then literals; within a kind by text
/// (lexical form, then datatype, then language for literals).</summary>
internal sealed class TermOrder : IComparer<Term?>
{
    public static readonly TermOrder Instance = new();

    public int Compare(Term? x, Term? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        int c = Rank(x).CompareTo(Rank(y));
        return c != 0 ? c : x.CompareTo(y);
    }

    private static int Rank(Term t) => t.Kind switch
    {
        TermKind.NamedNode => 0,
        TermKind.BlankNode => 1,
        _ => 2,
    };
}
