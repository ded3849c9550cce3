using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A position of a triple pattern: a variable (by name, without '?') or a constant term.</summary>
internal sealed class PatternTerm : IEquatable<PatternTerm>
{
    private PatternTerm(string? variable, Term? term)
    {
        Variable = variable;
        Term = term;
    }

    /// <summary>The variable name, or null for a constant.</summary>
    public string? Variable { get; }

    /// <summary>The constant, or null for a variable.</summary>
    public Term? Term { get; }

    public bool IsVariable => Variable is not null;

    public static PatternTerm Var(string name) => new(name, null);

    public static PatternTerm Const(Term term) => new(null, term);

    /// <summary>Variables that stand for blank nodes or path intermediates: never projected by SELECT *.</summary>
    public static bool IsHidden(string name) => name.Length > 0 && name[0] == '#';

    public bool Equals(PatternTerm? other) => other is not null && Variable == other.Variable && Equals(Term, other.Term);

    public override bool Equals(object? obj) => Equals(obj as PatternTerm);

    public override int GetHashCode() => HashCode.Combine(Variable, Term);

    public override string ToString() => Variable is not null ? "?" + Variable : Term!.ToString();
}

/// <summary>A triple pattern whose predicate is an IRI or a variable.</summary>
internal sealed record TriplePattern(PatternTerm Subject, PatternTerm Predicate, PatternTerm Object)
{
    public IEnumerable<PatternTerm> Terms
    {
        get
        {
            yield return Subject;
            yield return Predicate;
            yield return Object;
        }
    }

    public override string ToString() => $"({Subject} {Predicate} {Object})";
}
