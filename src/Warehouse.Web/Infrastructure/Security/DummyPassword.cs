using Microsoft.AspNetCore.Identity;
using Warehouse.Data.Identity;

namespace Warehouse.Web.Infrastructure.Security;

/// A password check against a hash nobody's password matches, so a sign-in that fails before Identity reaches the
/// hash (unknown name, disabled or locked account) costs the same as a wrong password and reveals nothing.
public sealed class DummyPassword(IPasswordHasher<WarehouseUser> hasher)
{
    private static readonly WarehouseUser Nobody = new() { UserName = "nobody" };
    private static string? _hash;

    public void Verify(string password)
    {
        _hash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)));
        hasher.VerifyHashedPassword(Nobody, _hash, password);
    }
}
