using KnowledgeGraph.Sparql.Parsing.Syntax;

namespace KnowledgeGraph.Sparql.Parsing;

/// <summary>
/// A blank node label may be used in only one basic graph pattern (§4.1.4): a BGP is a run of triples in one group,
/// which FILTERs do not interrupt but any other element does.
/// </summary>
internal static class BlankNodeScopeCheck
{
    public static void Check(QuerySyntax query, Func<int, string, SparqlSyntaxException> error)
    {
        var owner = new Dictionary<string, int>();
        int bgp = 0;
        var stack = new Stack<GroupSyntax>();
        void PushQuery(QuerySyntax q)
        {
            if (q.Where is not null) stack.Push(q.Where);
        }
        PushQuery(query);
        while (stack.Count > 0)
        {
            var group = stack.Pop();
            if (group.SubSelect is not null) { PushQuery(group.SubSelect); continue; }
            bgp++;
            foreach (var element in group.Elements)
            {
                switch (element)
                {
                    case TriplesElement t:
                        foreach (var triple in t.Triples)
                            foreach (var term in new[] { triple.Subject, triple.Predicate, triple.Object })
                            {
                                var v = term?.Variable;
                                if (v is null || !v.StartsWith(SparqlParser.BlankVariablePrefix, StringComparison.Ordinal)) continue;
                                if (owner.TryGetValue(v, out int b) && b != bgp)
                                    throw error(t.Offset, $"the blank node label _:{v[SparqlParser.BlankVariablePrefix.Length..]} is used in more than one basic graph pattern");
                                owner[v] = bgp;
                            }
                        continue;
                    case FilterElement:
                        continue;
                    case OptionalElement o: stack.Push(o.Group); break;
                    case MinusElement m: stack.Push(m.Group); break;
                    case GraphElement g: stack.Push(g.Group); break;
                    case ServiceElement s: stack.Push(s.Group); break;
                    case UnionElement u: foreach (var a in u.Alternatives) stack.Push(a); break;
                }
                bgp++;
            }
        }
    }
}
