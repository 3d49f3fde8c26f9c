using KeepProxy.Config.Keepalived.Parsing;

namespace KeepProxy.Config.Keepalived.Tests.Parsing;

/// <summary>lib/parser.c's readers under -t; strings measured with keepalived 2.2.7 -t (see the config tests).</summary>
public sealed class NumberReaderTests
{
    [Theory]
    [InlineData("-3", 1, 255, "negative number '-3'")]                         // virtual_router_id -3
    [InlineData("abc", 0, 4294, "invalid number 'abc'")]                       // smtp_connect_timeout abc
    [InlineData("99999", 0, 4294, "number '99999' outside range [0, 4294]")]   // vrrp_script interval 99999
    [InlineData("4294967296", 0, 4294, "number '4294967296' outside unsigned integer range")]
    [InlineData("99999999999999999999", 1, 255, "number '99999999999999999999' outside unsigned integer range")]
    public void Unsigned_BadValue_GivesKeepalivedsMessage(string text, long min, long max, string expected) =>
        Assert.Equal(expected, NumberReader.Unsigned(text, (ulong)min, (ulong)max, out _));

    [Theory]
    [InlineData("51", 51UL)]
    [InlineData("+7", 7UL)]
    [InlineData(" 9", 9UL)]
    public void Unsigned_StrtoulForms_AreAccepted(string text, ulong expected)
    {
        Assert.Null(NumberReader.Unsigned(text, 0, 1000, out ulong v));
        Assert.Equal(expected, v);
    }

    [Theory]
    [InlineData("300", "number '300' outside range [-253, 253]")]             // vrrp_script weight 300
    [InlineData("1x", "invalid number '1x'")]
    [InlineData("3000000000", "number '3000000000' outside integer range")]
    public void Int_BadValue_GivesKeepalivedsMessage(string text, string expected) =>
        Assert.Equal(expected, NumberReader.Int(text, -253, 253, out _));

    [Fact]
    public void Int_Negative_IsAccepted()
    {
        Assert.Null(NumberReader.Int("-20", -253, 253, out long v));
        Assert.Equal(-20, v);
    }

    [Theory]
    [InlineData("0", 1UL, 4294967295UL, "number '0' outside range [0.000001, 4294.967295]")] // vrrp_garp_interval 0
    [InlineData("0", 10000UL, 255000000UL, "number '0' outside range [0.010000, 255.000000]")] // advert_int 0
    [InlineData("-1", 0UL, 1000000000UL, "negative number '-1'")]
    [InlineData("1.2.3", 0UL, 1000000000UL, "invalid number '1.2.3'")]
    public void Decimal_BadValue_GivesKeepalivedsMessage(string text, ulong min, ulong max, string expected)
    {
        var messages = new List<string>();
        Assert.False(NumberReader.Decimal(text, min, max, 6, messages, out _));
        Assert.Equal(expected, Assert.Single(messages));
    }

    [Fact]
    public void Decimal_TooManyPlaces_ReportsButRoundsAndAccepts()
    {
        var messages = new List<string>();
        Assert.True(NumberReader.Decimal("1.23456789", 0, 10_000_000, 6, messages, out ulong v));
        Assert.Equal("number '1.23456789' has too many decimal places", Assert.Single(messages));
        Assert.Equal(1_234_568UL, v);
    }
}
