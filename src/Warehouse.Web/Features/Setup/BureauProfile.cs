using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Domain.Common;
using Warehouse.Domain.Setup;

namespace Warehouse.Web.Features.Setup;

/// The bureau's name as every page's header and title show it, kept in memory once read from the database; the
/// bureau's time zone goes to the <see cref="BureauClock"/>.
public sealed class BureauProfile(BureauClock clock)
{
    /// The name given at set-up; null before set-up and in the demo, where the product's own name is shown.
    public string? Name { get; private set; }

    /// Reads the stored bureau, if any, at start-up.
    public async Task LoadAsync(WarehouseDbContext db)
    {
        if (await db.Bureaus.AsNoTracking().SingleOrDefaultAsync(b => b.Id == Bureau.TheBureau) is { } bureau)
            Apply(bureau);
    }

    /// Shows the bureau's name and counts in its zone from now on.
    public void Apply(Bureau bureau)
    {
        Name = bureau.Name;
        clock.UseZone(BureauClock.FindZone(bureau.TimeZoneId));
    }
}
