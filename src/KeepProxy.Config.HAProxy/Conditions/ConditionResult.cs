namespace KeepProxy.Config.HAProxy.Conditions;

/// <summary>Outcome of a <c>.if</c>/<c>-cc</c> expression: true/false, or an error with haproxy's message and offset.</summary>
/// <param name="Value">1 true, 0 false, -1 error (haproxy's cfg_eval_condition() convention).</param>
/// <param name="Error">haproxy's error text when <see cref="Value"/> is -1.</param>
/// <param name="ErrorOffset">0-based offset in the expression of the offending character.</param>
public readonly record struct ConditionResult(int Value, string? Error, int ErrorOffset)
{
    public bool IsError => Value < 0;
}
