using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Store;

/// <summary>
/// The changes of one <see cref="Graph.Batch"/> to one graph. Reads through the batch see its own changes; nothing
/// is visible to other readers until the batch returns.
/// </summary>
/// <remarks>Valid only inside the callback it was given to, on that thread.</remarks>
public sealed class GraphBatch
{
    private readonly IStoreWriter _writer;
    private readonly int _graph;

    internal GraphBatch(IStoreWriter writer, int graph)
    {
        _writer = writer;
        _graph = graph;
    }

    /// <summary>Adds a triple; false when it was already present.</summary>
    public bool Add(Triple triple)
    {
        return _writer.Add(_graph, new IdTriple(_writer.GetOrAddId(triple.Subject), _writer.GetOrAddId(triple.Predicate), _writer.GetOrAddId(triple.Object)));
    }

    /// <summary>Adds a triple; false when it was already present.</summary>
    public bool Add(Term subject, NamedNode predicate, Term @object) => Add(new Triple(subject, predicate, @object));

    /// <summary>Removes a triple; false when it was not present.</summary>
    public bool Remove(Triple triple)
    {
        return Graph.TryEncode(_writer, triple, out var ids) && _writer.Remove(_graph, ids);
    }

    /// <summary>True when the graph, with the batch's changes so far, contains the triple.</summary>
    public bool Contains(Triple triple)
    {
        return Graph.TryEncode(_writer, triple, out var ids) && _writer.Match(_graph, ids.S, ids.P, ids.O).Length > 0;
    }
}

/// <summary>
/// The changes of one <see cref="Dataset.Batch"/>. Reads through the batch see its own changes; nothing is visible
/// to other readers until the batch returns.
/// </summary>
/// <remarks>Valid only inside the callback it was given to, on that thread.</remarks>
public sealed class DatasetBatch
{
    private readonly IStoreWriter _writer;

    internal DatasetBatch(IStoreWriter writer) => _writer = writer;

    /// <summary>The changes to one graph: the default graph for null, else the named graph (created when missing).</summary>
    public GraphBatch Graph(Term? name)
    {
        if (name is null) return new GraphBatch(_writer, 0);
        if (name.IsLiteral) throw new ArgumentException("A graph name cannot be a literal.", nameof(name));
        int id = _writer.GetOrAddId(name);
        _writer.CreateGraph(id);
        return new GraphBatch(_writer, id);
    }

    /// <summary>Adds a quad; false when it was already present.</summary>
    public bool Add(Quad quad) => Graph(quad.Graph).Add(quad.Triple);

    /// <summary>Removes a quad; false when it was not present.</summary>
    public bool Remove(Quad quad)
    {
        if (quad.Graph is null) return new GraphBatch(_writer, 0).Remove(quad.Triple);
        return _writer.TryGetId(quad.Graph, out int g) && _writer.ContainsGraph(g) && new GraphBatch(_writer, g).Remove(quad.Triple);
    }

    /// <summary>True when the dataset, with the batch's changes so far, contains the quad.</summary>
    public bool Contains(Quad quad)
    {
        if (quad.Graph is null) return new GraphBatch(_writer, 0).Contains(quad.Triple);
        return _writer.TryGetId(quad.Graph, out int g) && _writer.ContainsGraph(g) && new GraphBatch(_writer, g).Contains(quad.Triple);
    }

    /// <summary>Removes a named graph and its triples; false when there was none.</summary>
    public bool RemoveGraph(Term name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _writer.TryGetId(name, out int g) && _writer.DropGraph(g);
    }
}
