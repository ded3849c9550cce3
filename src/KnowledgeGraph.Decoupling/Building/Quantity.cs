using KnowledgeGraph.Model;

namespace KnowledgeGraph.Building;

/// <summary>
/// A possibly approximate number for <c>dcp:headcount</c>, <c>dcp:revenue</c> or <c>dcp:publicationCount</c>,
/// written as a <c>dcp:Quantity</c> node with <c>schema:value</c> or <c>schema:minValue</c>/<c>schema:maxValue</c>,
/// <c>schema:currency</c>, <c>schema:unitText</c>, <c>dcp:isApproximate</c> and the original wording in
/// <c>dcp:originalText</c>. Immutable: each method returns a changed copy.
/// </summary>
/// <example><code>Quantity.About(1800).Unit("people").Quoting("约1800人", "zh-Hans")</code></example>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed class Quantity
{
    private Quantity(decimal? value, decimal? min, decimal? max, bool approximate)
    {
        if (min is not null && max is not null && min > max)
            throw new ArgumentException($"The minimum {min} is greater than the maximum {max}.");
        Value = value;
        MinValue = min;
        MaxValue = max;
        IsApproximate = approximate;
    }

    /// <summary>The value (<c>schema:value</c>), when one is given.</summary>
    public decimal? Value { get; private init; }

    /// <summary>The lower bound (<c>schema:minValue</c>), for "100+" or "hundreds".</summary>
    public decimal? MinValue { get; private init; }

    /// <summary>The upper bound (<c>schema:maxValue</c>), for "close to" or "up to".</summary>
    public decimal? MaxValue { get; private init; }

    /// <summary>The ISO 4217 currency code (<c>schema:currency</c>), for amounts of money.</summary>
    public string? Currency { get; private init; }

    /// <summary>The unit in words (<c>schema:unitText</c>), e.g. <c>people</c> or <c>papers</c>.</summary>
    public string? UnitText { get; private init; }

    /// <summary>True when the article gives the number only approximately (<c>dcp:isApproximate</c>).</summary>
    public bool IsApproximate { get; private init; }

    /// <summary>The source's wording of the number (<c>dcp:originalText</c>) in its own language, e.g. <c>"近10亿美元"@zh-Hans</c>.</summary>
    public Literal? OriginalText { get; private init; }

    /// <summary>Who the quantity benefits (<c>dcp:beneficiary</c>), e.g. the business a revenue accrued to.</summary>
    public IAgentReference? Beneficiary { get; private init; }

    /// <summary>An exact number.</summary>
    public static Quantity Exactly(decimal value) => new(value, null, null, false);

    /// <summary>An approximate number ("about 1,800").</summary>
    public static Quantity About(decimal value) => new(value, null, null, true);

    /// <summary>At least <paramref name="min"/> ("100+", "more than 100").</summary>
    public static Quantity AtLeast(decimal min) => new(null, min, null, false);

    /// <summary>At most <paramref name="max"/> ("up to", "close to").</summary>
    public static Quantity AtMost(decimal max) => new(null, null, max, false);

    /// <summary>Between two bounds.</summary>
    public static Quantity Between(decimal min, decimal max) => new(null, min, max, false);

    /// <summary>Marks the number approximate ("close to", "hundreds").</summary>
    public Quantity Approximately() => With(approximate: true);

    /// <summary>Sets the ISO 4217 currency code, e.g. <c>USD</c>.</summary>
    public Quantity InCurrency(string iso4217)
    {
        ArgumentNullException.ThrowIfNull(iso4217);
        if (iso4217.Length != 3 || !iso4217.All(char.IsAsciiLetterUpper))
            throw new ArgumentException($"'{iso4217}' is not an ISO 4217 currency code such as USD.", nameof(iso4217));
        return With(currency: iso4217);
    }

    /// <summary>Sets the unit in words, e.g. <c>people</c>.</summary>
    public Quantity Unit(string unitText)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitText);
        return With(unitText: unitText);
    }

    /// <summary>Keeps the source's wording of the number, tagged with the language it is written in (a BCP 47 tag such
    /// as <c>zh-Hans</c> or <c>en</c>: each quote carries its own language).</summary>
    /// <exception cref="ArgumentException">The text is empty or the tag is not a language tag.</exception>
    public Quantity Quoting(string originalText, string language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(originalText);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        return With(originalText: Literal.CreateLanguageTagged(originalText, language));
    }

    /// <summary>Records who the quantity benefits.</summary>
    public Quantity BenefitingTo(IAgentReference beneficiary)
    {
        ArgumentNullException.ThrowIfNull(beneficiary);
        return With(beneficiary: beneficiary);
    }

    private Quantity With(bool? approximate = null, string? currency = null, string? unitText = null, Literal? originalText = null, IAgentReference? beneficiary = null) =>
        new(Value, MinValue, MaxValue, approximate ?? IsApproximate)
        {
            Currency = currency ?? Currency,
            UnitText = unitText ?? UnitText,
            OriginalText = originalText ?? OriginalText,
            Beneficiary = beneficiary ?? Beneficiary,
        };
}
