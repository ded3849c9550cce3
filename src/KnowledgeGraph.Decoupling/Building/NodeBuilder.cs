using System.Text.RegularExpressions;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Building;

/// <summary>
/// What every node builder offers: bilingual labels (<c>skos:prefLabel</c>, one per language), alternative labels,
/// descriptions, a Wikidata link (<c>schema:sameAs</c>) and claims (<c>dcp:Claim</c>) that back the node with a quote
/// from an article. Instances come from <see cref="KnowledgeGraphBuilder"/>'s factory methods.
/// </summary>
/// <typeparam name="TSelf">The concrete builder, returned by every method so calls chain.</typeparam>
/// <remarks>Thread safety: not thread-safe; use one builder from one thread at a time (the graph it produces is thread-safe).</remarks>
public abstract partial class NodeBuilder<TSelf> : INodeReference, IBuiltNode where TSelf : NodeBuilder<TSelf>
{
    private readonly Dictionary<string, string> _prefLabels = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(NamedNode Property, Term Value)> _statements = [];
    private readonly List<(NamedNode Property, Quantity Value)> _quantities = [];

    private protected NodeBuilder(KnowledgeGraphBuilder owner, string id, NamedNode type)
    {
        ArgumentNullException.ThrowIfNull(id);
        Owner = owner;
        Id = id;
        // The id's syntax is checked when the node is registered, with a message that says how to fix it.
        Iri = NamedNode.CreateUnchecked(Dcp.ResourceNamespace + id);
        Type = type;
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <inheritdoc />
    public NamedNode Iri { get; }

    /// <summary>The node's ontology class, e.g. <c>dcp:ResearchLab</c>.</summary>
    public NamedNode Type { get; }

    internal KnowledgeGraphBuilder Owner { get; }

    KnowledgeGraphBuilder IBuiltNode.Owner => Owner;

    int IBuiltNode.ClaimCount
    {
        get => ClaimCount;
        set => ClaimCount = value;
    }

    internal int ClaimCount { get; set; }

    private protected TSelf Self => (TSelf)this;

    /// <summary>Sets preferred labels, each in its own language: <c>Label(("Amazon", "en"), ("亚马逊", "zh-Hans"))</c>.</summary>
    /// <exception cref="GraphBuildException">The node already has a label in one of the languages, or a tag is not a language tag.</exception>
    public TSelf Label(params (string Text, string Language)[] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        foreach (var (text, language) in labels) PrefLabel(text, language);
        return Self;
    }

    /// <summary>Sets the preferred label (<c>skos:prefLabel</c>) in one language; a node has at most one per language.</summary>
    /// <exception cref="GraphBuildException">The node already has a label in this language.</exception>
    public TSelf PrefLabel(string text, string language)
    {
        var literal = LanguageText(text, language);
        if (_prefLabels.TryGetValue(language, out var existing))
            throw new GraphBuildException($"'{Id}' already has the {language} label \"{existing}\"; add \"{text}\" with AltLabel instead.");
        _prefLabels[language] = text;
        Add(ExternalVocab.SkosPrefLabel, literal);
        return Self;
    }

    /// <summary>Adds an alternative label (<c>skos:altLabel</c>), e.g. an abbreviation.</summary>
    public TSelf AltLabel(string text, string language) => Add(ExternalVocab.SkosAltLabel, LanguageText(text, language));

    /// <summary>Adds a description (<c>schema:description</c>) in <paramref name="language"/>; call again for another language.</summary>
    public TSelf Description(string text, string language) => Add(ExternalVocab.SchemaDescription, LanguageText(text, language));

    /// <summary>Adds an editorial note (<c>skos:note</c>) in <paramref name="language"/>, e.g. what the article leaves unsaid.</summary>
    public TSelf Note(string text, string language) => Add(ExternalVocab.SkosNote, LanguageText(text, language));

    /// <summary>Links the node to its Wikidata item (<c>schema:sameAs &lt;http://www.wikidata.org/entity/Q…&gt;</c>).</summary>
    /// <exception cref="GraphBuildException">The id is not of the form <c>Q123</c>.</exception>
    public TSelf Wikidata(string itemId)
    {
        if (itemId is null || !WikidataId().IsMatch(itemId))
            throw new GraphBuildException($"'{itemId}' is not a Wikidata item id such as Q148 (on '{Id}').");
        return Add(ExternalVocab.SchemaSameAs, NamedNode.CreateUnchecked(ExternalVocab.WikidataNs + itemId));
    }

    /// <summary>
    /// Backs this node with a claim: the quoted <paramref name="originalText"/> from <paramref name="article"/>, how
    /// firmly it is stated and, when a speaker is quoted, who said it (a person or an anonymous source).
    /// </summary>
    /// <param name="article">Where the claim is stated (its source); required.</param>
    /// <param name="originalText">The article's text, verbatim, in the article's language.</param>
    /// <param name="hedging">How firmly it is stated.</param>
    /// <param name="attributedTo">The speaker, when the article quotes one.</param>
    /// <param name="summary">An English rendering of what is claimed.</param>
    /// <exception cref="GraphBuildException">No article is given, or the text is empty.</exception>
    public TSelf Claim(IArticleReference article, string originalText, Hedge hedging = Hedge.Asserted, IAgentReference? attributedTo = null, string? summary = null)
    {
        Owner.AddClaim(new ClaimSpec(Owner, [this], article, originalText, hedging, attributedTo, summary));
        return Self;
    }

    private protected TSelf Add(NamedNode property, Term value)
    {
        Owner.EnsureMutable();
        _statements.Add((property, value));
        return Self;
    }

    private protected TSelf Add(NamedNode property, INodeReference value) => Add(property, Owner.Resolve(value, Id).Iri);

    private protected TSelf AddQuantity(NamedNode property, Quantity value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Beneficiary is not null) Owner.Resolve(value.Beneficiary, Id);
        Owner.EnsureMutable();
        _quantities.Add((property, value));
        return Self;
    }

