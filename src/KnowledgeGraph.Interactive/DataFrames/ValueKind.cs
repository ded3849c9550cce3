using KnowledgeGraph.Model;

namespace KnowledgeGraph.Interactive;

/// <summary>What a column can hold, from the narrowest to the widest; a column takes the widest kind among its
/// bound values (integers and other numbers make a column of doubles; anything else mixed makes strings).</summary>
internal enum ValueKind
{
    None,
    Integer,
    Number,
    Boolean,
    DateTime,
    String,
}

internal static class ValueKinds
{
    /// <summary>The kind of one value: numbers, booleans and dates only when the literal's lexical form is valid for
    /// its XSD datatype; IRIs, blank nodes and every other literal are strings.</summary>
    public static ValueKind Of(Term? term) => term switch
    {
        null => ValueKind.None,
        Literal l when IsIntegral(l) && l.TryGetValue(out long _) => ValueKind.Integer,
        Literal l when l.TryGetValue(out double _) => ValueKind.Number,
        Literal l when l.TryGetValue(out bool _) => ValueKind.Boolean,
        Literal l when l.TryGetValue(out DateTimeOffset _) => ValueKind.DateTime,
        _ => ValueKind.String,
    };

    public static ValueKind Widen(ValueKind column, ValueKind value) => (column, value) switch
    {
        (_, ValueKind.None) => column,
        (ValueKind.None, _) => value,
        _ when column == value => column,
        (ValueKind.Integer, ValueKind.Number) or (ValueKind.Number, ValueKind.Integer) => ValueKind.Number,
        _ => ValueKind.String,
    };

    /// <summary>The text a string column shows: a literal's lexical form (no language tag or datatype), an IRI as
    /// itself, a blank node as <c>_:label</c>.</summary>
    public static string Text(Term term) => term switch
    {
        Literal l => l.LexicalForm,
        NamedNode n => n.Value,
        BlankNode b => "_:" + b.Label,
        _ => term.ToString(),
    };

    private static bool IsIntegral(Literal l) =>
        !l.Datatype.Equals(Vocab.Xsd.Double) && !l.Datatype.Equals(Vocab.Xsd.Float) && !l.Datatype.Equals(Vocab.Xsd.Decimal);
}
