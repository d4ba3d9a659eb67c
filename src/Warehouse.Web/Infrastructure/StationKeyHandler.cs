using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Data;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Identity;
using Warehouse.Domain.Stations;
using Warehouse.Domain.Constants;

namespace Warehouse.Web.Infrastructure;

public sealed class StationKeyOptions : AuthenticationSchemeOptions;

/// Authenticates a station (a keeper's desk or handheld) by its key in the X-Station-Key header.
/// A station acts as a keeper bound to its own depot.
public sealed class StationKeyHandler(
    IOptionsMonitor<StationKeyOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    WarehouseDbContext db)
    : AuthenticationHandler<StationKeyOptions>(options, logger, encoder)
{
    public const string SchemeName = "StationKey";
    public const string Header = "X-Station-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values))
            return AuthenticateResult.NoResult();
        var key = values.ToString().Trim();
        if (key.Length is 0 or > 200)
            return AuthenticateResult.Fail("The station key is malformed.");
        var hash = Station.Hash(key);
        var station = await StationByKey.For(db)(db, hash, Context.RequestAborted);
        if (station is null)
            return AuthenticateResult.Fail("Unknown or revoked station key.");
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, $"station:{station.Name}"),
            new Claim(WarehouseClaims.DisplayName, station.Name),
            new Claim(WarehouseClaims.Station, station.Id.ToString()),
            new Claim(WarehouseClaims.Depot, station.DepotId.ToString()),
            new Claim(ClaimTypes.Role, Roles.Keeper),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    // Asked on every request a station sends, so compiled once.
    private static readonly CompiledQuery<Func<WarehouseDbContext, string, CancellationToken, Task<StationRef?>>> StationByKey = new(() =>
        EF.CompileAsyncQuery((WarehouseDbContext db, string hash, CancellationToken _) =>
            db.Stations.AsNoTracking().Where(s => s.KeyHash == hash && s.RevokedAt == null)
                .Select(s => new StationRef(s.Id, s.Name, s.DepotId)).SingleOrDefault()));

    private sealed record StationRef(int Id, string Name, int DepotId);

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        await ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "unauthorized",
            result.Failure?.Message ?? "Sign in or send a valid X-Station-Key header.");
    }
}

public static class ApiAuthentication
{
    public const string Scheme = "CookieOrStation";
}
