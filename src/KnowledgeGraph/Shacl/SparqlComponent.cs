using KnowledgeGraph.Model;

namespace KnowledgeGraph.Shacl;

/// <summary>
/// A SPARQL-based constraint component (SHACL §6): an <c>sh:ConstraintComponent</c> with parameters and validators.
/// A shape that has a value for every mandatory parameter gets the component as a constraint; its parameters are
/// pre-bound by their local names. ASK validators run once per value node (<c>$value</c> pre-bound), SELECT
/// validators once per focus node.
/// </summary>
internal sealed class SparqlComponent
{
    private sealed record Parameter(NamedNode Path, string Name, bool Optional);

    private readonly Term _node;
    private readonly List<Parameter> _parameters;

    private SparqlComponent(Term node, List<Parameter> parameters)
    {
        _node = node;
        _parameters = parameters;
    }

    public static IReadOnlyList<SparqlComponent> ReadAll(ShapeReader r)
    {
        var components = new List<SparqlComponent>();
        foreach (var node in r.InstancesOf(Sh.ConstraintComponent).OfType<NamedNode>())
        {
            var parameters = new List<Parameter>();
            foreach (var p in r.Objects(node, Sh.Parameter))
                if (r.One(p, Sh.Path) is NamedNode path)
                    parameters.Add(new Parameter(path, LocalName(path), r.Objects(p, Sh.Optional).Any(ShapeReader.IsTrue)));
            if (parameters.Count > 0) components.Add(new SparqlComponent(node, parameters));
        }
        return components;
    }

    private static string LocalName(NamedNode iri) => iri.Value[(iri.Value.LastIndexOfAny(['#', '/', ':']) + 1)..];

    /// <summary>Adds this component to <paramref name="shape"/> if the shape has its mandatory parameters.</summary>
    public void AddTo(ShapeReader r, Shape shape)
    {
        var values = new Dictionary<string, Term>();
        foreach (var p in _parameters)
        {
            var value = r.One(shape.Node, p.Path);
            if (value is null && !p.Optional) return;
            if (value is not null) values[p.Name] = value;
        }
        var validator = (shape.IsPropertyShape ? r.One(_node, Sh.PropertyValidator) : r.One(_node, Sh.NodeValidator))
            ?? r.One(_node, Sh.Validator);
        if (validator is null) return;
        var names = _parameters.Select(p => p.Name).ToList();
        var messages = r.Objects(validator, Sh.Message).OfType<Literal>().ToList();
        if (messages.Count == 0) messages = r.Objects(_node, Sh.Message).OfType<Literal>().ToList();
        if (shape.Messages.Count > 0) messages = shape.Messages;
        if (r.One(validator, Sh.Ask) is Literal ask)
            shape.Constraints.Add(new AskConstraint((NamedNode)_node,
                SparqlTemplate.Create(r, validator, ask.LexicalForm, shape.Path, SparqlTemplate.Kind.Ask, names), values, messages));
        else if (r.One(validator, Sh.Select) is Literal select)
            shape.Constraints.Add(new SelectConstraint((NamedNode)_node,
                SparqlTemplate.Create(r, validator, select.LexicalForm, shape.Path, SparqlTemplate.Kind.Select, names), values, messages));
        else
            throw new ShaclException($"The validator {validator} of {_node} has neither sh:ask nor sh:select.");
    }

    private sealed record AskConstraint(NamedNode Component, SparqlTemplate Query, Dictionary<string, Term> Parameters,
        IReadOnlyList<Literal> Messages) : IConstraint
    {
        public void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
        {
            foreach (var v in values)
            {
                var bindings = new Dictionary<string, Term>(Parameters) { ["this"] = focus, ["value"] = v, ["currentShape"] = shape.Node };
                if (!Query.Ask(engine, bindings))
                    shape.Report(results, focus, v, Component, $"Value does not satisfy {Component}",
                        messages: Messages.Select(m => SparqlSolutions.Fill(m, bindings)).ToList());
            }
        }
    }

    private sealed record SelectConstraint(NamedNode Component, SparqlTemplate Query, Dictionary<string, Term> Parameters,
        IReadOnlyList<Literal> Messages) : IConstraint
    {
        public void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
        {
            var bindings = new Dictionary<string, Term>(Parameters) { ["this"] = focus, ["currentShape"] = shape.Node };
            foreach (var row in Query.Select(engine, bindings))
                SparqlSolutions.Report(shape, focus, row, Component, null, Messages, results);
        }
    }
}
