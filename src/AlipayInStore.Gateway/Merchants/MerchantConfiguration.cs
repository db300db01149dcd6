using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlipayInStore.Gateway.Merchants;

internal sealed class MerchantConfiguration : IEntityTypeConfiguration<Merchant>
{
    public void Configure(EntityTypeBuilder<Merchant> builder)
    {
        builder.ToTable("merchants");
        builder.HasIndex(m => m.PartnerId).IsUnique();
        builder.HasIndex(m => m.ClientId).IsUnique();
        builder.Property(m => m.RsaPublicKeyPem).HasMaxLength(4096);
        builder.Property(m => m.NotifyUrl).HasMaxLength(Protocol.Validation.NotifyUrls.MaxLength);
        builder.Property(m => m.SignType).HasMaxLength(8);
        builder.Property(m => m.SftpPasswordHash).HasMaxLength(256);
        builder.Ignore(m => m.IsDisabled);
    }
}
