using Warehouse.Data.Readiness;
using Warehouse.Domain.Readiness;

namespace Warehouse.Web.Features.Map;

/// A place's standard fill rate on the map: what it holds against what its equipment standards require, all standards
/// together (the readiness page's figures summed), and the band its colour comes from, with the readiness page's limits.
public sealed record PlaceFill(double Rate, int Required, int Held, string Band)
{
    /// The band of a place no standard applies to.
    public const string NoStandard = "none";

    public static PlaceFill Of(FillRate rate) =>
        new(Math.Round(rate.Rate, 4), rate.Required, rate.Covered, rate.Rate >= 1 ? "full" : rate.Rate >= 0.6 ? "partial" : "low");

    /// Every place's fill rate from one readiness report (three reads, none per place), by place id.
    public static IReadOnlyDictionary<int, PlaceFill> ByPlace(ReadinessReport report) =>
        report.Standards.SelectMany(s => s.Townships.Concat(s.Villages))
            .GroupBy(p => p.PlaceId)
            .ToDictionary(g => g.Key, g => Of(FillRate.Sum(g.Select(p => p.Total))));
}
