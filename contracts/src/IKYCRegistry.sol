// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title IKYCRegistry
/// @notice What DPNToken asks of a KYC registry. The compliance work implements it with
///         zero-knowledge credentials; KYCRegistry is the owner-managed stand-in.
interface IKYCRegistry {
    /// @notice Whether `account` currently passes KYC.
    function isVerified(address account) external view returns (bool);
}
