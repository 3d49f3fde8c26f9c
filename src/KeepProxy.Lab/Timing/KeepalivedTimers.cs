namespace KeepProxy.Lab.Timing;

/// <summary>
/// keepalived's VRRPv2 timer arithmetic (RFC 3768 §6.1, keepalived vrrp.c): a backup declares the master dead
/// after Master_Down_Interval = 3 × Advertisement_Interval + Skew_Time, Skew_Time = (256 − priority) ×
/// advert_int / 256, computed with the backup's *effective* priority. A master that stops cleanly sends
/// priority 0 and the backup takes over after Skew_Time alone.
/// </summary>
public static class KeepalivedTimers
{
    public static double SkewSeconds(int effectivePriority, double advertInt = 1.0) =>
        (256 - Math.Clamp(effectivePriority, 1, 255)) * advertInt / 256.0;

    public static double MasterDownSeconds(int effectivePriority, double advertInt = 1.0) =>
        3 * advertInt + SkewSeconds(effectivePriority, advertInt);

    /// <summary>e.g. "3×1 + (256−200)/256 = 3.22 s".</summary>
    public static string MasterDownFormula(int effectivePriority, double advertInt = 1.0) =>
        FormattableString.Invariant($"3×{advertInt:0.##} + (256−{effectivePriority})/256 = {MasterDownSeconds(effectivePriority, advertInt):0.00} s");

    /// <summary>e.g. "prio 0 → (256−200)/256 = 0.22 s".</summary>
    public static string SkewFormula(int effectivePriority, double advertInt = 1.0) =>
        FormattableString.Invariant($"prio 0 → (256−{effectivePriority})/256 = {SkewSeconds(effectivePriority, advertInt):0.00} s");
}
