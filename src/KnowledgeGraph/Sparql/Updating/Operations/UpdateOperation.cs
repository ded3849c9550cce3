using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Updating.Operations;

/// <summary>One operation of an update request (SPARQL 1.1 Update §3), at its offset in the request text.</summary>
internal abstract record UpdateOperation(int Offset);

/// <summary>
/// A quad of a QuadData block or a template: triple positions and the graph (null for the default graph, or for the
/// WITH graph in a DELETE/INSERT template). Blank nodes are <see cref="BlankNode"/> constants, fresh per solution.
/// </summary>
internal sealed record QuadTemplate(PatternTerm Subject, PatternTerm Predicate, PatternTerm Object, PatternTerm? Graph)
{
    public IEnumerable<PatternTerm> Terms
    {
        get
        {
            yield return Subject;
            yield return Predicate;
            yield return Object;
            if (Graph is not null) yield return Graph;
        }
    }

    public override string ToString() => $"({Graph?.ToString() ?? "DEFAULT"} {Subject} {Predicate} {Object})";
}

/// <summary>Which graphs CLEAR and DROP act on (GraphRefAll of the grammar).</summary>
internal enum GraphScope
{
    /// <summary>GRAPH iri: one named graph.</summary>
    Named,
    /// <summary>DEFAULT: the default graph.</summary>
    Default,
    /// <summary>NAMED: every named graph.</summary>
    AllNamed,
    /// <summary>ALL: the default graph and every named graph.</summary>
    All,
}

/// <summary>A GraphRefAll, or a GraphOrDefault (then <see cref="GraphScope.Named"/> or <see cref="GraphScope.Default"/>).</summary>
internal readonly record struct GraphTarget(GraphScope Scope, NamedNode? Iri)
{
    public static GraphTarget DefaultGraph => new(GraphScope.Default, null);

    public static GraphTarget Graph(NamedNode iri) => new(GraphScope.Named, iri);

    public override string ToString() => Scope switch
    {
        GraphScope.Named => "GRAPH " + Iri,
        GraphScope.Default => "DEFAULT",
        GraphScope.AllNamed => "NAMED",
        _ => "ALL",
    };
}
