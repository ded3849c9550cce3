namespace KnowledgeGraph.Sparql.Updating.Operations;

/// <summary>INSERT DATA (§3.1.1): ground quads; blank nodes become fresh blank nodes on every execution.</summary>
internal sealed record InsertDataOperation(int Offset, IReadOnlyList<QuadTemplate> Quads) : UpdateOperation(Offset);

/// <summary>DELETE DATA (§3.1.2): ground quads without blank nodes.</summary>
internal sealed record DeleteDataOperation(int Offset, IReadOnlyList<QuadTemplate> Quads) : UpdateOperation(Offset);
