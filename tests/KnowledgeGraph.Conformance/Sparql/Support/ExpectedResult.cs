using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Conformance.Sparql.Support;

/// <summary>
/// The <c>mf:result</c> of a query evaluation test: a result set (with whether its row order is meaningful), a
/// boolean, or a graph. Read from <c>.srx</c>, <c>.srj</c>, <c>.tsv</c>, or RDF files that either encode a result set
/// with the <c>rs:</c> vocabulary or are the expected CONSTRUCT/DESCRIBE graph.
/// </summary>
internal sealed class ExpectedResult
{
    private ExpectedResult(SparqlResult result, bool ordered)
    {
        Result = result;
        Ordered = ordered;
    }

    public SparqlResult Result { get; }

    /// <summary>True when the file fixes the order of its rows (result formats always; RDF result sets only with rs:index).</summary>
    public bool Ordered { get; }

    public static ExpectedResult Load(string path)
    {
        var iri = W3cManifests.IriOf(path);
        if (SparqlResultsFormats.TryParseExtension(path, out var format) && format != SparqlResultsFormat.Csv)
            return new ExpectedResult(SparqlResultsReader.Load(path, format), true);
        var rdfFormat = RdfFormat.FromPath(path) ?? throw new InvalidOperationException($"Unknown result file type: {path}");
        var graph = Graph.Load(path, rdfFormat, iri);
        var resultSet = graph.Subjects(Vocab.Rdf.Type, RdfResultSet.ResultSetClass).FirstOrDefault();
        if (resultSet is null) return new ExpectedResult(SparqlResult.FromGraph(graph), false);
        var (decoded, ordered) = RdfResultSet.Decode(graph, resultSet);
        return new ExpectedResult(decoded, ordered);
    }
}
