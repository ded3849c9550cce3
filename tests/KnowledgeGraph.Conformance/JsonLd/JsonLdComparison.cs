using System.Collections.Immutable;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Conformance.JsonLd;

/// <summary>
/// JSON-LD object comparison (the suite README): objects member by member, arrays as multisets except the values of
/// <c>@list</c>, scalars by strict equality, language tags case-insensitively, and blank node identifiers (in
/// <c>@id</c> and <c>@type</c>) up to a consistent renaming, since our N-Quads reader gives blank nodes fresh labels.
/// </summary>
internal static class JsonLdComparison
{
    private static readonly ImmutableDictionary<string, string> s_empty = ImmutableDictionary.Create<string, string>(StringComparer.Ordinal);

    public static bool AreEqual(JToken expected, JToken actual) => Equal(expected, actual, null, s_empty, out _);

    private static bool Equal(JToken a, JToken b, string? key, ImmutableDictionary<string, string> map, out ImmutableDictionary<string, string> result)
    {
        result = map;
        switch (a)
        {
            case JObject oa when b is JObject ob:
                if (oa.Count != ob.Count) return false;
                foreach (var p in oa.Properties())
                {
                    if (!ob.TryGetValue(p.Name, out var other) || !Equal(p.Value, other, p.Name, result, out result)) return false;
                }
                return true;
            case JArray aa when b is JArray ab:
                if (aa.Count != ab.Count) return false;
                if (key == "@list")
                {
                    for (int i = 0; i < aa.Count; i++)
                        if (!Equal(aa[i], ab[i], null, result, out result)) return false;
                    return true;
                }
                return MatchUnordered(aa, ab, 0, new bool[ab.Count], key, map, out result);
            case JValue va when b is JValue vb:
                if (key is "@id" or "@type" && (string?)va is { } sa && (string?)vb is { } sb && sa.StartsWith("_:", StringComparison.Ordinal))
                {
                    if (!sb.StartsWith("_:", StringComparison.Ordinal)) return false;
                    if (map.TryGetValue(sa, out var mapped)) return mapped == sb;
                    if (map.ContainsValue(sb)) return false;
                    result = map.Add(sa, sb);
                    return true;
                }
                if (key == "@language" && va.Type == JTokenType.String && vb.Type == JTokenType.String)
                    return string.Equals((string?)va, (string?)vb, StringComparison.OrdinalIgnoreCase);
                if (va.Type is JTokenType.Integer or JTokenType.Float && vb.Type is JTokenType.Integer or JTokenType.Float)
                    return Convert.ToDouble(va.Value, CultureInfo.InvariantCulture) == Convert.ToDouble(vb.Value, CultureInfo.InvariantCulture);
                return va.Type == vb.Type && JToken.DeepEquals(va, vb);
            default:
                return false;
        }
    }

    /// <summary>Backtracking multiset match, threading the blank-node renaming through.</summary>
    private static bool MatchUnordered(JArray a, JArray b, int index, bool[] used, string? key,
        ImmutableDictionary<string, string> map, out ImmutableDictionary<string, string> result)
    {
        result = map;
        if (index == a.Count) return true;
        for (int j = 0; j < b.Count; j++)
        {
            if (used[j] || !Equal(a[index], b[j], key, map, out var afterItem)) continue;
            used[j] = true;
            if (MatchUnordered(a, b, index + 1, used, key, afterItem, out result)) return true;
            used[j] = false;
        }
        return false;
    }
}
