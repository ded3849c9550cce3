using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Export;

internal sealed partial class ExportView
{
    /// <summary>Keys the writers use themselves, plus names Gephi reads as node or edge properties rather than
    /// columns; an attribute column never takes one of them (compared case-insensitively, as Gephi lower-cases ids).</summary>
    private static readonly string[] s_reservedKeys =
    {
        "id", "label", "type", "types", "iri", "color", "edgelabel", "predicate", "weight", "kind", "nodelabel",
        "x", "y", "z", "xpos", "ypos", "zpos", "size", "r", "g", "b", "start", "end", "timestamp",
    };

    private static readonly string[] s_labelPredicates =
    {
        "http://www.w3.org/2004/02/skos/core#prefLabel",
        Vocab.Rdfs.Namespace + "label",
        "http://schema.org/name",
        "https://schema.org/name",
    };

    private readonly Dictionary<int, AttributeColumn> _columns = new();
    private AttributeColumn[] _orderedColumns = Array.Empty<AttributeColumn>();
    private int[]? _labelPredicateIds;

    /// <summary>The declared attribute columns, in key order.</summary>
    public IReadOnlyList<AttributeColumn> Columns => _orderedColumns;

    /// <summary>The node's label: its preferred label in the wanted language, else its prefixed name.</summary>
    public string Label(int node)
    {
        int id = _nodes[node];
        _labelPredicateIds ??= s_labelPredicates.Select(iri => IdOf(NamedNode.CreateUnchecked(iri))).ToArray();
        foreach (int p in _labelPredicateIds)
        {
            if (p == 0) continue;
            Literal? best = null;
            int bestScore = LanguagePreference.Untagged - 1;
            foreach (var t in Values(id, p))
            {
                if (!IsLiteral(t.O) || _reader.GetTerm(t.O) is not Literal l) continue;
                int score = LanguagePreference.Score(l.Language, Settings.Language);
                if (score > bestScore || (score == bestScore && best is not null && string.CompareOrdinal(l.LexicalForm, best.LexicalForm) < 0))
                {
                    best = l;
                    bestScore = score;
                }
            }
            if (best is not null) return best.LexicalForm;
        }
        return Names.Display(_reader.GetTerm(id));
    }

    /// <summary>
    /// The class that colours the node: among its <c>rdf:type</c>s, one no other of its types is a subclass of (the
    /// most specific), the first by name on a tie; -1 when untyped.
    /// </summary>
    public int PrimaryClass(int node)
    {
        int id = _nodes[node];
        var types = Values(id, _typeId);
        ClassInfo? best = null;
        bool bestSpecific = false;
        foreach (var t in types)
        {
            if (!_classes.TryGetValue(t.O, out var c)) continue;
            bool specific = true;
            if (_subClassOfId != 0)
                foreach (var u in types)
                    if (u.O != t.O && Match(u.O, _subClassOfId, t.O).Length > 0) { specific = false; break; }
            if (best is null || (specific && !bestSpecific) || (specific == bestSpecific && string.CompareOrdinal(c.Name, best.Name) < 0))
            {
                best = c;
                bestSpecific = specific;
            }
        }
        return best?.Id ?? -1;
    }

    public ClassInfo Class(int classId) => _classes[classId];

    /// <summary>All the node's classes by display name, space separated, sorted.</summary>
    public string TypeNames(int node)
    {
        var names = new List<string>();
        foreach (var t in Values(_nodes[node], _typeId))
            names.Add(_classes.TryGetValue(t.O, out var c) ? c.Name : Names.Display(_reader.GetTerm(t.O)));
        names.Sort(StringComparer.Ordinal);
        return string.Join(" ", names);
    }

    /// <summary>Fills <paramref name="values"/> with the node's attribute values in column order.</summary>
    public void CollectAttributes(int node, List<AttributeValue> values, List<Literal> scratch)
    {
        values.Clear();
        if (!Settings.IncludeLiterals) return;
        var outgoing = Outgoing(_nodes[node]);
        for (int i = 0; i < outgoing.Length;)
        {
            int p = outgoing[i].P, end = i;
            while (end < outgoing.Length && outgoing[end].P == p) end++;
            if (_columns.TryGetValue(p, out var column) && column.HasValues)
            {
                SelectLiterals(outgoing[i..end], scratch);
                if (scratch.Count == 1) values.Add(new AttributeValue(column, AttributeKinds.Format(scratch[0], column.Kind)));
                else if (scratch.Count > 1) values.Add(new AttributeValue(column, string.Join(" | ", scratch.Select(l => l.LexicalForm))));
            }
            i = end;
        }
        values.Sort((a, b) => a.Column.Order.CompareTo(b.Column.Order));
    }

    /// <summary>The literal objects of one subject-predicate run that the wanted language selects, sorted.</summary>
    private void SelectLiterals(ReadOnlySpan<IdTriple> run, List<Literal> selected)
    {
        selected.Clear();
        int best = LanguagePreference.Other;
        foreach (var t in run)
            if (IsLiteral(t.O) && _reader.GetTerm(t.O) is Literal l)
            {
                int score = LanguagePreference.Score(l.Language, Settings.Language);
                if (score > best) { best = score; selected.Clear(); }
                if (score == best) selected.Add(l);
            }
        if (selected.Count > 1) selected.Sort((a, b) => string.CompareOrdinal(a.LexicalForm, b.LexicalForm));
    }

    private void ScanAttributes(CancellationToken ct)
    {
        if (!Settings.IncludeLiterals) return;
        var all = All.Span;
        var scratch = new List<Literal>();
        for (int i = 0; i < all.Length;)
        {
            if ((i & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
            int s = all[i].S, p = all[i].P, end = i;
            while (end < all.Length && all[end].S == s && all[end].P == p) end++;
            if (NodeOf(s) >= 0 && p != _typeId && !IsExcludedPredicate(p))
            {
                SelectLiterals(all[i..end], scratch);
                if (scratch.Count > 0)
                {
                    if (!_columns.TryGetValue(p, out var column))
                        _columns[p] = column = new AttributeColumn(p, _predicates[p].Iri);
                    var kind = scratch.Count > 1 ? AttributeKind.String : AttributeKinds.Classify(scratch[0]);
                    column.Kind = column.HasValues ? AttributeKinds.Widen(column.Kind, kind) : kind;
                    column.HasValues = true;
                }
            }
            i = end;
        }
        AssignKeys();
    }

    private void AssignKeys()
    {
        var taken = new HashSet<string>(s_reservedKeys, StringComparer.OrdinalIgnoreCase);
        foreach (var column in _columns.Values.OrderBy(c => c.PredicateIri, StringComparer.Ordinal))
        {
            var key = Names.KeyFor(column.PredicateIri);
            for (int n = 2; !taken.Add(key); n++) key = Names.KeyFor(column.PredicateIri) + "_" + n;
            column.Key = key;
        }
        _orderedColumns = _columns.Values.OrderBy(c => c.Key, StringComparer.Ordinal).ToArray();
        for (int i = 0; i < _orderedColumns.Length; i++) _orderedColumns[i].Order = i;
    }
}
