using System.Security.Cryptography;

namespace Warehouse.Web.Features.Admin.Import;

/// Uploaded workbooks waiting for their confirmation, as files under a private folder named by an unguessable id;
/// a confirmation reads the very bytes the preview showed. Files older than a day are removed when the next arrives.
public sealed class PendingUploads(string folder)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    public async Task<string> KeepAsync(byte[] content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        foreach (var old in new DirectoryInfo(folder).GetFiles("*.upload").Where(f => f.LastWriteTimeUtc < DateTime.UtcNow - KeptFor))
            old.Delete();
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        await File.WriteAllBytesAsync(PathOf(id), content, cancellationToken);
        return id;
    }

    /// The upload's bytes, or null when the id is unknown, malformed or already used.
    public async Task<byte[]?> ReadAsync(string? id, CancellationToken cancellationToken) =>
        IsWellFormed(id) && File.Exists(PathOf(id!)) ? await File.ReadAllBytesAsync(PathOf(id!), cancellationToken) : null;

    public void Forget(string id)
    {
        if (IsWellFormed(id))
            File.Delete(PathOf(id));
    }

    private static bool IsWellFormed(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);

    private string PathOf(string id) => Path.Combine(folder, id + ".upload");
}
