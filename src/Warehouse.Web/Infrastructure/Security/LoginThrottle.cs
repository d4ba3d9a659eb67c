using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Data;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;

namespace Warehouse.Web.Infrastructure.Security;

/// Failed sign-ins counted per (address, user name), read back from the audit trail that records every attempt.
// Why per address and not per account: a per-account lockout after five failures lets anyone on the network lock
// `admin` out for 15 minutes with five anonymous posts. Five failures now lock only that address out of that name
// (the same "locked" answer whether the name exists or not); Identity's own per-account lockout stays as a high
// backstop (50) against guessing spread over many addresses. The count lives in the database, not in memory, so
// several instances behind a load balancer share it.
public sealed class LoginThrottle(WarehouseDbContext db, BureauClock clock)
{
    public const int FailuresBeforeLock = 5;
    public static readonly TimeSpan LockWindow = TimeSpan.FromMinutes(15);

    /// Failed attempts at this name from this address in the last 15 minutes since its last success there.
    public async Task<int> RecentFailuresAsync(string userName, string? origin, CancellationToken cancellationToken)
    {
        var since = clock.UtcNow - LockWindow;
        var recent = await db.AuditEntries.AsNoTracking()
            .Where(a => a.UserName == userName && a.Origin == origin && a.At >= since
                && (a.Action == AuditActions.LoginFailed || a.Action == AuditActions.LoginSucceeded))
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Select(a => a.Action).Take(FailuresBeforeLock).ToListAsync(cancellationToken);
        return recent.TakeWhile(a => a == AuditActions.LoginFailed).Count();
    }
}

/// The per-address rate limit on the login and second-step posts.
public static class LoginRateLimit
{
    public const string Policy = "login";

    public static IServiceCollection AddLoginRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            // No body: the status-code page re-executes and answers with the localized "too many attempts" page.
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context =>
            {
                var permits = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.LoginAttemptsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, permits), Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0 });
            });
        });
}
