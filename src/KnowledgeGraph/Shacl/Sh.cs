using KnowledgeGraph.Model;

namespace KnowledgeGraph.Shacl;

/// <summary>The terms of the SHACL vocabulary (<c>http://www.w3.org/ns/shacl#</c>) the validator reads and writes.</summary>
internal static class Sh
{
    public const string Namespace = "http://www.w3.org/ns/shacl#";

    private static NamedNode N(string local) => NamedNode.CreateUnchecked(Namespace + local);

    // Shapes and targets
    public static readonly NamedNode NodeShape = N("NodeShape"), PropertyShape = N("PropertyShape");
    public static readonly NamedNode TargetNode = N("targetNode"), TargetClass = N("targetClass");
    public static readonly NamedNode TargetSubjectsOf = N("targetSubjectsOf"), TargetObjectsOf = N("targetObjectsOf");
    public static readonly NamedNode Target = N("target"), SparqlTarget = N("SPARQLTarget");
    public static readonly NamedNode Path = N("path"), Deactivated = N("deactivated"), Severity = N("severity");
    public static readonly NamedNode Message = N("message");

    // Paths
    public static readonly NamedNode InversePath = N("inversePath"), AlternativePath = N("alternativePath");
    public static readonly NamedNode ZeroOrMorePath = N("zeroOrMorePath"), OneOrMorePath = N("oneOrMorePath"), ZeroOrOnePath = N("zeroOrOnePath");

    // Severities
    public static readonly NamedNode Violation = N("Violation"), Warning = N("Warning"), Info = N("Info");

    // Core constraint parameters
    public static readonly NamedNode Class = N("class"), Datatype = N("datatype"), NodeKind = N("nodeKind");
    public static readonly NamedNode MinCount = N("minCount"), MaxCount = N("maxCount");
    public static readonly NamedNode MinExclusive = N("minExclusive"), MinInclusive = N("minInclusive");
    public static readonly NamedNode MaxExclusive = N("maxExclusive"), MaxInclusive = N("maxInclusive");
    public static readonly NamedNode MinLength = N("minLength"), MaxLength = N("maxLength");
    public static readonly NamedNode Pattern = N("pattern"), Flags = N("flags");
    public static readonly NamedNode LanguageIn = N("languageIn"), UniqueLang = N("uniqueLang");
    public static readonly NamedNode EqualsP = N("equals"), Disjoint = N("disjoint");
    public static readonly NamedNode LessThan = N("lessThan"), LessThanOrEquals = N("lessThanOrEquals");
    public static readonly NamedNode Not = N("not"), And = N("and"), Or = N("or"), Xone = N("xone");
    public static readonly NamedNode Node = N("node"), Property = N("property");
    public static readonly NamedNode QualifiedValueShape = N("qualifiedValueShape"), QualifiedMinCount = N("qualifiedMinCount");
    public static readonly NamedNode QualifiedMaxCount = N("qualifiedMaxCount"), QualifiedValueShapesDisjoint = N("qualifiedValueShapesDisjoint");
    public static readonly NamedNode Closed = N("closed"), IgnoredProperties = N("ignoredProperties");
    public static readonly NamedNode HasValue = N("hasValue"), In = N("in");

    // Node kinds
    public static readonly NamedNode BlankNode = N("BlankNode"), Iri = N("IRI"), LiteralKind = N("Literal");
    public static readonly NamedNode BlankNodeOrIri = N("BlankNodeOrIRI"), BlankNodeOrLiteral = N("BlankNodeOrLiteral"), IriOrLiteral = N("IRIOrLiteral");

    // SHACL-SPARQL
    public static readonly NamedNode Sparql = N("sparql"), Select = N("select"), Ask = N("ask"), Prefixes = N("prefixes");
    public static readonly NamedNode Declare = N("declare"), PrefixP = N("prefix"), NamespaceP = N("namespace");
    public static readonly NamedNode ConstraintComponent = N("ConstraintComponent"), Parameter = N("parameter"), Optional = N("optional");
    public static readonly NamedNode Validator = N("validator"), NodeValidator = N("nodeValidator"), PropertyValidator = N("propertyValidator");
    public static readonly NamedNode SparqlConstraintComponent = N("SPARQLConstraintComponent");

    // Report
    public static readonly NamedNode ValidationReport = N("ValidationReport"), ValidationResult = N("ValidationResult");
    public static readonly NamedNode Conforms = N("conforms"), Result = N("result"), FocusNode = N("focusNode");
    public static readonly NamedNode ResultPath = N("resultPath"), Value = N("value"), ResultSeverity = N("resultSeverity");
    public static readonly NamedNode SourceShape = N("sourceShape"), SourceConstraintComponent = N("sourceConstraintComponent");
    public static readonly NamedNode SourceConstraint = N("sourceConstraint"), ResultMessage = N("resultMessage");

    /// <summary>The IRI of the constraint component named <paramref name="local"/> (<c>sh:ClassConstraintComponent</c>…).</summary>
    public static NamedNode Component(string local) => N(local + "ConstraintComponent");
}
