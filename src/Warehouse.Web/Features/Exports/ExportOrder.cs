namespace Warehouse.Web.Features.Exports;

/// Writes an export's workbook to <c>output</c> with the services of the scope it runs in, calling <c>counted</c> per row.
public delegate Task ExportWriter(IServiceProvider services, Stream output, Action counted, CancellationToken cancellationToken);

/// An export asked for: its file name, how to count its rows, and how to write it.
public sealed record ExportOrder(string FileName, Func<CancellationToken, Task<int>> CountAsync, ExportWriter Write);
