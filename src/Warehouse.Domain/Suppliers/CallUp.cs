using System.Security.Cryptography;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Suppliers;

/// A call-up order (调用单): goods drawn from a supplier agreement for an approved request, due within the agreement's
/// response hours. Goods for a depot are received there through the ledger; goods for a site are confirmed there with
/// the order's delivery code, like a dispatch.
public sealed class CallUp : IVersioned
{
    private readonly List<CallUpLine> _lines = [];

    private CallUp() { }

    public CallUp(string number, SupplyAgreement agreement, AllocationRequest request, IEnumerable<(int ItemId, int Quantity)> lines,
        DateTime orderedAtUtc)
    {
        (Number, AgreementId, RequestId) = (number, agreement.Id, request.Id);
        DestinationDepotId = request.IsTransfer ? request.DestinationDepotId : null;
        OrderedAt = DateTime.SpecifyKind(orderedAtUtc, DateTimeKind.Utc);
        DueAt = OrderedAt.AddHours(agreement.ResponseHours);
        _lines.AddRange(lines.Select(l => new CallUpLine(l.ItemId, l.Quantity)));
    }

    public int Id { get; private set; }
    public int Version { get; private set; }
    public string Number { get; private set; } = "";
    public int AgreementId { get; private set; }
    public int RequestId { get; private set; }

    /// The depot the supplier delivers into; none when the goods go straight to the request's site.
    public int? DestinationDepotId { get; private set; }
    public CallUpState State { get; private set; }
    public DateTime OrderedAt { get; private set; }
    public DateTime DueAt { get; private set; }
    public DateTime? DeliveredAt { get; private set; }
    public string? DeliveredBy { get; private set; }
    public string? Note { get; private set; }
    public string? DeliveryCodeHash { get; private set; }
    public string? ShortCodeHash { get; private set; }

    /// The receipt note a depot delivery was posted as.
    public string? DocumentNumber { get; private set; }
    public DateTime? CancelledAt { get; private set; }
    public string? CancelledBy { get; private set; }

    /// Why a manager cancelled the order before the goods came (the supplier cannot deliver, the need has passed…).
    public string? CancelReason { get; private set; }
    public IReadOnlyList<CallUpLine> Lines => _lines;

    public bool ToSite => DestinationDepotId is null;

    /// Delivered within the agreement's response time; null while the goods are still awaited.
    public bool? OnTime => DeliveredAt is { } at ? at <= DueAt : null;

    /// The order sent to the supplier: new delivery codes for the site (the old ones stop working), read only from it.
    public (string QrCode, string ShortCode) IssueCodes()
    {
        EnsureAwaited();
        if (!ToSite)
            throw new DomainException(Errors.CallUpNotToSite(Number));
        var secret = RandomNumberGenerator.GetString(Alphabet, 26);
        var shortCode = RandomNumberGenerator.GetString(Alphabet, 10);
        (DeliveryCodeHash, ShortCodeHash) = (Dispatch.HashCode(secret), Dispatch.HashCode(shortCode));
        return ($"{Number}.{secret}", $"{shortCode[..5]}-{shortCode[5..]}");
    }

    /// Whether a scanned order code or a typed short code is this call-up's.
    public bool Matches(string code)
    {
        var text = Dispatch.Normalize(code);
        var dot = text.IndexOf('.');
        return dot > 0
            ? text[..dot] == Number && Dispatch.HashCode(text[(dot + 1)..]) == DeliveryCodeHash
            : ShortCodeHash is not null && Dispatch.HashCode(text) == ShortCodeHash;
    }

    /// The supplier's goods arrived (at the site, or received into the depot as the given note).
    public void Deliver(string by, DateTime atUtc, string? note, string? documentNumber = null)
    {
        EnsureAwaited();
        (State, DeliveredBy, DocumentNumber) = (CallUpState.Delivered, by, documentNumber);
        DeliveredAt = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        Note = FreeText.Optional("note", note, 500);
    }

    /// Cancels an order whose goods have not come; the caller gives its quantities back to the agreement.
    public void Cancel(string by, DateTime atUtc, string? reason)
    {
        EnsureAwaited();
        CancelReason = FreeText.Optional("reason", reason, 500) ?? throw new DomainException(Errors.CallUpCancelReasonRequired());
        (State, CancelledBy) = (CallUpState.Cancelled, by);
        CancelledAt = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        (DeliveryCodeHash, ShortCodeHash) = (null, null);
    }

    public void Touch() => Version++;

    /// Refuses a step on an order that is no longer awaited (delivered or cancelled).
    public void EnsureAwaited()
    {
        if (State == CallUpState.Delivered)
            throw new DomainException(Errors.CallUpAlreadyDelivered(Number));
        if (State != CallUpState.Ordered)
            throw new DomainException(Errors.CallUpNotOrdered(Number));
    }

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
}

/// One item called up and how many.
public sealed class CallUpLine
{
    private CallUpLine() { }

    internal CallUpLine(int itemId, int quantity) => (ItemId, Quantity) = (itemId, quantity);

    public int Id { get; private set; }
    public int CallUpId { get; private set; }
    public int ItemId { get; private set; }
    public int Quantity { get; private set; }
}

/// Where a call-up stands: ordered from the supplier, then delivered (or cancelled).
public enum CallUpState
{
    Ordered,
    Delivered,
    Cancelled,
}
