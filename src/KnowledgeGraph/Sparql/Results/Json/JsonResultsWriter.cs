using KnowledgeGraph.Model;
using Newtonsoft.Json;

namespace KnowledgeGraph.Sparql.Results.Json;

/// <summary>Writes SPARQL 1.1 Query Results JSON: <c>head.vars</c>, then <c>results.bindings</c> or <c>boolean</c>.</summary>
internal static class JsonResultsWriter
{
    public static void Write(TextWriter output, SparqlResult result)
    {
        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false };
        json.WriteStartObject();
        json.WritePropertyName("head");
        json.WriteStartObject();
        if (result.Kind == SparqlResultKind.Bindings)
        {
            json.WritePropertyName("vars");
            json.WriteStartArray();
            foreach (var v in result.ResultSet.Variables) json.WriteValue(v);
            json.WriteEndArray();
        }
        json.WriteEndObject();
        if (result.Kind == SparqlResultKind.Boolean)
        {
            json.WritePropertyName("boolean");
            json.WriteValue(result.Boolean);
        }
        else
        {
            WriteBindings(json, result.ResultSet);
        }
        json.WriteEndObject();
        json.Flush();
        output.WriteLine();
    }

    private static void WriteBindings(JsonTextWriter json, SparqlResultSet set)
    {
        json.WritePropertyName("results");
        json.WriteStartObject();
        json.WritePropertyName("bindings");
        json.WriteStartArray();
        foreach (var row in set)
        {
            json.WriteStartObject();
            for (int i = 0; i < set.Variables.Count; i++)
            {
                if (row[i] is not { } term) continue;
                json.WritePropertyName(set.Variables[i]);
                WriteTerm(json, term);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTerm(JsonTextWriter json, Term term)
    {
        json.WriteStartObject();
        json.WritePropertyName("type");
        switch (term)
        {
            case NamedNode n:
                json.WriteValue("uri");
                json.WritePropertyName("value");
                json.WriteValue(n.Value);
                break;
            case BlankNode b:
                json.WriteValue("bnode");
                json.WritePropertyName("value");
                json.WriteValue(b.Label);
                break;
            case Literal l:
                json.WriteValue("literal");
                json.WritePropertyName("value");
                json.WriteValue(l.LexicalForm);
                if (l.Language is not null)
                {
                    json.WritePropertyName("xml:lang");
                    json.WriteValue(l.Language);
                }
                else if (!l.IsSimple)
                {
                    json.WritePropertyName("datatype");
                    json.WriteValue(l.Datatype.Value);
                }
                break;
        }
        json.WriteEndObject();
    }
}
