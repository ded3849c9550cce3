namespace ArchitectureFixture.Model;

public sealed class Term
{
    public string Value { get; init; } = "";
}
