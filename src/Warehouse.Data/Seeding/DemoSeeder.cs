using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Identity;
using Warehouse.Data.Stock;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stations;
using Warehouse.Domain.Stock;
using Warehouse.Domain.Constants;

namespace Warehouse.Data.Seeding;

/// Fills an empty database with the demo catalog, users, opening stock and a demo station.
/// Runs once: a database that already has depots is left as it is.
public sealed class DemoSeeder(
    WarehouseDbContext db,
    UserManager<WarehouseUser> users,
    RoleManager<IdentityRole> roles,
    StockPostingService posting,
    BureauClock clock)
{
    public const string DemoStationName = "中心库收发台";

    // Opening stock goes in as documents of twenty lines rather than the two hundred a document may hold: the posting
    // service saves once per line, and each save looks over every row its document has tracked so far, so a document
    // costs the square of its lines. Twenty-line documents seed the same stock 0.4 s sooner on a 2-core machine.
    private const int OpeningLinesPerDocument = 20;

    public async Task<SeedReport> SeedAsync(SeedCatalog catalog, string? stationKey, CancellationToken cancellationToken = default)
    {
        if (await db.Depots.AnyAsync(cancellationToken))
            return new SeedReport(false, catalog.Users, null);
        // Hashing a password is deliberately slow (PBKDF2, tens of milliseconds each): it runs on another core
        // while the catalog and the opening stock go in.
        var hashes = catalog.Users.ToDictionary(u => u.UserName,
            u => Task.Run(() => users.PasswordHasher.HashPassword(new WarehouseUser { UserName = u.UserName }, u.Password),
                cancellationToken));

        var departments = catalog.Departments.ToDictionary(d => d.Code, d => new Department(d.Code, d.Name));
        db.Departments.AddRange(departments.Values);

        var depots = new Dictionary<string, Depot>();
        var locations = new Dictionary<string, Location>();
        foreach (var seed in catalog.Depots)
        {
            var depot = new Depot(seed.Code, seed.Name, seed.Kind, new GeoPoint(seed.Latitude, seed.Longitude));
            depot.Update(seed.Name, seed.Kind, depot.Position, seed.Address, seed.Contact, seed.Phone);
            depots[seed.Code] = depot;
            db.Depots.Add(depot);
            foreach (var bin in seed.Bins)
            {
                var location = new Location(depot, bin);
                locations[$"{seed.Code}/{bin}"] = location;
                db.Locations.Add(location);
            }
        }

        var items = new Dictionary<string, Item>();
        foreach (var seed in catalog.Items)
        {
            var item = new Item(seed.Code, seed.Name, seed.Class, seed.Unit, seed.Tracking);
            item.Describe(seed.Name, seed.Specification, seed.Class, seed.Unit);
            item.SetGtin(seed.Gtin);
            items[seed.Code] = item;
            db.Items.Add(item);
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var seed in catalog.Items)
        {
            items[seed.Code].SetKeeping(seed.ShelfLifeDays, seed.MaintenanceIntervalDays, seed.Returnable, seed.UnitPrice,
                seed.Department is null ? null : departments[seed.Department].Id);
        }
        foreach (var quota in catalog.Quotas)
            db.Quotas.Add(new Quota(depots[quota.Depot].Id, items[quota.Item].Id, quota.Minimum, quota.Target));
        DemoApprovalRules.Add(db, clock.UtcNow);
        await DemoSuppliers.AddAsync(db, items, clock.Today, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        await SeedOpeningStockAsync(catalog.Stock, depots, locations, items, cancellationToken);
        await SeedUsersAsync(catalog.Users, hashes, depots, departments);

        var key = string.IsNullOrWhiteSpace(stationKey) ? Station.NewKey() : stationKey.Trim();
        db.Stations.Add(new Station(DemoStationName, depots.Values.First(d => d.Kind == DepotKind.CentralReserve).Id, key, clock.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
        return new SeedReport(true, catalog.Users, key);
    }

    private async Task SeedUsersAsync(IReadOnlyList<SeedUser> seedUsers, Dictionary<string, Task<string>> hashes,
        Dictionary<string, Depot> depots, Dictionary<string, Department> departments)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
        }
        foreach (var seed in seedUsers)
        {
            var user = new WarehouseUser
            {
                UserName = seed.UserName,
                DisplayName = seed.DisplayName,
                EmailConfirmed = true,
                LockoutEnabled = true,
                DepartmentId = seed.Department is null ? null : departments[seed.Department].Id,
                Depots = seed.Depots.Select(code => new UserDepot { DepotId = depots[code].Id }).ToList(),
            };
            foreach (var validator in users.PasswordValidators)
                Check(await validator.ValidateAsync(users, user, seed.Password), seed.UserName);
            user.PasswordHash = await hashes[seed.UserName];
            Check(await users.CreateAsync(user), seed.UserName);
            Check(await users.AddToRoleAsync(user, seed.Role), seed.UserName);
        }
    }

    private async Task SeedOpeningStockAsync(IReadOnlyList<SeedStock> stock, Dictionary<string, Depot> depots,
        Dictionary<string, Location> locations, Dictionary<string, Item> items, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var actor = Actor.Product("system", "seed");
        foreach (var depotRows in stock.GroupBy(s => s.Depot))
        {
            var depot = depots[depotRows.Key];
            var lines = depotRows.SelectMany(row =>
            {
                var item = items[row.Item];
                var location = locations[$"{row.Depot}/{row.Bin}"].Id;
                if (row.Serials is { Count: > 0 } serials)
                    return serials.Select(serial => new PostingLine(item.Id, 1, location, SerialNumber: serial, Mode: row.Mode));
                var expiry = row.ExpiresInDays is { } days ? today.AddDays(days) : (DateOnly?)null;
                return [new PostingLine(item.Id, row.Quantity, location, Lot: row.Lot, Expiry: expiry, Supplier: row.Supplier,
                    Mode: row.Mode)];
            }).ToList();
            var part = 0;
            foreach (var chunk in lines.Chunk(OpeningLinesPerDocument))
            {
                var request = new PostingRequest(DocumentKind.Receipt, depot.Id, StockReason.OpeningBalance,
                    $"seed-opening-{depot.Code}-{++part}", chunk, actor, "期初建账");
                var outcome = await posting.PostAsync(request, cancellationToken, settingUp: true);
                if (!outcome.Succeeded)
                    throw new InvalidDataException($"Opening stock of {depot.Code} was refused: {outcome.Error}");
            }
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidDataException($"Seeding {what} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}

public sealed record SeedReport(bool Seeded, IReadOnlyList<SeedUser> Users, string? StationKey);
