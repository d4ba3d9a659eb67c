using Warehouse.Domain.Allocation;
using Warehouse.Hardware.EscPos;

namespace Warehouse.Web.Features.Printing;

/// The receipts that carry hand-over signatures: the "signed" lines of a dispatch slip, and the delivery receipt.
public sealed partial class ReceiptComposer
{
    /// "Signed by driver NAME at TIME" when that role has signed; null leaves the blank line to sign on paper.
    private string? SignedLine(SlipContent slip, HandOverRole role) =>
        slip.Signatures?.FirstOrDefault(s => s.Role == role) is { } signed
            ? string.Format(Culture, L($"Signed by {role.ToString().ToLowerInvariant()} {{0}} at {{1}}"), signed.Signer,
                Local(signed.SignedAtUtc))
            : null;

    /// The delivery confirmation as a receipt: what was sent, received, short and damaged, and who signed.
    public byte[] DeliveryReceipt(DeliveryReceiptContent delivery, PrintTarget target) => InPrintCulture(() =>
    {
        var slip = delivery.Slip;
        var receipt = SlipHead(target, L("Delivery receipt"), slip)
            .TwoColumns(L("Dispatch time"), Local(slip.DispatchedAtUtc))
            .TwoColumns(L("Delivered"), Local(delivery.DeliveredAtUtc))
            .TwoColumns(L("Confirmed by"), delivery.DeliveredBy)
            .Rule()
            .TwoColumns(L("Item"), $"{L("Sent")}/{L("Received")}/{L("Damaged")}")
            .Rule();
        var number = 0;
        foreach (var line in delivery.Lines)
            receipt.TwoColumns($"{++number:00} {line.ItemName} {line.ItemCode}", $"{line.Sent}/{line.Received}/{line.Damaged} {line.Unit}");
        receipt.Rule();
        if (!string.IsNullOrWhiteSpace(delivery.Note))
            receipt.Line($"{L("Note")}: {delivery.Note}");
        return receipt.Feed()
            .Line(SignedLine(slip, HandOverRole.Driver) ?? $"{L("Driver")}: ____________")
            .Feed()
            .Line(SignedLine(slip, HandOverRole.Receiver) ?? $"{L("Received by")}: ____________")
            .Feed(2)
            .Cut()
            .ToArray();
    });
}

/// One line of a delivery receipt: how much of the item was sent, received and damaged.
public sealed record DeliveryReceiptLine(string ItemName, string ItemCode, string Unit, int Sent, int Received, int Damaged);

/// What a delivery receipt says: the dispatch's slip (with its signatures), when and by whom it was confirmed, the counts.
public sealed record DeliveryReceiptContent(SlipContent Slip, DateTime DeliveredAtUtc, string DeliveredBy, string? Note,
    IReadOnlyList<DeliveryReceiptLine> Lines);
