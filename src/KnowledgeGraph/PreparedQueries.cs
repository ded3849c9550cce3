using System.Collections.Concurrent;
using KnowledgeGraph.Model;

namespace KnowledgeGraph;

/// <summary>
/// The query texts a dataset was recently asked, parsed: <c>dataset.Query(text)</c> with a text it has already seen
/// (what services and notebooks send most) pays no parsing, and the parsed query brings its cached plan with it. An
/// entry parsed with the dataset's prefixes is used only while the prefix map is unchanged.
/// </summary>
/// <remarks>Thread-safe; bounded: at most <see cref="Capacity"/> texts, and texts longer than
/// <see cref="MaxTextLength"/> are parsed every time (a large one-off request is not worth keeping).</remarks>
internal sealed class PreparedQueries
{
    public const int Capacity = 128;

    public const int MaxTextLength = 16 * 1024;

    private readonly ConcurrentDictionary<(string Text, bool DataPrefixes), (int PrefixVersion, SparqlQuery Query)> _byText = new();

    /// <summary>The parsed query for <paramref name="text"/>, from the cache or parsed now.</summary>
    /// <exception cref="Sparql.SparqlSyntaxException">The text is not a valid query (never cached).</exception>
    public SparqlQuery Get(string text, PrefixMap prefixes, bool useDataPrefixes)
    {
        int version = prefixes.Version;
        var key = (text, useDataPrefixes);
        if (_byText.TryGetValue(key, out var hit) && (!useDataPrefixes || hit.PrefixVersion == version)) return hit.Query;
        var query = SparqlQuery.Parse(text, null, useDataPrefixes ? prefixes : null);
        if (text.Length <= MaxTextLength)
        {
            if (_byText.Count >= Capacity) _byText.Clear();
            _byText[key] = (version, query);
        }
        return query;
    }
}
