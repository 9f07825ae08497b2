// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {IKYCRegistry} from "./IKYCRegistry.sol";

/// @title KYCRegistry
/// @notice Owner-managed list of verified addresses. It stands in for the registry the
///         compliance work will provide; DPNToken only depends on IKYCRegistry.
contract KYCRegistry is IKYCRegistry, Ownable2Step {
    /// @notice The zero address cannot be verified.
    error ZeroAddress();

    /// @notice Emitted when `account`'s verification status changes.
    event VerificationSet(address indexed account, bool verified);

    mapping(address account => bool verified) private _verified;

    /// @param owner_ the account allowed to verify and unverify addresses
    constructor(address owner_) Ownable(owner_) {}

    /// @inheritdoc IKYCRegistry
    function isVerified(address account) external view returns (bool) {
        return _verified[account];
    }

    /// @notice Marks each of `accounts` as verified (`verified` true) or not.
    /// @param accounts the addresses to update
    /// @param verified the new status for all of them
    function setVerified(address[] calldata accounts, bool verified) external onlyOwner {
        for (uint256 i = 0; i < accounts.length; ++i) {
            if (accounts[i] == address(0)) revert ZeroAddress();
            _verified[accounts[i]] = verified;
            emit VerificationSet(accounts[i], verified);
        }
    }
}
