using KnowledgeGraph.Model;

namespace KnowledgeGraph.Shacl;

/// <summary>Shape-based constraint components (SHACL §4.7): <c>sh:node</c>, <c>sh:property</c>, and
/// <c>sh:qualifiedValueShape</c> with <c>sh:qualifiedMinCount</c>, <c>sh:qualifiedMaxCount</c> and
/// <c>sh:qualifiedValueShapesDisjoint</c>.</summary>
internal static class ShapeBasedConstraints
{
    private static readonly NamedNode NodeComponent = Sh.Component("Node");
    private static readonly NamedNode QualifiedMinComponent = Sh.Component("QualifiedMinCount");
    private static readonly NamedNode QualifiedMaxComponent = Sh.Component("QualifiedMaxCount");

    public static void Read(ShapeReader r, Shape shape)
    {
        foreach (var s in r.Objects(shape.Node, Sh.Node)) shape.Constraints.Add(new NodeConstraint(r.GetShape(s)));
        foreach (var s in r.Objects(shape.Node, Sh.Property)) shape.Constraints.Add(new PropertyConstraint(r.GetShape(s)));
        foreach (var q in r.Objects(shape.Node, Sh.QualifiedValueShape))
        {
            var min = r.One(shape.Node, Sh.QualifiedMinCount) is { } mn ? ShapeReader.Int(mn) : (int?)null;
            var max = r.One(shape.Node, Sh.QualifiedMaxCount) is { } mx ? ShapeReader.Int(mx) : (int?)null;
            bool disjoint = r.Objects(shape.Node, Sh.QualifiedValueShapesDisjoint).Any(ShapeReader.IsTrue);
            if (min is null && max is null) continue;
            var qualified = new Qualified(r, shape.Node, q, min, max, disjoint);
            shape.Constraints.Add(qualified);
            r.ResolveLater(qualified.Resolve);
        }
    }

    private sealed record NodeConstraint(Shape Target) : IConstraint
    {
        public void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
        {
            foreach (var v in values)
                if (!engine.Conforms(v, Target))
                    shape.Report(results, focus, v, NodeComponent, $"Value does not conform to shape {Target}");
        }
    }

    /// <summary>Each value node is validated against the property shape, whose own results are reported.</summary>
    private sealed record PropertyConstraint(Shape Property) : IConstraint
    {
        public void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
        {
            foreach (var v in values) engine.Validate(Property, v, results);
        }
    }

    private sealed class Qualified : IConstraint
    {
        private readonly ShapeReader _reader;
        private readonly Term _owner;
        private readonly Term _qualifiedNode;
        private readonly int? _min, _max;
        private readonly bool _disjoint;
        private Shape? _qualified;
        private List<Shape>? _siblings;

        public Qualified(ShapeReader reader, Term owner, Term qualified, int? min, int? max, bool disjoint)
        {
            _reader = reader;
            _owner = owner;
            _qualifiedNode = qualified;
            _min = min;
            _max = max;
            _disjoint = disjoint;
        }

        public void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
        {
            int count = 0;
            foreach (var v in values)
                if (engine.Conforms(v, _qualified!) && !_siblings!.Any(s => engine.Conforms(v, s))) count++;
            if (_min is int min && count < min)
                shape.Report(results, focus, null, QualifiedMinComponent, $"Fewer than {min} values conform to {_qualified} ({count})");
            if (_max is int max && count > max)
                shape.Report(results, focus, null, QualifiedMaxComponent, $"More than {max} values conform to {_qualified} ({count})");
        }

        /// <summary>Reads the qualified shape and, if disjoint, its siblings: the qualified value shapes of the other
        /// property shapes of the shapes that have this property shape (SHACL §4.7.3). Called by the reader once the
        /// shapes graph is read, so a shared shapes graph is never changed while validating.</summary>
        public void Resolve()
        {
            if (_qualified is not null) return;
            var siblings = new List<Shape>();
            if (_disjoint)
                foreach (var parent in _reader.Graph.Subjects(Sh.Property, _owner))
                    foreach (var sibling in _reader.Objects(parent, Sh.Property))
                        foreach (var q in _reader.Objects(sibling, Sh.QualifiedValueShape))
                            if (!q.Equals(_qualifiedNode)) siblings.Add(_reader.GetShape(q));
            _siblings = siblings;
            _qualified = _reader.GetShape(_qualifiedNode);
        }
    }
}
