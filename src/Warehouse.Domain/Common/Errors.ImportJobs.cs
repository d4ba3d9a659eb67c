namespace Warehouse.Domain.Common;

/// Refusals of the background import jobs: one runs at a time, and a job being written or done cannot be cancelled.
public static partial class Errors
{
    public static DomainError ImportJobRunning() =>
        new("ImportJobRunning", "Another import is running: wait for it to finish, or cancel it, before starting one.")
            { Kind = ErrorKind.Conflict };

    public static DomainError ImportJobCommitting() =>
        new("ImportJobCommitting", "This import is being written and can no longer be cancelled; it writes everything or nothing.")
            { Kind = ErrorKind.Conflict };

    public static DomainError ImportJobFinished() =>
        new("ImportJobFinished", "This import has already finished; there is nothing left to cancel or confirm.")
            { Kind = ErrorKind.Conflict };

    public static DomainError ImportJobInterrupted() =>
        new("ImportJobInterrupted", "This import was interrupted when the application restarted; nothing was written. Upload the workbook again.");

    public static DomainError ImportJobFailed() =>
        new("ImportJobFailed", "This import failed unexpectedly; nothing was written. Upload the workbook again.");

    public static DomainError ImportJobNotFound() =>
        new("ImportJobNotFound", "There is no such import.") { Kind = ErrorKind.NotFound };
}
