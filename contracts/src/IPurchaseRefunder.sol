// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title IPurchaseRefunder
/// @notice The refund surface of ComputeCredits that DPNSettlement calls.
interface IPurchaseRefunder {
    /// @notice The settlement contract whose batches carry the refunds.
    function settlement() external view returns (address);
    /// @notice Refunds `amountWei[i]` to `to[i]` for every i; a refund that cannot be paid
    ///         now is owed instead, so this never reverts for a recipient's sake.
    function refundPurchases(address[] calldata to, uint256[] calldata amountWei) external;
}
