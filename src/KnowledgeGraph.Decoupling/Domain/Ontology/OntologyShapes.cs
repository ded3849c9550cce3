using KnowledgeGraph.Building;
using KnowledgeGraph.Model;
using KnowledgeGraph.Shacl;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Domain;

/// <summary>
/// SHACL shapes generated from an ontology's axioms, added to the hand-written <c>ontology/decoupling-shapes.ttl</c>:
/// one shape per <c>rdfs:domain</c> (subjects of the property are instances of the domain), per <c>rdfs:range</c>
/// (values are instances or literals of the range), per OWL restriction (<c>owl:minCardinality</c> and
/// <c>owl:someValuesFrom</c>, counting subproperties), and two SPARQL-based shapes: every <c>dcp:</c> term used is
/// defined, and every <c>dcpr:</c> node has a type. Each carries <c>dcsh:kind</c> and <c>dcsh:property</c> for
/// <see cref="ShapeViolations"/>.
/// </summary>
internal sealed class OntologyShapes
{
    public const string Namespace = "https://w3id.org/decoupling/shapes#";
    public static readonly NamedNode Kind = NamedNode.CreateUnchecked(Namespace + "kind");
    public static readonly NamedNode Property = NamedNode.CreateUnchecked(Namespace + "property");

    private const string ShNs = "http://www.w3.org/ns/shacl#";
    private static NamedNode Sh(string local) => NamedNode.CreateUnchecked(ShNs + local);

    private readonly Graph _g;
    private readonly OntologyModel _model;
    private int _count;

    private OntologyShapes(Graph g, OntologyModel model)
    {
        _g = g;
        _model = model;
    }

    /// <summary>Adds the generated shapes for <paramref name="model"/>'s ontology to <paramref name="shapes"/>.</summary>
    public static void AddTo(Graph shapes, OntologyModel model)
    {
        var gen = new OntologyShapes(shapes, model);
        var properties = model.Graph.Match(null, Vocab.Rdf.Type).Where(t => t.Object.Equals(ExternalVocab.OwlObjectProperty)
                || t.Object.Equals(ExternalVocab.OwlDatatypeProperty)).Select(t => t.Subject).OfType<NamedNode>().Distinct().ToList();
        foreach (var p in properties)
        {
            foreach (var domain in model.DomainsOf(p).Distinct(ListComparer.Instance)) gen.Domain(p, domain);
            foreach (var range in model.RangesOf(p).Distinct(ListComparer.Instance)) gen.Range(p, range);
        }
        var classes = model.Graph.Subjects(Vocab.Rdf.Type, ExternalVocab.OwlClass).OfType<NamedNode>().Distinct().ToList();
        foreach (var cls in classes)
            foreach (var r in model.RequirementsOf(cls).Where(r => r.Class.Equals(cls)))
                gen.Requirement(r);
        gen.KnownTerms();
        gen.Typed();
    }

    private NamedNode NewShape(string what, NamedNode? property, string kind, string message)
    {
        var shape = NamedNode.CreateUnchecked($"{Namespace}generated-{what}-{++_count}");
        _g.Add(shape, Kind, Literal.Create(kind));
        if (property is not null) _g.Add(shape, Property, property);
        _g.Add(shape, Sh("message"), Literal.CreateLanguageTagged(message, "en"));
        return shape;
    }

    private void Domain(NamedNode p, IReadOnlyList<NamedNode> domain)
    {
        var shape = NewShape("domain", p, "Domain", $"has {Names.Compact(p)} but is not a {Names.Compact(domain)}");
        _g.Add(shape, Vocab.Rdf.Type, Sh("NodeShape"));
        _g.Add(shape, Sh("targetSubjectsOf"), p);
        AddValueType(shape, domain);
    }

