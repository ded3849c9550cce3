using KnowledgeGraph.Model;

namespace KnowledgeGraph.Domain;

/// <summary>The terms of the vocabularies the decoupling ontology aligns with, as the builder, queries and validator
/// use them.</summary>
internal static class ExternalVocab
{
    public const string SchemaNs = "http://schema.org/";
    public const string ProvNs = "http://www.w3.org/ns/prov#";
    public const string SkosNs = "http://www.w3.org/2004/02/skos/core#";
    public const string TimeNs = "http://www.w3.org/2006/time#";
    public const string OwlNs = "http://www.w3.org/2002/07/owl#";
    public const string OrgNs = "http://www.w3.org/ns/org#";
    public const string SemNs = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public const string WikidataNs = "http://www.wikidata.org/entity/";

    public static readonly NamedNode SchemaSameAs = N(SchemaNs + "sameAs");
    public static readonly NamedNode SchemaValue = N(SchemaNs + "value");
    public static readonly NamedNode SchemaMinValue = N(SchemaNs + "minValue");
    public static readonly NamedNode SchemaMaxValue = N(SchemaNs + "maxValue");
    public static readonly NamedNode SchemaCurrency = N(SchemaNs + "currency");
    public static readonly NamedNode SchemaUnitText = N(SchemaNs + "unitText");
    public static readonly NamedNode SchemaJobTitle = N(SchemaNs + "jobTitle");
    public static readonly NamedNode SchemaDescription = N(SchemaNs + "description");
    public static readonly NamedNode SchemaHeadline = N(SchemaNs + "headline");
    public static readonly NamedNode SchemaInLanguage = N(SchemaNs + "inLanguage");
    public static readonly NamedNode SchemaUrl = N(SchemaNs + "url");
    public static readonly NamedNode SchemaDatePublished = N(SchemaNs + "datePublished");

    public static readonly NamedNode ProvWasAttributedTo = N(ProvNs + "wasAttributedTo");

    public static readonly NamedNode SkosPrefLabel = N(SkosNs + "prefLabel");
    public static readonly NamedNode SkosAltLabel = N(SkosNs + "altLabel");
    public static readonly NamedNode SkosNote = N(SkosNs + "note");
    public static readonly NamedNode SkosConcept = N(SkosNs + "Concept");

    public static readonly NamedNode TimeInstant = N(TimeNs + "Instant");
    public static readonly NamedNode TimeInterval = N(TimeNs + "Interval");
    public static readonly NamedNode TimeHasBeginning = N(TimeNs + "hasBeginning");
    public static readonly NamedNode TimeHasEnd = N(TimeNs + "hasEnd");
    public static readonly NamedNode TimeInXsdDate = N(TimeNs + "inXSDDate");
    public static readonly NamedNode TimeInXsdGYearMonth = N(TimeNs + "inXSDgYearMonth");
    public static readonly NamedNode TimeInXsdGYear = N(TimeNs + "inXSDgYear");

    public static readonly NamedNode OwlClass = N(OwlNs + "Class");
    public static readonly NamedNode OwlObjectProperty = N(OwlNs + "ObjectProperty");
    public static readonly NamedNode OwlDatatypeProperty = N(OwlNs + "DatatypeProperty");
    public static readonly NamedNode OwlRestriction = N(OwlNs + "Restriction");
    public static readonly NamedNode OwlOnProperty = N(OwlNs + "onProperty");
    public static readonly NamedNode OwlInverseOf = N(OwlNs + "inverseOf");
    public static readonly NamedNode OwlMinCardinality = N(OwlNs + "minCardinality");
    public static readonly NamedNode OwlSomeValuesFrom = N(OwlNs + "someValuesFrom");
    public static readonly NamedNode OwlUnionOf = N(OwlNs + "unionOf");
    public static readonly NamedNode OwlEquivalentClass = N(OwlNs + "equivalentClass");

    /// <summary>The prefixes every graph of the decoupling domain is written with.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Prefixes =
    [
        new("dcp", Dcp.Namespace),
        new("dcpr", Dcp.ResourceNamespace),
        new("schema", SchemaNs),
        new("prov", ProvNs),
        new("skos", SkosNs),
        new("xsd", Vocab.Xsd.Namespace),
        new("rdfs", Vocab.Rdfs.Namespace),
        new("owl", OwlNs),
        new("org", OrgNs),
        new("time", TimeNs),
        new("sem", SemNs),
    ];

    private static NamedNode N(string iri) => NamedNode.CreateUnchecked(iri);
}
