using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>
/// Finds when a node happened, for GEXF's timeline, without knowing the ontology: date-valued literals
/// (<c>xsd:date</c>, <c>xsd:dateTime</c>, <c>xsd:gYear</c>, <c>xsd:gYearMonth</c>) on the node itself, and on any time
/// node it links to through a predicate named <c>hasTime</c> (<c>dcp:</c>, <c>sem:</c>, <c>time:</c> alike),
/// including that node's <c>hasBeginning</c> and <c>hasEnd</c> instants (OWL-Time intervals). Dates under a
/// predicate whose name starts or ends with <c>end</c> (<c>schema:endDate</c>, <c>time:hasEnd</c>) give the end;
/// all others the start. A partial date starts at the first day of its period and ends at the last.
/// </summary>
internal sealed class NodeTimes
{
    private const string Xsd = Vocab.Xsd.Namespace;
    private readonly ExportView _view;
    private readonly HashSet<int> _timeLinks = new();
    private readonly HashSet<int> _beginnings = new();
    private readonly HashSet<int> _ends = new();
    private readonly HashSet<int> _endDatePredicates = new();

    public NodeTimes(ExportView view)
    {
        _view = view;
        foreach (var p in view.Predicates)
        {
            var local = LocalName(p.Iri);
            if (local.Equals("hasTime", StringComparison.OrdinalIgnoreCase)) _timeLinks.Add(p.Id);
            else if (local.Equals("hasBeginning", StringComparison.OrdinalIgnoreCase)) _beginnings.Add(p.Id);
            else if (local.Equals("hasEnd", StringComparison.OrdinalIgnoreCase)) _ends.Add(p.Id);
            if (local.StartsWith("end", StringComparison.OrdinalIgnoreCase) || local.EndsWith("end", StringComparison.OrdinalIgnoreCase)
                || local.EndsWith("endDate", StringComparison.OrdinalIgnoreCase) || local.EndsWith("endTime", StringComparison.OrdinalIgnoreCase))
                _endDatePredicates.Add(p.Id);
        }
    }

    /// <summary>The node's start and end as <c>yyyy-MM-dd</c>, each null when unknown.</summary>
    public (string? Start, string? End) Of(int node)
    {
        string? start = null, end = null;
        int id = _view.NodeTermId(node);
        Collect(id, ref start, ref end, forceEnd: null);
        foreach (var t in _view.Outgoing(id))
        {
            if (!_timeLinks.Contains(t.P) || _view.IsLiteral(t.O)) continue;
            Collect(t.O, ref start, ref end, forceEnd: null);
            foreach (var u in _view.Outgoing(t.O))
            {
                if (_view.IsLiteral(u.O)) continue;
                if (_beginnings.Contains(u.P)) Collect(u.O, ref start, ref end, forceEnd: false);
                else if (_ends.Contains(u.P)) Collect(u.O, ref start, ref end, forceEnd: true);
            }
        }
        if (start is not null && end is not null && string.CompareOrdinal(end, start) < 0) end = null;
        return (start, end);
    }

    private void Collect(int subject, ref string? start, ref string? end, bool? forceEnd)
    {
        foreach (var t in _view.Outgoing(subject))
        {
            if (!_view.IsLiteral(t.O) || _view.Term(t.O) is not Literal l || !TryPeriod(l, out var first, out var last)) continue;
            bool isEnd = forceEnd ?? _endDatePredicates.Contains(t.P);
            if (isEnd) { if (end is null || string.CompareOrdinal(last, end) > 0) end = last; }
            else if (start is null || string.CompareOrdinal(first, start) < 0) start = first;
        }
    }

    /// <summary>The first and last day a date-valued literal covers; false for other literals and for years
    /// outside 1–9999 (which Gephi's date parser cannot read).</summary>
    internal static bool TryPeriod(Literal literal, out string first, out string last)
    {
        first = last = "";
        var dt = literal.Datatype.Value;
        if (!dt.StartsWith(Xsd, StringComparison.Ordinal)) return false;
        var s = literal.LexicalForm.Trim();
        string kind = dt[Xsd.Length..];
        if (kind is not ("date" or "dateTime" or "gYear" or "gYearMonth")) return false;
        if (s.Length < 4 || !int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year < 1) return false;
        if (s.Length > 4 && char.IsAsciiDigit(s[4])) return false; // five-digit years
        int month = 1, day = 1;
        if (kind != "gYear")
        {
            if (s.Length < 7 || s[4] != '-' || !int.TryParse(s.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out month) || month is < 1 or > 12) return false;
            if (kind != "gYearMonth")
            {
                if (s.Length < 10 || s[7] != '-' || !int.TryParse(s.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out day)
                    || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
            }
        }
        var from = new DateTime(year, month, day);
        var to = kind switch
        {
            "gYear" => new DateTime(year, 12, 31),
            "gYearMonth" => new DateTime(year, month, DateTime.DaysInMonth(year, month)),
            _ => from,
        };
        first = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        last = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return true;
    }

    private static string LocalName(string iri)
    {
        int cut = Math.Max(iri.LastIndexOf('#'), iri.LastIndexOf('/'));
        return cut >= 0 ? iri[(cut + 1)..] : iri;
    }
}
