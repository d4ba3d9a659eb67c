namespace Warehouse.Domain.Stock;

public enum DocumentKind
{
    Receipt,
    Issue,
}

public enum StockReason
{
    Purchase,
    Donation,
    Return,
    AgreementCallUp,
    OpeningBalance,
    InternalUse,
    Scrap,
    Loss,
    Allocation,
    TransferOut,
    TransferIn,
    CountGain,
    CountLoss,
    IssueToPlace,
    DonationOut,
}

public enum MovementKind
{
    Receipt,
    Issue,
    TransferOut,
    TransferIn,
    Return,
    Adjustment,
    Scrap,
}

public static class StockReasons
{
    /// Reasons a keeper may choose; the opening balance is for setting up a depot only.
    public static readonly IReadOnlyList<StockReason> ForReceipt =
        [StockReason.Purchase, StockReason.Donation, StockReason.Return, StockReason.AgreementCallUp];

    /// Scrap and loss are not among them: goods leave the books only through a write-off a manager approved.
    public static readonly IReadOnlyList<StockReason> ForIssue =
        [StockReason.InternalUse, StockReason.IssueToPlace, StockReason.DonationOut];

    public static bool Allows(DocumentKind kind, StockReason reason, bool settingUp = false) => kind switch
    {
        DocumentKind.Receipt => ForReceipt.Contains(reason) || (settingUp && reason == StockReason.OpeningBalance),
        DocumentKind.Issue => ForIssue.Contains(reason),
        _ => false,
    };

    public static MovementKind MovementFor(DocumentKind kind, StockReason reason) => (kind, reason) switch
    {
        (_, StockReason.CountGain or StockReason.CountLoss) => MovementKind.Adjustment,
        (DocumentKind.Receipt, StockReason.Return) => MovementKind.Return,
        (DocumentKind.Receipt, StockReason.TransferIn) => MovementKind.TransferIn,
        (DocumentKind.Issue, StockReason.TransferOut) => MovementKind.TransferOut,
        (DocumentKind.Receipt, _) => MovementKind.Receipt,
        (DocumentKind.Issue, StockReason.Scrap) => MovementKind.Scrap,
        (DocumentKind.Issue, StockReason.Loss) => MovementKind.Adjustment,
        _ => MovementKind.Issue,
    };

    /// Expired goods may leave only as scrap or loss, that is, written off.
    public static bool AllowsExpired(StockReason reason) => reason is StockReason.Scrap or StockReason.Loss;

    /// Whether a document of this kind and reason names the place its goods went to or came back from.
    public static bool NamesPlace(DocumentKind kind, StockReason reason) =>
        (kind, reason) is (DocumentKind.Issue, StockReason.IssueToPlace) or (DocumentKind.Receipt, StockReason.Return);

    public static string NumberPrefix(DocumentKind kind) => kind == DocumentKind.Receipt ? "RK" : "CK";
}
