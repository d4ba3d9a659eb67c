using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Common;
using Warehouse.Web.Features.Home;

namespace Warehouse.Web.Infrastructure;

/// The safety net under every controller: a write the database refused (a unique index, a foreign key, a concurrent
/// change) that no service turned into a clear answer becomes a 409 problem or a friendly page, never a 500.
public sealed class DatabaseConflictFilter(IStringLocalizer<SharedResource> localizer, ILogger<DatabaseConflictFilter> logger)
    : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.Exception is not DbUpdateException refused)
            return;
        logger.LogWarning(refused, "A write was refused by the database on {Path}", context.HttpContext.Request.Path);
        var error = Errors.ConcurrentChange();
        context.Result = context.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            ? ApiProblems.From(error, localizer)
            : new ViewResult
            {
                ViewName = "Problem",
                StatusCode = StatusCodes.Status409Conflict,
                ViewData = new Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary<ProblemPage>(
                    new Microsoft.AspNetCore.Mvc.ModelBinding.EmptyModelMetadataProvider(), context.ModelState)
                { Model = new ProblemPage(StatusCodes.Status409Conflict) },
            };
        context.ExceptionHandled = true;
    }
}
