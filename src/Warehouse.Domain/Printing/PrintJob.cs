using System.Linq.Expressions;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Domain.Printing;

public enum PrintJobKind
{
    GoodsReceivedNote,
    IssueNote,
    DispatchSlip,
    Label,
    TestPage,
    CountVarianceSlip,
    WriteOffSlip,
    DeliveryReceipt,
}

public enum PrintJobState
{
    Pending,
    Printing,
    Printed,
    Cancelled,
}

/// One receipt or label waiting for, being sent to, or sent to a printer. Jobs of one printer go out in the
/// order they were made; a failure delays the job (and those behind it) and never drops it. A job with no
/// printer goes to the configured default printer. A stock note is rendered from its document (which never
/// changes) when a real printer prints it, and on demand for a preview; a virtual printer's note keeps no bytes.
/// A dispatch slip carries its content from the start, because its delivery codes exist only at dispatch time.
public sealed class PrintJob
{
    public const int MaxErrorLength = 500;

    private PrintJob() { }

    private PrintJob(PrintJobKind kind, string title, int? printerId, int? depotId, string createdBy, DateTime createdAtUtc)
    {
        Kind = kind;
        Title = CatalogText.Required(title, nameof(Title), 120);
        PrinterId = printerId;
        DepotId = depotId;
        CreatedBy = createdBy;
        CreatedAt = DateTime.SpecifyKind(createdAtUtc, DateTimeKind.Utc);
        NextAttemptAt = CreatedAt;
    }

    public long Id { get; private set; }
    public PrintJobKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public int? PrinterId { get; private set; }
    public Printer? Printer { get; private set; }
    public int? DepotId { get; private set; }
    public int? DocumentId { get; private set; }
    public StockDocument? Document { get; private set; }
    public byte[]? Content { get; private set; }
    public PrintJobState State { get; private set; }
    public int Attempts { get; private set; }
    public DateTime NextAttemptAt { get; private set; }
    public string? LeaseOwner { get; private set; }
    public DateTime? LeaseExpiresAt { get; private set; }
    public string? LastError { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? PrintedAt { get; private set; }

    public bool IsOpen => State is PrintJobState.Pending or PrintJobState.Printing;

    /// Jobs that may be taken now: waiting and their time has come, or taken by an instance whose lease ran out.
    public static Expression<Func<PrintJob, bool>> DueAt(DateTime nowUtc) => j =>
        (j.State == PrintJobState.Pending && j.NextAttemptAt <= nowUtc) || (j.State == PrintJobState.Printing && j.LeaseExpiresAt < nowUtc);

    /// The goods-received or issue note of a posted document, rendered when it is printed.
    public static PrintJob ForDocument(StockDocument document, int? printerId, DateTime createdAtUtc) =>
        new(document.Kind == DocumentKind.Receipt ? PrintJobKind.GoodsReceivedNote : PrintJobKind.IssueNote, document.Number,
            printerId, document.DepotId, document.UserName, createdAtUtc) { Document = document };

    public static PrintJob Rendered(PrintJobKind kind, string title, byte[] content, int? printerId, int? depotId, string createdBy,
        DateTime createdAtUtc) =>
        new(kind, title, printerId, depotId, createdBy, createdAtUtc) { Content = content };

    /// Opening balances are set-up data, a dispatch's issue is printed as its dispatch slip, a count's adjustments
    /// as its variance slip, and a write-off as its write-off slip.
    public static bool PrintsNote(StockDocument document) =>
        document.Reason is not (StockReason.OpeningBalance or StockReason.Allocation or StockReason.TransferOut
            or StockReason.CountGain or StockReason.CountLoss or StockReason.Scrap or StockReason.Loss);

    /// A new job with the same content on the given printer. A stock note is rendered afresh; so is a dispatch
    /// slip, without its delivery codes, which only the original carries.
    public PrintJob Reprint(int? printerId, string by, DateTime atUtc) =>
        new(Kind, Title, printerId, DepotId, by, atUtc) { DocumentId = DocumentId,
            Content = KeepsContentOncePrinted(Kind) && DocumentId is null ? Content : null };

    /// A dispatch slip's bytes hold its delivery codes in the clear: once it is on paper the job lets go of them.
    public static bool KeepsContentOncePrinted(PrintJobKind kind) => kind != PrintJobKind.DispatchSlip;

    public void MoveTo(int? printerId, DateTime atUtc)
    {
        RequirePending();
        PrinterId = printerId;
        NextAttemptAt = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        if (DocumentId is not null)
            Content = null;
    }

    public void Cancel()
    {
        RequirePending();
        State = PrintJobState.Cancelled;
    }

    /// A job on its way to the printer is left alone: changing it then could print it twice.
    private void RequirePending()
    {
        if (State == PrintJobState.Printing)
            throw new DomainException(Errors.PrintJobBusy(Id));
        if (State != PrintJobState.Pending)
            throw new DomainException(Errors.PrintJobClosed(Id));
    }
}
