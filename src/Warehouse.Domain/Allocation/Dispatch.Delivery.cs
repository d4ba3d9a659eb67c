using System.Security.Cryptography;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Allocation;

/// Hand-over and delivery: the dispatch leaves with its delivery codes, and the receiver confirms it with one of them.
public sealed partial class Dispatch
{
    private const string CodeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// Marks the dispatch as gone and hands back the two delivery codes: a long one for the QR code and a short one
    /// to type. Only their hashes are kept, so the slip is the only place they can be read.
    public (string QrCode, string ShortCode) Send(string vehicle, string driver, string driverPhone, string by, DateTime atUtc)
    {
        if (State != DispatchState.Picking || _picks.Count == 0)
            throw new DomainException(Errors.NothingPicked(Number));
        Vehicle = CatalogText.Required(vehicle, "Vehicle", 20);
        Driver = CatalogText.Required(driver, "Driver", 50);
        DriverPhone = CatalogText.Required(driverPhone, "Driver phone", 30);
        State = DispatchState.Dispatched;
        DispatchedAt = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        DispatchedBy = by;
        return NewCodes();
    }

    /// A lost slip: new codes replace the old ones, which stop working at once. Only while the goods are on the road.
    public (string QrCode, string ShortCode) ReissueCodes()
    {
        if (State != DispatchState.Dispatched)
            throw new DomainException(Errors.CodeNotReissuable(Number));
        return NewCodes();
    }

    private (string QrCode, string ShortCode) NewCodes()
    {
        var secret = RandomNumberGenerator.GetString(CodeAlphabet, 26);
        var shortCode = RandomNumberGenerator.GetString(CodeAlphabet, 10);
        DeliveryCodeHash = HashCode(secret);
        ShortCodeHash = HashCode(shortCode);
        return ($"{Number}.{secret}", $"{shortCode[..5]}-{shortCode[5..]}");
    }

    public void ConfirmDelivery(string by, DateTime atUtc, string? note, IReadOnlyDictionary<int, (int Received, int Damaged)> received)
    {
        if (State == DispatchState.Delivered)
            throw new DomainException(Errors.AlreadyDelivered(Number, DeliveredAt));
        if (State != DispatchState.Dispatched)
            throw new DomainException(Errors.NotDispatched(Number));
        foreach (var line in _lines)
        {
            var sent = PickedOf(line.ItemId);
            var (got, damaged) = received.TryGetValue(line.ItemId, out var r) ? r : (sent, 0);
            if (got < 0 || damaged < 0 || got > sent || damaged > got)
                throw new DomainException(Errors.ReceivedOutOfRange(sent));
            line.Receive(sent, got, damaged);
        }
        State = DispatchState.Delivered;
        DeliveredAt = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        DeliveredBy = by;
        DeliveryNote = CatalogText.Optional(note, "Note", 500);
        var request = Request ?? throw new InvalidOperationException("A dispatch is delivered with its request loaded.");
        DeliveredTo = request.DestinationName;
        MinutesToDeliver = request.SubmittedAt is { } submitted ? (DeliveredAt.Value - submitted).TotalMinutes : null;
    }

    public bool Matches(string code)
    {
        var text = Normalize(code);
        var dot = text.IndexOf('.');
        return dot > 0
            ? text[..dot] == Number && HashCode(text[(dot + 1)..]) == DeliveryCodeHash
            : HashCode(text) == ShortCodeHash;
    }

    /// Typed codes forgive case, dashes, spaces, and the letters people read as digits (Crockford base 32).
    public static string Normalize(string code)
    {
        var text = code.Trim().ToUpperInvariant();
        if (text.StartsWith("WD-", StringComparison.Ordinal))
            text = text[3..];
        if (text.Contains('.'))
            return text;
        return new string(text.Where(char.IsLetterOrDigit).Select(c => c switch { 'O' => '0', 'I' or 'L' => '1', _ => c }).ToArray());
    }

    public static string HashCode(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Normalize(code))));
}
