using KeepProxy.Config.Keepalived.Lexing;

namespace KeepProxy.Config.Keepalived.Tests.Lexing;

public sealed class KeepalivedPreprocessorTests
{
    private static string[] Lines(string text, string id = "node1") =>
        new KeepalivedPreprocessor(id).ReadText("x.conf", text).Lines.Select(static l => l.Text).ToArray();

    [Fact]
    public void Read_CommentsBothKinds_Stripped()
    {
        Assert.Equal(new[] { "router_id a", "smtp_server b" }, Lines("router_id a # c\n! whole line\nsmtp_server b ! x\n"));
    }

    [Fact]
    public void Read_BracesOnSameLine_SplitOntoOwnLines()
    {
        Assert.Equal(new[] { "vrrp_instance VI_1", "{", "state MASTER", "}" }, Lines("vrrp_instance VI_1 { state MASTER }\n"));
    }

    [Fact]
    public void Read_BraceInsideQuotes_NotSplit()
    {
        Assert.Equal(new[] { "script \"echo {x}\"" }, Lines("script \"echo {x}\"\n"));
    }

    [Fact]
    public void Read_Definitions_ReplacedPlainAndBraced()
    {
        Assert.Equal(new[] { "priority 150", "advert_int 150x" }, Lines("$PRIO=150\npriority $PRIO\nadvert_int ${PRIO}x\n"));
    }

    [Fact]
    public void Read_MultilineDefinition_ExpandsToSeveralLines()
    {
        Assert.Equal(new[] { "state MASTER", "priority 100" }, Lines("$BLOCK=state MASTER \\\npriority 100\n$BLOCK\n"));
    }

    [Fact]
    public void Read_ConditionalLines_FollowConfigId()
    {
        Assert.Equal(new[] { "priority 150", "advert_int 2" }, Lines("@node1 priority 150\n@node2 priority 100\n@^node2 advert_int 2\n@^node1 x\n"));
    }

    [Fact]
    public void Read_Seq_ReplicatesLine()
    {
        Assert.Equal(new[] { "10.0.0.1", "10.0.0.3", "10.0.0.5" }, Lines("~SEQ(n, 1, 2, 5) 10.0.0.$n\n"));
    }

    [Fact]
    public void Read_IncludeGlob_RelativeToIncludingFile()
    {
        string dir = Directory.CreateTempSubdirectory("kpinc").FullName;
        Directory.CreateDirectory(Path.Combine(dir, "conf.d"));
        File.WriteAllText(Path.Combine(dir, "conf.d", "b.conf"), "router_id b\n");
        File.WriteAllText(Path.Combine(dir, "conf.d", "a.conf"), "router_id a\n");
        File.WriteAllText(Path.Combine(dir, "main.conf"), "include conf.d/*.conf\nrouter_id m\n");
        PreprocessedConfig pre = new KeepalivedPreprocessor("x").Read(Path.Combine(dir, "main.conf"));
        Assert.Equal(new[] { "router_id a", "router_id b", "router_id m" }, pre.Lines.Select(static l => l.Text));
        Assert.Equal("conf.d/a.conf", pre.Lines[0].File);
        Assert.True(pre.Lines[0].ParentShowsFile);
        Assert.False(pre.Lines[2].ParentShowsFile);
    }

    [Fact]
    public void Split_QuotedWord_OneWordWithoutQuotes()
    {
        Assert.Equal(new[] { "script", "killall -0 haproxy" }, WordSplitter.Split("script \"killall -0 haproxy\""));
    }

    // seq-bad.conf: measured "Invalid ~SEQ definition '…'" then "Invalid ~SEQ specification '…'" and the line is dropped.
    [Fact]
    public void Read_SeqWithNonNumericEnd_DefinitionAndSpecificationErrors()
    {
        PreprocessedConfig pre = new KeepalivedPreprocessor("x").ReadText("x.conf", "~SEQ(i, abc) real_server 10.0.0.$i 80\n");
        Assert.Empty(pre.Lines);
        Assert.Equal(
        [
            "Invalid ~SEQ definition '~SEQ(i, abc) real_server 10.0.0.$i 80'",
            "Invalid ~SEQ specification '~SEQ(i, abc) real_server 10.0.0.$i 80'",
        ], pre.LineMessages.Select(static m => m.Value.Text).ToArray());
    }

    // long-line.conf: fgets(buf, 1024) pieces; the number advances only on a piece ending in '\n'.
    [Fact]
    public void Read_LineLongerThan1023_SplitIntoPiecesNumberedLikeKeepalived()
    {
        string text = "a\n" + new string('b', 1500) + "\n";
        PreprocessedConfig pre = new KeepalivedPreprocessor("x").ReadText("x.conf", text);
        Assert.Equal([(1, 1), (1, 1023), (2, 477)], pre.Lines.Select(static l => (l.Line, l.Text.Length)).ToArray());
    }

    // mut-001-plain-backup-keepalived-01.conf: a last line without '\n' keeps the previous number in the parent,
    // while the children (reading the parent's copy) number it one higher.
    [Fact]
    public void Read_LastLineWithoutNewline_ParentAndChildNumbersDiffer()
    {
        PreprocessedConfig pre = new KeepalivedPreprocessor("x").ReadText("x.conf", "a\n}");
        Assert.Equal(1, pre.Lines[1].Line);
        Assert.Equal(2, pre.Lines[1].ChildLine);
    }

    [Fact]
    public void WordsOf_RepeatedWords_SharedAndEqualToSplitter()
    {
        PreprocessedConfig pre = new KeepalivedPreprocessor("x").ReadText("x.conf", "weight 1\nweight 2\nscript \"a b\"\n");
        Assert.Equal(["weight", "1"], pre.WordsOf(0));
        Assert.Same(pre.WordsOf(0)[0], pre.WordsOf(1)[0]);
        Assert.Equal(["script", "a b"], pre.WordsOf(2));
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0x20, 0x62, 0x0a })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61, 0x0a })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00, 0x0a, 0x00 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x61, 0x00, 0x0a })]
    [InlineData(new byte[] { 0x61, 0xC3, 0x28, 0xFF, 0x0a })]
    [InlineData(new byte[] { })]
    public void ReadConfigText_AnyBytes_SameAsFileReadAllText(byte[] bytes)
    {
        string path = Path.Combine(Path.GetTempPath(), $"kp-read-{Guid.NewGuid():N}.conf");
        File.WriteAllBytes(path, bytes);
        try
        {
            Assert.Equal(File.ReadAllText(path), KeepalivedPreprocessor.ReadConfigText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadText_RepeatedLines_ShareTextAndWords()
    {
        var pre = new KeepalivedPreprocessor("n").ReadText("x.conf", "a {\n  weight 1\n}\nb {\nweight 1 \n}\n");
        string[] texts = pre.Lines.Select(static l => l.Text).ToArray();
        Assert.Equal(["a", "{", "weight 1", "}", "b", "{", "weight 1", "}"], texts);
        Assert.Same(texts[2], texts[6]);
        Assert.Same(pre.WordsOf(2), pre.WordsOf(6));
    }
}
