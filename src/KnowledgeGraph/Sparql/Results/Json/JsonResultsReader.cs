using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Sparql.Results.Json;

/// <summary>
/// Reads SPARQL 1.1 Query Results JSON. The document is loaded as a token tree with line information (members may
/// come in any order), then checked; every error names the line and column of the offending token.
/// </summary>
internal static class JsonResultsReader
{
    public static SparqlResult Read(TextReader input, string sourceName)
    {
        JToken root;
        try
        {
            using var reader = new JsonTextReader(input) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal, MaxDepth = 64 };
            root = JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
            if (reader.Read() && reader.TokenType != JsonToken.Comment)
                throw new RdfSyntaxException("Unexpected content after the results object.", reader.LineNumber, reader.LinePosition, sourceName);
        }
        catch (JsonReaderException e)
        {
            throw new RdfSyntaxException(e.Message.Split(" Path '")[0], Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition), sourceName, e);
        }
        if (root is not JObject doc) throw Error(root, "The results document must be a JSON object.", sourceName);
        if (doc["boolean"] is { } boolean)
        {
            if (boolean.Type != JTokenType.Boolean) throw Error(boolean, "'boolean' must be true or false.", sourceName);
            return SparqlResult.FromBoolean(boolean.Value<bool>());
        }
        var head = doc["head"] as JObject ?? throw Error(doc["head"] ?? doc, "The results document has no 'head' object.", sourceName);
        var variables = ReadVariables(head, sourceName);
        var results = doc["results"] as JObject ?? throw Error(doc["results"] ?? doc, "The results document has neither 'results' nor 'boolean'.", sourceName);
        var bindings = results["bindings"] as JArray ?? throw Error(results["bindings"] ?? results, "'results' has no 'bindings' array.", sourceName);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < variables.Count; i++) index[variables[i]] = i;
        var rows = new List<SparqlRow>(bindings.Count);
        foreach (var binding in bindings)
        {
            if (binding is not JObject solution) throw Error(binding, "Each binding must be a JSON object.", sourceName);
            var values = new Term?[variables.Count];
            foreach (var property in solution.Properties())
            {
                if (!index.TryGetValue(property.Name, out int i))
                    throw Error(property, $"Variable '{property.Name}' is bound but not listed in head.vars.", sourceName);
                values[i] = ReadTerm(property.Value, sourceName);
            }
            rows.Add(new SparqlRow(variables, values));
        }
        return SparqlResult.FromResultSet(new SparqlResultSet(variables, rows));
    }

    private static List<string> ReadVariables(JObject head, string sourceName)
    {
        var variables = new List<string>();
        if (head["vars"] is null) return variables;
        if (head["vars"] is not JArray vars) throw Error(head["vars"]!, "'head.vars' must be an array of names.", sourceName);
        foreach (var v in vars)
        {
            if (v.Type != JTokenType.String) throw Error(v, "A variable name must be a string.", sourceName);
            var name = v.Value<string>()!;
            if (variables.Contains(name)) throw Error(v, $"Variable '{name}' is listed twice.", sourceName);
            variables.Add(name);
        }
        return variables;
    }

    private static Term ReadTerm(JToken token, string sourceName)
    {
        if (token is not JObject o) throw Error(token, "A bound value must be an object with 'type' and 'value'.", sourceName);
        string type = StringMember(o, "type", sourceName);
        string value = StringMember(o, "value", sourceName);
        switch (type)
        {
            case "uri":
                return NamedNode.CreateUnchecked(value);
            case "bnode":
                if (value.Length == 0) throw Error(o, "A blank node needs a non-empty label.", sourceName);
                return BlankNode.Create(value);
            case "literal" or "typed-literal":
                var lang = o["xml:lang"];
                var datatype = o["datatype"];
                if (lang is not null)
                {
                    var tag = lang.Type == JTokenType.String ? lang.Value<string>()! : throw Error(lang, "'xml:lang' must be a string.", sourceName);
                    if (LanguageTag.Problem(tag) is { } problem) throw Error(lang, problem + ".", sourceName);
                    return Literal.CreateUnchecked(value, Vocab.Rdf.LangString, tag);
                }
                if (datatype is not null)
                {
                    var iri = datatype.Type == JTokenType.String ? datatype.Value<string>()! : throw Error(datatype, "'datatype' must be a string.", sourceName);
                    return Literal.Create(value, NamedNode.CreateUnchecked(iri));
                }
                return Literal.Create(value);
            default:
                throw Error(o["type"]!, $"Unknown value type '{type}' (expected uri, literal or bnode).", sourceName);
        }
    }

    private static string StringMember(JObject o, string name, string sourceName)
    {
        var token = o[name] ?? throw Error(o, $"The value object has no '{name}'.", sourceName);
        if (token.Type != JTokenType.String) throw Error(token, $"'{name}' must be a string.", sourceName);
        return token.Value<string>()!;
    }

    private static RdfSyntaxException Error(JToken token, string message, string sourceName)
    {
        var info = (IJsonLineInfo)token;
        return info.HasLineInfo()
            ? new RdfSyntaxException(message, info.LineNumber, Math.Max(1, info.LinePosition), sourceName)
            : new RdfSyntaxException(message, 1, 1, sourceName);
    }
}
