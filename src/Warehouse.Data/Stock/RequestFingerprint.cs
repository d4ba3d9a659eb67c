using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Warehouse.Data.Stock;

/// SHA-256 over a canonical form of what a caller asked for, kept with the document its client id made: a repeat
/// with the same fingerprint is a retry, a different one is a different request reusing the key.
public static class RequestFingerprint
{
    public static string Of(PostingRequest request)
    {
        var text = new StringBuilder()
            .Append("posting|").Append(request.Kind).Append('|').Append(request.DepotId).Append('|').Append(request.Reason)
            .Append('|').Append(Field(request.Note));
        // Only a document that names a place adds it, so every fingerprint kept before places existed still matches.
        if (request.PlaceId is { } place)
            text.Append("|place|").Append(place);
        foreach (var l in request.Lines)
        {
            text.Append("\nline|").Append(l.ItemId).Append('|').Append(l.Quantity).Append('|').Append(l.LocationId)
                .Append('|').Append(l.BatchId).Append('|').Append(Field(l.Lot)).Append('|')
                .Append(l.Expiry?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('|').Append(Field(l.Supplier))
                .Append('|').Append(l.EquipmentUnitId).Append('|').Append(Field(l.SerialNumber)).Append('|').Append(l.Mode);
        }
        return Hash(text.ToString());
    }

    /// The fingerprint of one pick scan on a dispatch.
    public static string OfPick(int dispatchId, int itemId, int? batchId, int? unitId, int quantity, int? locationId,
        string? fefoOverride) =>
        Hash(string.Join('|', "pick", dispatchId, itemId, batchId, unitId, quantity, locationId, Field(fefoOverride)));

    // Lengths first, so no text can imitate a field separator.
    private static string Field(string? text) => text is null ? "-" : $"{text.Length}:{text}";

    private static string Hash(string canonical) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
}
