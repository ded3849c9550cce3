using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Updating.Operations;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Sparql.Updating;

/// <summary>The graph management operations (§3.1.4–3.1.5, §3.2): LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY.</summary>
internal sealed partial class UpdateExecutor
{
    private void Load(LoadOperation op)
    {
        IEnumerable<Triple> document;
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
        int into = op.Into is null ? 0 : _target.GetOrAddId(op.Into);
        _target.CreateGraph(into);
        foreach (var t in document)
        {
            _context.Token.ThrowIfCancellationRequested();
            _target.Add(into, new IdTriple(_target.GetOrAddId(Map(t.Subject)), _target.GetOrAddId(t.Predicate), _target.GetOrAddId(Map(t.Object))));
        }
    }

    /// <summary>Reads a LOAD source: file: IRIs and scheme-less paths from disk, anything else only through the loader.</summary>
    private IEnumerable<Triple> Fetch(NamedNode source)
    {
        var iri = source.Value;
        int scheme = IriSyntax.SchemeLength(iri);
        if (scheme <= 0 || iri.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            var path = scheme <= 0 ? iri : new Uri(iri).LocalPath;
            if (!File.Exists(path)) throw new SparqlEvaluationException($"LOAD {source}: the file '{path}' does not exist");
            if (RdfFormat.FromPath(path) is null) throw new SparqlEvaluationException($"LOAD {source}: cannot tell the RDF format of '{path}' from its extension");
            // Quads of a dataset syntax are merged into the one target graph, as a graph's Load does.
            var triples = new List<Triple>();
            using var input = RdfInput.OpenFile(path);
            RdfFormat.FromPath(path)!.CreateReader().Read(input, new DelegateSink(q => triples.Add(q.Triple)),
                new RdfReaderOptions { BaseIri = iri, SourceName = path }, _context.Token);
            return triples;
        }
        if (_loader is null)
            throw new SparqlEvaluationException($"LOAD {source}: network access is off; only file: IRIs and local paths are read unless a loader is set in SparqlUpdateOptions.Loader");
        return _loader(source, _context.Token) ?? throw new SparqlEvaluationException($"LOAD {source}: the loader returned no graph");
    }

    /// <summary>The id of a named graph that exists, else null (-1 never names a graph).</summary>
    private int? ExistingGraph(NamedNode name) =>
        _target.TryGetId(name, out int id) && _target.HasGraph(id) ? id : null;

    private void Clear(ClearOperation op)
    {
        switch (op.Target.Scope)
        {
            case GraphScope.Default: _target.Clear(0); break;
            case GraphScope.Named:
                if (ExistingGraph(op.Target.Iri!) is { } g) _target.Clear(g);
                else if (!op.Silent) throw Missing("CLEAR", op.Target.Iri!);
                break;
            case GraphScope.AllNamed:
                foreach (var named in _target.NamedGraphIds) _target.Clear(named);
                break;
            case GraphScope.All:
                _target.Clear(0);
                foreach (var named in _target.NamedGraphIds) _target.Clear(named);
                break;
        }
    }

    private void Drop(DropOperation op)
    {
        switch (op.Target.Scope)
        {
            case GraphScope.Default: _target.Clear(0); break;
            case GraphScope.Named:
                if (ExistingGraph(op.Target.Iri!) is { } g) _target.DropGraph(g);
                else if (!op.Silent) throw Missing("DROP", op.Target.Iri!);
                break;
            case GraphScope.AllNamed:
                foreach (var named in _target.NamedGraphIds) _target.DropGraph(named);
                break;
            case GraphScope.All:
                _target.Clear(0);
                foreach (var named in _target.NamedGraphIds) _target.DropGraph(named);
                break;
        }
    }

    private void Create(CreateOperation op)
    {
        if (!_target.CreateGraph(_target.GetOrAddId(op.Graph)) && !op.Silent)
            throw new SparqlEvaluationException($"CREATE GRAPH {op.Graph}: the graph already exists");
    }

    /// <summary>ADD, COPY and MOVE (§3.2.3–3.2.5); from a graph to itself they change nothing.</summary>
    private void Transfer(TransferOperation op)
    {
        if (op.From == op.To) return;
        int from = 0;
        if (op.From.Iri is not null)
        {
            if (ExistingGraph(op.From.Iri) is not { } existing)
            {
                if (op.Silent) return;
                throw Missing(op.Kind.ToString().ToUpperInvariant(), op.From.Iri);
            }
            from = existing;
        }
        int to = op.To.Iri is null ? 0 : _target.GetOrAddId(op.To.Iri);
        var triples = _target.Triples(from);
        if (op.Kind != TransferKind.Add) _target.Clear(to);
        _target.CreateGraph(to);
        foreach (var t in triples) _target.Add(to, t);
        if (op.Kind == TransferKind.Move)
        {
            if (from == 0) _target.Clear(0);
            else _target.DropGraph(from);
        }
    }

    private static SparqlEvaluationException Missing(string operation, NamedNode graph) =>
        new($"{operation} GRAPH {graph}: the graph does not exist (add SILENT to ignore)");
}
