using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Stock;
using Warehouse.Web.Features.Allocation;

namespace Warehouse.Web.Features.Reports.ReserveSummary;

/// One row of the reserve summary (应急物资储备综合情况): a depot × supply class × storage mode, its opening stock, what
/// came in and went out by reason, and its closing stock. Opening + received − issued = closing, in quantity and value.
public sealed record ReserveRow(string Depot, string DepotName, SupplyClass Class, StorageMode Mode, int OpeningQuantity,
    decimal OpeningValue, IReadOnlyDictionary<StockReason, int> Received, IReadOnlyDictionary<StockReason, int> Issued,
    int ClosingQuantity, decimal ClosingValue)
{
    public int ReceivedQuantity => Received.Values.Sum();
    public int IssuedQuantity => Issued.Values.Sum();
}

/// A batch that expires within 90 days of the report's end, with what is left of it.
public sealed record ExpiringBatch(string Depot, string ItemCode, string ItemName, string Batch, DateOnly Expiry, int OnHand);

/// An emergency release (先调拨、后补手续) in the period and where its ratification stands.
public sealed record EmergencyReleaseRow(string Request, string Incident, DateTime ReleasedAt, string ReleasedBy, Ratification Ratification);

/// An approved count in the period with its variances.
public sealed record CountVarianceRow(string Number, string Depot, DateTime ApprovedAt, string ApprovedBy, int Lines, int VarianceLines,
    decimal VarianceValue);

/// The whole report for a period: the balance rows, then the sections that follow them; the dispatch times per route and
/// over the whole period.
public sealed record ReserveSummaryReport(DateOnly From, DateOnly To, DateTime ProducedAt, string ProducedBy,
    IReadOnlyList<ReserveRow> Rows, IReadOnlyList<ExpiringBatch> Expiring, IReadOnlyList<TransferTimeRow> Dispatches,
    DispatchTimes DispatchTimes, IReadOnlyList<EmergencyReleaseRow> EmergencyReleases, IReadOnlyList<CountVarianceRow> Counts)
{
    /// Quota coverage per depot at the period's end.
    public IReadOnlyList<QuotaCoverageRow> QuotaCoverage { get; init; } = [];

    /// When the coverage was read from its month's-end record: when that record was taken (its quotas are those then on
    /// record). Null when it was counted for this report.
    public DateTime? QuotaCoverageRecordedAt { get; init; }

    public static readonly IReadOnlyList<StockReason> ReceiptReasons =
        [StockReason.OpeningBalance, StockReason.Purchase, StockReason.Donation, StockReason.AgreementCallUp, StockReason.TransferIn,
            StockReason.Return, StockReason.CountGain];

    public static readonly IReadOnlyList<StockReason> IssueReasons =
        [StockReason.Allocation, StockReason.InternalUse, StockReason.TransferOut, StockReason.Scrap, StockReason.Loss,
            StockReason.CountLoss, StockReason.IssueToPlace, StockReason.DonationOut];
}

/// The report's page: the period asked for, the report (null when the period was refused) and why it was refused.
public sealed record ReserveSummaryPage(DateOnly From, DateOnly To, ReserveSummaryReport? Report, string? Problem);
