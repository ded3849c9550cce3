using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Updating.Operations;

/// <summary>LOAD (§3.1.4): reads the document at <see cref="Source"/> into the default graph or <see cref="Into"/>.</summary>
internal sealed record LoadOperation(int Offset, bool Silent, NamedNode Source, NamedNode? Into) : UpdateOperation(Offset);

/// <summary>CLEAR (§3.1.5): removes every triple of the target graphs; the graphs stay.</summary>
internal sealed record ClearOperation(int Offset, bool Silent, GraphTarget Target) : UpdateOperation(Offset);

/// <summary>DROP (§3.2.2): removes the target graphs (the default graph is cleared, as it always exists).</summary>
internal sealed record DropOperation(int Offset, bool Silent, GraphTarget Target) : UpdateOperation(Offset);

/// <summary>CREATE (§3.2.1): creates an empty named graph; an error when it exists, unless SILENT.</summary>
internal sealed record CreateOperation(int Offset, bool Silent, NamedNode Graph) : UpdateOperation(Offset);

/// <summary>The three graph-to-graph operations of §3.2.3–3.2.5.</summary>
internal enum TransferKind
{
    /// <summary>ADD: insert the source's triples into the destination.</summary>
    Add,
    /// <summary>MOVE: COPY, then drop the source.</summary>
    Move,
    /// <summary>COPY: make the destination hold exactly the source's triples.</summary>
    Copy,
}

/// <summary>ADD, MOVE or COPY between two graphs (each a named graph or the default graph).</summary>
internal sealed record TransferOperation(int Offset, TransferKind Kind, bool Silent, GraphTarget From, GraphTarget To) : UpdateOperation(Offset);
