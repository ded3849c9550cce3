using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Evaluation.Execution;
using KnowledgeGraph.Sparql.Optimization;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Issue 18: the fixed cost of a small query (q01, a point lookup of one company's triples) on the generated
/// 100k-triple graph: text to rows every time, against a query parsed once (its plan cached per dataset).
/// </summary>
[MemoryDiagnoser]
public class QueryFixedCostBenchmarks
{
    private const string Q01 = """
        PREFIX ent: <http://example.org/kg/entity/>
        SELECT ?p ?o WHERE {
          ent:company_3 ?p ?o .
        }
        """;

    private Dataset _dataset = new();
    private SparqlQuery _prepared = null!;

    /// <summary>Loads the graph and parses the query once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _dataset = Dataset.Load(BenchData.File("kg-100k", ".nt"));
        _prepared = SparqlQuery.Parse(Q01);
    }

    /// <summary>Parsing alone (text to algebra).</summary>
    [Benchmark]
    public SparqlQuery Parse() => SparqlQuery.Parse(Q01);

    /// <summary>What a service sending text pays per request: parse, plan, execute, materialise the rows.</summary>
    [Benchmark(Baseline = true)]
    public int ParseAndExecute() => SparqlQuery.Parse(Q01).Execute(_dataset).ResultSet.Count;

    /// <summary>A parsed query planned again on every run (what every execution did before plans were cached).</summary>
    [Benchmark]
    public int ExecuteReplanned()
    {
        using var reader = _dataset.Store.Read();
        var terms = new TermTable(reader);
        var view = QueryDatasetView.Create(reader, [], [], terms);
        var plan = AlgebraOptimizer.Default.Optimize(_prepared.Algebra, new OptimizerContext(view.CountDefaultMatches));
        return QueryExecutor.Execute(plan, _prepared.Shape, view, terms, null, default).Rows!.Count;
    }

    /// <summary>A prepared query: execute and materialise only (its plan cached).</summary>
    [Benchmark]
    public int ExecutePrepared() => _prepared.Execute(_dataset).ResultSet.Count;
}
