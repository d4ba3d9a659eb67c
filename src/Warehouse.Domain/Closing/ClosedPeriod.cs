using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Domain.Closing;

/// A closed reporting period (结账期间): the reserve report's figures frozen as a snapshot, with a SHA-256 digest over the
/// ledger rows of the period and one per document, so a later change can be named. Postings dated into it are refused;
/// corrections go into the open period. An auditor signs it off with comments once.
public sealed class ClosedPeriod : IVersioned
{
    public const int MaxCommentLength = 2000;
    private readonly List<ClosedPeriodDocument> _documents = [];

    private ClosedPeriod() { }

    public ClosedPeriod(ReportPeriod period, DateTime startsAtUtc, DateTime endsAtUtc, string closedBy, DateTime closedAtUtc,
        string snapshot, LedgerDigestResult digest)
    {
        (From, To, ClosedBy, Snapshot) = (period.From, period.To, closedBy, snapshot);
        StartsAt = DateTime.SpecifyKind(startsAtUtc, DateTimeKind.Utc);
        EndsAt = DateTime.SpecifyKind(endsAtUtc, DateTimeKind.Utc);
        ClosedAt = DateTime.SpecifyKind(closedAtUtc, DateTimeKind.Utc);
        (Digest, Rows) = (digest.Digest, digest.Rows);
        _documents.AddRange(digest.Documents.Select(d => new ClosedPeriodDocument(d.DocumentId, d.Number, d.Rows, d.Digest)));
    }

    public int Id { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }

    /// The period's first moment in UTC (the bureau's midnight of <see cref="From"/>).
    public DateTime StartsAt { get; private set; }

    /// The moment after the period in UTC (the bureau's midnight after <see cref="To"/>).
    public DateTime EndsAt { get; private set; }
    public string ClosedBy { get; private set; } = "";
    public DateTime ClosedAt { get; private set; }

    /// The reserve report as it stood at the close, as JSON.
    public string Snapshot { get; private set; } = "";

    /// SHA-256 (lower-case hex) over the period's ledger rows, document by document.
    public string Digest { get; private set; } = "";
    public long Rows { get; private set; }
    public string? SignedOffBy { get; private set; }
    public DateTime? SignedOffAt { get; private set; }
    public string? SignOffComment { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<ClosedPeriodDocument> Documents => _documents;

    public bool IsSignedOff => SignedOffAt is not null;

    public void Touch() => Version++;

    /// Whether a posting at this moment falls into the period.
    public bool Covers(DateTime atUtc) => StartsAt <= atUtc && atUtc < EndsAt;

    /// The auditor's sign-off: once, with comments, and only over the ledger the close saw.
    public void SignOff(string userName, DateTime nowUtc, string? comment, string currentDigest)
    {
        if (IsSignedOff)
            throw new DomainException(Errors.PeriodAlreadySignedOff(Label));
        if (currentDigest != Digest)
            throw new DomainException(Errors.PeriodLedgerChanged(Label));
        SignOffComment = FreeTextOrRefuse(comment);
        (SignedOffBy, SignedOffAt) = (userName, DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc));
    }

    /// The period as people name it: its first and last day.
    public string Label => $"{From:yyyy-MM-dd} – {To:yyyy-MM-dd}";

    private static string? FreeTextOrRefuse(string? comment)
    {
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        FreeText.Require("Comment", text, multiLine: true);
        return text is { Length: > MaxCommentLength } ? throw new DomainException(Errors.SignOffCommentTooLong(MaxCommentLength)) : text;
    }
}

/// One document's share of a closed period's ledger: how many rows, and their digest.
public sealed class ClosedPeriodDocument
{
    private ClosedPeriodDocument() { }

    public ClosedPeriodDocument(int documentId, string number, int rows, string digest) =>
        (DocumentId, Number, Rows, Digest) = (documentId, number, rows, digest);

    public long Id { get; private set; }
    public int ClosedPeriodId { get; private set; }
    public int DocumentId { get; private set; }
    public string Number { get; private set; } = "";
    public int Rows { get; private set; }
    public string Digest { get; private set; } = "";
}