    private void Range(NamedNode p, IReadOnlyList<NamedNode> range)
    {
        var node = NamedNode.CreateUnchecked($"{Namespace}generated-range-subjects-{_count + 1}");
        var shape = NewShape("range", p, "Range", $"has a {Names.Compact(p)} that is not a {Names.Compact(range)}");
        _g.Add(node, Vocab.Rdf.Type, Sh("NodeShape"));
        _g.Add(node, Sh("targetSubjectsOf"), p);
        _g.Add(node, Sh("property"), shape);
        _g.Add(shape, Sh("path"), p);
        AddValueType(shape, range);
    }

    /// <summary>sh:class / sh:datatype / sh:nodeKind for one class or datatype, sh:or for a union.</summary>
    private void AddValueType(Term shape, IReadOnlyList<NamedNode> alternatives)
    {
        if (alternatives.Count == 1)
        {
            AddOne(shape, alternatives[0]);
            return;
        }
        var members = alternatives.Select(a =>
        {
            var m = BlankNode.CreateNew();
            AddOne(m, a);
            return (Term)m;
        }).ToList();
        _g.Add(shape, Sh("or"), List(members));
    }

    private void AddOne(Term shape, NamedNode type)
    {
        if (type.Value == Vocab.Rdfs.Namespace + "Literal") _g.Add(shape, Sh("nodeKind"), Sh("Literal"));
        else if (type.Value.StartsWith(Vocab.Xsd.Namespace, StringComparison.Ordinal) || type.Equals(Vocab.Rdf.LangString))
            _g.Add(shape, Sh("datatype"), type);
        else _g.Add(shape, Sh("class"), type);
    }

    private void Requirement(Requirement r)
    {
        // A requirement with alternatives (an owl:unionOf: a place, a governed country or a note) is written by hand as
        // one sh:or shape in ontology/decoupling-shapes.ttl (dcsh:AgentPlace).
        if (r.Alternatives.Count > 0) return;
        bool backing = r.Inverse && r.Property.Equals(Dcp.About);
        var message = $"a {Names.Compact(r.Class)} needs at least {r.Min} {(r.Inverse ? "inverse " : "")}{Names.Compact(r.Property)}"
            + (r.ValueClass is null ? "" : $" from a {Names.Compact(r.ValueClass)}") + (backing ? " (no claim with a source backs it)" : "");
        var node = NamedNode.CreateUnchecked($"{Namespace}generated-requires-of-{_count + 1}");
        var shape = NewShape("requires", r.Property, "MissingProperty", message);
        _g.Add(node, Vocab.Rdf.Type, Sh("NodeShape"));
        _g.Add(node, Sh("targetClass"), r.Class);
        _g.Add(node, Sh("property"), shape);
        var subProperties = _model.SubPropertiesOf(r.Property).OrderBy(p => p.Equals(r.Property) ? 0 : 1).ThenBy(p => p.Value, StringComparer.Ordinal).ToList();
        Term path = subProperties.Count == 1 ? r.Property : Wrap(Sh("alternativePath"), List(subProperties.Cast<Term>().ToList()));
        if (r.Inverse) path = Wrap(Sh("inversePath"), path);
        _g.Add(shape, Sh("path"), path);
        if (r.ValueClass is null && !backing)
        {
            _g.Add(shape, Sh("minCount"), Literal.Integer(r.Min));
            return;
        }
        // A value of the class (and, for "some claim is about it", a claim that says where it is stated).
        var qualified = BlankNode.CreateNew();
        if (r.ValueClass is not null) _g.Add(qualified, Sh("class"), r.ValueClass);
        if (backing)
        {
            var statedIn = BlankNode.CreateNew();
            _g.Add(statedIn, Sh("path"), Dcp.StatedIn);
            _g.Add(statedIn, Sh("minCount"), Literal.Integer(1));
            _g.Add(qualified, Sh("property"), statedIn);
        }
        _g.Add(shape, Sh("qualifiedValueShape"), qualified);
        _g.Add(shape, Sh("qualifiedMinCount"), Literal.Integer(r.Min));
    }

