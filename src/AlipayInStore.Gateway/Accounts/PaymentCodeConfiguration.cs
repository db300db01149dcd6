using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlipayInStore.Gateway.Accounts;

internal sealed class PaymentCodeConfiguration : IEntityTypeConfiguration<PaymentCode>
{
    public void Configure(EntityTypeBuilder<PaymentCode> builder)
    {
        builder.ToTable("payment_codes");
        builder.HasKey(c => c.Code);
        builder.HasIndex(c => c.ExpiresAt);
    }
}
