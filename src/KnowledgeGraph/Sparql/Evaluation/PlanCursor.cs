namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// A cursor over an operator's solutions: what every operator's cursor keeps to run its children and to start
/// again (<see cref="RowCursor.GetEnumerator"/> restarts from the same node, input and execution).
/// </summary>
internal abstract class PlanCursor<TNode>(TNode node, int[] input, QueryExecution exec, ActiveGraph graph) : RowCursor
    where TNode : PlanNode
{
    protected readonly TNode Node = node;
    protected readonly int[] Input = input;
    protected readonly QueryExecution Exec = exec;
    protected readonly ActiveGraph Graph = graph;
}
