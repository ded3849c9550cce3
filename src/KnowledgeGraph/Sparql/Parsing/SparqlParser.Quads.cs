using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Parsing.Syntax;
using KnowledgeGraph.Sparql.Updating.Operations;

namespace KnowledgeGraph.Sparql.Parsing;

internal sealed partial class SparqlParser
{
    /// <summary>What a quad block may not contain (§19.8 grammar notes: no variables in QuadData, no blank nodes
    /// where a DELETE would need them to match).</summary>
    [Flags]
    private enum TermRules
    {
        None = 0,
        NoVariables = 1,
        NoBlankNodes = 2,
    }

    private TermRules _rules;
    private string _rulesContext = "";
    private HashSet<string>? _variables;
    private Dictionary<string, int>? _blankLabelOperation;
    private int _operationIndex;

    /// <summary>
    /// QuadData / QuadPattern: '{' Quads '}', where Quads is TriplesTemplate? ( GRAPH VarOrIri '{' TriplesTemplate? '}'
    /// '.'? TriplesTemplate? )*. Blank nodes come back as <see cref="BlankNode"/> constants.
    /// </summary>
    private List<QuadTemplate> ParseQuadBlock(TermRules rules, string context)
    {
        _rules = rules;
        _rulesContext = context;
        try
        {
            if ((rules & TermRules.NoVariables) != 0 && TryScanQuadData(rules, out var data)) return data;
            var quads = new List<QuadTemplate>();
            var triples = new List<PathTriple>();
            Expect("{");
            while (!Peek().Is("}"))
            {
                var t = Peek();
                if (t.IsWord("GRAPH"))
                {
                    Next();
                    var nameToken = Peek();
                    if (nameToken.Kind == TokenKind.Variable) CheckVariableAllowed(nameToken);
                    var name = ParseVarOrIri();
                    Expect("{");
                    var inner = new List<PathTriple>();
                    if (!Peek().Is("}")) ParseTriplesTemplate(inner, forTemplate: true);
                    Expect("}");
                    foreach (var p in inner) quads.Add(new QuadTemplate(p.Subject, p.Predicate!, p.Object, name));
                    if (Peek().Is(".")) Next();
                    continue;
                }
                ParseTriplesTemplate(triples, forTemplate: true);
                if (!Peek().Is("}") && !Peek().IsWord("GRAPH")) throw Unexpected(Peek(), "'.', GRAPH or '}'");
            }
            Next();
            foreach (var p in triples) quads.Add(new QuadTemplate(p.Subject, p.Predicate!, p.Object, null));
            return quads;
        }
        finally
        {
            _rules = TermRules.None;
        }
    }

    /// <summary>Reads a DATA block with <see cref="QuadDataScanner"/>, the fast path; false leaves the parser where it was.</summary>
    private bool TryScanQuadData(TermRules rules, out List<QuadTemplate> quads)
    {
        quads = null!;
        var open = Peek();
        if (!open.Is("{")) return false;
        var scanner = new QuadDataScanner(_lexer.Text, ResolveOrNull, _prefixes, NoteBlankNodeLabel, (rules & TermRules.NoBlankNodes) == 0);
        if (!scanner.TryRead(open.Offset, out quads, out int end)) return false;
        _buffer.Clear();
        _lexer.Seek(end);
        return true;
    }

    /// <summary>An IRI as written, resolved as <see cref="ResolveIri"/> does; null where that would be an error.</summary>
    private string? ResolveOrNull(string written)
    {
        if (_base is null && IriSyntax.SchemeLength(written) <= 0) return written;
        try
        {
            return IriResolver.Resolve(_base, written);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Records a DATA block's blank node label for the current operation; false when an earlier one used it.</summary>
    private bool NoteBlankNodeLabel(string label)
    {
        if (_blankLabelOperation is null) return true;
        if (_blankLabelOperation.TryGetValue(label, out int op) && op != _operationIndex) return false;
        _blankLabelOperation[label] = _operationIndex;
        return true;
    }

    private void CheckVariableAllowed(SparqlToken t)
    {
        if ((_rules & TermRules.NoVariables) != 0)
            throw Error(t.Offset, $"variables are not allowed in {_rulesContext}, but found ?{t.Text}");
    }

    private void CheckBlankNodeAllowed(SparqlToken t)
    {
        if ((_rules & TermRules.NoBlankNodes) != 0)
            throw Error(t.Offset, $"blank nodes are not allowed in {_rulesContext}, but found {t}");
    }

    /// <summary>
    /// A blank node label of a DATA block belongs to one operation of the request (§19.6, syntax-update-54); template
    /// labels may repeat, as their blank nodes are fresh per solution anyway (insert-where-same-bnode).
    /// </summary>
    private void NoteBlankNodeLabel(SparqlToken t)
    {
        if (_blankLabelOperation is null || (_rules & TermRules.NoVariables) == 0) return;
        if (_blankLabelOperation.TryGetValue(t.Text, out int op) && op != _operationIndex)
            throw Error(t.Offset, $"the blank node label _:{t.Text} is already used by an earlier operation of the request");
        _blankLabelOperation[t.Text] = _operationIndex;
    }
}
