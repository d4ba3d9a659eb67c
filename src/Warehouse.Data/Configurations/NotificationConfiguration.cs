using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Notifications;

namespace Warehouse.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.UserName).HasMaxLength(100);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.RequestNumber).HasMaxLength(40);
        builder.Property(n => n.Key).HasMaxLength(120);
        builder.HasIndex(n => new { n.UserName, n.Key }).IsUnique();
        builder.HasIndex(n => new { n.UserName, n.ReadAt, n.CreatedAt });
    }
}
