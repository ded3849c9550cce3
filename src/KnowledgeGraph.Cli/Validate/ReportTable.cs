using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Model;
using KnowledgeGraph.Shacl;

namespace KnowledgeGraph.Cli.Validate;

/// <summary>The validation report as a text table: one row per result, terms in prefixed form.</summary>
internal static class ReportTable
{
    public static void Write(TextWriter output, ValidationReport report, TermText text, int? maxWidth)
    {
        output.WriteLine(report.Conforms ? "Conforms: true" : "Conforms: false");
        if (report.Results.Count == 0) return;
        string[] headers = ["severity", "focus node", "path", "value", "constraint", "message"];
        var rows = report.Results.Select(r => new[]
        {
            LocalName(r.Severity),
            text.Format(r.FocusNode),
            r.ResultPath is NamedNode p ? text.Format(p) : r.ResultPathText ?? "",
            r.Value is null ? "" : text.Format(r.Value),
            text.Format(r.SourceConstraintComponent),
            r.Message,
        }).ToList();
        ResultTable.WriteCells(output, headers, rows, maxWidth);
        output.WriteLine(rows.Count == 1 ? "(1 result)" : $"({rows.Count} results)");
    }

    private static string LocalName(NamedNode iri) => iri.Value[(iri.Value.LastIndexOfAny(['#', '/']) + 1)..];
}
