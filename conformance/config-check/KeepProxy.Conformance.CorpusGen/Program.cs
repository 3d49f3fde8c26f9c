using KeepProxy.Conformance.CorpusGen;
using KeepProxy.Conformance.Mutation;

// Usage (from the project root): dotnet run --project conformance/config-check/KeepProxy.Conformance.CorpusGen [ROOT]
string root = args.Length > 0 ? args[0] : Directory.GetCurrentDirectory();
if (!Directory.Exists(Path.Combine(root, "conformance", "config-check", "cases")))
{
    Console.Error.WriteLine($"{root} is not the project root (no conformance/config-check/cases)");
    return 2;
}

var generator = new CorpusGenerator(root);
int h = generator.Generate(ConfigLanguage.HAProxy, "haproxy*.cfg", ".cfg", target: 110);
int k = generator.Generate(ConfigLanguage.Keepalived, "keepalived*.conf", ".conf", target: 110);
Console.WriteLine($"wrote {h} haproxy and {k} keepalived mutations");
return 0;
