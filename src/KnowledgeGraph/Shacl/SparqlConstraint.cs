using KnowledgeGraph.Model;

namespace KnowledgeGraph.Shacl;

/// <summary>A SPARQL-based constraint (<c>sh:sparql</c>, SHACL §5): a SELECT query run once per focus node with
/// <c>$this</c>, <c>$currentShape</c>, <c>$shapesGraph</c> pre-bound and <c>$PATH</c> replaced; each solution is a
/// result.</summary>
internal sealed class SparqlConstraint : IConstraint
{
    private readonly Term _node;
    private readonly SparqlTemplate _query;
    private readonly IReadOnlyList<Literal> _messages;

    private SparqlConstraint(Term node, SparqlTemplate query, IReadOnlyList<Literal> messages)
    {
        _node = node;
        _query = query;
        _messages = messages;
    }

    public static void Read(ShapeReader r, Shape shape)
    {
        foreach (var c in r.Objects(shape.Node, Sh.Sparql))
        {
            if (r.Objects(c, Sh.Deactivated).Any(ShapeReader.IsTrue)) continue;
            if (r.One(c, Sh.Select) is not Literal select)
                throw new ShaclException($"The SPARQL constraint {c} of {shape.Node} has no sh:select.");
            var query = SparqlTemplate.Create(r, c, select.LexicalForm, shape.Path, SparqlTemplate.Kind.Select);
            shape.Constraints.Add(new SparqlConstraint(c, query, r.Objects(c, Sh.Message).OfType<Literal>().ToList()));
        }
    }

    public void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
    {
        var bindings = new Dictionary<string, Term> { ["this"] = focus, ["currentShape"] = shape.Node };
        var messages = _messages.Count > 0 ? _messages : shape.Messages;
        foreach (var row in _query.Select(engine, bindings))
            SparqlSolutions.Report(shape, focus, row, Sh.SparqlConstraintComponent, _node, messages, results);
    }
}
