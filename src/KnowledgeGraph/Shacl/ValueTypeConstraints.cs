using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Shacl;

/// <summary>Value type constraint components (SHACL §4.1): <c>sh:class</c>, <c>sh:datatype</c>, <c>sh:nodeKind</c>.</summary>
internal static class ValueTypeConstraints
{
    public static void Read(ShapeReader r, Shape shape)
    {
        foreach (var c in r.Objects(shape.Node, Sh.Class)) shape.Constraints.Add(new ClassConstraint(c));
        foreach (var d in r.Objects(shape.Node, Sh.Datatype).OfType<NamedNode>()) shape.Constraints.Add(new DatatypeConstraint(d));
        foreach (var k in r.Objects(shape.Node, Sh.NodeKind).OfType<NamedNode>()) shape.Constraints.Add(new NodeKindConstraint(k));
    }

    private sealed record ClassConstraint(Term Class) : IConstraint
    {
        private static readonly NamedNode Component = Sh.Component("Class");

        public void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
        {
            foreach (var v in values)
                if (!engine.IsInstanceOf(v, Class))
                    shape.Report(results, focus, v, Component, $"Value is not an instance of {Class}");
        }
    }

    private sealed record DatatypeConstraint(NamedNode Datatype) : IConstraint
    {
        private static readonly NamedNode Component = Sh.Component("Datatype");

        public void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
        {
            foreach (var v in values)
                if (!(v is Literal l && l.Datatype.Equals(Datatype) && IsWellFormed(l)))
                    shape.Report(results, focus, v, Component, $"Value is not a well-formed literal of datatype {Datatype}");
        }
    }

    /// <summary>Whether a literal's lexical form is valid for its datatype, for the XSD types the engine knows.</summary>
    internal static bool IsWellFormed(Literal l)
    {
        string dt = l.Datatype.Value;
        if (dt == Vocab.Rdf.LangString.Value) return l.HasLanguage;
        if (!dt.StartsWith(Vocab.Xsd.Namespace, StringComparison.Ordinal)) return true;
        if (XsdTypes.IsNumericType(dt))
            return NumericValue.TryGet(l, out var n) && (!XsdTypes.IsIntegerType(dt) || XsdTypes.InIntegerRange(dt, n.Exact));
        string local = dt[Vocab.Xsd.Namespace.Length..];
        return local switch
        {
            "boolean" => l.LexicalForm is "true" or "false" or "1" or "0",
            "dateTime" or "date" or "time" or "dateTimeStamp" or "gYear" or "gYearMonth" or "gMonth" or "gDay" or "gMonthDay"
                => DateTimeValue.TryGet(l, out _),
            _ => true,
        };
    }

    private sealed record NodeKindConstraint(NamedNode Kind) : IConstraint
    {
        private static readonly NamedNode Component = Sh.Component("NodeKind");

        public void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
        {
            foreach (var v in values)
                if (!Matches(v))
                    shape.Report(results, focus, v, Component, $"Value does not have node kind {Kind}");
        }

        private bool Matches(Term v)
        {
            string k = Kind.Value[Sh.Namespace.Length..];
            return v.Kind switch
            {
                TermKind.BlankNode => k is "BlankNode" or "BlankNodeOrIRI" or "BlankNodeOrLiteral",
                TermKind.NamedNode => k is "IRI" or "BlankNodeOrIRI" or "IRIOrLiteral",
                _ => k is "Literal" or "BlankNodeOrLiteral" or "IRIOrLiteral",
            };
        }
    }
}
