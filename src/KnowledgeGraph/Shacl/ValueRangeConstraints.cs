using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Shacl;

/// <summary>Value range constraint components (SHACL §4.3): <c>sh:minExclusive</c>, <c>sh:minInclusive</c>,
/// <c>sh:maxExclusive</c>, <c>sh:maxInclusive</c>, compared as SPARQL's <c>&lt;</c> and <c>&lt;=</c> do; a value that
/// cannot be compared is a violation.</summary>
internal static class ValueRangeConstraints
{
    public static void Read(ShapeReader r, Shape shape)
    {
        foreach (var b in r.Objects(shape.Node, Sh.MinExclusive)) shape.Constraints.Add(new Range(b, ">", "MinExclusive"));
        foreach (var b in r.Objects(shape.Node, Sh.MinInclusive)) shape.Constraints.Add(new Range(b, ">=", "MinInclusive"));
        foreach (var b in r.Objects(shape.Node, Sh.MaxExclusive)) shape.Constraints.Add(new Range(b, "<", "MaxExclusive"));
        foreach (var b in r.Objects(shape.Node, Sh.MaxInclusive)) shape.Constraints.Add(new Range(b, "<=", "MaxInclusive"));
    }

    private sealed class Range(Term bound, string op, string name) : IConstraint
    {
        private readonly NamedNode _component = Sh.Component(name);

        public void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
        {
            foreach (var v in values)
                if (!Holds(v))
                    shape.Report(results, focus, v, _component, $"Value is not {op} {bound}");
        }

        private bool Holds(Term v) =>
            v is Literal && SparqlOperators.Compare(op, v, bound) is Literal { LexicalForm: "true" };
    }
}
