using Microsoft.Extensions.Configuration;

namespace Warehouse.Data.Allocation;

/// The time within which a request's goods should reach the site after submission: `Allocation:TargetMinutes`,
/// two hours unless configured.
public sealed class DeliveryTarget(IConfiguration? configuration = null)
{
    public TimeSpan Value { get; } = TimeSpan.FromMinutes(configuration?.GetValue("Allocation:TargetMinutes", 120) ?? 120);
}
