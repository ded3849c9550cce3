using KnowledgeGraph.Model;
using KnowledgeGraph.Store;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>
/// Builds a readable <c>@context</c> for a dataset: the prefixes it uses (the empty prefix becomes <c>@vocab</c>),
/// <c>@type</c> coercion for properties whose values all share a datatype or are all IRIs, and <c>@container:
/// @language</c> for properties whose values are all language-tagged with several languages on one subject.
/// </summary>
internal static class ContextGenerator
{
    private sealed class PropertyStats
    {
        public HashSet<string> Datatypes { get; } = new(StringComparer.Ordinal);
        public bool HasLiterals { get; set; }
        public bool HasResources { get; set; }
        public bool HasLangStrings { get; set; }
        public bool HasOtherLiterals { get; set; }
        public bool LanguagesRepeatOnASubject { get; set; }
        public bool SeveralLanguagesOnASubject { get; set; }
        public Dictionary<(Term Subject, Term? Graph), HashSet<string>> LanguagesBySubject { get; } = new();
    }

    public static JObject Generate(IReadOnlyList<Quad> quads, PrefixMap? prefixes)
    {
        var stats = new SortedDictionary<string, PropertyStats>(StringComparer.Ordinal);
        var iris = new HashSet<string>(StringComparer.Ordinal);
        foreach (var q in quads)
        {
            if (q.Subject is NamedNode s) iris.Add(s.Value);
            if (q.Graph is NamedNode g) iris.Add(g.Value);
            iris.Add(q.Predicate.Value);
            if (q.Object is NamedNode o) iris.Add(o.Value);
            if (q.Predicate.Equals(Vocab.Rdf.Type) && !q.Object.IsLiteral) continue;
            if (!stats.TryGetValue(q.Predicate.Value, out var st)) stats[q.Predicate.Value] = st = new PropertyStats();
            if (q.Object is Literal lit)
            {
                st.HasLiterals = true;
                if (lit.Language is { } lang)
                {
                    st.HasLangStrings = true;
                    var key = (q.Subject, q.Graph);
                    if (!st.LanguagesBySubject.TryGetValue(key, out var set)) st.LanguagesBySubject[key] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    if (!set.Add(lang)) st.LanguagesRepeatOnASubject = true;
                    if (set.Count > 1) st.SeveralLanguagesOnASubject = true;
                }
                else
                {
                    st.HasOtherLiterals = true;
                    st.Datatypes.Add(lit.Datatype.Value);
                    iris.Add(lit.Datatype.Value);
                }
            }
            else st.HasResources = true;
        }
        // A prefix named like a scheme the data uses (ex:thing) would change what that IRI means when read back.
        var schemes = new HashSet<string>(iris.Select(i => i[..Math.Max(0, i.IndexOf(':'))]), StringComparer.Ordinal);
        var context = new JObject();
        var used = new List<KeyValuePair<string, string>>();
        if (prefixes is not null)
            foreach (var (prefix, ns) in prefixes.OrderBy(p => p.Key, StringComparer.Ordinal))
                if (Keywords.IsAbsoluteIri(ns) && !schemes.Contains(prefix) && iris.Any(i => i.Length > ns.Length && i.StartsWith(ns, StringComparison.Ordinal)))
                    used.Add(new(prefix, ns));
        bool needsXsd = stats.Values.Any(s => s.Datatypes.Any(d => d.StartsWith(Vocab.Xsd.Namespace, StringComparison.Ordinal) && d != Vocab.Xsd.StringIri));
        if (needsXsd && !used.Any(p => p.Value == Vocab.Xsd.Namespace) && !used.Any(p => p.Key == "xsd") && !schemes.Contains("xsd"))
            used.Add(new("xsd", Vocab.Xsd.Namespace));
        foreach (var (prefix, ns) in used.Where(p => p.Key.Length == 0)) context["@vocab"] = ns;
        foreach (var (prefix, ns) in used.Where(p => p.Key.Length > 0 && IsTermName(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
            context[prefix] = Keywords.EndsWithGenDelim(ns) ? ns : new JObject(new JProperty("@id", ns), new JProperty("@prefix", true));
        AddCoercions(context, stats);
        return context;
    }

    private static void AddCoercions(JObject context, SortedDictionary<string, PropertyStats> stats)
    {
        var provisional = Process(context);
        if (provisional is null) return;
        var (active, processor) = provisional.Value;
        var compactor = new Compactor(active, processor);
        foreach (var (property, st) in stats)
        {
            JToken? definition = null;
            if (!st.HasResources && !st.HasLangStrings && st.Datatypes.Count == 1 && st.Datatypes.First() is var dt
                && dt != Vocab.Xsd.StringIri && dt != Vocab.Rdf.Json.Value)
                definition = new JObject(new JProperty("@type", compactor.CompactVocab(dt)));
            else if (st.HasResources && !st.HasLiterals)
                definition = new JObject(new JProperty("@type", "@id"));
            else if (st.HasLangStrings && !st.HasOtherLiterals && !st.HasResources && st.SeveralLanguagesOnASubject && !st.LanguagesRepeatOnASubject)
                definition = new JObject(new JProperty("@container", "@language"));
            if (definition is null) continue;
            var name = compactor.CompactVocab(property);
            if (context.ContainsKey(name) || Keywords.IsKeyword(name) || name.StartsWith("_:", StringComparison.Ordinal)) continue;
            if (name == property && !name.Contains(':')) continue;
            if (!name.Contains(':') && !name.Contains('/') && context["@vocab"] is null) ((JObject)definition)["@id"] = property;
            context[name] = definition;
        }
    }

    private static (ActiveContext, ContextProcessor)? Process(JObject context)
    {
        var options = new JsonLdOptions();
        var processor = new ContextProcessor(new ProcessingSession(options, CancellationToken.None));
        try
        {
            return (processor.Process(new ActiveContext(null, options), context, null), processor);
        }
        catch (JsonLdError)
        {
            return null;
        }
    }

    private static bool IsTermName(string s) =>
        char.IsAsciiLetter(s[0]) && s.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');
}
