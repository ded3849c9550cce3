namespace KnowledgeGraph.Export;

/// <summary>
/// One literal-valued predicate shown as a node attribute: its key (unique, case-insensitively, among all keys of
/// the export), its predicate and the type every one of its values fits.
/// </summary>
internal sealed class AttributeColumn
{
    public AttributeColumn(int predicateId, string predicateIri)
    {
        PredicateId = predicateId;
        PredicateIri = predicateIri;
    }

    public int PredicateId { get; }

    public string PredicateIri { get; }

    public string Key { get; set; } = "";

    /// <summary>Position in the declaration order (keys sorted), so a node's values can be written in that order.</summary>
    public int Order { get; set; }

    public AttributeKind Kind { get; set; } = AttributeKind.Boolean;

    /// <summary>True once any value was seen; a column whose values were all filtered out is not declared.</summary>
    public bool HasValues { get; set; }
}

/// <summary>One attribute value of one node, ready to write.</summary>
internal readonly record struct AttributeValue(AttributeColumn Column, string Value);
