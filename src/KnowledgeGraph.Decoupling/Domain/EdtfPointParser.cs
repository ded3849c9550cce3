namespace KnowledgeGraph.Domain;

/// <summary>Parses one EDTF date (no interval): <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>, <c>YYYY-SS</c>, with
/// <c>XXXX</c> for an unknown year and a trailing <c>?</c>, <c>~</c> or <c>%</c>.</summary>
internal static class EdtfPointParser
{
    public static bool TryParse(string text, out EdtfPoint point, out string error)
    {
        point = default;
        bool uncertain = false, approximate = false;
        var body = text;
        if (body.Length > 0 && body[^1] is '?' or '~' or '%')
        {
            uncertain = body[^1] is '?' or '%';
            approximate = body[^1] is '~' or '%';
            body = body[..^1];
        }
        var parts = body.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4)
        {
            error = "expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-SS (use XXXX for an unknown year)";
            return false;
        }
        int? year = null;
        if (parts[0] != "XXXX")
        {
            if (!TryDigits(parts[0], out int y))
            {
                error = $"'{parts[0]}' is not a four-digit year";
                return false;
            }
            year = y;
        }
        int? month = null, season = null, day = null;
        if (parts.Length >= 2)
        {
            if (parts[1].Length != 2 || !TryDigits(parts[1], out int m) || m is < 1 or > 12 and < 21 or > 24)
            {
                error = $"'{parts[1]}' is neither a month (01-12) nor a season (21-24)";
                return false;
            }
            if (m >= 21) season = m;
            else month = m;
        }
        if (parts.Length == 3)
        {
            if (season is not null || parts[2].Length != 2 || !TryDigits(parts[2], out int d) || d < 1
                || d > (year is int yy ? DateTime.DaysInMonth(yy, month!.Value) : 31))
            {
                error = $"'{parts[2]}' is not a day of that month";
                return false;
            }
            day = d;
        }
        if (year is null && parts.Length == 1 && body != "XXXX")
        {
            error = "an unknown year is written XXXX";
            return false;
        }
        point = new EdtfPoint(year, month, day, season, uncertain, approximate);
        error = "";
        return true;
    }

    private static bool TryDigits(string s, out int value)
    {
        value = 0;
        foreach (char c in s)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }
        return s.Length > 0;
    }
}
