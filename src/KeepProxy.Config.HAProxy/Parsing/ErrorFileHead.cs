namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>
/// The checks haproxy 2.6's h1 parser makes on an errorfile's response head, as far as measured with haproxy -c:
/// an empty file is accepted; the version is a token of 8 characters ("HTTX/1.0" passes); the status is 3 digits;
/// each header line is <c>name:value</c> with a token name; the head must end with an empty line. The error
/// offset is the first offending byte, 0 for a bad version, -2 for a head that never ends.
/// </summary>
internal static class ErrorFileHead
{
    /// <summary>Returns int.MinValue when the head parses, else haproxy's "error offset".</summary>
    public static int ParseError(ReadOnlySpan<byte> d)
    {
        if (d.Length == 0)
        {
            return int.MinValue;
        }

        int i = 0;
        while (i < d.Length && IsVersionChar(d[i]))
        {
            i++;
        }

        if (i >= d.Length)
        {
            return -2;
        }

        if (d[i] != ' ' || i != 8)
        {
            return 0;
        }

        while (i < d.Length && d[i] == ' ')
        {
            i++;
        }

        int status = i;
        while (i < d.Length && i - status < 3 && char.IsAsciiDigit((char)d[i]))
        {
            i++;
        }

        if (i >= d.Length)
        {
            return -2;
        }

        if (i - status != 3 || d[i] is not ((byte)' ' or (byte)'\r' or (byte)'\n'))
        {
            return status;
        }

        // Reason phrase up to the end of the line.
        i = d.IndexOf((byte)'\n') is var nl && nl < 0 ? d.Length : nl + 1;
        while (true)
        {
            if (i >= d.Length)
            {
                return -2;
            }

            if (d[i] == '\n' || (d[i] == '\r' && i + 1 < d.Length && d[i + 1] == '\n'))
            {
                return int.MinValue;
            }

            int name = i;
            while (i < d.Length && IsTokenChar(d[i]))
            {
                i++;
            }

            if (i >= d.Length)
            {
                return -2;
            }

            if (d[i] != ':' || i == name)
            {
                return i;
            }

            int eol = d[i..].IndexOf((byte)'\n');
            if (eol < 0)
            {
                return -2;
            }

            i += eol + 1;
        }
    }

    private static bool IsVersionChar(byte c) => char.IsAsciiLetterOrDigit((char)c) || c is (byte)'/' or (byte)'.';

    private static bool IsTokenChar(byte c) =>
        c > 32 && c < 127 && c is not ((byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'@' or (byte)',' or (byte)';' or (byte)':' or (byte)'\\' or (byte)'"' or (byte)'/' or (byte)'[' or (byte)']' or (byte)'?' or (byte)'=' or (byte)'{' or (byte)'}');
}