    private protected bool Has(NamedNode property) => _statements.Any(s => s.Property.Equals(property));

    private protected bool HasQuantity(NamedNode property) => _quantities.Any(s => s.Property.Equals(property));

    private protected Literal LanguageText(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        if (string.IsNullOrWhiteSpace(text)) throw new GraphBuildException($"An empty text was given for '{Id}'.");
        try
        {
            return Literal.CreateLanguageTagged(text, language);
        }
        catch (ArgumentException e)
        {
            throw new GraphBuildException($"'{language}' is not a language tag (on '{Id}'): {e.Message}");
        }
    }

    /// <summary>Checks what this kind of node requires; adds a sentence per problem.</summary>
    private protected virtual void Check(List<string> problems) { }

    void IBuiltNode.Check(List<string> problems) => Check(problems);

    void IBuiltNode.Emit(TripleEmitter emitter)
    {
        emitter.Add(Iri, Vocab.Rdf.Type, Type);
        foreach (var (p, o) in _statements) emitter.Add(Iri, p, o);
        foreach (var (p, q) in _quantities) emitter.AddQuantity(this, p, q);
        EmitExtra(emitter);
    }

    /// <summary>Writes nodes this node owns beyond its statements (an event's time).</summary>
    private protected virtual void EmitExtra(TripleEmitter emitter) { }

    /// <summary>The node's id and class, e.g. <c>aws-shanghai-ai-lab (dcp:ResearchLab)</c>.</summary>
    public override string ToString() => $"{Id} (dcp:{Type.Value[Dcp.Namespace.Length..]})";

    [GeneratedRegex("^Q[1-9][0-9]*$")]
    private static partial Regex WikidataId();
}

/// <summary>What <see cref="KnowledgeGraphBuilder.Build"/> needs from any node builder.</summary>
internal interface IBuiltNode : INodeReference
{
    KnowledgeGraphBuilder Owner { get; }

    int ClaimCount { get; set; }

    void Check(List<string> problems);

    void Emit(TripleEmitter emitter);
}
