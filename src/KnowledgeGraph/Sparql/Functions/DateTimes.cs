using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>The date and time functions of SPARQL 1.1 section 17.4.5.</summary>
internal static class DateTimes
{
    public static Term Now(FunctionContext context) => DateTimeValue.FromOffset(context.Now).ToLiteral();

    public static Term? Year(Term? a) => Get(a, true, v => Literal.Integer(v.Year));

    public static Term? Month(Term? a) => Get(a, true, v => Literal.Integer(v.Month));

    public static Term? Day(Term? a) => Get(a, true, v => Literal.Integer(v.Day));

    public static Term? Hours(Term? a) => Get(a, false, v => Literal.Integer(v.Hour));

    public static Term? Minutes(Term? a) => Get(a, false, v => Literal.Integer(v.Minute));

    /// <summary>SECONDS returns an <c>xsd:decimal</c>, fractions included.</summary>
    public static Term? Seconds(Term? a) => Get(a, false, v => NumericValue.FromDecimal(v.Second).ToLiteral());

    /// <summary>TIMEZONE: the offset as an <c>xsd:dayTimeDuration</c>; an error when the value has no timezone.</summary>
    public static Term? Timezone(Term? a) => Get(a, null, v => v.TimezoneMinutes is int tz
        ? Literal.Create(DateTimeValue.DurationOfOffset(tz), XsdTypes.DayTimeDurationNode)
        : null);

    /// <summary>TZ: the timezone as written ("Z", "-08:00"), or the empty string when there is none.</summary>
    public static Term? Tz(Term? a) => Get(a, null, v => Literal.Create(v.TimezoneText));

    /// <summary>
    /// Applies <paramref name="f"/> to an <c>xsd:dateTime</c>; <paramref name="datePart"/> true also accepts
    /// <c>xsd:date</c>, false also accepts <c>xsd:time</c>, null accepts all three.
    /// </summary>
    private static Term? Get(Term? a, bool? datePart, Func<DateTimeValue, Term?> f)
    {
        if (!DateTimeValue.TryGet(a, out var v)) return null;
        bool allowed = v.Kind == DateTimeKind.DateTime
            || datePart is null
            || (datePart == true && v.Kind == DateTimeKind.Date)
            || (datePart == false && v.Kind == DateTimeKind.Time);
        return allowed ? f(v) : null;
    }
}
