using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Evaluation.Operators;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>The set functions of §18.5: COUNT, SUM, AVG, MIN, MAX, GROUP_CONCAT, SAMPLE, with DISTINCT.</summary>
internal static class AggregateFunctions
{
    private static readonly Literal Zero = Literal.Integer(0);

    public static Term? Compute(CompiledAggregate agg, List<int[]> members, QueryExecution exec, ActiveGraph graph)
    {
        if (agg.Argument is null)
        {
            long count = agg.Distinct ? members.Distinct(RowComparer.Instance).LongCount() : members.Count;
            return Literal.Integer(count);
        }
        if (agg.Name == "COUNT" && agg.ArgumentSlot >= 0)
        {
            // COUNT(?v) counts bound values; ids are canonical, so DISTINCT is over ids. Nothing is decoded.
            int slot = agg.ArgumentSlot;
            if (!agg.Distinct) return Literal.Integer(members.Count(m => m[slot] != 0));
            var ids = new HashSet<int>();
            foreach (var m in members)
                if (m[slot] != 0) ids.Add(m[slot]);
            return Literal.Integer(ids.Count);
        }
        // ListEval: the argument per solution; null marks an error or unbound value.
        var values = new List<Term?>(members.Count);
        foreach (var m in members) values.Add(agg.Argument(m, exec, graph));
        if (agg.Distinct) values = values.Distinct().ToList();
        switch (agg.Name)
        {
            case "COUNT":
                return Literal.Integer(values.Count(v => v is not null));
            case "SUM":
                {
                    Term? sum = Zero;
                    foreach (var v in values)
                    {
                        if (v is null) return null;
                        sum = SparqlOperators.Arithmetic('+', sum, v);
                        if (sum is null) return null;
                    }
                    return sum;
                }
            case "AVG":
                {
                    if (values.Count == 0) return Zero;
                    Term? sum = Zero;
                    foreach (var v in values)
                    {
                        if (v is null) return null;
                        sum = SparqlOperators.Arithmetic('+', sum, v);
                        if (sum is null) return null;
                    }
                    return SparqlOperators.Arithmetic('/', sum, Literal.Integer(values.Count));
                }
            case "MIN":
            case "MAX":
                {
                    Term? best = null;
                    bool first = true;
                    foreach (var v in values)
                    {
                        if (v is null) continue;
                        if (first) { best = v; first = false; continue; }
                        int c = SparqlOperators.OrderCompare(v, best);
                        if (agg.Name == "MIN" ? c < 0 : c > 0) best = v;
                    }
                    return best;
                }
            case "SAMPLE":
                return values.FirstOrDefault(v => v is not null);
            case "GROUP_CONCAT":
                {
                    // The result is a simple literal even when every value has the same language tag (agg-groupconcat-04).
                    var sb = new StringBuilder();
                    for (int i = 0; i < values.Count; i++)
                    {
                        if (values[i] is not Literal l) return null;
                        if (i > 0) sb.Append(agg.Separator);
                        sb.Append(l.LexicalForm);
                    }
                    return Literal.Create(sb.ToString());
                }
        }
        throw new SparqlEvaluationException($"Unknown aggregate {agg.Name}.");
    }
}
