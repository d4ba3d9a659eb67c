using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Data;
using Warehouse.Data.Infrastructure;
using Warehouse.Domain.Common;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Stations;

namespace Warehouse.Web.Infrastructure;

public sealed class DepartmentKeyOptions : AuthenticationSchemeOptions;

/// Marks the API controllers a department's key opens (the requests API); every other endpoint refuses the key.
[AttributeUsage(AttributeTargets.Class)]
public sealed class AcceptsDepartmentKeyAttribute : Attribute;

/// Authenticates a department's own system (the command platform) by its key in the X-Department-Key header. It acts
/// as its department, named after the key, in a client-id space of its own; it opens the requests API and nothing else.
public sealed class DepartmentKeyHandler(
    IOptionsMonitor<DepartmentKeyOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    WarehouseDbContext db,
    BureauClock clock)
    : AuthenticationHandler<DepartmentKeyOptions>(options, logger, encoder)
{
    public const string SchemeName = "DepartmentKey";
    public const string Header = "X-Department-Key";

    /// The user name a key's actions are recorded under: "apikey:NAME".
    public const string NamePrefix = "apikey:";

    // Last use is kept to the minute: a key polled every few seconds must not write on every call.
    private static readonly TimeSpan UseGranularity = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values))
            return AuthenticateResult.NoResult();
        if (Context.GetEndpoint()?.Metadata.GetMetadata<AcceptsDepartmentKeyAttribute>() is null)
            return AuthenticateResult.Fail("A department key opens the requests API only.");
        var key = values.ToString().Trim();
        if (key.Length is 0 or > 200)
            return AuthenticateResult.Fail("The department key is malformed.");
        // The hash is looked up by an index; equal hashes of a 192-bit random key are the comparison, as for stations.
        var hash = Station.Hash(key);
        var found = await KeyByHash.For(db)(db, hash, Context.RequestAborted);
        if (found is null)
            return AuthenticateResult.Fail("Unknown or revoked department key.");
        await NoteUseAsync(found);
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, NamePrefix + found.Name),
            new Claim(ClaimTypes.NameIdentifier, NamePrefix + found.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(WarehouseClaims.DisplayName, found.Name),
            new Claim(WarehouseClaims.Department, found.DepartmentId.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Role, Roles.Department),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private async Task NoteUseAsync(KeyRef found)
    {
        var now = clock.UtcNow;
        if (found.LastUsedAt is { } last && now - last < UseGranularity)
            return;
        var stale = now - UseGranularity;
        await db.DepartmentApiKeys.Where(k => k.Id == found.Id && (k.LastUsedAt == null || k.LastUsedAt < stale))
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
    }

    // Asked on every call a department's system makes, so compiled once.
    private static readonly CompiledQuery<Func<WarehouseDbContext, string, CancellationToken, Task<KeyRef?>>> KeyByHash = new(() =>
        EF.CompileAsyncQuery((WarehouseDbContext db, string hash, CancellationToken _) =>
            db.DepartmentApiKeys.AsNoTracking().Where(k => k.KeyHash == hash && k.RevokedAt == null)
                .Select(k => new KeyRef(k.Id, k.Name, k.DepartmentId, k.LastUsedAt)).SingleOrDefault()));

    private sealed record KeyRef(int Id, string Name, int DepartmentId, DateTime? LastUsedAt);

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        await ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "unauthorized",
            result.Failure?.Message ?? $"Send a valid {Header} header.");
    }
}
