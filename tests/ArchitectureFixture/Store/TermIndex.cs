using ArchitectureFixture.Model;

namespace ArchitectureFixture.Store;

public static class TermIndex
{
    private static readonly List<Term> s_terms = [];

    public static int Count() => s_terms.Count;
}
