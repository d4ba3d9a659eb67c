using System.Text.Json;
using System.Text.Json.Serialization;
using Warehouse.Web.Features.Reports.ReserveSummary;

namespace Warehouse.Web.Features.Reports.Periods;

/// The reserve report frozen at a close, as JSON: the same shape the report's API answers, enums by name.
public static class PeriodSnapshot
{
    private static readonly JsonSerializerOptions Options =
        new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Freeze(ReserveSummaryReport report) => JsonSerializer.Serialize(report, Options);

    public static ReserveSummaryReport Thaw(string snapshot) =>
        JsonSerializer.Deserialize<ReserveSummaryReport>(snapshot, Options)
        ?? throw new InvalidOperationException("A closed period's snapshot is empty.");
}
