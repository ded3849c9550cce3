// The deliberate violation: the bottom layer reaches up into Store, and only inside a method body.
using ArchitectureFixture.Store;

namespace ArchitectureFixture.Model;

public static class Shortcut
{
    public static int CountAll() => TermIndex.Count();
}
