using KnowledgeGraph.Model;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Shacl;

/// <summary>A way a shape selects its focus nodes in the data graph (SHACL §2.1.3).</summary>
internal interface ITarget
{
    IEnumerable<Term> Select(ValidationEngine engine);
}

/// <summary><c>sh:targetNode</c>: the node itself, whether or not the data graph mentions it.</summary>
internal sealed record NodeTarget(Term Node) : ITarget
{
    public IEnumerable<Term> Select(ValidationEngine engine) => [Node];
}

/// <summary><c>sh:targetClass</c> and implicit class targets: the SHACL instances of the class.</summary>
internal sealed record ClassTarget(Term Class) : ITarget
{
    public IEnumerable<Term> Select(ValidationEngine engine) => engine.InstancesOf(Class);
}

/// <summary><c>sh:targetSubjectsOf</c>.</summary>
internal sealed record SubjectsOfTarget(NamedNode Predicate) : ITarget
{
    public IEnumerable<Term> Select(ValidationEngine engine) => engine.Data.Match(null, Predicate).Select(t => t.Subject);
}

/// <summary><c>sh:targetObjectsOf</c>.</summary>
internal sealed record ObjectsOfTarget(NamedNode Predicate) : ITarget
{
    public IEnumerable<Term> Select(ValidationEngine engine) => engine.Data.Match(null, Predicate).Select(t => t.Object);
}

/// <summary>A SHACL-AF <c>sh:SPARQLTarget</c>: the <c>?this</c> bindings of a SELECT query over the data graph.</summary>
internal sealed class SparqlTarget(SparqlTemplate query) : ITarget
{
    public IEnumerable<Term> Select(ValidationEngine engine) =>
        query.Select(engine, new Dictionary<string, Term>()).Select(row => row.TryGetValue("this", out var t) ? t : null)
            .OfType<Term>();
}
