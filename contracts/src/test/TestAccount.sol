// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IAccount} from "@account-abstraction/contracts/interfaces/IAccount.sol";
import {IEntryPoint} from "@account-abstraction/contracts/interfaces/IEntryPoint.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {ComputeCredits} from "../ComputeCredits.sol";

/// @title TestAccount
/// @notice Tests only: an EIP-4337 account with SimpleAccount's `execute` selector whose
///         behaviour the tests choose, to stand for a custom account (or an EIP-7702
///         delegate) that does not make the call its callData names, or refuses ETH.
///         It checks no signature: never deploy it anywhere but a test chain.
contract TestAccount is IAccount {
    /// @notice How `execute` behaves.
    enum Mode {
        Honest, // makes the call it names
        BuyOneWei, // rewrites buySponsored's gasAllowance to 1 wei
        Nothing // makes no call at all
    }

    error NotEntryPoint(address caller);
    error CallFailed(bytes reason);

    /// @notice The behaviour changed.
    event ModeSet(Mode mode, bool refuseETH);

    IEntryPoint public immutable entryPoint;
    Mode public mode;
    bool public refuseETH;

    /// @param entryPoint_ the EntryPoint v0.8
    constructor(IEntryPoint entryPoint_) payable {
        entryPoint = entryPoint_;
    }

    /// @notice Sets how `execute` behaves and whether plain ETH transfers are refused.
    /// @param mode_ the behaviour of `execute`
    /// @param refuseETH_ whether `receive` burns its gas and reverts
    function setMode(Mode mode_, bool refuseETH_) external {
        mode = mode_;
        refuseETH = refuseETH_;
        emit ModeSet(mode_, refuseETH_);
    }

    /// @notice Accepts every operation (no signature check) and pays what the EntryPoint asks.
    /// @return validationData always 0 (valid)
    function validateUserOp(PackedUserOperation calldata, bytes32, uint256 missingAccountFunds)
        external
        returns (uint256 validationData)
    {
        if (msg.sender != address(entryPoint)) revert NotEntryPoint(msg.sender);
        if (missingAccountFunds != 0) {
            (bool ok,) = payable(msg.sender).call{value: missingAccountFunds}("");
            (ok);
        }
        return 0;
    }

    /// @notice SimpleAccount's execute(address,uint256,bytes), behaving as `mode` says.
    /// @param target the contract named
    /// @param value the ETH named
    /// @param data the call named
    function execute(address target, uint256 value, bytes calldata data) external {
        if (msg.sender != address(entryPoint)) revert NotEntryPoint(msg.sender);
        Mode m = mode;
        if (m == Mode.Nothing) return;
        bytes memory cd = data;
        if (m == Mode.BuyOneWei) {
            (string memory dpnAccount,) = abi.decode(data[4:], (string, uint256));
            cd = abi.encodeCall(ComputeCredits.buySponsored, (dpnAccount, 1));
        }
        (bool ok, bytes memory ret) = target.call{value: value}(cd);
        if (!ok) revert CallFailed(ret);
    }

    /// @notice Takes ETH unless told to refuse it; a refusal burns all the gas it is given.
    receive() external payable {
        if (refuseETH) {
            while (true) {}
        }
    }
}
