using System.Security.Cryptography;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Notifications;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Wire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Gateway.Acceptance;

/// <summary>
/// The kit's own notifications: it takes the merchant's latest payment notification and delivers it again, either
/// twice with the gateway's genuine signature (a repeat) or once signed with a stranger's key (a forgery), to the
/// URL the gateway delivers it to, and records every answer as a <see cref="KitDelivery"/>.
/// </summary>
internal sealed class KitNotifier(GatewayDbContext db, NotificationSender sender, MerchantCredentials credentials, TimeProvider clock, IOptions<GatewayOptions> options)
{
    private static readonly Lazy<Rsa2Signer> Stranger = new(() => new Rsa2Signer(RsaPrivateKey.Generate()));

    public async Task SendAsync(AcceptanceRun run, AcceptanceCase acceptanceCase, CancellationToken ct)
    {
        var kind = acceptanceCase.Kit;
        var batch = 1 + (await db.KitDeliveries.Where(d => d.RunId == run.Id && d.CaseId == acceptanceCase.Id).MaxAsync(d => (int?)d.Batch, ct) ?? 0);
        var merchant = await db.Merchants.AsNoTracking().SingleAsync(m => m.Id == run.MerchantId, ct);
        var genuine = await db.Notifications.AsNoTracking().Where(n => n.MerchantId == merchant.Id && n.Function == ApiFunctions.NotifyPay)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).FirstOrDefaultAsync(ct);
        var url = genuine?.TargetUrl ?? merchant.NotifyUrl;
        if (genuine is null || string.IsNullOrWhiteSpace(url))
        {
            var unsent = new KitDelivery(run.Id, acceptanceCase.Id, batch, kind, clock.GetUtcNow(), genuine?.Reference ?? "", "");
            unsent.Finish(null, TimeSpan.Zero, null, genuine is null
                ? "no payment notification to send yet: make a payment first (e.g. the customer-scan case), then have the kit send again"
                : "no notify URL: set it in the portal (Notifications) or send notifyUrl with the request, then have the kit send again", null);
            db.KitDeliveries.Add(unsent);
            await db.SaveChangesAsync(ct);
            return;
        }
        var signType = MerchantSignType.Of(merchant);
        var signer = kind == KitAction.ForgeNotification ? StrangerFor(signType) : credentials.SignerFor(merchant);
        for (var i = 1; i <= (kind == KitAction.RepeatNotification ? 2 : 1); i++)
        {
            var now = clock.GetUtcNow();
            var reqMsgId = $"K{run.Id}-{batch}-{i}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
            var envelope = NotificationEnvelope.Write(genuine, merchant, reqMsgId, signType, signer, now, options.Value.BusinessDayOffset);
            var delivery = new KitDelivery(run.Id, acceptanceCase.Id, batch, kind, now, genuine.Reference, url);
            var answer = await sender.DeliverAsync(url, envelope.Bytes, genuine.Function, merchant, signType);
            delivery.Finish(answer.HttpStatus, answer.Duration, answer.Answer is null ? null : AcknowledgementCheck.ResultOf(answer.Answer), answer.Error, answer.Warning);
            db.KitDeliveries.Add(delivery);
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>A signer the merchant cannot verify: a fresh RSA key, or a random SHA256 key.</summary>
    private static IMessageSigner StrangerFor(string signType) =>
        signType == SignTypes.Sha256 ? new Sha256KeyScheme(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))) : Stranger.Value;
}
