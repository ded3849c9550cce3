using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Storage;

using KnowledgeGraph.Sparql.Evaluation;

namespace KnowledgeGraph.Sparql.Evaluation.Execution;

/// <summary>
/// CONSTRUCT (§16.2): instantiates the template once per solution, with fresh blank nodes per solution, and
/// leaves out triples that are not valid RDF (unbound positions, literal subjects, non-IRI predicates).
/// A template without blank nodes is instantiated on ids and deduplicated as id triples; when every term comes from
/// the store, the result graph shares the store's dictionary and is filled without re-encoding a single term.
/// </summary>
internal static class ConstructTemplate
{
    public static QueryOutcome Build(IReadOnlyList<TriplePattern> template, IEnumerable<int[]> solutions, PlanCompiler compiler, QueryExecution exec)
    {
        var slots = new Dictionary<string, int>();
        foreach (var t in template)
            foreach (var p in t.Terms)
                if (p.Variable is not null) slots[p.Variable] = compiler.Slot(compiler.Root, p.Variable);
        if (template.Any(t => t.Terms.Any(p => p.Term is BlankNode)))
            return WithBlankNodes(template, solutions, slots, exec);

        // Per template position: a slot (>= 0), or a constant's id encoded as -1 - index into constants.
        var positions = new int[template.Count * 3];
        var constants = new List<int>();
        for (int i = 0; i < template.Count; i++)
        {
            int k = 0;
            foreach (var p in template[i].Terms)
            {
                if (p.Variable is not null) positions[i * 3 + k] = slots[p.Variable];
                else
                {
                    positions[i * 3 + k] = -1 - constants.Count;
                    constants.Add(exec.Terms.InternConstant(p.Term!));
                }
                k++;
            }
        }
        var seen = new HashSet<IdTriple>();
        var triples = new List<IdTriple>();
        bool allStored = true;
        foreach (var row in solutions)
        {
            exec.Token.ThrowIfCancellationRequested();
            for (int i = 0; i < positions.Length; i += 3)
            {
                int s = IdAt(positions[i], row, constants), p = IdAt(positions[i + 1], row, constants), o = IdAt(positions[i + 2], row, constants);
                if (s == 0 || p == 0 || o == 0) continue;
                if (KindOf(s, exec) == TermKind.Literal || KindOf(p, exec) != TermKind.NamedNode) continue;
                var triple = new IdTriple(s, p, o);
                if (!seen.Add(triple)) continue;
                exec.Keep();
                triples.Add(triple);
                if (s < 0 || p < 0 || o < 0) allStored = false;
            }
        }
        // Every term is in the store: the result shares its (append-only) dictionary and takes the ids as they are.
        if (allStored && exec.Dataset.Reader is ITableReader tables)
            return new QueryOutcome { SharedDictionary = tables.Dictionary, IdTriples = triples };
        return new QueryOutcome { Triples = triples.Select(t => new Triple(exec.Terms.Get(t.S)!, (NamedNode)exec.Terms.Get(t.P)!, exec.Terms.Get(t.O)!)).ToList() };
    }

    // A template variable the pattern never binds (one left out by GROUP BY, say) may have a slot past the rows'
    // width: it is unbound, and the triples using it are skipped.
    private static int IdAt(int position, int[] row, List<int> constants) =>
        position >= 0 ? (position < row.Length ? row[position] : 0) : constants[-1 - position];

    private static TermKind KindOf(int id, QueryExecution exec) =>
        id > 0 ? exec.Dataset.Reader.KindOf(id) : exec.Terms.Get(id)!.Kind;

    private static QueryOutcome WithBlankNodes(IReadOnlyList<TriplePattern> template, IEnumerable<int[]> solutions, Dictionary<string, int> slots, QueryExecution exec)
    {
        var graph = new List<Triple>();
        var seen = new HashSet<Triple>();
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
                var triple = new Triple(s, predicate, o);
                if (!seen.Add(triple)) continue;
                exec.Keep();
                graph.Add(triple);
            }
        }
        return new QueryOutcome { Triples = graph };
    }

    private static Term? Instantiate(PatternTerm p, int[] row, Dictionary<string, int> slots, Dictionary<BlankNode, BlankNode> fresh, QueryExecution exec)
    {
        if (p.Term is BlankNode b)
        {
            if (!fresh.TryGetValue(b, out var n)) fresh[b] = n = BlankNode.CreateNew();
            return n;
        }
        if (p.Term is not null) return p.Term;
        int slot = slots[p.Variable!];
        return slot < row.Length ? exec.Terms.Get(row[slot]) : null;
    }
}
