// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {BasePaymaster} from "@account-abstraction/contracts/core/BasePaymaster.sol";
import {IEntryPoint} from "@account-abstraction/contracts/interfaces/IEntryPoint.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {BaseAccount} from "@account-abstraction/contracts/core/BaseAccount.sol";
import {ComputeCredits, IGasFundReceiver} from "./ComputeCredits.sol";

/// @title DPNPaymaster
/// @notice An EntryPoint v0.8 paymaster that sponsors exactly one kind of UserOperation: a
///         smart account's `execute(credits, value, buySponsored(dpnAccount, gasAllowance))`.
///         The paymaster's EntryPoint deposit fronts the gas; during execution ComputeCredits
///         forwards `gasAllowance` of the ETH sent to this contract; in postOp the paymaster
///         keeps the actual cost (re-depositing it) and refunds the rest to the account. A user
///         therefore needs nothing but ETH in the account: no EntryPoint deposit, no token.
/// @dev Limits: the paymaster trusts that the account's `execute` really makes the call its
///      callData names. An account that does not (or whose call reverts) costs the paymaster
///      that operation's gas; such a sender is then refused for good. Validation reads the
///      sender's ETH balance, which ERC-7562 forbids for public-mempool bundlers: the DPN
///      relayer bundles these operations itself.
contract DPNPaymaster is BasePaymaster, IGasFundReceiver {
    error UnsupportedCall(bytes4 selector);
    error WrongTarget(address target);
    error GasAllowanceTooLow(uint256 gasAllowance, uint256 maxCost);
    error PurchaseTooSmall(uint256 amountWei, uint256 minimumWei);
    error SenderBalanceTooLow(uint256 balance, uint256 value);
    error SenderRefused(address sender);
    error NotCredits(address caller);
    error InvalidDPNAccount();

    /// @notice ComputeCredits forwarded `amountWei` for `buyer`'s current operation.
    event GasFunded(address indexed buyer, uint256 amountWei);
    /// @notice The operation's gas was paid from its own ETH; `refundWei` went back.
    event GasRepaid(address indexed sender, bytes32 indexed userOpHash, uint256 costWei, uint256 refundWei);
    /// @notice The operation's gas was not repaid; the sender is refused from now on.
    event SponsorshipUnpaid(address indexed sender, bytes32 indexed userOpHash, uint256 costWei);

    /// @notice Gas charged for postOp itself on top of EntryPoint's actualGasCost.
    uint256 public constant POST_OP_GAS = 45_000;

    ComputeCredits public immutable credits;
    mapping(address sender => uint256) public pendingGasFunds;
    mapping(address sender => bool) public refused;

    /// @param entryPoint_ the EntryPoint v0.8
    /// @param credits_ the only contract whose purchases are sponsored
    constructor(IEntryPoint entryPoint_, ComputeCredits credits_) BasePaymaster(entryPoint_) {
        credits = credits_;
    }

    /// @inheritdoc IGasFundReceiver
    function fundGas(address buyer) external payable {
        if (msg.sender != address(credits)) revert NotCredits(msg.sender);
        pendingGasFunds[buyer] += msg.value;
        emit GasFunded(buyer, msg.value);
    }

    function _validatePaymasterUserOp(PackedUserOperation calldata userOp, bytes32 userOpHash, uint256 maxCost)
        internal
        view
        override
        returns (bytes memory context, uint256 validationData)
    {
        if (refused[userOp.sender]) revert SenderRefused(userOp.sender);
        (address target, uint256 value, bytes calldata inner) = _decodeExecute(userOp.callData);
        if (target != address(credits)) revert WrongTarget(target);
        // buySponsored(string, uint256): selector | string offset | gasAllowance | ...
        if (inner.length < 68 || bytes4(inner[:4]) != ComputeCredits.buySponsored.selector) {
            revert UnsupportedCall(inner.length < 4 ? bytes4(0) : bytes4(inner[:4]));
        }
        uint256 gasAllowance = uint256(bytes32(inner[36:68]));
        // The purchase's own checks run here too, so that a sponsored purchase fails in
        // validation (costing nobody) rather than in execution (costing the paymaster).
        uint256 strOffset = uint256(bytes32(inner[4:36]));
        if (strOffset > inner.length - 36) revert UnsupportedCall(bytes4(inner[:4]));
        uint256 strStart = 4 + strOffset + 32;
        uint256 strLen = uint256(bytes32(inner[strStart - 32:strStart]));
        if (strLen > inner.length - strStart) revert UnsupportedCall(bytes4(inner[:4]));
        if (!credits.isValidDPNAccount(string(inner[strStart:strStart + strLen]))) revert InvalidDPNAccount();
        if (gasAllowance < maxCost) revert GasAllowanceTooLow(gasAllowance, maxCost);
        if (value <= gasAllowance || value - gasAllowance < credits.minPurchaseWei()) {
            revert PurchaseTooSmall(value > gasAllowance ? value - gasAllowance : 0, credits.minPurchaseWei());
        }
        if (userOp.sender.balance < value) revert SenderBalanceTooLow(userOp.sender.balance, value);
        return (abi.encode(userOp.sender, userOpHash), 0);
    }

    /// @dev Only the EntryPoint reaches this (BasePaymaster.postOp checks it), from inside its
    ///      own non-reentrant handleOps, so no guard of our own is needed here.
    function _postOp(PostOpMode, bytes calldata context, uint256 actualGasCost, uint256 actualUserOpFeePerGas)
        internal
        override
    {
        (address sender, bytes32 userOpHash) = abi.decode(context, (address, bytes32));
        uint256 funded = pendingGasFunds[sender];
        uint256 cost = actualGasCost + POST_OP_GAS * actualUserOpFeePerGas;
        if (funded == 0) {
            refused[sender] = true;
            emit SponsorshipUnpaid(sender, userOpHash, cost);
            return;
        }
        pendingGasFunds[sender] = 0;
        if (cost > funded) cost = funded; // allowance >= maxCost, so only the postOp margin can fall short
        uint256 refund = funded - cost;
        emit GasRepaid(sender, userOpHash, cost, refund);
        entryPoint.depositTo{value: cost}(address(this));
        if (refund != 0) {
            // A plain transfer with a small stipend; an account that will not take it gets
            // the refund as its EntryPoint deposit instead.
            (bool ok,) = payable(sender).call{value: refund, gas: 30_000}("");
            if (!ok) entryPoint.depositTo{value: refund}(sender);
        }
    }

    /// @dev Reads execute(address, uint256, bytes) calldata in place; anything malformed is
    ///      an UnsupportedCall.
    function _decodeExecute(bytes calldata cd)
        private
        pure
        returns (address target, uint256 value, bytes calldata inner)
    {
        if (cd.length < 100 || bytes4(cd[:4]) != BaseAccount.execute.selector) {
            revert UnsupportedCall(cd.length < 4 ? bytes4(0) : bytes4(cd[:4]));
        }
        uint256 word = uint256(bytes32(cd[4:36]));
        if (word >> 160 != 0) revert UnsupportedCall(bytes4(cd[:4]));
        target = address(uint160(word));
        value = uint256(bytes32(cd[36:68]));
        uint256 offset = uint256(bytes32(cd[68:100]));
        if (offset > cd.length - 36) revert UnsupportedCall(bytes4(cd[:4]));
        uint256 start = 4 + offset + 32;
        uint256 len = uint256(bytes32(cd[start - 32:start]));
        if (len > cd.length - start) revert UnsupportedCall(bytes4(cd[:4]));
        inner = cd[start:start + len];
    }
}
