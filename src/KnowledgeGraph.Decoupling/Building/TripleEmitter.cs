using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Building;

/// <summary>
/// Turns checked node builders into triples, minting the readable ids of the nodes they own: quantities
/// (<c>{owner}-{property}</c>), times (<c>{event}-time</c>, <c>-time-start</c>, <c>-time-end</c>) and claims
/// (<c>{first subject}-claim-{n}</c>, numbered in the order they were made, so ids are stable across builds).
/// </summary>
internal sealed class TripleEmitter
{
    private readonly HashSet<string> _taken;
    private readonly Dictionary<string, int> _claimNumbers = new(StringComparer.Ordinal);

    public TripleEmitter(IEnumerable<string> takenIds) => _taken = new HashSet<string>(takenIds, StringComparer.Ordinal);

    public List<Triple> Triples { get; } = [];

    public void Add(Term subject, NamedNode predicate, Term @object) => Triples.Add(new Triple(subject, predicate, @object));

    public void AddQuantity(INodeReference owner, NamedNode property, Quantity q)
    {
        var node = Mint(owner.Id + "-" + Kebab(property.Value[Dcp.Namespace.Length..]));
        Add(owner.Iri, property, node);
        Add(node, Vocab.Rdf.Type, Dcp.Quantity);
        if (q.Value is decimal v) Add(node, ExternalVocab.SchemaValue, Number(v));
        if (q.MinValue is decimal min) Add(node, ExternalVocab.SchemaMinValue, Number(min));
        if (q.MaxValue is decimal max) Add(node, ExternalVocab.SchemaMaxValue, Number(max));
        if (q.Currency is not null) Add(node, ExternalVocab.SchemaCurrency, Literal.Create(q.Currency));
        if (q.UnitText is not null) Add(node, ExternalVocab.SchemaUnitText, Literal.Create(q.UnitText));
        Add(node, Dcp.IsApproximate, Literal.Boolean(q.IsApproximate));
        if (q.OriginalText is not null) Add(node, Dcp.OriginalText, q.OriginalText);
        if (q.Beneficiary is not null) Add(node, Dcp.Beneficiary, q.Beneficiary.Iri);
    }

    public void AddTime(INodeReference owner, EdtfDate date, Literal? originalText)
    {
        var node = Mint(owner.Id + "-time");
        Add(owner.Iri, Dcp.HasTime, node);
        Add(node, Dcp.Edtf, Literal.Create(date.Text));
        if (originalText is not null) Add(node, Dcp.OriginalText, originalText);
        if (!date.IsInterval)
        {
            Add(node, Vocab.Rdf.Type, ExternalVocab.TimeInstant);
            AddXsdValue(node, date.Start!.Value);
            return;
        }
        Add(node, Vocab.Rdf.Type, ExternalVocab.TimeInterval);
        var ends = date.Text.Split('/');
        if (date.Start is EdtfPoint start) AddInstant(node, ExternalVocab.TimeHasBeginning, owner.Id + "-time-start", ends[0], start);
        if (date.End is EdtfPoint end) AddInstant(node, ExternalVocab.TimeHasEnd, owner.Id + "-time-end", ends[1], end);
    }

    public void AddClaim(ClaimSpec claim)
    {
        var first = claim.About[0];
        int n = _claimNumbers[first.Id] = _claimNumbers.GetValueOrDefault(first.Id) + 1;
        var node = Mint($"{first.Id}-claim-{n}");
        Add(node, Vocab.Rdf.Type, Dcp.Claim);
        foreach (var about in claim.About) Add(node, Dcp.About, about.Iri);
        Add(node, Dcp.StatedIn, claim.Article.Iri);
        Add(node, Dcp.OriginalText, Quote(claim.OriginalText, claim.Article.Language));
        Add(node, Dcp.Hedging, VocabularyIris.Of(claim.Hedging));
        if (claim.AttributedTo is not null) Add(node, ExternalVocab.ProvWasAttributedTo, claim.AttributedTo.Iri);
        if (claim.Summary is not null) Add(node, Vocab.Rdfs.Comment, Quote(claim.Summary, "en"));
    }

    private void AddInstant(NamedNode interval, NamedNode link, string id, string edtf, EdtfPoint point)
    {
        var node = Mint(id);
        Add(interval, link, node);
        Add(node, Vocab.Rdf.Type, ExternalVocab.TimeInstant);
        Add(node, Dcp.Edtf, Literal.Create(edtf));
        AddXsdValue(node, point);
    }

    private void AddXsdValue(NamedNode node, EdtfPoint point)
    {
        var value = point.ToXsdLiteral();
        if (value is null) return;
        var property = point.Precision switch
        {
            EdtfPrecision.Day => ExternalVocab.TimeInXsdDate,
            EdtfPrecision.Month => ExternalVocab.TimeInXsdGYearMonth,
            _ => ExternalVocab.TimeInXsdGYear,
        };
        Add(node, property, value);
    }

    /// <summary>A fresh IRI for a derived node; a clash with a user's id gets a numeric suffix.</summary>
    private NamedNode Mint(string id)
    {
        var candidate = id;
        for (int i = 2; !_taken.Add(candidate); i++) candidate = $"{id}-{i}";
        return Dcp.Resource(candidate);
    }

    private static Literal Number(decimal value) =>
        value == decimal.Truncate(value) && Math.Abs(value) < long.MaxValue ? Literal.Integer((long)value) : Literal.Decimal(value);

    private static Literal Quote(string text, string language) => Literal.CreateLanguageTagged(text, language);

    private static string Kebab(string camel)
    {
        var sb = new StringBuilder(camel.Length + 4);
        foreach (char c in camel)
        {
            if (char.IsUpper(c) && sb.Length > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
