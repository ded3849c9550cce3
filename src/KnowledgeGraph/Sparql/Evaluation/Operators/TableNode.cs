using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>VALUES data (or the unit table): each row compatible with the input, merged into it.</summary>
internal sealed class TableNode : PlanNode
{
    private readonly int[] _slots;
    private readonly IReadOnlyList<Term?[]> _rows;

    public TableNode(int[] slots, IReadOnlyList<Term?[]> rows)
    {
        _slots = slots;
        _rows = rows;
    }

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        foreach (var values in _rows)
        {
            // Joined with other VALUES this runs as a nested loop that may reject row after row: check the timeout.
            exec.Tick();
            var row = Copy(input);
            bool ok = true;
            for (int i = 0; i < _slots.Length && ok; i++)
            {
                if (values[i] is null) continue;
                int id = exec.Terms.Intern(values[i]!);
                if (row[_slots[i]] == 0) row[_slots[i]] = id;
                else ok = row[_slots[i]] == id;
            }
            if (ok) yield return row;
        }
    }
}
