using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;
using Warehouse.Hardware.EscPos;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Printing;

public sealed record SlipLine(string ItemName, string ItemCode, int Quantity, string Unit, IReadOnlyList<string> Batches);

public sealed record SlipContent(string DispatchNumber, string RequestNumber, string Incident, string SourceDepot, string Destination,
    string Vehicle, string Driver, string DriverPhone, string DispatchedBy, DateTime DispatchedAtUtc, IReadOnlyList<SlipLine> Lines,
    string? QrCode, string? ShortCode, IReadOnlyList<SlipSignature>? Signatures = null);

/// A signature given at one of the dispatch's hand-overs, as a slip prints it: who signed and when (the image stays on screen).
public sealed record SlipSignature(Warehouse.Domain.Allocation.HandOverRole Role, string Signer, DateTime SignedAtUtc);

/// One label: the code its barcode carries, a title (the item's name), a second line, and the symbol a label printer
/// draws (a receipt printer always prints Code 128). A GS1 label's code is GS1 data in parenthesised form, drawn as
/// GS1 Data Matrix and GS1-128.
public sealed record LabelContent(string Code, string Title, string? Detail, LabelSymbology Symbol = LabelSymbology.Code128,
    bool Gs1 = false, bool WithQr = false);

/// What each receipt says, laid out for the printer's paper; the bytes come from the hardware library's encoder.
/// Receipts are printed in the configured language (Chinese by default), whatever the page's language was.
public sealed partial class ReceiptComposer(IStringLocalizer<SharedResource> localizer, BureauClock clock,
    IOptions<PrintingOptions> options)
{
    private CultureInfo Culture => CultureInfo.GetCultureInfo(options.Value.Culture);

    public byte[] StockNote(PostedDocument document, PrintTarget target) => InPrintCulture(() =>
    {
        var title = document.Kind == DocumentKind.Receipt ? L("Goods-received note") : L("Issue note");
        var receipt = Title(target, title)
            .TwoColumns(L("Document number"), document.Number)
            .TwoColumns(L("Depot"), $"{document.DepotName} ({document.DepotCode})")
            .TwoColumns(L("Reason"), L($"Reason.{document.Reason}"))
            .TwoColumns(L("Time"), Local(document.PostedAt))
            .TwoColumns(L("Keeper"), document.UserName)
            .Rule()
            .TwoColumns(L("Item"), L("Quantity"))
            .Rule();
        var number = 0;
        foreach (var line in document.Lines)
        {
            receipt.TwoColumns($"{++number:00} {line.ItemName} {line.ItemCode}", $"{line.Quantity} {line.Unit}");
            var details = new List<string>();
            if (line.BatchNumber is not null)
                details.Add($"{L("Batch")} {line.BatchNumber} {line.Lot}".TrimEnd());
            if (line.Expiry is { } expiry)
                details.Add($"{L("Expiry")} {expiry:yyyy-MM-dd}");
            if (line.SerialNumber is not null)
                details.Add($"{L("Serial number")} {line.SerialNumber}");
            if (line.LocationCode is not null)
                details.Add($"{L("Location")} {line.LocationCode}");
            if (details.Count > 0)
                receipt.Line("   " + string.Join("  ", details));
        }
        receipt.Rule()
            .TwoColumns(L("Total"), $"{document.Lines.Count} / {document.Lines.Sum(l => l.Quantity)}");
        if (!string.IsNullOrWhiteSpace(document.Note))
            receipt.Line($"{L("Note")}: {document.Note}");
        return receipt.Feed()
            .Code128(document.Number)
            .Feed()
            .Line($"{L("Keeper")}: ____________  {L("Received by")}: ____________")
            .Feed(2)
            .Cut()
            .ToArray();
    });

    public byte[] DispatchSlip(SlipContent slip, PrintTarget target) => InPrintCulture(() =>
    {
        var receipt = SlipHead(target, L("Dispatch slip"), slip)
            .TwoColumns(L("Driver"), $"{slip.Driver} {slip.DriverPhone}")
            .TwoColumns(L("Dispatch time"), Local(slip.DispatchedAtUtc))
            .TwoColumns(L("Dispatched by"), slip.DispatchedBy)
            .Rule()
            .TwoColumns(L("Item"), L("Quantity"))
            .Rule();
        var number = 0;
        foreach (var line in slip.Lines)
        {
            receipt.TwoColumns($"{++number:00} {line.ItemName} {line.ItemCode}", $"{line.Quantity} {line.Unit}");
            if (line.Batches.Count > 0)
                receipt.Line($"   {L("Batch")} {string.Join(", ", line.Batches)}");
        }
        receipt.Rule();
        if (slip.QrCode is { } qr && slip.ShortCode is { } shortCode)
        {
            receipt.Line(L("Scan this code at the destination to confirm delivery"), TextAlign.Center)
                .QrCode(qr)
                .Line(L("Delivery code"), TextAlign.Center)
                .Bold().Size(1, 2).Line(shortCode, TextAlign.Center).Size().Bold(false);
        }
        else
        {
            receipt.Bold().Line(L("Copy without delivery code"), TextAlign.Center).Bold(false)
                .Line(L("The delivery code was printed on the original slip; a manager can re-issue it."));
        }
        return receipt.Feed()
            .Line($"{L("Dispatched by")}: ____________")
            .Feed()
            .Line(SignedLine(slip, HandOverRole.Driver) ?? $"{L("Driver")}: ____________")
            .Feed()
            .Line(SignedLine(slip, HandOverRole.Receiver) ?? $"{L("Received by")}: ____________")
            .Feed(2)
            .Cut()
            .ToArray();
    });

    public byte[] Labels(IReadOnlyList<LabelContent> labels, PrintTarget target) => InPrintCulture(() =>
    {
        var receipt = new EscPosBuilder(target.Width, target.Encoding, target.StartsInChineseMode);
        foreach (var label in labels)
        {
            receipt.Bold().Line(label.Title, TextAlign.Center).Bold(false);
            if (label.Detail is not null)
                receipt.Line(label.Detail, TextAlign.Center);
            receipt.Code128(label.Code, gs1: label.Gs1);
            if (label.WithQr)
                receipt.QrCode(label.Code);
            receipt.Feed(2).Cut(partial: true);
        }
        return receipt.ToArray();
    });

    public byte[] TestPage(PrintTarget target) => InPrintCulture(() =>
        Title(target, L("Test print"))
            .TwoColumns(L("Printer"), target.Name)
            .TwoColumns(L("Address"), target.Address)
            .TwoColumns(L("Paper"), target.Width.Label())
            .TwoColumns(L("Time"), Local(clock.UtcNow))
            .Rule()
            .Line("应急物资储备 Emergency supplies 0123456789")
            .Code128("WI-TEST-0001")
            .QrCode("WD-TEST-0001")
            .Feed(2)
            .Cut()
            .ToArray());

    /// A dispatch's head, as the slip and the delivery receipt both print it: numbers, incident, route and vehicle.
    private EscPosBuilder SlipHead(PrintTarget target, string title, SlipContent slip) =>
        Title(target, title)
            .TwoColumns(L("Dispatch number"), slip.DispatchNumber)
            .TwoColumns(L("Allocation request"), slip.RequestNumber)
            .Line(slip.Incident)
            .TwoColumns(L("Source depot"), slip.SourceDepot)
            .TwoColumns(L("Destination"), slip.Destination)
            .TwoColumns(L("Vehicle"), slip.Vehicle);

    private static EscPosBuilder Title(PrintTarget target, string title) =>
        new EscPosBuilder(target.Width, target.Encoding, target.StartsInChineseMode)
            .Bold().Size(2, 2).Line(title, TextAlign.Center).Size().Bold(false)
            .Feed();

    private string L(string key) => localizer[key].Value;

    private string Local(DateTime utc) => clock.ToLocal(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    // Rendering is synchronous, so the culture is set and restored around it on this thread alone.
    private T InPrintCulture<T>(Func<T> render)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Culture;
        try
        {
            return render();
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
