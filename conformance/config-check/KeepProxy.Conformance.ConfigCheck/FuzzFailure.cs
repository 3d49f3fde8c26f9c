namespace KeepProxy.Conformance.ConfigCheck;

/// <summary>A fuzz mutation that broke a property: which one (index, so the run seed reproduces it) and why.</summary>
public sealed record FuzzFailure(int Index, string Language, string Source, string Operations, string Problem, string SavedInput);
