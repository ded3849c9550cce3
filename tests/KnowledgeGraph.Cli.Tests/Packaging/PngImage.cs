using System.Buffers.Binary;
using System.IO.Compression;

namespace KnowledgeGraph.Cli.Tests.Packaging;

/// <summary>
/// Just enough of a PNG decoder to tell whether a screenshot shows something: 8-bit RGB or RGBA, not interlaced (what
/// Chromium writes). Reads the chunks, inflates the image data and undoes the scanline filters.
/// </summary>
internal sealed class PngImage
{
    private PngImage(int width, int height, int channels, byte[] pixels) => (Width, Height, Channels, Pixels) = (width, height, channels, pixels);

    public int Width { get; }
    public int Height { get; }
    private int Channels { get; }
    private byte[] Pixels { get; }

    public static PngImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 8 || !bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }))
            throw new InvalidDataException($"{path} is not a PNG file");
        int width = 0, height = 0, channels = 0;
        using var data = new MemoryStream();
        for (int at = 8; at + 8 <= bytes.Length;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var body = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                if (body[8] != 8 || body[12] != 0) throw new InvalidDataException("only 8-bit, non-interlaced PNGs are read");
                channels = body[9] switch { 2 => 3, 6 => 4, _ => throw new InvalidDataException($"colour type {body[9]} is not read") };
            }
            else if (type == "IDAT") data.Write(body);
            else if (type == "IEND") break;
            at += 12 + length;
        }
        data.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(data, CompressionMode.Decompress)) z.CopyTo(inflated);
        return new PngImage(width, height, channels, Unfilter(inflated.ToArray(), width, height, channels));
    }

    /// <summary>The share of pixels that are not (near) white.</summary>
    public double InkedShare()
    {
        long inked = 0;
        for (int i = 0; i < Pixels.Length; i += Channels)
            if (Pixels[i] < 235 || Pixels[i + 1] < 235 || Pixels[i + 2] < 235) inked++;
        return (double)inked / ((long)Width * Height);
    }

    /// <summary>Distinct colours, counted up to <paramref name="limit"/>.</summary>
    public int Colours(int limit = 1000)
    {
        var seen = new HashSet<int>();
        for (int i = 0; i < Pixels.Length && seen.Count < limit; i += Channels)
            seen.Add(Pixels[i] << 16 | Pixels[i + 1] << 8 | Pixels[i + 2]);
        return seen.Count;
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        int stride = width * bpp;
        var pixels = new byte[stride * height];
        for (int y = 0; y < height; y++)
        {
            int filter = raw[y * (stride + 1)];
            int src = y * (stride + 1) + 1, dst = y * stride;
            for (int x = 0; x < stride; x++)
            {
                int a = x >= bpp ? pixels[dst + x - bpp] : 0;
                int b = y > 0 ? pixels[dst - stride + x] : 0;
                int c = x >= bpp && y > 0 ? pixels[dst - stride + x - bpp] : 0;
                int predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"unknown PNG filter {filter}"),
                };
                pixels[dst + x] = (byte)(raw[src + x] + predictor);
            }
        }
        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
