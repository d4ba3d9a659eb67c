using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;

namespace Warehouse.Data.Configurations;

internal sealed class AllocationRequestConfiguration : IEntityTypeConfiguration<AllocationRequest>
{
    public void Configure(EntityTypeBuilder<AllocationRequest> builder)
    {
        builder.Property(r => r.Number).HasMaxLength(30);
        builder.HasIndex(r => r.Number).IsUnique();
        builder.Property(r => r.Incident).HasMaxLength(100);
        builder.Property(r => r.DestinationName).HasMaxLength(200);
        builder.Property(r => r.ContactName).HasMaxLength(50);
        builder.Property(r => r.ContactPhone).HasMaxLength(30);
        builder.Property(r => r.RequestedBy).HasMaxLength(100);
        builder.Property(r => r.Note).HasMaxLength(500);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.BreachNote).HasMaxLength(AllocationRequest.BreachNoteLimit);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.State, r.NeededBy });
        // The overdue count of the operations gauges: the open states' requests submitted before an instant, by index
        // rather than a walk over every request ever made.
        builder.HasIndex(r => new { r.State, r.SubmittedAt });
        builder.HasIndex(r => r.DepartmentId);
        builder.HasOne(r => r.DestinationDepot).WithMany().HasForeignKey(r => r.DestinationDepotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Department).WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Dispatches).WithOne(d => d.Request).HasForeignKey(d => d.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Transitions).WithOne().HasForeignKey(t => t.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Steps).WithOne().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);
        // The rule version a request was submitted under; rule versions are never deleted, so no foreign key is needed, and
        // without one an older version of the app can take the approval tables away again.
        builder.HasIndex(r => r.ApprovalRuleId);
        builder.Navigation(r => r.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.Dispatches).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.Transitions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(r => r.CurrentStep);
        builder.Ignore(r => r.OnLastStep);
        builder.Ignore(r => r.IsEmergency);
        builder.Ignore(r => r.IsTransfer);
        builder.Ignore(r => r.IsEditable);
        builder.Ignore(r => r.DestinationPoint);
        builder.Ignore(r => r.DeliveryTime);
    }
}

internal sealed class AllocationLineConfiguration : IEntityTypeConfiguration<AllocationLine>
{
    public void Configure(EntityTypeBuilder<AllocationLine> builder)
    {
        builder.HasIndex(l => new { l.RequestId, l.ItemId }).IsUnique();
        builder.HasOne(l => l.Item).WithMany().HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RequestTransitionConfiguration : IEntityTypeConfiguration<RequestTransition>
{
    public void Configure(EntityTypeBuilder<RequestTransition> builder)
    {
        builder.Property(t => t.By).HasMaxLength(100);
        builder.Property(t => t.Note).HasMaxLength(500);
        // A request's transition of one kind (its submission, approval, closing) is found by this index alone, a delivery
        // report's joins and the request list's submission times among them.
        builder.HasIndex(t => new { t.RequestId, t.To, t.At });
        builder.HasIndex(t => new { t.To, t.At });
        // The reserve report's emergency releases of a half-year: a handful among a half-year's transitions, which
        // the state index would read all of to find them.
        builder.HasIndex(t => new { t.Trigger, t.At });
    }
}
