namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>SERVICE: remote endpoints are not queried by the local engine; SILENT yields the input unchanged.</summary>
internal sealed class ServiceNode : PlanNode
{
    private readonly bool _silent;
    private readonly string _endpoint;

    public ServiceNode(bool silent, string endpoint)
    {
        _silent = silent;
        _endpoint = endpoint;
    }

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        if (!_silent) throw new SparqlEvaluationException($"SERVICE {_endpoint} cannot be evaluated: federated queries are not supported by the local engine.");
        yield return input;
    }
}
