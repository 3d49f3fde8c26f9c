namespace KeepProxy.Config.Keepalived.Parsing;

/// <summary>
/// lib/parser.c's number readers (read_unsigned_func, read_int_func, read_decimal_unsigned_long_func) as keepalived
/// 2.2.7 runs them under <c>-t</c> (CONFIG_TEST_BIT set: no "WARNING - " prefix, an error always rejects the value).
/// strtoul/strtol semantics are reproduced: leading blanks and a sign are accepted, an empty string reads as 0.
/// Each returns the message keepalived prints, or null when the value is accepted.
/// </summary>
public static class NumberReader
{
    /// <summary>read_unsigned_func(base 10): "negative number", "invalid number", "outside unsigned integer range", range.</summary>
    public static string? Unsigned(string number, ulong min, ulong max, out ulong value)
    {
        int offset = SkipBlanks(number, 0);
        Strtoull(number, offset, out value, out bool overflow, out int end);
        if (offset < number.Length && number[offset] == '-')
        {
            return $"negative number '{number}'";
        }

        if (end < number.Length)
        {
            return $"invalid number '{number}'";
        }

        if (overflow || value > uint.MaxValue)
        {
            return $"number '{number}' outside unsigned integer range";
        }

        return value < min || value > max ? $"number '{number}' outside range [{min}, {max}]" : null;
    }

    /// <summary>read_unsigned64_func(base 10).</summary>
    public static string? Unsigned64(string number, ulong min, ulong max, out ulong value)
    {
        int offset = SkipBlanks(number, 0);
        Strtoull(number, offset, out value, out bool overflow, out int end);
        if (offset < number.Length && number[offset] == '-')
        {
            return $"negative number '{number}'";
        }

        if (end < number.Length)
        {
            return $"invalid number '{number}'";
        }

        if (overflow)
        {
            return $"number '{number}' outside unsigned 64 bit range";
        }

        return value < min || value > max ? $"number '{number}' outside range [{min}, {max}]" : null;
    }

    /// <summary>read_int_func(base 10): "invalid number", "outside integer range", range.</summary>
    public static string? Int(string number, long min, long max, out long value)
    {
        int i = SkipBlanks(number, 0);
        bool negative = false;
        if (i < number.Length && number[i] is '+' or '-')
        {
            negative = number[i] == '-';
            i++;
        }

        int digitsStart = i;
        bool overflow = false;
        decimal acc = 0;
        while (i < number.Length && number[i] is >= '0' and <= '9')
        {
            if (!overflow)
            {
                acc = acc * 10 + (number[i] - '0');
                if (acc > (decimal)long.MaxValue + 1)
                {
                    overflow = true;
                }
            }

            i++;
        }

        int end = i == digitsStart ? 0 : i;
        value = 0;
        if (!overflow)
        {
            decimal signed = negative ? -acc : acc;
            if (signed > long.MaxValue || signed < long.MinValue)
            {
                overflow = true;
            }
            else
            {
                value = (long)signed;
            }
        }

        if (end < number.Length)
        {
            return $"invalid number '{number}'";
        }

        if (overflow || value < int.MinValue || value > int.MaxValue)
        {
            return $"number '{number}' outside integer range";
        }

        return value < min || value > max ? $"number '{number}' outside range [{min}, {max}]" : null;
    }

    /// <summary>
    /// read_decimal_unsigned_long_func(): a decimal with up to <paramref name="shift"/> places, returned × 10^shift.
    /// "too many decimal places" is reported but the (rounded) value may still be accepted, as keepalived does.
    /// </summary>
    public static bool Decimal(string param, ulong min, ulong max, int shift, List<string> messages, out ulong value)
    {
        value = 0;
        if (param.Length > 0 && param[0] == '-')
        {
            messages.Add($"negative number '{param}'");
            return false;
        }

        int dp = param.IndexOf('.');
        int numDp = dp >= 0 ? param.Length - dp - 1 : 0;
        bool roundUp = false;
        if (numDp > shift)
        {
            messages.Add($"number '{param}' has too many decimal places");
            roundUp = param[dp + shift + 1] >= '5';
            numDp = shift;
        }

        string updated = dp >= 0 ? string.Concat(param.AsSpan(0, dp), param.AsSpan(dp + 1, numDp)) : param;
        updated += new string('0', shift - numDp);
        int offset = SkipBlanks(updated, 0);
        Strtoull(updated, offset, out value, out bool overflow, out int end);
        if (roundUp)
        {
            value++;
        }

        if (end < updated.Length)
        {
            messages.Add($"invalid number '{param}'");
            return false;
        }

        if (overflow)
        {
            messages.Add($"number '{param}' outside unsigned decimal range");
            return false;
        }

        if (value < min || value > max)
        {
            ulong scale = 1;
            for (int d = 0; d < shift; d++)
            {
                scale *= 10;
            }

            string f = shift == 0 ? "" : "D" + shift;
            string lo = shift == 0 ? $"{min}." : $"{min / scale}.{(min % scale).ToString(f)}";
            string hi = shift == 0 ? $"{max}." : $"{max / scale}.{(max % scale).ToString(f)}";
            messages.Add($"number '{param}' outside range [{lo}, {hi}]");
            return false;
        }

        return true;
    }

    private static int SkipBlanks(string s, int i)
    {
        while (i < s.Length && s[i] is ' ' or '\t' or '\n' or '\v' or '\f' or '\r')
        {
            i++;
        }

        return i;
    }

    /// <summary>strtoull(base 10) from <paramref name="start"/>: end is the index after the number (0 when none).</summary>
    private static void Strtoull(string s, int start, out ulong value, out bool overflow, out int end)
    {
        int i = start;
        bool negative = false;
        if (i < s.Length && s[i] is '+' or '-')
        {
            negative = s[i] == '-';
            i++;
        }

        int digits = i;
        value = 0;
        overflow = false;
        while (i < s.Length && s[i] is >= '0' and <= '9')
        {
            ulong d = (ulong)(s[i] - '0');
            if (!overflow && (value > (ulong.MaxValue - d) / 10))
            {
                overflow = true;
            }

            if (!overflow)
            {
                value = value * 10 + d;
            }

            i++;
        }

        if (i == digits)
        {
            end = 0;
            value = 0;
            return;
        }

        if (overflow)
        {
            value = ulong.MaxValue;
        }
        else if (negative)
        {
            value = unchecked(0 - value);
        }

        end = i;
    }
}
