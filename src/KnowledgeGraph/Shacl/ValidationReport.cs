using KnowledgeGraph.Model;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Shacl;

/// <summary>
/// The outcome of a validation: whether the data conforms, and its <see cref="ValidationResult"/>s. Immutable.
/// <see cref="ToGraph"/> gives the W3C <c>sh:ValidationReport</c> graph.
/// </summary>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed class ValidationReport
{
    private readonly Graph _shapes;

    internal ValidationReport(IReadOnlyList<ValidationResult> results, Graph shapes)
    {
        Results = results;
        _shapes = shapes;
    }

    /// <summary><c>sh:conforms</c>: true when there are no results (of any severity), as SHACL defines it.</summary>
    public bool Conforms => Results.Count == 0;

    /// <summary>The validation results, in the order the shapes and focus nodes were visited.</summary>
    public IReadOnlyList<ValidationResult> Results { get; }

    /// <summary>
    /// The report as RDF (SHACL §3.6): a blank <c>sh:ValidationReport</c> node with <c>sh:conforms</c> and one
    /// <c>sh:result</c> per result. Each result gets its own copy of a path expression; a blank-node shape is described
    /// once (copied from the shapes graph) and shared by its results. Each call returns a new graph.
    /// </summary>
    public Graph ToGraph()
    {
        var g = new Graph();
        g.Prefixes.Add("sh", Sh.Namespace);
        g.Prefixes.Add("xsd", Vocab.Xsd.Namespace);
        g.Prefixes.Add("rdf", Vocab.Rdf.Namespace);
        foreach (var (prefix, ns) in _shapes.Prefixes)
            if (!g.Prefixes.Contains(prefix)) g.Prefixes.Add(prefix, ns);
        var report = BlankNode.CreateNew();
        g.Add(report, Vocab.Rdf.Type, Sh.ValidationReport);
        g.Add(report, Sh.Conforms, Literal.Boolean(Conforms));
        var copies = new Dictionary<Term, Term>();
        foreach (var r in Results)
        {
            var node = BlankNode.CreateNew();
            g.Add(report, Sh.Result, node);
            g.Add(node, Vocab.Rdf.Type, Sh.ValidationResult);
            g.Add(node, Sh.FocusNode, r.FocusNode);
            if (r.PathModel is { } path) g.Add(node, Sh.ResultPath, path.WriteTo(g));
            if (r.Value is { } value) g.Add(node, Sh.Value, value);
            g.Add(node, Sh.ResultSeverity, r.Severity);
            g.Add(node, Sh.SourceShape, r.SourceShape is BlankNode ? Copy(r.SourceShape, g, copies) : r.SourceShape);
            g.Add(node, Sh.SourceConstraintComponent, r.SourceConstraintComponent);
            if (r.SourceConstraint is { } c) g.Add(node, Sh.SourceConstraint, c is BlankNode ? Copy(c, g, copies) : c);
            foreach (var m in r.Messages) g.Add(node, Sh.ResultMessage, m);
        }
        return g;
    }

    /// <summary>Copies the description of a blank shape or constraint from the shapes graph (recursively), once per report.</summary>
    private Term Copy(Term node, Graph g, Dictionary<Term, Term> copies)
    {
        if (node is not BlankNode) return node;
        if (copies.TryGetValue(node, out var copy)) return copy;
        copy = BlankNode.CreateNew();
        copies[node] = copy;
        foreach (var t in _shapes.Match(node).ToList())
            g.Add(copy, t.Predicate, Copy(t.Object, g, copies));
        return copy;
    }
}
