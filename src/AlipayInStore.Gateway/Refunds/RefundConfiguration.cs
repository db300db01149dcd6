using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlipayInStore.Gateway.Refunds;

internal sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> builder)
    {
        builder.ToTable("refunds");
        builder.HasIndex(r => r.RefundId).IsUnique();
        builder.HasIndex(r => new { r.PartnerId, r.MerchantRefundId }).IsUnique();
        builder.HasIndex(r => new { r.Status, r.CreatedAt });
        builder.HasIndex(r => r.PaymentId);
        builder.Property(r => r.NotifyUrl).HasMaxLength(1024);
        builder.Property(r => r.Currency).HasMaxLength(3);
    }
}
