namespace KnowledgeGraph.Fuzz;

/// <summary>
/// Deterministic mutations of a seed, for runs without AFL (the NUnit test, <c>kg-fuzz TARGET --mutate N</c>): bit
/// flips, byte replacements with characters syntaxes care about, insertions, deletions, duplicated runs, splices
/// with another seed and truncations. The same seed index and count always give the same inputs.
/// </summary>
public static class Mutations
{
    private static readonly byte[][] s_tokens =
    [
        "<"u8.ToArray(), ">"u8.ToArray(), "\""u8.ToArray(), "\\"u8.ToArray(), "\\u"u8.ToArray(), "{"u8.ToArray(), "}"u8.ToArray(),
        "["u8.ToArray(), "("u8.ToArray(), ")"u8.ToArray(), "@"u8.ToArray(), "^^"u8.ToArray(), "_:"u8.ToArray(), "."u8.ToArray(),
        ";"u8.ToArray(), "#"u8.ToArray(), "%"u8.ToArray(), "\0"u8.ToArray(), "\n"u8.ToArray(), "\"\"\""u8.ToArray(),
        "<![CDATA["u8.ToArray(), "&#0;"u8.ToArray(), "@context"u8.ToArray(), "@list"u8.ToArray(), "@graph"u8.ToArray(),
        "SELECT * {"u8.ToArray(), "OPTIONAL {"u8.ToArray(), "/"u8.ToArray(), "*"u8.ToArray(), "FILTER("u8.ToArray(),
        "GROUP BY"u8.ToArray(), "\xff"u8.ToArray(), [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
    ];

    /// <summary>The <paramref name="count"/> mutants of <paramref name="seed"/>, <paramref name="others"/> giving splice partners.</summary>
    public static IEnumerable<byte[]> Of(byte[] seed, IReadOnlyList<byte[]> others, int count, int salt)
    {
        // A fixed arithmetic seed: HashCode.Combine is randomised per process, which made each run's "deterministic"
        // mutants different (CI met a failing one the runs before had never drawn).
        var random = new Random(unchecked((seed.Length * 31 + salt) * 31 + (seed.Length > 0 ? seed[seed.Length / 2] : 0)));
        for (int i = 0; i < count; i++)
        {
            var bytes = new List<byte>(seed);
            int steps = 1 + random.Next(4);
            for (int s = 0; s < steps; s++) Mutate(bytes, others, random);
            yield return bytes.ToArray();
        }
    }

    private static void Mutate(List<byte> bytes, IReadOnlyList<byte[]> others, Random random)
    {
        int at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
        switch (random.Next(7))
        {
            case 0 when bytes.Count > 0:
                bytes[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                bytes.InsertRange(at, s_tokens[random.Next(s_tokens.Length)]);
                break;
            case 2 when bytes.Count > 0:
                bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(16)));
                break;
            case 3 when bytes.Count > 0:
                {
                    int length = Math.Min(bytes.Count - at, 1 + random.Next(32));
                    var run = bytes.GetRange(at, length);
                    int times = 1 + random.Next(random.Next(2) == 0 ? 3 : 200);
                    for (int t = 0; t < times; t++) bytes.InsertRange(at, run);
                    break;
                }
            case 4 when others.Count > 0:
                {
                    var other = others[random.Next(others.Count)];
                    int from = other.Length == 0 ? 0 : random.Next(other.Length);
                    bytes.RemoveRange(at, bytes.Count - at);
                    bytes.AddRange(other.AsSpan(from).ToArray());
                    break;
                }
            case 5:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            default:
                if (bytes.Count > 0) bytes[at] = s_tokens[random.Next(s_tokens.Length)][0];
                break;
        }
    }
}
