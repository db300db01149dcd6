using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlipayInStore.Gateway.Notifications;

internal sealed class NotificationAttemptConfiguration : IEntityTypeConfiguration<NotificationAttempt>
{
    public void Configure(EntityTypeBuilder<NotificationAttempt> builder)
    {
        builder.ToTable("notification_attempts");
        builder.HasIndex(a => new { a.NotificationId, a.Number });
        builder.HasOne<Notification>().WithMany().HasForeignKey(a => a.NotificationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.TargetUrl).HasMaxLength(1024);
        builder.Property(a => a.ReqMsgId).HasMaxLength(64);
        builder.Property(a => a.SignType).HasMaxLength(16);
        builder.Property(a => a.Dispatcher).HasMaxLength(128);
        builder.Property(a => a.Error).HasMaxLength(1024);
        builder.Property(a => a.Warning).HasMaxLength(1024);
    }
}
