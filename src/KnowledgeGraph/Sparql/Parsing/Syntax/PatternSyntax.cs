using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Algebra.Expressions;
using KnowledgeGraph.Sparql.Algebra.Paths;

namespace KnowledgeGraph.Sparql.Parsing.Syntax;

/// <summary>A group graph pattern <c>{ … }</c>: a list of elements, or a single sub-select.</summary>
internal sealed class GroupSyntax
{
    public List<PatternElement> Elements { get; } = new();

    public QuerySyntax? SubSelect { get; set; }

    public int Offset { get; init; }

    /// <summary>Just after the closing brace, so the group's text is <c>query[Offset..End]</c> (SERVICE sends it on).</summary>
    public int End { get; set; }
}

/// <summary>An element of a group graph pattern (GroupGraphPatternSub in §19.8).</summary>
internal abstract record PatternElement(int Offset);

/// <summary>A triple whose predicate is a variable, an IRI or a path.</summary>
internal sealed record PathTriple(PatternTerm Subject, PatternTerm? Predicate, PathExpression? Path, PatternTerm Object);

/// <summary>A run of triples (a TriplesBlock).</summary>
internal sealed record TriplesElement(int Offset, List<PathTriple> Triples) : PatternElement(Offset);

internal sealed record FilterElement(int Offset, Expression Condition) : PatternElement(Offset);

internal sealed record OptionalElement(int Offset, GroupSyntax Group) : PatternElement(Offset);

internal sealed record MinusElement(int Offset, GroupSyntax Group) : PatternElement(Offset);

internal sealed record GraphElement(int Offset, PatternTerm Name, GroupSyntax Group) : PatternElement(Offset);

/// <summary>SERVICE, with the text a remote endpoint is sent: the query's prologue (BASE, PREFIX) and the group as written.</summary>
internal sealed record ServiceElement(int Offset, PatternTerm Endpoint, bool Silent, GroupSyntax Group, string Prologue, string PatternText) : PatternElement(Offset);

/// <summary>A nested group, or several joined by UNION.</summary>
internal sealed record UnionElement(int Offset, List<GroupSyntax> Alternatives) : PatternElement(Offset);

internal sealed record BindElement(int Offset, Expression Expression, string Variable) : PatternElement(Offset);

internal sealed record ValuesElement(int Offset, Table Data) : PatternElement(Offset);
