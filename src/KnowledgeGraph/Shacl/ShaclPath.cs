using KnowledgeGraph.Model;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Shacl;

/// <summary>
/// A SHACL property path (<see href="https://www.w3.org/TR/shacl/#property-paths">§2.3.1</see>): a predicate, or a
/// sequence, alternative, inverse, zero-or-more, one-or-more or zero-or-one path over other paths.
/// </summary>
internal abstract class ShaclPath
{
    protected ShaclPath(Term node) => Node = node;

    /// <summary>The node in the shapes graph that denotes the path (an IRI, or the blank node of a path expression).</summary>
    public Term Node { get; }

    /// <summary>The distinct nodes reached from <paramref name="focus"/>, in first-reached order.</summary>
    public List<Term> Evaluate(Graph data, Term focus)
    {
        var seen = new HashSet<Term>();
        var result = new List<Term>();
        foreach (var t in Step(data, focus))
            if (seen.Add(t)) result.Add(t);
        return result;
    }

    public abstract IEnumerable<Term> Step(Graph data, Term from);

    /// <summary>The nodes from which the path reaches <paramref name="to"/> (the path walked backwards), so that an
    /// inverse of any path costs what the path costs.</summary>
    public abstract IEnumerable<Term> StepBack(Graph data, Term to);

    /// <summary>The path in SPARQL 1.1 property path syntax (what <c>$PATH</c> stands for).</summary>
    public abstract string ToSparql();

    /// <summary>Writes the path's RDF form into <paramref name="g"/> with fresh blank nodes (a well-formed path only:
    /// stray triples on the path's nodes in the shapes graph are not copied); returns its node.</summary>
    public abstract Term WriteTo(Graph g);

    protected static Term WriteList(Graph g, IEnumerable<ShaclPath> items)
    {
        var nodes = items.Select(i => i.WriteTo(g)).ToList();
        Term head = Vocab.Rdf.Nil;
        for (int i = nodes.Count - 1; i >= 0; i--)
        {
            var cell = BlankNode.CreateNew();
            g.Add(cell, Vocab.Rdf.First, nodes[i]);
            g.Add(cell, Vocab.Rdf.Rest, head);
            head = cell;
        }
        return head;
    }

    protected static Term Wrap(Graph g, NamedNode predicate, Term inner)
    {
        var node = BlankNode.CreateNew();
        g.Add(node, predicate, inner);
        return node;
    }

    /// <summary>Whether the path is a plain predicate.</summary>
    public NamedNode? Predicate => this is PredicatePath p ? p.Iri : null;
}

internal sealed class PredicatePath(NamedNode iri) : ShaclPath(iri)
{
    public NamedNode Iri { get; } = iri;
    public override IEnumerable<Term> Step(Graph data, Term from) => data.Objects(from, Iri);
    public override IEnumerable<Term> StepBack(Graph data, Term to) => data.Subjects(Iri, to);
    public override string ToSparql() => Iri.ToString();
    public override Term WriteTo(Graph g) => Iri;
}

internal sealed class InversePath(Term node, ShaclPath inner) : ShaclPath(node)
{
    public override IEnumerable<Term> Step(Graph data, Term from) => inner.StepBack(data, from);
    public override IEnumerable<Term> StepBack(Graph data, Term to) => inner.Step(data, to);
    public override string ToSparql() => "^(" + inner.ToSparql() + ")";
    public override Term WriteTo(Graph g) => Wrap(g, Sh.InversePath, inner.WriteTo(g));
}

internal sealed class SequencePath(Term node, IReadOnlyList<ShaclPath> steps) : ShaclPath(node)
{
    public override IEnumerable<Term> Step(Graph data, Term from) => Walk(data, from, steps, (s, g, t) => s.Step(g, t));
    public override IEnumerable<Term> StepBack(Graph data, Term to) => Walk(data, to, steps.Reverse(), (s, g, t) => s.StepBack(g, t));

    private static IEnumerable<Term> Walk(Graph data, Term start, IEnumerable<ShaclPath> order, Func<ShaclPath, Graph, Term, IEnumerable<Term>> step)
    {
        IEnumerable<Term> current = [start];
        foreach (var s in order)
        {
            var next = new HashSet<Term>();
            foreach (var c in current) next.UnionWith(step(s, data, c));
            current = next;
        }
        return current;
    }
    public override string ToSparql() => "(" + string.Join("/", steps.Select(s => s.ToSparql())) + ")";
    public override Term WriteTo(Graph g) => WriteList(g, steps);
}

internal sealed class AlternativePath(Term node, IReadOnlyList<ShaclPath> choices) : ShaclPath(node)
{
    public override IEnumerable<Term> Step(Graph data, Term from) => choices.SelectMany(c => c.Step(data, from));
    public override IEnumerable<Term> StepBack(Graph data, Term to) => choices.SelectMany(c => c.StepBack(data, to));
    public override string ToSparql() => "(" + string.Join("|", choices.Select(s => s.ToSparql())) + ")";
    public override Term WriteTo(Graph g) => Wrap(g, Sh.AlternativePath, WriteList(g, choices));
}

/// <summary>zeroOrMore (min 0, repeat), oneOrMore (min 1, repeat) and zeroOrOne (min 0, no repeat).</summary>
internal sealed class RepeatPath(Term node, ShaclPath inner, bool includeSelf, bool repeat) : ShaclPath(node)
{
    public override IEnumerable<Term> Step(Graph data, Term from) => Repeat(from, t => inner.Step(data, t));
    public override IEnumerable<Term> StepBack(Graph data, Term to) => Repeat(to, t => inner.StepBack(data, t));

    private List<Term> Repeat(Term from, Func<Term, IEnumerable<Term>> step)
    {
        var reached = new List<Term>();
        var seen = new HashSet<Term>();
        if (includeSelf && seen.Add(from)) reached.Add(from);
        if (!repeat)
        {
            foreach (var t in step(from))
                if (seen.Add(t)) reached.Add(t);
            return reached;
        }
        var frontier = new Queue<Term>();
        frontier.Enqueue(from);
        var expanded = new HashSet<Term>();
        while (frontier.Count > 0)
        {
            var n = frontier.Dequeue();
            if (!expanded.Add(n)) continue;
            foreach (var t in step(n))
            {
                if (seen.Add(t)) reached.Add(t);
                frontier.Enqueue(t);
            }
        }
        return reached;
    }

    public override string ToSparql() => "(" + inner.ToSparql() + ")" + (!repeat ? "?" : includeSelf ? "*" : "+");
    public override Term WriteTo(Graph g) =>
        Wrap(g, !repeat ? Sh.ZeroOrOnePath : includeSelf ? Sh.ZeroOrMorePath : Sh.OneOrMorePath, inner.WriteTo(g));
}
