// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title IDPNTokenIssuer
/// @notice The issuance surface of DPNToken that DPNSettlement calls.
interface IDPNTokenIssuer {
    /// @notice Issues `value` of `partition` to `to`.
    function issueByPartition(bytes32 partition, address to, uint256 value, bytes calldata data) external;
    /// @notice Issues `values[i]` of `partition` to `to[i]` for every i.
    /// @return total the sum issued
    function issueBatchByPartition(bytes32 partition, address[] calldata to, uint256[] calldata values)
        external
        returns (uint256 total);
    /// @notice Ends issuance for good.
    function finalizeIssuance() external;
}
