namespace KeepProxy.Config.Keepalived.Parsing;

/// <summary>
/// keepalived's config_err_t, in its order. <c>-t</c> keeps the highest value seen and maps it to the exit code:
/// OK → 0, FileNotFound/BadInterface/Fatal → 4, SecurityError → 6, anything else → 5.
/// <see cref="Info"/> is ours: a line keepalived prints through log_message, which does not change the verdict.
/// </summary>
public enum ConfigError
{
    Info = -1,
    Ok = 0,
    FileNotFound,
    BadInterface,
    Fatal,
    MultipleFiles,
    UnknownKeyword,
    UnexpectedBob,
    MissingBob,
    UnexpectedEob,
    MissingEob,
    UnmatchedQuote,
    MissingParameter,
    InvalidNumber,
    GeneralError,
    Warning,
    Deprecated,
    SecurityError,
}
