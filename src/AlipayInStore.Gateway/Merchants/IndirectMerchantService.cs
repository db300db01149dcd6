using AlipayInStore.Gateway.Data;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Wire;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Merchants;

/// <summary>An acquirer's secondary merchants and stores: register (ADD), change (MODIFY), query.</summary>
internal sealed class IndirectMerchantService(GatewayDbContext db, TimeProvider clock)
{
    public async Task<IndirectMerchantMaintainResponse> MaintainAsync(Merchant acquirer, IndirectMerchantMaintainRequest request, CancellationToken ct)
    {
        if (!acquirer.IsAcquirer)
        {
            return Maintained(ResultCodes.AccessDenied.ToInfo($"Partner {acquirer.PartnerId} is a direct merchant, not an acquirer: it has no secondary merchants"), request);
        }
        var (seller, store) = (request.SellerInfo!, request.StoreInfo!);
        var existing = await db.SecondaryMerchants.SingleOrDefaultAsync(s => s.AcquirerId == acquirer.Id && s.SellerId == seller.SellerId && s.StoreId == store.StoreId, ct);
        if (request.OperationType == "ADD" && existing is not null)
        {
            return Maintained(ResultCodes.ParamIllegal.ToInfo($"body.storeInfo.storeId {store.StoreId} of seller {seller.SellerId} is already registered; use operationType MODIFY to change it"), request);
        }
        if (request.OperationType == "MODIFY" && existing is null)
        {
            return Maintained(ResultCodes.ParamIllegal.ToInfo($"body.storeInfo.storeId {store.StoreId} of seller {seller.SellerId} is not registered; use operationType ADD first"), request);
        }
        var now = clock.GetUtcNow();
        if (existing is null)
        {
            existing = new SecondaryMerchant(acquirer.Id, seller.SellerId!, store.StoreId!, now);
            db.SecondaryMerchants.Add(existing);
        }
        existing.Describe(seller.SellerName!, seller.SellerMcc!, store.StoreName!, store.StoreAddress, now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            return Maintained(ResultCodes.ParamIllegal.ToInfo($"body.storeInfo.storeId {store.StoreId} of seller {seller.SellerId} was registered at the same moment; use MODIFY"), request);
        }
        return Maintained(ResultCodes.Success.ToInfo(), request);
    }

    public async Task<IndirectMerchantQueryResponse> QueryAsync(Merchant acquirer, IndirectMerchantQueryRequest request, CancellationToken ct)
    {
        var found = await db.SecondaryMerchants.AsNoTracking()
            .SingleOrDefaultAsync(s => s.AcquirerId == acquirer.Id && s.SellerId == request.SellerId && s.StoreId == request.StoreId, ct);
        return found is null
            ? new IndirectMerchantQueryResponse { ResultInfo = ResultCodes.ParamIllegal.ToInfo($"body.storeId {request.StoreId} of seller {request.SellerId} is not registered by this acquirer") }
            : new IndirectMerchantQueryResponse
            {
                ResultInfo = ResultCodes.Success.ToInfo(),
                SellerInfo = new SellerInfo { SellerId = found.SellerId, SellerName = found.SellerName, SellerMcc = found.Mcc },
                StoreInfo = new StoreInfo { StoreId = found.StoreId, StoreName = found.StoreName, StoreAddress = found.StoreAddress },
                RegistrationStatus = "REGISTERED",
            };
    }

    private static IndirectMerchantMaintainResponse Maintained(ResultInfo result, IndirectMerchantMaintainRequest request) =>
        new() { ResultInfo = result, SellerId = request.SellerInfo?.SellerId, StoreId = request.StoreInfo?.StoreId };
}
