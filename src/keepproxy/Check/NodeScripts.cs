namespace KeepProxy.Cli.Check;

/// <summary>
/// A node folder describes another machine: a script its keepalived.conf runs counts as present when it exists here,
/// when the folder ships a file of that name (the articles' check_nginx.sh sits next to keepalived.conf), or when a
/// bare command name is on this machine's PATH (<c>killall -0 haproxy</c>).
/// </summary>
public static class NodeScripts
{
    public static Func<string, bool> For(string directory) => command =>
    {
        string program = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? command;
        string name = Path.GetFileName(program);
        return File.Exists(program)
            || (name.Length > 0 && Directory.EnumerateFiles(directory, name, SearchOption.AllDirectories).Any())
            || (!program.Contains('/') && (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => d.Length > 0 && File.Exists(Path.Combine(d, program))));
    };
}
