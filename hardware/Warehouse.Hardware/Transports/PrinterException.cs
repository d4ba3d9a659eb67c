namespace Warehouse.Hardware.Transports;

/// <summary>The single exception type of printer transports: what went wrong, where, in plain words.</summary>
public sealed class PrinterException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PrinterException(PrinterFailure failure, string address, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        Address = address;
    }

    /// <summary>The kind of failure, for retry decisions and user messages.</summary>
    public PrinterFailure Failure { get; }

    /// <summary>The printer URI the failure concerns.</summary>
    public string Address { get; }
}
