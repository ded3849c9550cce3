using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>
/// SERVICE (SPARQL 1.1 Federated Query): sends the pattern, as written, to the endpoint through the execution's
/// <see cref="ISparqlServiceClient"/> and joins the rows it answers with the input solutions. The solutions of a
/// batch travel in one request as a VALUES block with a row number (<c>?__kgrow</c>), so each answer row joins back
/// to exactly the inputs it was computed for, and a batch costs one round trip rather than one per solution. Blank
/// nodes are not sent (they would name new nodes remotely) and remote blank nodes get fresh labels. SILENT turns
/// any failure into the empty solution, which leaves the inputs unchanged.
/// </summary>
internal sealed class ServiceNode : PlanNode
{
    private const string RowVariable = "__kgrow";
    private readonly SlotOrTerm _endpoint;
    private readonly bool _silent;
    private readonly string _prologue;
    private readonly string _pattern;
    private readonly (string Name, int Slot)[] _variables;
    private readonly Dictionary<string, List<int[]>> _unboundAnswers = new(StringComparer.Ordinal);
    private int _requests;

    public ServiceNode(SlotOrTerm endpoint, bool silent, string prologue, string pattern, (string Name, int Slot)[] variables)
    {
        _endpoint = endpoint;
        _silent = silent;
        _prologue = prologue;
        _pattern = pattern;
        _variables = variables;
    }

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph) =>
        RunBatch([input], exec).Select(m => m.Row);

    /// <summary>The join of the service's answer with each input: (index of the input, merged solution).</summary>
    public IEnumerable<(int Input, int[] Row)> RunBatch(IReadOnlyList<int[]> inputs, QueryExecution exec)
    {
        foreach (var group in Enumerable.Range(0, inputs.Count).GroupBy(i => EndpointId(inputs[i])))
        {
            var members = group.ToList();
            List<(int, int[])> joined;
            try
            {
                joined = Join(EndpointOf(group.Key, exec), members, inputs, exec);
            }
            catch (Exception e) when (_silent && e is not OperationCanceledException)
            {
                joined = members.Select(i => (i, inputs[i])).ToList();
            }
            foreach (var m in joined) yield return m;
        }
    }

    private int EndpointId(int[] input) => _endpoint.IsVariable ? input[_endpoint.Slot] : 0;

    private Uri EndpointOf(int id, QueryExecution exec)
    {
        var term = _endpoint.IsVariable ? exec.Terms.Get(id) : _endpoint.Term;
        if (term is null) throw new SparqlEvaluationException($"SERVICE ?{VariableName()} is unbound, so there is no endpoint to ask.");
        if (term is not NamedNode iri || !Uri.TryCreate(iri.Value, UriKind.Absolute, out var uri))
            throw new SparqlEvaluationException($"SERVICE {term} does not name an endpoint URL.");
        return uri;
    }

    private string VariableName() => _variables.FirstOrDefault(v => v.Slot == _endpoint.Slot).Name ?? "endpoint";

    private List<(int, int[])> Join(Uri endpoint, List<int> members, IReadOnlyList<int[]> inputs, QueryExecution exec)
    {
        var client = exec.ServiceClient ?? throw new SparqlEvaluationException(
            $"SERVICE <{endpoint}> needs network access: set SparqlQueryOptions.ServiceClient (HttpSparqlServiceClient) to allow it.");
        // The variables some input binds to a term we can send.
        var sent = _variables.Where(v => members.Any(i => Sendable(inputs[i][v.Slot], exec))).ToArray();
        var result = new List<(int, int[])>();
        if (sent.Length == 0)
        {
            if (!_unboundAnswers.TryGetValue(endpoint.AbsoluteUri, out var answer))
                _unboundAnswers[endpoint.AbsoluteUri] = answer = Ask(client, endpoint, _prologue + "SELECT * WHERE " + _pattern, exec, rowSlot: false).Select(r => r.Row).ToList();
            foreach (var i in members)
                foreach (var row in answer)
                    if (Compatible(row, inputs[i])) result.Add((i, Merge(inputs[i], row)));
            return result;
        }
        // One VALUES row per distinct projection of the inputs; each input remembers its row number.
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var inputsOfRow = new List<List<int>>();
        var values = new StringBuilder();
        foreach (var i in members)
        {
            var key = new StringBuilder();
            foreach (var v in sent) key.Append(Sendable(inputs[i][v.Slot], exec) ? inputs[i][v.Slot] : 0).Append(',');
            if (!keys.TryGetValue(key.ToString(), out int k))
            {
                keys[key.ToString()] = k = inputsOfRow.Count;
                inputsOfRow.Add(new List<int>());
                values.Append("    (").Append(k);
                foreach (var v in sent)
                {
                    int id = inputs[i][v.Slot];
                    values.Append(' ').Append(Sendable(id, exec) ? exec.Terms.Get(id)!.ToString() : "UNDEF");
                }
                values.Append(")\n");
            }
            inputsOfRow[k].Add(i);
        }
        var query = new StringBuilder(_prologue).Append("SELECT * WHERE {\n  VALUES (?").Append(RowVariable);
        foreach (var v in sent) query.Append(" ?").Append(v.Name);
        query.Append(") {\n").Append(values).Append("  }\n  ").Append(_pattern).Append("\n}\n");
        foreach (var (k, row) in Ask(client, endpoint, query.ToString(), exec, rowSlot: true))
        {
            if (k < 0 || k >= inputsOfRow.Count) throw new SparqlEvaluationException($"SERVICE <{endpoint}> answered a row number it was not sent.");
            foreach (var i in inputsOfRow[k])
                if (Compatible(row, inputs[i])) result.Add((i, Merge(inputs[i], row)));
        }
        return result;
    }

    /// <summary>Sends the query and turns the answer into solutions over our slots (with the row number, if asked).</summary>
    private List<(int K, int[] Row)> Ask(ISparqlServiceClient client, Uri endpoint, string query, QueryExecution exec, bool rowSlot)
    {
        var answer = new List<(int, int[])>();
        var prefix = "svc" + Interlocked.Increment(ref _requests) + "_";
        try
        {
            foreach (var remote in client.Select(endpoint, query, exec.Token))
            {
                exec.Tick();
                var row = exec.NewRow();
                int k = -1;
                for (int c = 0; c < remote.Variables.Count; c++)
                {
                    var term = remote[c];
                    if (term is null) continue;
                    var name = remote.Variables[c];
                    if (name == RowVariable)
                    {
                        if (term is Literal l && int.TryParse(l.LexicalForm, out int n)) k = n;
                        continue;
                    }
                    int slot = SlotOf(name);
                    if (slot < 0) continue;
                    if (term is BlankNode b) term = BlankNode.Create(prefix + b.Label);
                    row[slot] = exec.Terms.Intern(term);
                }
                answer.Add((rowSlot ? k : 0, row));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException and not SparqlEvaluationException)
        {
            throw new SparqlEvaluationException($"SERVICE <{endpoint}> failed: {e.Message}", e);
        }
        return answer;
    }

    private int SlotOf(string name)
    {
        foreach (var v in _variables)
            if (v.Name == name) return v.Slot;
        return -1;
    }

    private static bool Sendable(int id, QueryExecution exec) => id != 0 && exec.Terms.Get(id) is not BlankNode;
}
