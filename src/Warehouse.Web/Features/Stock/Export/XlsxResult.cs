using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Warehouse.Web.Features.Stock.Export;

/// Streams a workbook to the response while its rows are read, then gives back the export's slot.
public sealed class XlsxResult(string fileName, IDisposable slot, Func<Stream, CancellationToken, Task> write) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        using (slot)
        {
            var http = context.HttpContext;
            // ZipArchive writes its headers synchronously; the exports that may run at once are few.
            if (http.Features.Get<IHttpBodyControlFeature>() is { } body)
                body.AllowSynchronousIO = true;
            http.Response.ContentType = ExcelExport.ContentType;
            http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
            {
                FileNameStar = fileName,
                FileName = fileName,
            }.ToString();
            await write(http.Response.Body, http.RequestAborted);
        }
    }
}
