using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.RdfXml;

internal sealed partial class RdfXmlParser
{
    /// <summary>nodeElement: pushes a node frame and returns the node it describes.</summary>
    private Term StartNodeElement(string? baseIri, string? language)
    {
        var element = ElementIri(out string? rdfLocal);
        if (rdfLocal is not null && RdfXmlNames.IsForbiddenNodeElement(rdfLocal))
            Fail($"rdf:{rdfLocal} cannot be used as a node element.");
        Term? subject = null;
        string? typeIri = null;
        foreach (var a in _attributes)
        {
            if (a.Namespace != RdfXmlNames.RdfNs) continue;
            switch (a.Local)
            {
                case "about":
                    subject = SetSubject(subject, a, NamedNode.CreateUnchecked(Resolve(baseIri, a.Value, a)));
                    break;
                case "ID":
                    subject = SetSubject(subject, a, NamedNode.CreateUnchecked(IdIri(baseIri, a)));
                    break;
                case "nodeID":
                    subject = SetSubject(subject, a, NodeIdBlank(a));
                    break;
                case "type":
                    typeIri = Resolve(baseIri, a.Value, a);
                    break;
                default:
                    if (RdfXmlNames.IsForbiddenPropertyAttribute(a.Local))
                        FailAt(a, $"The attribute rdf:{a.Local} is not allowed on a node element.");
                    break;
            }
        }
        subject ??= BlankNode.CreateNew();
        var frame = Push(FrameKind.Node, baseIri, language);
        frame.Subject = subject;
        if (rdfLocal != "Description") Emit(subject, Vocab.Rdf.Type, element);
        if (typeIri is not null) Emit(subject, Vocab.Rdf.Type, NamedNode.CreateUnchecked(typeIri));
        EmitPropertyAttributes(subject, language);
        return subject;
    }

    private Term SetSubject(Term? current, Attribute a, Term subject)
    {
        if (current is not null) FailAt(a, "A node element can have only one of rdf:about, rdf:ID and rdf:nodeID.");
        return subject;
    }

    /// <summary>Property attributes (other than rdf:type, handled by the caller) become literal-valued triples.</summary>
    private void EmitPropertyAttributes(Term subject, string? language)
    {
        foreach (var a in _attributes)
        {
            if (a.Namespace == RdfXmlNames.RdfNs && (RdfXmlNames.IsForbiddenPropertyAttribute(a.Local) || a.Local == "type"))
                continue;
            Emit(subject, AttributeIri(a), Model.Literal.CreateUnchecked(a.Value, Vocab.Xsd.String, language));
        }
    }

