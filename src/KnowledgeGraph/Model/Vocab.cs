namespace KnowledgeGraph.Model;

/// <summary>IRIs of the vocabularies every RDF program needs.</summary>
/// <remarks>Thread safety: every member is safe to call from several threads at once.</remarks>
public static class Vocab
{
    /// <summary>The RDF vocabulary, <c>http://www.w3.org/1999/02/22-rdf-syntax-ns#</c>.</summary>
    /// <remarks>Thread safety: immutable constants; safe from any thread.</remarks>
    public static class Rdf
    {
        /// <summary>The namespace IRI.</summary>
        public const string Namespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        /// <summary><c>rdf:type</c>.</summary>
        public static readonly NamedNode Type = NamedNode.CreateUnchecked(Namespace + "type");
        /// <summary><c>rdf:first</c>.</summary>
        public static readonly NamedNode First = NamedNode.CreateUnchecked(Namespace + "first");
        /// <summary><c>rdf:rest</c>.</summary>
        public static readonly NamedNode Rest = NamedNode.CreateUnchecked(Namespace + "rest");
        /// <summary><c>rdf:nil</c>.</summary>
        public static readonly NamedNode Nil = NamedNode.CreateUnchecked(Namespace + "nil");
        /// <summary><c>rdf:langString</c>.</summary>
        public static readonly NamedNode LangString = NamedNode.CreateUnchecked(Namespace + "langString");
        /// <summary><c>rdf:XMLLiteral</c>.</summary>
        public static readonly NamedNode XmlLiteral = NamedNode.CreateUnchecked(Namespace + "XMLLiteral");
        /// <summary><c>rdf:JSON</c>.</summary>
        public static readonly NamedNode Json = NamedNode.CreateUnchecked(Namespace + "JSON");
        /// <summary><c>rdf:subject</c>.</summary>
        public static readonly NamedNode Subject = NamedNode.CreateUnchecked(Namespace + "subject");
        /// <summary><c>rdf:predicate</c>.</summary>
        public static readonly NamedNode Predicate = NamedNode.CreateUnchecked(Namespace + "predicate");
        /// <summary><c>rdf:object</c>.</summary>
        public static readonly NamedNode Object = NamedNode.CreateUnchecked(Namespace + "object");
        /// <summary><c>rdf:Statement</c>.</summary>
        public static readonly NamedNode Statement = NamedNode.CreateUnchecked(Namespace + "Statement");
    }

    /// <summary>XML Schema datatypes, <c>http://www.w3.org/2001/XMLSchema#</c>.</summary>
    /// <remarks>Thread safety: immutable constants; safe from any thread.</remarks>
    public static class Xsd
    {
        /// <summary>The namespace IRI.</summary>
        public const string Namespace = "http://www.w3.org/2001/XMLSchema#";
        /// <summary>The IRI string of <c>xsd:string</c>.</summary>
        public const string StringIri = Namespace + "string";
        /// <summary><c>xsd:string</c>.</summary>
        public static readonly NamedNode String = NamedNode.CreateUnchecked(StringIri);
        /// <summary><c>xsd:boolean</c>.</summary>
        public static readonly NamedNode Boolean = NamedNode.CreateUnchecked(Namespace + "boolean");
        /// <summary><c>xsd:integer</c>.</summary>
        public static readonly NamedNode Integer = NamedNode.CreateUnchecked(Namespace + "integer");
        /// <summary><c>xsd:decimal</c>.</summary>
        public static readonly NamedNode Decimal = NamedNode.CreateUnchecked(Namespace + "decimal");
        /// <summary><c>xsd:double</c>.</summary>
        public static readonly NamedNode Double = NamedNode.CreateUnchecked(Namespace + "double");
        /// <summary><c>xsd:float</c>.</summary>
        public static readonly NamedNode Float = NamedNode.CreateUnchecked(Namespace + "float");
        /// <summary><c>xsd:int</c>.</summary>
        public static readonly NamedNode Int = NamedNode.CreateUnchecked(Namespace + "int");
        /// <summary><c>xsd:long</c>.</summary>
        public static readonly NamedNode Long = NamedNode.CreateUnchecked(Namespace + "long");
        /// <summary><c>xsd:date</c>.</summary>
        public static readonly NamedNode Date = NamedNode.CreateUnchecked(Namespace + "date");
        /// <summary><c>xsd:dateTime</c>.</summary>
        public static readonly NamedNode DateTime = NamedNode.CreateUnchecked(Namespace + "dateTime");
        /// <summary><c>xsd:time</c>.</summary>
        public static readonly NamedNode Time = NamedNode.CreateUnchecked(Namespace + "time");
        /// <summary><c>xsd:gYear</c>.</summary>
        public static readonly NamedNode GYear = NamedNode.CreateUnchecked(Namespace + "gYear");
        /// <summary><c>xsd:gYearMonth</c>.</summary>
        public static readonly NamedNode GYearMonth = NamedNode.CreateUnchecked(Namespace + "gYearMonth");
        /// <summary><c>xsd:duration</c>.</summary>
        public static readonly NamedNode Duration = NamedNode.CreateUnchecked(Namespace + "duration");
        /// <summary><c>xsd:anyURI</c>.</summary>
        public static readonly NamedNode AnyUri = NamedNode.CreateUnchecked(Namespace + "anyURI");
    }

    /// <summary>RDF Schema, <c>http://www.w3.org/2000/01/rdf-schema#</c>.</summary>
    /// <remarks>Thread safety: immutable constants; safe from any thread.</remarks>
    public static class Rdfs
    {
        /// <summary>The namespace IRI.</summary>
        public const string Namespace = "http://www.w3.org/2000/01/rdf-schema#";
        /// <summary><c>rdfs:label</c>.</summary>
        public static readonly NamedNode Label = NamedNode.CreateUnchecked(Namespace + "label");
        /// <summary><c>rdfs:comment</c>.</summary>
        public static readonly NamedNode Comment = NamedNode.CreateUnchecked(Namespace + "comment");
        /// <summary><c>rdfs:subClassOf</c>.</summary>
        public static readonly NamedNode SubClassOf = NamedNode.CreateUnchecked(Namespace + "subClassOf");
        /// <summary><c>rdfs:subPropertyOf</c>.</summary>
        public static readonly NamedNode SubPropertyOf = NamedNode.CreateUnchecked(Namespace + "subPropertyOf");
        /// <summary><c>rdfs:domain</c>.</summary>
        public static readonly NamedNode Domain = NamedNode.CreateUnchecked(Namespace + "domain");
        /// <summary><c>rdfs:range</c>.</summary>
        public static readonly NamedNode Range = NamedNode.CreateUnchecked(Namespace + "range");
        /// <summary><c>rdfs:Class</c>.</summary>
        public static readonly NamedNode Class = NamedNode.CreateUnchecked(Namespace + "Class");
    }
}
