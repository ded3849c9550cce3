using System.Collections;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph;

/// <summary>What kind of answer a query gave.</summary>
public enum SparqlResultKind
{
    /// <summary>Solutions of a SELECT query.</summary>
    Bindings,
    /// <summary>The yes/no answer of an ASK query.</summary>
    Boolean,
    /// <summary>The graph of a CONSTRUCT or DESCRIBE query.</summary>
    Graph,
}

/// <summary>The answer to a query: solutions, a boolean or a graph, depending on the query form.</summary>
/// <remarks>A SELECT answer enumerates its rows directly: <c>foreach (var row in graph.Query(…))</c>. Immutable; safe to
/// read from several threads.</remarks>
public sealed class SparqlResult : IEnumerable<SparqlRow>
{
    private readonly SparqlResultSet? _resultSet;
    private readonly Graph? _graph;
    private readonly bool _boolean;

    private SparqlResult(SparqlResultKind kind, SparqlResultSet? resultSet, bool boolean, Graph? graph)
    {
        Kind = kind;
        _resultSet = resultSet;
        _boolean = boolean;
        _graph = graph;
    }

    /// <summary>A SELECT answer.</summary>
    public static SparqlResult FromResultSet(SparqlResultSet resultSet) => new(SparqlResultKind.Bindings, resultSet ?? throw new ArgumentNullException(nameof(resultSet)), false, null);

    /// <summary>An ASK answer.</summary>
    public static SparqlResult FromBoolean(bool value) => new(SparqlResultKind.Boolean, null, value, null);

    /// <summary>A CONSTRUCT or DESCRIBE answer.</summary>
    public static SparqlResult FromGraph(Graph graph) => new(SparqlResultKind.Graph, null, false, graph ?? throw new ArgumentNullException(nameof(graph)));

    /// <summary>Which of the three answers this is.</summary>
    public SparqlResultKind Kind { get; }

    /// <summary>The solutions of a SELECT query.</summary>
    /// <exception cref="InvalidOperationException">The query was not a SELECT.</exception>
    public SparqlResultSet ResultSet => _resultSet ?? throw new InvalidOperationException($"A {Kind} result has no result set.");

    /// <summary>The answer of an ASK query.</summary>
    /// <exception cref="InvalidOperationException">The query was not an ASK.</exception>
    public bool Boolean => Kind == SparqlResultKind.Boolean ? _boolean : throw new InvalidOperationException($"A {Kind} result has no boolean.");

    /// <summary>The graph of a CONSTRUCT or DESCRIBE query.</summary>
    /// <exception cref="InvalidOperationException">The query was not a CONSTRUCT or DESCRIBE.</exception>
    public Graph Graph => _graph ?? throw new InvalidOperationException($"A {Kind} result has no graph.");

    /// <summary>The rows of a SELECT answer.</summary>
    /// <exception cref="InvalidOperationException">The query was not a SELECT.</exception>
    public IEnumerator<SparqlRow> GetEnumerator() => ResultSet.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