    /// <summary>propertyElt: decides the kind of property element from its attributes.</summary>
    private void StartPropertyElement(RdfXmlFrame parent, string? baseIri, string? language)
    {
        var predicate = ElementIri(out string? rdfLocal);
        if (rdfLocal == "li") predicate = NamedNode.CreateUnchecked(RdfXmlNames.RdfNs + "_" + parent.NextLi++);
        else if (rdfLocal is not null && RdfXmlNames.IsForbiddenPropertyElement(rdfLocal))
            Fail($"rdf:{rdfLocal} cannot be used as a property element.");

        string? reify = null, parseType = null;
        NamedNode? datatype = null;
        Term? resource = null;
        string? typeIri = null;
        Attribute? other = null;
        foreach (var a in _attributes)
        {
            if (a.Namespace == RdfXmlNames.RdfNs)
            {
                switch (a.Local)
                {
                    case "ID":
                        reify = IdIri(baseIri, a);
                        continue;
                    case "parseType":
                        parseType = a.Value;
                        continue;
                    case "datatype":
                        datatype = NamedNode.CreateUnchecked(Resolve(baseIri, a.Value, a));
                        continue;
                    case "resource":
                        if (resource is not null) FailAt(a, "A property element can have only one of rdf:resource and rdf:nodeID.");
                        resource = NamedNode.CreateUnchecked(Resolve(baseIri, a.Value, a));
                        continue;
                    case "nodeID":
                        if (resource is not null) FailAt(a, "A property element can have only one of rdf:resource and rdf:nodeID.");
                        resource = NodeIdBlank(a);
                        continue;
                    case "type":
                        typeIri = Resolve(baseIri, a.Value, a);
                        other ??= a;
                        continue;
                }
                if (RdfXmlNames.IsForbiddenPropertyAttribute(a.Local))
                    FailAt(a, $"The attribute rdf:{a.Local} is not allowed on a property element.");
            }
            other ??= a;
        }

        if (parseType is not null)
        {
            if (datatype is not null || resource is not null || other is not null)
                Fail("A property element with rdf:parseType can have no attributes other than rdf:ID.");
            StartParseType(parent, predicate, reify, parseType, baseIri, language);
            return;
        }
        if (datatype is not null && (resource is not null || other is not null))
            Fail("rdf:datatype cannot be combined with rdf:resource, rdf:nodeID or property attributes.");

        var frame = Push(FrameKind.Property, baseIri, language);
        frame.Subject = parent.Subject;
        frame.Predicate = predicate;
        frame.ReifyIri = reify;
        frame.Datatype = datatype;
        frame.ResourceObject = resource;
        frame.TypeIri = typeIri;
        foreach (var a in _attributes)
            if (!(a.Namespace == RdfXmlNames.RdfNs && (RdfXmlNames.IsForbiddenPropertyAttribute(a.Local) || a.Local == "type")))
                (frame.PropertyAttributes ??= new()).Add((AttributeIri(a), a.Value));
    }

    private void StartParseType(RdfXmlFrame parent, NamedNode predicate, string? reify, string parseType, string? baseIri, string? language)
    {
        switch (parseType)
        {
            case "Resource":
            {
                var node = BlankNode.CreateNew();
                Emit(parent.Subject!, predicate, node, reify);
                var frame = Push(FrameKind.ResourceProperty, baseIri, language);
                frame.Subject = node;
                break;
            }
            case "Collection":
            {
                var frame = Push(FrameKind.Collection, baseIri, language);
                frame.Subject = parent.Subject;
                frame.Predicate = predicate;
                frame.ReifyIri = reify;
                break;
            }
            default:
            {
                // "Literal", and any other value, which the grammar treats as "Literal".
                var frame = Push(FrameKind.Literal, baseIri, language);
                frame.Subject = parent.Subject;
                frame.Predicate = predicate;
                frame.ReifyIri = reify;
                frame.Literal = new XmlLiteralBuilder();
                break;
            }
        }
    }

    /// <summary>resourcePropertyElt: a node element inside a property element is its object.</summary>
    private void StartPropertyValueNode(RdfXmlFrame property, string? baseIri, string? language)
    {
        if (property.HasNodeChild) Fail("A property element can hold only one node element.");
        if (!IsWhitespace(property.GetText())) Fail("A property element cannot hold both text and a node element.");
        if (property.Datatype is not null || property.HasEmptyElementAttributes)
            Fail("A property element with rdf:resource, rdf:nodeID, rdf:datatype or property attributes must be empty.");
        property.HasNodeChild = true;
        property.ClearText();
        var node = StartNodeElement(baseIri, language);
        Emit(property.Subject!, property.Predicate!, node, property.ReifyIri);
    }

    private void StartCollectionItem(RdfXmlFrame collection, string? baseIri, string? language)
    {
        var node = StartNodeElement(baseIri, language);
        var cell = BlankNode.CreateNew();
        if (collection.LastCell is null) Emit(collection.Subject!, collection.Predicate!, cell, collection.ReifyIri);
        else Emit(collection.LastCell, Vocab.Rdf.Rest, cell);
        Emit(cell, Vocab.Rdf.First, node);
        collection.LastCell = cell;
    }

    private void EndCollection(RdfXmlFrame collection)
    {
        if (collection.LastCell is null) Emit(collection.Subject!, collection.Predicate!, Vocab.Rdf.Nil, collection.ReifyIri);
        else Emit(collection.LastCell, Vocab.Rdf.Rest, Vocab.Rdf.Nil);
    }

