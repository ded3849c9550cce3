using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Remote.Http;

/// <summary>
/// Tells the form of a query from its first keyword after the prologue, without parsing it: the text is sent to
/// servers that accept extensions our parser does not know, so only the Accept header depends on this.
/// </summary>
internal static class QueryForms
{
    public static SparqlQueryForm? Sniff(string query)
    {
        int i = 0;
        while (i < query.Length)
        {
            char c = query[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '#') { while (i < query.Length && query[i] != '\n') i++; continue; }
            if (c == '<') { while (i < query.Length && query[i] != '>') i++; i++; continue; } // a PREFIX or BASE IRI
            int start = i;
            while (i < query.Length && (char.IsLetterOrDigit(query[i]) || query[i] is '_' or '-' or ':' or '.')) i++;
            if (i == start) { i++; continue; }
            switch (query[start..i].ToUpperInvariant())
            {
                case "SELECT": return SparqlQueryForm.Select;
                case "ASK": return SparqlQueryForm.Ask;
                case "CONSTRUCT": return SparqlQueryForm.Construct;
                case "DESCRIBE": return SparqlQueryForm.Describe;
            }
        }
        return null;
    }
}
