using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// CONSTRUCT (§16.2): instantiates the template once per solution, with fresh blank nodes per solution, and
/// leaves out triples that are not valid RDF (unbound positions, literal subjects, non-IRI predicates).
/// </summary>
internal static class ConstructTemplate
{
    public static Graph Build(IReadOnlyList<TriplePattern> template, IEnumerable<int[]> solutions, PlanCompiler compiler, QueryExecution exec)
    {
        var graph = new Graph();
        var slots = new Dictionary<string, int>();
        foreach (var t in template)
            foreach (var p in t.Terms)
                if (p.Variable is not null) slots[p.Variable] = compiler.Slot(compiler.Root, p.Variable);
        foreach (var row in solutions)
        {
            exec.Token.ThrowIfCancellationRequested();
            var fresh = new Dictionary<BlankNode, BlankNode>();
            foreach (var t in template)
            {
                var s = Instantiate(t.Subject, row, slots, fresh, exec);
                var p = Instantiate(t.Predicate, row, slots, fresh, exec);
                var o = Instantiate(t.Object, row, slots, fresh, exec);
                if (s is null || s.IsLiteral || p is not NamedNode predicate || o is null) continue;
                graph.Add(s, predicate, o);
            }
        }
        return graph;
    }

    private static Term? Instantiate(PatternTerm p, int[] row, Dictionary<string, int> slots, Dictionary<BlankNode, BlankNode> fresh, QueryExecution exec)
    {
        if (p.Term is BlankNode b)
        {
            if (!fresh.TryGetValue(b, out var n)) fresh[b] = n = BlankNode.CreateNew();
            return n;
        }
        if (p.Term is not null) return p.Term;
        return exec.Terms.Get(row[slots[p.Variable!]]);
    }
}
