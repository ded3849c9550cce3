using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Model;

public class IriResolverTests
{
    // RFC 3986 section 5.4.1 and 5.4.2: the normal and abnormal examples against base http://a/b/c/d;p?q
    [TestCase("g:h", "g:h")]
    [TestCase("g", "http://a/b/c/g")]
    [TestCase("./g", "http://a/b/c/g")]
    [TestCase("g/", "http://a/b/c/g/")]
    [TestCase("/g", "http://a/g")]
    [TestCase("//g", "http://g")]
    [TestCase("?y", "http://a/b/c/d;p?y")]
    [TestCase("g?y", "http://a/b/c/g?y")]
    [TestCase("#s", "http://a/b/c/d;p?q#s")]
    [TestCase("g#s", "http://a/b/c/g#s")]
    [TestCase(";x", "http://a/b/c/;x")]
    [TestCase("", "http://a/b/c/d;p?q")]
    [TestCase(".", "http://a/b/c/")]
    [TestCase("./", "http://a/b/c/")]
    [TestCase("..", "http://a/b/")]
    [TestCase("../", "http://a/b/")]
    [TestCase("../g", "http://a/b/g")]
    [TestCase("../..", "http://a/")]
    [TestCase("../../g", "http://a/g")]
    [TestCase("../../../g", "http://a/g")]
    [TestCase("/./g", "http://a/g")]
    [TestCase("/../g", "http://a/g")]
    [TestCase("g.", "http://a/b/c/g.")]
    [TestCase(".g", "http://a/b/c/.g")]
    [TestCase("g..", "http://a/b/c/g..")]
    [TestCase("..g", "http://a/b/c/..g")]
    [TestCase("./../g", "http://a/b/g")]
    [TestCase("./g/.", "http://a/b/c/g/")]
    [TestCase("g/./h", "http://a/b/c/g/h")]
    [TestCase("g/../h", "http://a/b/c/h")]
    [TestCase("g;x=1/./y", "http://a/b/c/g;x=1/y")]
    [TestCase("g;x=1/../y", "http://a/b/c/y")]
    [TestCase("g?y/./x", "http://a/b/c/g?y/./x")]
    [TestCase("g#s/../x", "http://a/b/c/g#s/../x")]
    [TestCase("http:g", "http:g")]
    public void Resolves_the_RFC_3986_examples(string reference, string expected) =>
        IriResolver.Resolve("http://a/b/c/d;p?q", reference).Should().Be(expected);

    [Test]
    public void A_relative_reference_without_a_base_is_an_error() =>
        FluentActions.Invoking(() => IriResolver.Resolve(null, "x")).Should().Throw<ArgumentException>();
}
