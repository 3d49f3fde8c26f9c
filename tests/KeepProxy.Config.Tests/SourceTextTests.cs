using KeepProxy.Config;

namespace KeepProxy.Config.Tests;

public sealed class SourceTextTests
{
    [Fact]
    public void PositionAt_OffsetsOnSeveralLines_AreOneBased()
    {
        var text = new SourceText("f.cfg", "global\n  daemon\nlisten x\n");
        Assert.Equal(new SourcePosition("f.cfg", 1, 1), text.PositionAt(0));
        Assert.Equal(new SourcePosition("f.cfg", 2, 3), text.PositionAt(9));
        Assert.Equal(new SourcePosition("f.cfg", 3, 1), text.PositionAt(16));
    }

    [Fact]
    public void Line_CrLfFile_StripsTerminators()
    {
        var text = new SourceText("k.conf", "a {\r\n  b 1\r\n}");
        Assert.Equal("  b 1", text.Line(2).ToString());
        Assert.Equal("}", text.Line(3).ToString());
    }

    [Theory]
    [InlineData("a\nb\n", true, 2)]
    [InlineData("a\nb", false, 2)]
    [InlineData("", true, 1)]
    public void EndsWithNewline_AndLineCount_FollowTheText(string content, bool endsWithNewline, int lines)
    {
        var text = new SourceText("x", content);
        Assert.Equal(endsWithNewline, text.EndsWithNewline);
        Assert.Equal(lines, text.LineCount);
    }
}
