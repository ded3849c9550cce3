using KnowledgeGraph.Model;

namespace KnowledgeGraph.Shacl;

/// <summary>Other constraint components (SHACL §4.8): <c>sh:closed</c> with <c>sh:ignoredProperties</c>,
/// <c>sh:hasValue</c>, <c>sh:in</c>.</summary>
internal static class OtherConstraints
{
    private static readonly NamedNode ClosedComponent = Sh.Component("Closed"), HasValueComponent = Sh.Component("HasValue");
    private static readonly NamedNode InComponent = Sh.Component("In");

    public static void Read(ShapeReader r, Shape shape)
    {
        if (r.Objects(shape.Node, Sh.Closed).Any(ShapeReader.IsTrue))
        {
            var allowed = new HashSet<Term>();
            foreach (var p in r.Objects(shape.Node, Sh.Property))
                if (r.One(p, Sh.Path) is NamedNode iri) allowed.Add(iri);
            foreach (var list in r.Objects(shape.Node, Sh.IgnoredProperties))
                allowed.UnionWith(r.List(list));
            shape.Constraints.Add(new Closed(allowed));
        }
        foreach (var v in r.Objects(shape.Node, Sh.HasValue)) shape.Constraints.Add(new HasValue(v));
        foreach (var list in r.Objects(shape.Node, Sh.In)) shape.Constraints.Add(new In(r.List(list).ToHashSet()));
    }

    private sealed record Closed(HashSet<Term> Allowed) : IConstraint
    {
        public void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
        {
            foreach (var v in values)
                foreach (var t in engine.Data.Match(v))
                    if (!Allowed.Contains(t.Predicate))
                        shape.Report(results, focus, t.Object, ClosedComponent, $"Predicate {t.Predicate} is not allowed (closed shape)",
                            path: new PredicatePath(t.Predicate));
        }
    }

    private sealed record HasValue(Term Value) : IConstraint
    {
        public void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
        {
            if (!values.Contains(Value))
                shape.Report(results, focus, null, HasValueComponent, $"Missing expected value {Value}");
        }
    }

    private sealed record In(HashSet<Term> Members) : IConstraint
    {
        public void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
        {
            foreach (var v in values)
                if (!Members.Contains(v))
                    shape.Report(results, focus, v, InComponent, "Value is not in the list of allowed values");
        }
    }
}
