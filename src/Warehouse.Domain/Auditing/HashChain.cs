using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Warehouse.Domain.Auditing;

/// The tamper-evident chains over the audit trail and the ledger: every row's hash covers its content, its place
/// in the chain and the hash of the row before it, so changing, removing or reordering a row breaks every hash after it.
public static class HashChain
{
    public const string Audit = "audit";
    public const string Ledger = "ledger";

    /// The previous hash of a chain's first row.
    public static readonly string Genesis = new('0', 64);

    /// SHA-256 (lower-case hex) over the previous hash, the sequence number and the row's content fields.
    public static string Link(string previousHash, long sequence, IEnumerable<string?> content)
    {
        var text = new StringBuilder(previousHash).Append('\u001e').Append(sequence.ToString(CultureInfo.InvariantCulture));
        foreach (var field in content)
            text.Append('\u001f').Append(field ?? "\u2400");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? Text(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string Text(DateTime utc) => utc.Ticks.ToString(CultureInfo.InvariantCulture);
}

/// A row's place in its chain: sequence number, the hash of the row before it, and its own hash.
public interface IChained
{
    long? Sequence { get; }
    string? PreviousHash { get; }
    string? Hash { get; }

    /// The fields the hash covers, in a fixed order.
    IEnumerable<string?> ChainContent(string? documentNumber);

    /// Takes the given place in the chain and answers the row's hash.
    string Seal(long sequence, string previousHash, string? documentNumber);
}