    /// <summary>literalPropertyElt or emptyPropertyElt, once the element has closed without a node element.</summary>
    private void EndPropertyElement(RdfXmlFrame frame)
    {
        if (frame.HasNodeChild) return;
        var text = frame.GetText();
        if (frame.HasEmptyElementAttributes)
        {
            if (!IsWhitespace(text)) Fail("A property element with rdf:resource, rdf:nodeID or property attributes cannot hold text.");
            var obj = frame.ResourceObject ?? BlankNode.CreateNew();
            Emit(frame.Subject!, frame.Predicate!, obj, frame.ReifyIri);
            if (frame.TypeIri is not null) Emit(obj, Vocab.Rdf.Type, NamedNode.CreateUnchecked(frame.TypeIri));
            foreach (var (p, v) in frame.PropertyAttributes ?? [])
                Emit(obj, p, Model.Literal.CreateUnchecked(v, Vocab.Xsd.String, frame.Language));
            return;
        }
        var literal = frame.Datatype is not null
            ? Model.Literal.CreateUnchecked(text, frame.Datatype, null)
            : Model.Literal.CreateUnchecked(text, Vocab.Xsd.String, frame.Language);
        Emit(frame.Subject!, frame.Predicate!, literal, frame.ReifyIri);
    }

    /// <summary>The IRI of the current element's name; <paramref name="rdfLocal"/> is its local name when it is in
    /// the rdf: namespace.</summary>
    private NamedNode ElementIri(out string? rdfLocal)
    {
        string ns = _xml.NamespaceURI;
        if (ns.Length == 0) Fail($"The element '{_xml.LocalName}' has no namespace; RDF/XML element names must be namespace-qualified.");
        rdfLocal = ns == RdfXmlNames.RdfNs ? _xml.LocalName : null;
        var iri = _nameIris.Get(ns, _xml.LocalName, out var error);
        if (iri is null) Fail($"The element name <{ns + _xml.LocalName}> is not an IRI: {error}.");
        return iri;
    }

    private NamedNode AttributeIri(Attribute a)
    {
        var iri = _nameIris.Get(a.Namespace, a.Local, out var error);
        if (iri is null) FailAt(a, $"The attribute name <{a.Namespace + a.Local}> is not an IRI: {error}.");
        return iri;
    }

    /// <summary>The IRI of an rdf:ID, checking that it is an NCName and used only once per base.</summary>
    private string IdIri(string? baseIri, Attribute a)
    {
        if (!RdfXmlNames.IsNcName(a.Value)) FailAt(a, $"rdf:ID '{a.Value}' is not an XML NCName.");
        var iri = Resolve(baseIri, "#" + a.Value, a);
        if (!_usedIds.Add(iri)) FailAt(a, $"rdf:ID '{a.Value}' gives <{iri}>, which an earlier rdf:ID already named.");
        return iri;
    }

    private BlankNode NodeIdBlank(Attribute a)
    {
        if (!RdfXmlNames.IsNcName(a.Value)) FailAt(a, $"rdf:nodeID '{a.Value}' is not an XML NCName.");
        if (!_nodeIds.TryGetValue(a.Value, out var node))
        {
            node = BlankNode.CreateNew();
            _nodeIds.Add(a.Value, node);
        }
        return node;
    }

    private string Resolve(string? baseIri, string reference, Attribute a)
    {
        if (!IriResolver.TryResolve(baseIri, reference, out var iri) || iri is null)
            FailAt(a, $"The IRI <{reference}> cannot be resolved: there is no base IRI.");
        if (!IriSyntax.IsAbsoluteIri(iri, out var error)) FailAt(a, $"<{iri}> is not a valid IRI: {error}.");
        return iri;
    }

    private string Resolve(string? baseIri, string reference)
    {
        if (!IriResolver.TryResolve(baseIri, reference, out var iri) || iri is null)
            Fail($"The IRI <{reference}> cannot be resolved: there is no base IRI.");
        return iri;
    }
}
