using KnowledgeGraph.Model;

namespace KnowledgeGraph.Shacl;

/// <summary>Cardinality constraint components (SHACL §4.2): <c>sh:minCount</c>, <c>sh:maxCount</c>.</summary>
internal static class CardinalityConstraints
{
    private static readonly NamedNode MinComponent = Sh.Component("MinCount"), MaxComponent = Sh.Component("MaxCount");

    public static void Read(ShapeReader r, Shape shape)
    {
        foreach (var n in r.Objects(shape.Node, Sh.MinCount)) shape.Constraints.Add(new Count(ShapeReader.Int(n), true));
        foreach (var n in r.Objects(shape.Node, Sh.MaxCount)) shape.Constraints.Add(new Count(ShapeReader.Int(n), false));
    }

    private sealed record Count(int Limit, bool IsMin) : IConstraint
    {
        public void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
        {
            if (IsMin && values.Count < Limit)
                shape.Report(results, focus, null, MinComponent, $"Less than {Limit} values ({values.Count})");
            else if (!IsMin && values.Count > Limit)
                shape.Report(results, focus, null, MaxComponent, $"More than {Limit} values ({values.Count})");
        }
    }
}
