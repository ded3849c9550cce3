namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>
/// Join(P, SERVICE) and LeftJoin(P, SERVICE) as a bind join: the left solutions are gathered in batches and each
/// batch goes to the endpoint in one request (see <see cref="ServiceNode"/>). With <c>optional</c>, a left
/// solution that the endpoint matched nothing for is kept alone (OPTIONAL without a condition).
/// </summary>
internal sealed class ServiceJoinNode(PlanNode left, ServiceNode service, bool optional) : PlanNode
{
    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        var batch = new List<int[]>(exec.ServiceBatchSize);
        foreach (var row in left.Run(input, exec, graph))
        {
            batch.Add(row);
            if (batch.Count < exec.ServiceBatchSize) continue;
            foreach (var r in Flush(batch, exec)) yield return r;
            batch = new List<int[]>(exec.ServiceBatchSize);
        }
        if (batch.Count > 0)
            foreach (var r in Flush(batch, exec)) yield return r;
    }

    private IEnumerable<int[]> Flush(List<int[]> batch, QueryExecution exec)
    {
        var matched = optional ? new bool[batch.Count] : null;
        foreach (var (i, row) in service.RunBatch(batch, exec))
        {
            if (matched is not null) matched[i] = true;
            yield return row;
        }
        if (matched is null) yield break;
        for (int i = 0; i < batch.Count; i++)
            if (!matched[i]) yield return batch[i];
    }
}
