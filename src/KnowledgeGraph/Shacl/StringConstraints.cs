using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Shacl;

/// <summary>String-based constraint components (SHACL §4.4): <c>sh:minLength</c>, <c>sh:maxLength</c>,
/// <c>sh:pattern</c> with <c>sh:flags</c>, <c>sh:languageIn</c>, <c>sh:uniqueLang</c>.</summary>
internal static class StringConstraints
{
    private static readonly NamedNode MinLengthComponent = Sh.Component("MinLength"), MaxLengthComponent = Sh.Component("MaxLength");
    private static readonly NamedNode PatternComponent = Sh.Component("Pattern"), LanguageInComponent = Sh.Component("LanguageIn");
    private static readonly NamedNode UniqueLangComponent = Sh.Component("UniqueLang");

    public static void Read(ShapeReader r, Shape shape)
    {
        foreach (var n in r.Objects(shape.Node, Sh.MinLength)) shape.Constraints.Add(new Length(ShapeReader.Int(n), true));
        foreach (var n in r.Objects(shape.Node, Sh.MaxLength)) shape.Constraints.Add(new Length(ShapeReader.Int(n), false));
        var flags = (r.One(shape.Node, Sh.Flags) as Literal)?.LexicalForm ?? "";
        foreach (var p in r.Objects(shape.Node, Sh.Pattern).OfType<Literal>())
            shape.Constraints.Add(new Pattern(p.LexicalForm, flags));
        foreach (var list in r.Objects(shape.Node, Sh.LanguageIn))
            shape.Constraints.Add(new LanguageIn(r.List(list).OfType<Literal>().Select(l => l.LexicalForm).ToList()));
        if (r.Objects(shape.Node, Sh.UniqueLang).Any(ShapeReader.IsTrue)) shape.Constraints.Add(new UniqueLang());
    }

    private sealed record Length(int Limit, bool IsMin) : IConstraint
    {
        public void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
        {
            foreach (var v in values)
            {
                int? length = v switch { Literal l => l.LexicalForm.EnumerateRunes().Count(), NamedNode n => n.Value.EnumerateRunes().Count(), _ => null };
                if (length is not int n2 || (IsMin ? n2 < Limit : n2 > Limit))
                    shape.Report(results, focus, v, IsMin ? MinLengthComponent : MaxLengthComponent,
                        IsMin ? $"Value has less than {Limit} characters" : $"Value has more than {Limit} characters");
            }
        }
    }

    private sealed class Pattern(string pattern, string flags) : IConstraint
    {
        private readonly System.Text.RegularExpressions.Regex _regex = XPathRegex.Get(pattern, flags)
            ?? throw new ShaclException($"sh:pattern \"{pattern}\" with flags \"{flags}\" is not a valid regular expression.");

        public void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
        {
            foreach (var v in values)
            {
                string? text = v switch { Literal l => l.LexicalForm, NamedNode n => n.Value, _ => null };
                if (text is null || !_regex.IsMatch(text))
                    shape.Report(results, focus, v, PatternComponent, $"Value does not match pattern \"{pattern}\"");
            }
        }
    }

    private sealed record LanguageIn(List<string> Ranges) : IConstraint
    {
        public void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
        {
            foreach (var v in values)
            {
                bool ok = v is Literal { Language: { } lang }
                    && Ranges.Any(r => Terms.LangMatches(Literal.Create(lang), Literal.Create(r)) is Literal { LexicalForm: "true" });
                if (!ok)
                    shape.Report(results, focus, v, LanguageInComponent, $"Language is not in {string.Join(", ", Ranges)}");
            }
        }
    }

    private sealed record UniqueLang : IConstraint
    {
        public void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
        {
            var duplicated = values.OfType<Literal>().Where(l => l.HasLanguage)
                .GroupBy(l => l.Language!.ToLowerInvariant()).Where(g => g.Count() > 1);
            foreach (var g in duplicated)
                shape.Report(results, focus, null, UniqueLangComponent, $"Language \"{g.Key}\" is used more than once");
        }
    }
}
