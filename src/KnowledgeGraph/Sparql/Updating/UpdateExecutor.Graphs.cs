using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Updating.Operations;
using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Sparql.Updating;

/// <summary>The graph management operations (§3.1.4–3.1.5, §3.2): LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY.</summary>
internal sealed partial class UpdateExecutor
{
    private void Load(LoadOperation op)
    {
        Graph document;
        try
        {
            document = Fetch(op.Source);
        }
        catch (Exception) when (op.Silent && !_context.Token.IsCancellationRequested)
        {
            return;
        }
        // The document's blank nodes are its own: fresh ones keep them apart from the store's (an RDF merge).
        var fresh = new Dictionary<BlankNode, BlankNode>();
        Term Map(Term t) => t is BlankNode b ? (fresh.TryGetValue(b, out var n) ? n : fresh[b] = BlankNode.CreateNew()) : t;
        if (op.Into is not null && !_target.HasGraph(op.Into)) _target.CreateGraph(op.Into);
        foreach (var t in document)
        {
            _context.Token.ThrowIfCancellationRequested();
            _target.Add(op.Into, new Triple(Map(t.Subject), t.Predicate, Map(t.Object)));
        }
    }

    /// <summary>Reads a LOAD source: file: IRIs and scheme-less paths from disk, anything else only through the loader.</summary>
    private Graph Fetch(NamedNode source)
    {
        var iri = source.Value;
        int scheme = IriSyntax.SchemeLength(iri);
        if (scheme <= 0 || iri.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            var path = scheme <= 0 ? iri : new Uri(iri).LocalPath;
            if (!File.Exists(path)) throw new SparqlEvaluationException($"LOAD {source}: the file '{path}' does not exist");
            if (RdfFormat.FromPath(path) is null) throw new SparqlEvaluationException($"LOAD {source}: cannot tell the RDF format of '{path}' from its extension");
            return Graph.Load(path, baseIri: iri, cancellationToken: _context.Token);
        }
        if (_loader is null)
            throw new SparqlEvaluationException($"LOAD {source}: network access is off; only file: IRIs and local paths are read unless a loader is set in SparqlUpdateOptions.Loader");
        return _loader(source, _context.Token) ?? throw new SparqlEvaluationException($"LOAD {source}: the loader returned no graph");
    }

    private void Clear(ClearOperation op)
    {
        switch (op.Target.Scope)
        {
            case GraphScope.Default: _target.Clear(null); break;
            case GraphScope.Named:
                if (_target.HasGraph(op.Target.Iri!)) _target.Clear(op.Target.Iri);
                else if (!op.Silent) throw Missing("CLEAR", op.Target.Iri!);
                break;
            case GraphScope.AllNamed:
                foreach (var g in _target.NamedGraphs) _target.Clear(g);
                break;
            case GraphScope.All:
                _target.Clear(null);
                foreach (var g in _target.NamedGraphs) _target.Clear(g);
                break;
        }
    }

    private void Drop(DropOperation op)
    {
        switch (op.Target.Scope)
        {
            case GraphScope.Default: _target.Clear(null); break;
            case GraphScope.Named:
                if (!_target.DropGraph(op.Target.Iri!) && !op.Silent) throw Missing("DROP", op.Target.Iri!);
                break;
            case GraphScope.AllNamed:
                foreach (var g in _target.NamedGraphs) _target.DropGraph(g);
                break;
            case GraphScope.All:
                _target.Clear(null);
                foreach (var g in _target.NamedGraphs) _target.DropGraph(g);
                break;
        }
    }

    private void Create(CreateOperation op)
    {
        if (!_target.CreateGraph(op.Graph) && !op.Silent)
            throw new SparqlEvaluationException($"CREATE GRAPH {op.Graph}: the graph already exists");
    }

    /// <summary>ADD, COPY and MOVE (§3.2.3–3.2.5); from a graph to itself they change nothing.</summary>
    private void Transfer(TransferOperation op)
    {
        if (op.From == op.To) return;
        var from = op.From.Iri;
        var to = op.To.Iri;
        if (from is not null && !_target.HasGraph(from))
        {
            if (op.Silent) return;
            throw Missing(op.Kind.ToString().ToUpperInvariant(), from);
        }
        var triples = _target.Triples(from);
        if (op.Kind != TransferKind.Add) _target.Clear(to);
        if (to is not null && !_target.HasGraph(to)) _target.CreateGraph(to);
        foreach (var t in triples) _target.Add(to, t);
        if (op.Kind == TransferKind.Move)
        {
            if (from is null) _target.Clear(null);
            else _target.DropGraph(from);
        }
    }

    private static SparqlEvaluationException Missing(string operation, NamedNode graph) =>
        new($"{operation} GRAPH {graph}: the graph does not exist (add SILENT to ignore)");
}
