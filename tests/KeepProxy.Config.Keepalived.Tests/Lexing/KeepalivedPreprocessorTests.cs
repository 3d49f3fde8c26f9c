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
}
