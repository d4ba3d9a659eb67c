using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Data.Auditing;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Departments;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Admin.DepartmentKeys;

/// Issues and revokes departments' API keys, each change audited; builds the keys page.
public sealed class DepartmentKeyAdministration(WarehouseDbContext db, AuditTrail audit, BureauClock clock,
    IStringLocalizer<SharedResource> localizer)
{
    /// What keeps the form from issuing a key: an unknown department, a name the department already uses.
    public async Task<IReadOnlyList<StationFormError>> CheckAsync(DepartmentKeyForm form, CancellationToken cancellationToken)
    {
        var errors = new List<StationFormError>();
        if (!await db.Departments.AnyAsync(d => d.Id == form.DepartmentId, cancellationToken))
            errors.Add(new(nameof(form.DepartmentId), localizer["Choose a department."]));
        var name = form.Name.Trim();
        if (await db.DepartmentApiKeys.AnyAsync(k => k.DepartmentId == form.DepartmentId && k.Name == name, cancellationToken))
            errors.Add(new(nameof(form.Name), localizer["That name is already used."]));
        return errors;
    }

    /// Issues the key and answers it, which is shown this once.
    public async Task<string> CreateAsync(DepartmentKeyForm form, CancellationToken cancellationToken)
    {
        var key = DepartmentApiKey.NewKey();
        var department = await db.Departments.Where(d => d.Id == form.DepartmentId).Select(d => d.Code).SingleAsync(cancellationToken);
        db.DepartmentApiKeys.Add(new DepartmentApiKey(form.Name, form.DepartmentId, key, clock.UtcNow));
        audit.Record(AuditActions.DepartmentKeyCreated, $"department-key {form.Name.Trim()}", department);
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// Revokes the key; answers its name, or null when there is no such key.
    public async Task<string?> RevokeAsync(int id, CancellationToken cancellationToken)
    {
        var key = await db.DepartmentApiKeys.FindAsync([id], cancellationToken);
        if (key is null)
            return null;
        key.Revoke(clock.UtcNow);
        audit.Record(AuditActions.DepartmentKeyRevoked, $"department-key {key.Name}", null);
        await db.SaveChangesAsync(cancellationToken);
        return key.Name;
    }

    public async Task<DepartmentKeysPage> PageAsync(DepartmentKeyForm form, string? newKey, CancellationToken cancellationToken)
    {
        var rows = await db.DepartmentApiKeys.AsNoTracking().OrderBy(k => k.Department!.Name).ThenBy(k => k.Name)
            .Select(k => new DepartmentKeyRow(k.Id, k.Name, k.Department!.Name, k.KeyPrefix, k.CreatedAt, k.LastUsedAt, k.RevokedAt))
            .ToListAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Code).Select(d => new { d.Id, d.Name })
            .ToListAsync(cancellationToken);
        return new DepartmentKeysPage(rows, departments.Select(d => (d.Id, d.Name)).ToList(), form, newKey);
    }
}
