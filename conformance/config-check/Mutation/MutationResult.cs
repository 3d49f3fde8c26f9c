namespace KeepProxy.Conformance.Mutation;

/// <summary>A mutated config: its bytes (Latin-1 round-trip of the original, so any byte survives) and what was done.</summary>
public sealed record MutationResult(byte[] Bytes, IReadOnlyList<string> Operations);
