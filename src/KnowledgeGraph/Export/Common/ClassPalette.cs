namespace KnowledgeGraph.Export;

/// <summary>
/// Colours for node classes. Classes are sorted by prefixed name and take the palette's colours in turn, so the
/// same graph always gets the same colours and the first twenty classes never share one. Untyped nodes are grey.
/// </summary>
internal static class ClassPalette
{
    /// <summary>Twenty well-separated colours, dark enough for white labels and light enough for black edges.</summary>
    private static readonly (byte R, byte G, byte B)[] s_colours =
    {
        (0x3B, 0x75, 0xAF), (0xEF, 0x86, 0x36), (0x51, 0x9E, 0x3E), (0xC5, 0x3A, 0x32), (0x8D, 0x6A, 0xB8),
        (0x84, 0x58, 0x4E), (0xD5, 0x7D, 0xBE), (0xBC, 0xBD, 0x45), (0x3D, 0xB5, 0xC4), (0x2E, 0x4F, 0x7A),
        (0xF4, 0xB6, 0x3F), (0x1B, 0x7F, 0x6B), (0xE1, 0x5A, 0x6E), (0x5C, 0x5C, 0xA8), (0x9C, 0x7A, 0x2E),
        (0x6F, 0xA8, 0x8E), (0xB0, 0x4A, 0x8C), (0x47, 0x8F, 0xD1), (0xA3, 0x5F, 0x2B), (0x70, 0x82, 0x3A),
    };

    public static (byte R, byte G, byte B) Untyped { get; } = (0x9E, 0x9E, 0x9E);

    public static (byte R, byte G, byte B) Colour(int classRank) =>
        classRank < 0 ? Untyped : s_colours[classRank % s_colours.Length];

    public static string Hex((byte R, byte G, byte B) c) => $"#{c.R:X2}{c.G:X2}{c.B:X2}";
}
