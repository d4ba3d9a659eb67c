using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Warehouse.Data.Notifications;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Notifications;

/// The bell's actions: its fresh copy for a pushed notice, opening a notice (marks it read) and marking all read.
/// Reading one's own notices changes no reserve data, so an auditor may do it too.
[Authorize]
[Route("Notifications")]
public sealed class NotificationsController(NotificationInbox inbox) : Controller
{
    private string Me => User.Identity!.Name!;

    [HttpGet("Bell")]
    public IActionResult Bell() => ViewComponent("NotificationBell");

    /// Opens the request a notice is about and marks the notice read; someone else's notice, or one that is gone,
    /// leads to the dashboard and changes nothing.
    [HttpPost("Open/{id:long}")]
    [ValidateAntiForgeryToken]
    [SessionOnly]
    public async Task<IActionResult> Open(long id) =>
        await inbox.MarkReadAsync(Me, id) is { } requestId
            ? RedirectToAction("Details", "Requests", new { id = requestId })
            : RedirectToAction("Index", "Home");

    [HttpPost("ReadAll")]
    [ValidateAntiForgeryToken]
    [SessionOnly]
    public async Task<IActionResult> ReadAll(string? returnUrl)
    {
        await inbox.MarkAllReadAsync(Me);
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction("Index", "Home");
    }
}
