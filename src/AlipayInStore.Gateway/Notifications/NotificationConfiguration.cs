using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlipayInStore.Gateway.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasIndex(n => new { n.Status, n.NextAttemptAt });
        builder.HasIndex(n => n.Reference);
        builder.HasIndex(n => new { n.MerchantId, n.CreatedAt });
        builder.HasIndex(n => n.ClaimedBy);
        builder.Property(n => n.BodyJson).HasMaxLength(8192);
        builder.Property(n => n.TargetUrl).HasMaxLength(1024);
        builder.Property(n => n.LastError).HasMaxLength(1024);
        builder.Property(n => n.CauseTraceParent).HasMaxLength(64);
        builder.Property(n => n.ClaimedBy).HasMaxLength(128).IsConcurrencyToken();
    }
}
