using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Conformance.JsonLd;

/// <summary>
/// JSON-LD object comparison (the suite README): objects member by member, arrays as multisets except the values of
/// <c>@list</c>, scalars by strict equality, and language tags case-insensitively.
/// </summary>
internal static class JsonLdComparison
{
    public static bool AreEqual(JToken? a, JToken? b, string? key = null)
    {
        if (a is null || b is null) return a is null && b is null;
        switch (a)
        {
            case JObject oa when b is JObject ob:
                if (oa.Count != ob.Count) return false;
                foreach (var p in oa.Properties())
                    if (!ob.TryGetValue(p.Name, out var other) || !AreEqual(p.Value, other, p.Name)) return false;
                return true;
            case JArray aa when b is JArray ab:
                if (aa.Count != ab.Count) return false;
                if (key == "@list")
                {
                    for (int i = 0; i < aa.Count; i++)
                        if (!AreEqual(aa[i], ab[i])) return false;
                    return true;
                }
                var used = new bool[ab.Count];
                foreach (var item in aa)
                {
                    int match = -1;
                    for (int j = 0; j < ab.Count && match < 0; j++)
                        if (!used[j] && AreEqual(item, ab[j], key)) match = j;
                    if (match < 0) return false;
                    used[match] = true;
                }
                return true;
            case JValue va when b is JValue vb:
                if (key == "@language" && va.Type == JTokenType.String && vb.Type == JTokenType.String)
                    return string.Equals((string?)va, (string?)vb, StringComparison.OrdinalIgnoreCase);
                if (va.Type is JTokenType.Integer or JTokenType.Float && vb.Type is JTokenType.Integer or JTokenType.Float)
                    return Convert.ToDouble(va.Value, System.Globalization.CultureInfo.InvariantCulture) == Convert.ToDouble(vb.Value, System.Globalization.CultureInfo.InvariantCulture);
                return va.Type == vb.Type && JToken.DeepEquals(va, vb);
            default:
                return false;
        }
    }
}
