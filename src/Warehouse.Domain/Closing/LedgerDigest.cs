using System.Security.Cryptography;
using System.Text;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Stock;

namespace Warehouse.Domain.Closing;

/// A document's share of a period's ledger as it stands now or stood at a close.
public sealed record DocumentDigest(int DocumentId, string Number, int Rows, string Digest);

/// A period's digest: over all its rows, and per document.
public sealed record LedgerDigestResult(string Digest, long Rows, IReadOnlyList<DocumentDigest> Documents);

/// Folds the ledger rows of a period into SHA-256 digests as they stream past, one row at a time: one over the whole
/// period and one per document. Rows must come ordered by document, then by row id. A row's text is its id and
/// every field the hash chain covers, read from the row as it is stored now, not from its stored hash, so a row changed
/// behind the application's back changes the digest even when its chain hash was left alone.
public sealed class LedgerDigest : IDisposable
{
    private readonly IncrementalHash _period = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly IncrementalHash _document = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly List<DocumentDigest> _documents = [];
    private (int Id, string Number, int Rows)? _current;
    private long _rows;

    public void Add(StockMovement row, string documentNumber)
    {
        if (_current is { } current && current.Id != row.DocumentId)
            FinishDocument();
        _current = (row.DocumentId, documentNumber, (_current?.Rows ?? 0) + 1);
        var text = Encoding.UTF8.GetBytes(RowText(row, documentNumber));
        _period.AppendData(text);
        _document.AppendData(text);
        _rows++;
    }

    public LedgerDigestResult Finish()
    {
        if (_current is not null)
            FinishDocument();
        return new LedgerDigestResult(Convert.ToHexStringLower(_period.GetHashAndReset()), _rows, _documents);
    }

    public void Dispose()
    {
        _period.Dispose();
        _document.Dispose();
    }

    private void FinishDocument()
    {
        var (id, number, rows) = _current!.Value;
        _documents.Add(new DocumentDigest(id, number, rows, Convert.ToHexStringLower(_document.GetHashAndReset())));
        _current = null;
    }

    private static string RowText(StockMovement row, string documentNumber)
    {
        var text = new StringBuilder(HashChain.Text(row.Id));
        foreach (var field in row.ChainContent(documentNumber))
            text.Append('\u001f').Append(field ?? "\u2400");
        return text.Append('\u001e').ToString();
    }
}
