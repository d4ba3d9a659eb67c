using Warehouse.Domain.Common;

namespace Warehouse.Domain.Stock;

/// A posting a handheld made while offline that the server refused when the device sent it (not enough stock any more,
/// a unit gone elsewhere). Kept so the depot's keepers see it and resolve it; dismissing it needs a note.
public sealed class RefusedPosting : IVersioned
{
    public const int MaxDetailLength = 500;
    public const int MaxPayloadLength = 64_000;

    private RefusedPosting() { }

    public RefusedPosting(int depotId, DocumentKind kind, string clientScope, string clientId, string userName, DomainError error,
        string detail, string payload, DateTime? queuedAtUtc, DateTime refusedAtUtc)
    {
        DepotId = depotId;
        Kind = kind;
        ClientScope = clientScope;
        ClientId = clientId;
        UserName = userName;
        ErrorCode = error.Code;
        Detail = Cut(detail, MaxDetailLength);
        Payload = Cut(payload, MaxPayloadLength);
        QueuedAt = queuedAtUtc is { } queued ? DateTime.SpecifyKind(queued, DateTimeKind.Utc) : null;
        RefusedAt = DateTime.SpecifyKind(refusedAtUtc, DateTimeKind.Utc);
    }

    public int Id { get; private set; }
    public int DepotId { get; private set; }
    public DocumentKind Kind { get; private set; }
    public string ClientScope { get; private set; } = "";
    public string ClientId { get; private set; } = "";
    public string UserName { get; private set; } = "";
    public string ErrorCode { get; private set; } = "";

    /// The refusal as the keeper read it on the device, in their language.
    public string Detail { get; private set; } = "";

    /// The posting's body as the device sent it, so nothing the keeper scanned is lost.
    public string Payload { get; private set; } = "";

    public DateTime? QueuedAt { get; private set; }
    public DateTime RefusedAt { get; private set; }
    public DateTime? ResolvedAt { get; private set; }
    public string? ResolvedBy { get; private set; }
    public string? ResolutionNote { get; private set; }
    public int Version { get; private set; }

    public bool Resolved => ResolvedAt is not null;

    /// Marks the refusal as dealt with; refuses a second resolution and a missing note.
    public DomainError? Dismiss(string userName, string? note, DateTime atUtc)
    {
        if (Resolved)
            return Errors.RefusalAlreadyResolved(Id);
        if (string.IsNullOrWhiteSpace(note))
            return Errors.RefusalNoteRequired();
        if (StockRules.CheckText("note", note.Trim(), StockRules.MaxNoteLength, multiLine: true) is { } textError)
            return textError;
        ResolvedAt = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        ResolvedBy = userName;
        ResolutionNote = note.Trim();
        Touch();
        return null;
    }

    public void Touch() => Version++;

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
