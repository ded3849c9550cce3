using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>MD5, SHA1, SHA256, SHA384, SHA512 (17.4.6): lower-case hex of the UTF-8 bytes of a simple or <c>xsd:string</c> literal.</summary>
internal static class Hashes
{
    public static Term? Md5(Term? a) => Hash(a, MD5.HashData);

    public static Term? Sha1(Term? a) => Hash(a, SHA1.HashData);

    public static Term? Sha256(Term? a) => Hash(a, SHA256.HashData);

    public static Term? Sha384(Term? a) => Hash(a, SHA384.HashData);

    public static Term? Sha512(Term? a) => Hash(a, SHA512.HashData);

    private static Term? Hash(Term? a, Func<byte[], byte[]> hash)
    {
        if (!XsdTypes.IsSimpleString(a)) return null;
        var digest = hash(Encoding.UTF8.GetBytes(((Literal)a!).LexicalForm));
        return Literal.Create(Convert.ToHexString(digest).ToLowerInvariant());
    }
}
