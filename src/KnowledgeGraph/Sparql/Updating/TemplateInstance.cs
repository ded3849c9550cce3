using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Updating.Operations;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Sparql.Updating;

internal sealed partial class UpdateExecutor
{
    /// <summary>
    /// A quad template prepared for one operation: constants resolved to ids once, variables to solution columns,
    /// parameters to their terms. For DELETE, a term the store does not hold cannot match, so its quads drop out
    /// without adding the term; for INSERT, terms are added and blank nodes are fresh per solution.
    /// </summary>
    private sealed class TemplateInstance
    {
        private const int Unbound = 0;

        private readonly UpdateExecutor _owner;
        private readonly IReadOnlyList<QuadTemplate> _quads;
        private readonly Dictionary<string, int> _columns;
        private readonly bool _forInsert;
        private readonly int _defaultGraph;
        private readonly Dictionary<PatternTerm, int> _constants = new();
        private readonly Dictionary<BlankNode, int> _fresh = new();

        public TemplateInstance(UpdateExecutor owner, IReadOnlyList<QuadTemplate> quads, Dictionary<string, int> columns, NamedNode? with, bool forInsert)
        {
            _owner = owner;
            _quads = quads;
            _columns = columns;
            _forInsert = forInsert;
            _defaultGraph = with is null ? 0 : Resolve(with);
        }

        /// <summary>Starts a new solution: blank nodes of the template get new fresh blank nodes.</summary>
        public void BeginSolution() => _fresh.Clear();

        /// <summary>The valid quads of the template under one solution (a graph of -1 means the WITH graph is missing
        /// for a DELETE: nothing to remove).</summary>
        public IEnumerable<(int Graph, IdTriple Triple)> Instantiate(int[] row, Func<int, Term?>? decode)
        {
            if (_defaultGraph < 0) yield break;
            var target = _owner._target;
            foreach (var q in _quads)
            {
                int s = Value(q.Subject, row, decode), p = Value(q.Predicate, row, decode), o = Value(q.Object, row, decode);
                if (s <= 0 || p <= 0 || o <= 0) continue;
                if (target.KindOf(s) == TermKind.Literal || target.KindOf(p) != TermKind.NamedNode) continue;
                int g = _defaultGraph;
                if (q.Graph is not null)
                {
                    g = Value(q.Graph, row, decode);
                    if (g <= 0 || target.KindOf(g) != TermKind.NamedNode) continue;
                }
                yield return (g, new IdTriple(s, p, o));
            }
        }

        /// <summary>The id of a template position under a solution; 0 when unbound, -1 when a DELETE term is unknown.</summary>
        private int Value(PatternTerm p, int[] row, Func<int, Term?>? decode)
        {
            if (p.Term is BlankNode b && _forInsert)
            {
                if (!_fresh.TryGetValue(b, out int id)) _fresh[b] = id = _owner._target.GetOrAddId(BlankNode.CreateNew());
                return id;
            }
            if (p.Term is not null)
            {
                if (!_constants.TryGetValue(p, out int id)) _constants[p] = id = Resolve(p.Term);
                return id;
            }
            if (_columns.TryGetValue(p.Variable!, out int column) && row[column] != Unbound)
            {
                int id = row[column];
                return id > 0 ? id : decode?.Invoke(id) is { } computed ? Resolve(computed) : Unbound;
            }
            return _owner._context.Parameters.TryGetValue(p.Variable!, out var value) ? Resolve(value) : Unbound;
        }

        private int Resolve(Term term)
        {
            if (_forInsert) return _owner._target.GetOrAddId(term);
            return _owner._target.TryGetId(term, out int id) ? id : -1;
        }
    }
}
