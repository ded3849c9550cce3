using System.Text.Json;
using KnowledgeGraph.Model;
using KnowledgeGraph.Shacl;

namespace KnowledgeGraph.Cli.Validate;

/// <summary>
/// The validation report as JSON: <c>{"conforms": …, "results": [ … ]}</c>, one object per result with the
/// <c>sh:</c> property names (<c>focusNode</c>, <c>resultPath</c>, <c>value</c>, <c>resultSeverity</c>,
/// <c>sourceShape</c>, <c>sourceConstraintComponent</c>, <c>sourceConstraint</c>, <c>resultMessage</c>) and terms in
/// N-Triples form (<c>&lt;http://…&gt;</c>, <c>"text"@en</c>, <c>_:b1</c>); a complex path in SPARQL path syntax.
/// </summary>
internal static class ReportJson
{
    public static void Write(TextWriter output, ValidationReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteBoolean("conforms", report.Conforms);
            json.WriteStartArray("results");
            foreach (var r in report.Results)
            {
                json.WriteStartObject();
                json.WriteString("focusNode", r.FocusNode.ToString());
                if (r.ResultPath is not null) json.WriteString("resultPath", r.ResultPath is NamedNode p ? p.ToString() : r.ResultPathText);
                if (r.Value is not null) json.WriteString("value", r.Value.ToString());
                json.WriteString("resultSeverity", r.Severity.ToString());
                json.WriteString("sourceShape", r.SourceShape.ToString());
                json.WriteString("sourceConstraintComponent", r.SourceConstraintComponent.ToString());
                if (r.SourceConstraint is not null) json.WriteString("sourceConstraint", r.SourceConstraint.ToString());
                json.WriteStartArray("resultMessage");
                foreach (var m in r.Messages) json.WriteStringValue(m.LexicalForm);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
