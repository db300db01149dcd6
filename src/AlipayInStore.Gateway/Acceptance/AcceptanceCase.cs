namespace AlipayInStore.Gateway.Acceptance;

/// <summary>One case of the catalog: what the cashier or developer does, what the kit does, and how the traffic is graded.</summary>
internal sealed record AcceptanceCase(string Id, string Title, string Instructions, Func<CaseTraffic, CaseGrade> Grade, KitAction Kit = KitAction.None);
