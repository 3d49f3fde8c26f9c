namespace KeepProxy.Lab;

/// <summary>A lab step could not be carried out or its outcome was not the expected one.</summary>
public sealed class LabException(string message) : Exception(message);
