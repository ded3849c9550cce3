using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>How the operators see a term: which value space it belongs to, if any known one.</summary>
internal enum ValueCategory
{
    /// <summary>An IRI or blank node.</summary>
    NonLiteral,
    /// <summary>A numeric literal with a valid lexical form.</summary>
    Numeric,
    /// <summary>A simple literal or <c>xsd:string</c>.</summary>
    String,
    /// <summary>A language-tagged string.</summary>
    LangString,
    /// <summary>A valid <c>xsd:boolean</c>.</summary>
    Boolean,
    /// <summary>A valid <c>xsd:dateTime</c>, <c>xsd:date</c> or <c>xsd:time</c>.</summary>
    DateTime,
    /// <summary>A literal of an unknown datatype, or of a known one with an invalid lexical form.</summary>
    Unknown,
}

/// <summary>A term together with its parsed value, computed once per operator call.</summary>
internal readonly struct TermValue
{
    public TermValue(Term term)
    {
        Term = term;
        Numeric = default;
        DateTime = default;
        Boolean = false;
        if (term is not Literal l)
        {
            Category = ValueCategory.NonLiteral;
            return;
        }
        if (l.Language is not null)
        {
            Category = ValueCategory.LangString;
            return;
        }
        var dt = l.Datatype.Value;
        if (dt == XsdTypes.String) Category = ValueCategory.String;
        else if (XsdTypes.IsNumericType(dt))
        {
            bool valid = NumericValue.TryParse(l.LexicalForm, dt, out var n);
            Numeric = n;
            Category = valid ? ValueCategory.Numeric : ValueCategory.Unknown;
        }
        else if (dt == XsdTypes.Boolean)
        {
            bool valid = XsdLexical.TryParseBoolean(l.LexicalForm, out bool b);
            Boolean = b;
            Category = valid ? ValueCategory.Boolean : ValueCategory.Unknown;
        }
        else if (DateTimeValue.TryGet(l, out var d))
        {
            DateTime = d;
            Category = ValueCategory.DateTime;
        }
        else Category = ValueCategory.Unknown;
    }

    public Term Term { get; }
    public ValueCategory Category { get; }
    public NumericValue Numeric { get; }
    public DateTimeValue DateTime { get; }
    public bool Boolean { get; }

    /// <summary>The lexical form (literals only).</summary>
    public string Lexical => ((Literal)Term).LexicalForm;
}
