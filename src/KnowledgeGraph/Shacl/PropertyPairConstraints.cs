using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Shacl;

/// <summary>Property pair constraint components (SHACL §4.5): <c>sh:equals</c>, <c>sh:disjoint</c>,
/// <c>sh:lessThan</c>, <c>sh:lessThanOrEquals</c>, comparing the value nodes with the focus node's values of another
/// property.</summary>
internal static class PropertyPairConstraints
{
    private static readonly NamedNode EqualsComponent = Sh.Component("Equals"), DisjointComponent = Sh.Component("Disjoint");
    private static readonly NamedNode LessThanComponent = Sh.Component("LessThan"), LessThanOrEqualsComponent = Sh.Component("LessThanOrEquals");

    public static void Read(ShapeReader r, Shape shape)
    {
        foreach (var p in r.Objects(shape.Node, Sh.EqualsP).OfType<NamedNode>()) shape.Constraints.Add(new EqualsConstraint(p));
        foreach (var p in r.Objects(shape.Node, Sh.Disjoint).OfType<NamedNode>()) shape.Constraints.Add(new DisjointConstraint(p));
        foreach (var p in r.Objects(shape.Node, Sh.LessThan).OfType<NamedNode>()) shape.Constraints.Add(new LessThan(p, "<", LessThanComponent));
        foreach (var p in r.Objects(shape.Node, Sh.LessThanOrEquals).OfType<NamedNode>()) shape.Constraints.Add(new LessThan(p, "<=", LessThanOrEqualsComponent));
    }

    private sealed record EqualsConstraint(NamedNode Property) : IConstraint
    {
        public void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
        {
            var others = engine.Data.Objects(focus, Property).ToHashSet();
            var mine = values.ToHashSet();
            foreach (var v in values)
                if (!others.Contains(v)) shape.Report(results, focus, v, EqualsComponent, $"Value is not a value of {Property}");
            foreach (var o in others)
                if (!mine.Contains(o)) shape.Report(results, focus, o, EqualsComponent, $"Value of {Property} is missing");
        }
    }

    private sealed record DisjointConstraint(NamedNode Property) : IConstraint
    {
        public void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
        {
            var others = engine.Data.Objects(focus, Property).ToHashSet();
            foreach (var v in values)
                if (others.Contains(v)) shape.Report(results, focus, v, DisjointComponent, $"Value is also a value of {Property}");
        }
    }

    private sealed record LessThan(NamedNode Property, string Op, NamedNode Component) : IConstraint
    {
        public void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
        {
            var others = engine.Data.Objects(focus, Property).ToList();
            foreach (var v in values)
                foreach (var o in others)
                    if (SparqlOperators.Compare(Op, v, o) is not Literal { LexicalForm: "true" })
                        shape.Report(results, focus, v, Component, $"Value is not {Op} value {o} of {Property}");
        }
    }
}
