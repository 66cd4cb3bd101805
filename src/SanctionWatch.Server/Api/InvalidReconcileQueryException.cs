namespace SanctionWatch.Server.Api;

/// <summary>A reconciliation request that cannot be answered; its message is the 400's <c>detail</c>.</summary>
public sealed class InvalidReconcileQueryException(string message) : Exception(message);