    /// <summary>Every <c>dcp:</c> property used and every <c>dcp:</c> class a node is typed with is defined (has
    /// triples in the ontology, which is part of the validated graph).</summary>
    private void KnownTerms()
    {
        var shape = NewShape("known-terms", null, "UnknownTerm", "uses a dcp: term the ontology does not define");
        _g.Add(shape, Vocab.Rdf.Type, Sh("NodeShape"));
        var where = $$"""
            { $this ?path ?value . FILTER (STRSTARTS(STR(?path), "{{Dcp.Namespace}}") && NOT EXISTS { ?path ?defined ?by }) }
            UNION
            { $this a ?value . BIND (<{{Vocab.Rdf.Namespace}}type> AS ?path)
              FILTER (isIRI(?value) && STRSTARTS(STR(?value), "{{Dcp.Namespace}}") && NOT EXISTS { ?value ?defined ?by }) }
            """;
        var target = BlankNode.CreateNew();
        _g.Add(shape, Sh("target"), target);
        _g.Add(target, Vocab.Rdf.Type, Sh("SPARQLTarget"));
        _g.Add(target, Sh("select"), Literal.Create("SELECT DISTINCT ?this WHERE { " + where.Replace("$this", "?this") + " }"));
        var constraint = BlankNode.CreateNew();
        _g.Add(shape, Sh("sparql"), constraint);
        _g.Add(constraint, Sh("select"), Literal.Create("SELECT $this ?path ?value WHERE { " + where + " }"));
    }

    /// <summary>Every <c>dcpr:</c> node that has properties has an <c>rdf:type</c>.</summary>
    private void Typed()
    {
        var shape = NewShape("typed", Vocab.Rdf.Type, "Untyped", "has no rdf:type, so the ontology cannot check it");
        _g.Add(shape, Vocab.Rdf.Type, Sh("NodeShape"));
        var target = BlankNode.CreateNew();
        _g.Add(shape, Sh("target"), target);
        _g.Add(target, Vocab.Rdf.Type, Sh("SPARQLTarget"));
        _g.Add(target, Sh("select"), Literal.Create(
            $"SELECT DISTINCT ?this WHERE {{ ?this ?p ?o . FILTER (isIRI(?this) && STRSTARTS(STR(?this), \"{Dcp.ResourceNamespace}\")) }}"));
        var typed = BlankNode.CreateNew();
        _g.Add(shape, Sh("property"), typed);
        _g.Add(typed, Sh("path"), Vocab.Rdf.Type);
        _g.Add(typed, Sh("minCount"), Literal.Integer(1));
        _g.Add(typed, Sh("message"), Literal.CreateLanguageTagged("has no rdf:type, so the ontology cannot check it", "en"));
        _g.Add(typed, Kind, Literal.Create("Untyped"));
    }

    private Term Wrap(NamedNode predicate, Term inner)
    {
        var node = BlankNode.CreateNew();
        _g.Add(node, predicate, inner);
        return node;
    }

    private Term List(IReadOnlyList<Term> items)
    {
        Term head = Vocab.Rdf.Nil;
        for (int i = items.Count - 1; i >= 0; i--)
        {
            var cell = BlankNode.CreateNew();
            _g.Add(cell, Vocab.Rdf.First, items[i]);
            _g.Add(cell, Vocab.Rdf.Rest, head);
            head = cell;
        }
        return head;
    }

    private sealed class ListComparer : IEqualityComparer<IReadOnlyList<NamedNode>>
    {
        public static readonly ListComparer Instance = new();
        public bool Equals(IReadOnlyList<NamedNode>? x, IReadOnlyList<NamedNode>? y) => x!.SequenceEqual(y!);
        public int GetHashCode(IReadOnlyList<NamedNode> obj) => obj.Count == 0 ? 0 : obj[0].GetHashCode();
    }
}
