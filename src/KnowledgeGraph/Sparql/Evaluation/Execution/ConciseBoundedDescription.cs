using KnowledgeGraph.Storage;
using KnowledgeGraph.Model;

using KnowledgeGraph.Sparql.Evaluation;

namespace KnowledgeGraph.Sparql.Evaluation.Execution;

/// <summary>
/// DESCRIBE's answer: the concise bounded description of each resource in the default graph — its outgoing
/// triples, followed recursively through blank-node objects.
/// </summary>
internal static class ConciseBoundedDescription
{
    public static List<Triple> Build(IEnumerable<int> resources, QueryExecution exec)
    {
        var graph = new List<Triple>();
        var index = exec.Dataset.DefaultGraph;
        var decoder = new TermDecoder(exec.Dataset.Reader);
        var visited = new HashSet<int>();
        var pending = new Stack<int>(resources.Where(r => r > 0));
        while (pending.Count > 0)
        {
            int subject = pending.Pop();
            if (!visited.Add(subject)) continue;
            var range = index.Match(subject, 0, 0);
            for (int i = 0; i < range.Length; i++)
            {
                exec.Tick();
                var t = range[i];
                graph.Add(decoder.Triple(t));
                if (exec.Dataset.Reader.KindOf(t.O) == Model.TermKind.BlankNode) pending.Push(t.O);
            }
        }
        return graph;
    }
}
