using KnowledgeGraph.Model;

namespace KnowledgeGraph.Shacl;

/// <summary>Logical constraint components (SHACL §4.6): <c>sh:not</c>, <c>sh:and</c>, <c>sh:or</c>, <c>sh:xone</c>.</summary>
internal static class LogicalConstraints
{
    public static void Read(ShapeReader r, Shape shape)
    {
        foreach (var s in r.Objects(shape.Node, Sh.Not)) shape.Constraints.Add(new Not(r.GetShape(s)));
        foreach (var list in r.Objects(shape.Node, Sh.And)) shape.Constraints.Add(new Combination(Read(r, list), "And"));
        foreach (var list in r.Objects(shape.Node, Sh.Or)) shape.Constraints.Add(new Combination(Read(r, list), "Or"));
        foreach (var list in r.Objects(shape.Node, Sh.Xone)) shape.Constraints.Add(new Combination(Read(r, list), "Xone"));
    }

    private static List<Shape> Read(ShapeReader r, Term list) => r.List(list).Select(r.GetShape).ToList();

    private sealed record Not(Shape Negated) : IConstraint
    {
        private static readonly NamedNode Component = Sh.Component("Not");

        public void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
        {
            foreach (var v in values)
                if (engine.Conforms(v, Negated))
                    shape.Report(results, focus, v, Component, $"Value conforms to {Negated}, which it must not");
        }
    }

    /// <summary>sh:and (all conform), sh:or (at least one), sh:xone (exactly one); duplicates in the list count
    /// twice, as the spec counts list members.</summary>
    private sealed class Combination(List<Shape> members, string kind) : IConstraint
    {
        private readonly NamedNode _component = Sh.Component(kind);

        public void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
        {
            foreach (var v in values)
            {
                int conforming = 0;
                foreach (var m in members)
                    if (engine.Conforms(v, m)) conforming++;
                bool ok = kind switch
                {
                    "And" => conforming == members.Count,
                    "Or" => conforming > 0,
                    _ => conforming == 1,
                };
                if (!ok)
                    shape.Report(results, focus, v, _component, kind switch
                    {
                        "And" => "Value does not conform to every shape of sh:and",
                        "Or" => "Value conforms to none of the shapes of sh:or",
                        _ => $"Value conforms to {conforming} of the shapes of sh:xone, not exactly one",
                    });
            }
        }
    }
}
