using System.Text;
using Microsoft.AspNetCore.Identity;
using QRCoder;
using Warehouse.Data.Identity;

namespace Warehouse.Web.Features.Account;

/// What the enrolment page shows: the key as text and as the QR code of its otpauth:// address.
public sealed record AuthenticatorPage(string Key, string QrDataUri, bool Enabled, int RecoveryCodesLeft, bool Required,
    IReadOnlyList<string>? NewRecoveryCodes = null, string? Problem = null);

/// Makes an authenticator key for a user and draws it for their phone to scan.
public static class AuthenticatorSetup
{
    public const string Issuer = "Warehouse";

    public static async Task<string> KeyAsync(UserManager<WarehouseUser> users, WarehouseUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (!string.IsNullOrEmpty(key))
            return key;
        await users.ResetAuthenticatorKeyAsync(user);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    public static string OtpAuthUri(string userName, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(userName)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";

    // An SVG data URI needs no script and no second request; the page's CSP must allow img-src data:.
    public static string QrDataUri(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(5);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }

    /// The key in groups of four, easier to type than one long run.
    public static string Grouped(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - i * 4))))
            .ToLowerInvariant();
}
