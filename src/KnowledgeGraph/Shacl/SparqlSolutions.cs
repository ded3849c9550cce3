using System.Text.RegularExpressions;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Shacl;

/// <summary>Turns the solutions of SHACL-SPARQL SELECT queries into validation results (SHACL §5.3.2) and fills
/// <c>{$var}</c> / <c>{?var}</c> placeholders in messages.</summary>
internal static partial class SparqlSolutions
{
    public static void Report(Shape shape, Term focus, Dictionary<string, Term> row, NamedNode component, Term? sourceConstraint,
        IReadOnlyList<Literal> messages, List<ValidationResult> results)
    {
        if (row.TryGetValue("failure", out var failure) && ShapeReader.IsTrue(failure))
            throw new ShaclException($"The SPARQL query of {sourceConstraint ?? shape.Node} reported a failure for {focus}.");
        var this_ = row.TryGetValue("this", out var t) ? t : focus;
        var path = row.TryGetValue("path", out var p) && p is NamedNode iri ? new PredicatePath(iri) : shape.Path;
        Term? value = row.TryGetValue("value", out var v) ? v : shape.IsPropertyShape ? null : this_;
        IReadOnlyList<Literal> texts = row.TryGetValue("message", out var m) && m is Literal ml ? [ml]
            : messages.Select(msg => Fill(msg, row)).ToList();
        shape.Report(results, this_, value, component, $"Constraint {sourceConstraint ?? component} is broken",
            path: path, sourceConstraint: sourceConstraint, messages: texts);
    }

    /// <summary>Replaces <c>{$name}</c> and <c>{?name}</c> by the value bound to name (its lexical form or IRI).</summary>
    public static Literal Fill(Literal message, IReadOnlyDictionary<string, Term> row)
    {
        var text = Placeholder().Replace(message.LexicalForm, m =>
            row.TryGetValue(m.Groups[1].Value, out var term) ? term switch
            {
                Literal l => l.LexicalForm,
                NamedNode n => n.Value,
                _ => term.ToString(),
            } : m.Value);
        return message.HasLanguage ? Literal.CreateLanguageTagged(text, message.Language!) : Literal.Create(text);
    }

    [GeneratedRegex(@"\{[\$\?]([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
