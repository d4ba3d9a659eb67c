using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Warehouse.Web.Features.Setup;

/// The one-time token of the first-run set-up link. Only its hash is kept, in this process's memory: a restart on a
/// database that still has no users prints a new link, and the old one stops working.
public sealed class SetupInvitation
{
    private readonly Lock _gate = new();
    private byte[]? _hash;

    /// Whether a link has been issued and not yet used.
    public bool IsOpen => Volatile.Read(ref _hash) is not null;

    /// Makes a new unguessable token (256 random bits) and forgets any earlier one.
    public string Issue()
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        lock (_gate)
            _hash = Hash(token);
        return token;
    }

    /// Whether the token is the issued one, compared in constant time.
    public bool Matches(string? token)
    {
        var hash = Volatile.Read(ref _hash);
        return hash is not null && !string.IsNullOrEmpty(token) && CryptographicOperations.FixedTimeEquals(hash, Hash(token));
    }

    /// Takes the token for one set-up attempt, so two attempts with the same link never run together.
    /// Hand it back with <see cref="Return"/> when the attempt was refused, so the link can be used again.
    public bool TryClaim(string? token)
    {
        lock (_gate)
        {
            if (!Matches(token))
                return false;
            _hash = null;
            return true;
        }
    }

    /// Puts back a claimed token after a refused attempt (a weak password, say).
    public void Return(string token)
    {
        lock (_gate)
            _hash ??= Hash(token);
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
