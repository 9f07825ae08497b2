// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {BasePaymaster} from "@account-abstraction/contracts/core/BasePaymaster.sol";
import {IEntryPoint} from "@account-abstraction/contracts/interfaces/IEntryPoint.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {UserOperationLib} from "@account-abstraction/contracts/core/UserOperationLib.sol";
import {BaseAccount} from "@account-abstraction/contracts/core/BaseAccount.sol";
import {ReentrancyGuardTransient as ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {ComputeCredits, IGasFundReceiver} from "./ComputeCredits.sol";
import {DPNAccount} from "./DPNAccount.sol";

/// @title DPNPaymaster
/// @notice An EntryPoint v0.8 paymaster that sponsors exactly one kind of UserOperation: a
///         smart account's `execute(credits, value, buySponsored(dpnAccount, gasAllowance))`.
///         The paymaster's EntryPoint deposit fronts the gas; during execution ComputeCredits
///         forwards `gasAllowance` of the ETH sent to this contract; in postOp the paymaster
///         keeps the actual cost (re-depositing it) and refunds the rest to the account. A user
///         therefore needs nothing but ETH in the account: no EntryPoint deposit, no token.
/// @dev Only accounts whose code hash the owner allows are sponsored, so that `execute` is
///      known to make the call its callData names. postOp settles against the allowance
///      validation approved, whatever the account did: what the operation did not fund
///      becomes the sender's debt, and a sender in debt is refused until it repays (or the
///      owner forgives it). The operation's gas limits are bounded in validation, so postOp
///      always has the gas it needs. Validation reads the sender's ETH balance, which
///      ERC-7562 forbids for public-mempool bundlers: the DPN relayer bundles these
///      operations itself.
contract DPNPaymaster is BasePaymaster, IGasFundReceiver, ReentrancyGuard {
    using UserOperationLib for PackedUserOperation;

    error UnsupportedCall(bytes4 selector);
    error WrongTarget(address target);
    error GasAllowanceTooLow(uint256 gasAllowance, uint256 maxCost);
    error PurchaseTooSmall(uint256 amountWei, uint256 minimumWei);
    error SenderBalanceTooLow(uint256 balance, uint256 value);
    error SenderRefused(address sender, uint256 debtWei);
    error NotCredits(address caller);
    error InvalidDPNAccount();
    error UnknownAccountCode(address sender, bytes32 codeHash);
    error PostOpGasLimitOutOfRange(uint256 limit, uint256 minimum, uint256 maximum);
    error CallGasLimitOutOfRange(uint256 limit, uint256 minimum, uint256 maximum);
    error PreVerificationGasTooHigh(uint256 preVerificationGas, uint256 maximum);
    error InvalidRepayment(uint256 amountWei, uint256 debtWei);
    error NoDebt(address sender);
    error NothingToWithdraw(address buyer);
    error ZeroAddress();
    error WithdrawFailed();

    /// @notice ComputeCredits forwarded `amountWei` for `buyer`'s current operation.
    event GasFunded(address indexed buyer, uint256 amountWei);
    /// @notice The operation's gas was paid from its own ETH; `refundWei` went back (to the
    ///         account, or to its EntryPoint deposit when `refundDeposited`).
    event GasRepaid(
        address indexed sender, bytes32 indexed userOpHash, uint256 costWei, uint256 refundWei, bool refundDeposited
    );
    /// @notice The operation did not fund its gas: `owedWei` of `costWei` is now the sender's
    ///         debt, and the sender is refused until the debt is repaid or forgiven.
    event SponsorshipUnpaid(address indexed sender, bytes32 indexed userOpHash, uint256 costWei, uint256 owedWei);
    /// @notice `payer` repaid `amountWei` of `sender`'s debt; `remainingWei` is left.
    event DebtRepaid(address indexed sender, address indexed payer, uint256 amountWei, uint256 remainingWei);
    /// @notice The owner forgave `sender`'s debt of `amountWei`.
    event DebtForgiven(address indexed sender, uint256 amountWei);
    /// @notice `buyer` withdrew `amountWei` of its pending gas fund to `to`.
    event GasFundWithdrawn(address indexed buyer, address indexed to, uint256 amountWei);
    /// @notice The owner allowed (or disallowed) accounts with code hash `codeHash`.
    event AccountCodeSet(bytes32 indexed codeHash, bool allowed);
    /// @notice The owner set the largest preVerificationGas sponsored.
    event MaxPreVerificationGasSet(uint256 maxPreVerificationGas);

    /// @notice Gas postOp uses when the refund reaches the account (charged on top of the
    ///         EntryPoint's actualGasCost, which does not include postOp).
    uint256 public constant POST_OP_GAS = 45_000;
    /// @notice Extra gas charged when the account refuses the refund: the stipend it may
    ///         burn and the EntryPoint deposit the refund goes to instead.
    uint256 public constant REFUND_FALLBACK_GAS = 65_000;
    /// @notice Gas the refund transfer may use.
    uint256 public constant REFUND_GAS_STIPEND = 30_000;
    /// @notice Smallest paymaster postOp gas limit sponsored: what postOp needs on its
    ///         longest path (refund refused, sent to the EntryPoint deposit).
    uint256 public constant MIN_POST_OP_GAS_LIMIT = POST_OP_GAS + REFUND_FALLBACK_GAS;
    /// @notice Largest paymaster postOp gas limit sponsored.
    uint256 public constant MAX_POST_OP_GAS_LIMIT = 200_000;
    /// @notice Smallest call gas limit sponsored: what execute(buySponsored) needs.
    uint256 public constant MIN_CALL_GAS_LIMIT = 100_000;
    /// @notice Largest call gas limit sponsored.
    uint256 public constant MAX_CALL_GAS_LIMIT = 500_000;
    /// @dev EntryPoint v0.8 charges 10 % of a limit's unused gas above this much.
    uint256 private constant PENALTY_GAS_THRESHOLD = 40_000;

    ComputeCredits public immutable credits;
    /// @notice ETH ComputeCredits forwarded for each buyer, drawn by its sponsored operations.
    mapping(address buyer => uint256) public pendingGasFunds;
    /// @notice What each sender's unfunded operations cost the paymaster; non-zero refuses it.
    mapping(address sender => uint256) public debts;
    /// @notice Code hashes of the accounts sponsored (SimpleAccount proxies, 7702 delegations).
    mapping(bytes32 codeHash => bool) public allowedAccountCode;
    /// @notice Largest preVerificationGas sponsored (room for the L1 data fee L2 bundlers fold in).
    uint256 public maxPreVerificationGas = 1_000_000;

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

    /// @notice Allows (or disallows) sponsoring accounts whose code hash is `codeHash`.
    /// @param codeHash EXTCODEHASH of the account (an ERC-1967 proxy, or a 7702 delegation)
    /// @param allowed whether such accounts are sponsored
    function setAccountCode(bytes32 codeHash, bool allowed) external onlyOwner {
        allowedAccountCode[codeHash] = allowed;
        emit AccountCodeSet(codeHash, allowed);
    }

    /// @notice Sets the largest preVerificationGas sponsored.
    /// @param maxPreVerificationGas_ the new maximum
    function setMaxPreVerificationGas(uint256 maxPreVerificationGas_) external onlyOwner {
        maxPreVerificationGas = maxPreVerificationGas_;
        emit MaxPreVerificationGasSet(maxPreVerificationGas_);
    }

    /// @notice Repays (part of) `sender`'s debt; once it is zero the sender is sponsored again.
    /// @param sender the refused sender; anyone may repay for it
    function repayDebt(address sender) external payable nonReentrant {
        uint256 debt = debts[sender];
        if (msg.value == 0 || msg.value > debt) revert InvalidRepayment(msg.value, debt);
        uint256 remaining = debt - msg.value;
        debts[sender] = remaining;
        emit DebtRepaid(sender, msg.sender, msg.value, remaining);
        entryPoint.depositTo{value: msg.value}(address(this));
    }

    /// @notice Forgives `sender`'s debt, lifting its refusal.
    /// @param sender the refused sender
    function forgiveDebt(address sender) external onlyOwner {
        uint256 debt = debts[sender];
        if (debt == 0) revert NoDebt(sender);
        debts[sender] = 0;
        emit DebtForgiven(sender, debt);
    }

    /// @notice Sends the caller's whole pending gas fund (say, left by a buySponsored called
    ///         outside a sponsored operation) to `to`.
    /// @param to where the ETH goes
    function withdrawGasFund(address payable to) external nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        uint256 amount = pendingGasFunds[msg.sender];
        if (amount == 0) revert NothingToWithdraw(msg.sender);
        pendingGasFunds[msg.sender] = 0;
        emit GasFundWithdrawn(msg.sender, to, amount);
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert WithdrawFailed();
    }

    function _validatePaymasterUserOp(PackedUserOperation calldata userOp, bytes32 userOpHash, uint256 maxCost)
        internal
        view
        override
        returns (bytes memory context, uint256 validationData)
    {
        address sender = userOp.sender;
        if (debts[sender] != 0) revert SenderRefused(sender, debts[sender]);
        // Validation runs after initCode, so a new account's code is in place here.
        if (!allowedAccountCode[sender.codehash]) revert UnknownAccountCode(sender, sender.codehash);
        _checkGasLimits(userOp);
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
        if (!DPNAccount.isValid(inner[strStart:strStart + strLen])) revert InvalidDPNAccount();
        if (gasAllowance < maxCost) revert GasAllowanceTooLow(gasAllowance, maxCost);
        if (value <= gasAllowance || value - gasAllowance < credits.minPurchaseWei()) {
            revert PurchaseTooSmall(value > gasAllowance ? value - gasAllowance : 0, credits.minPurchaseWei());
        }
        if (sender.balance < value) revert SenderBalanceTooLow(sender.balance, value);
        // postOp settles against what was approved here, not against what execution did.
        return (abi.encode(sender, userOpHash, gasAllowance, userOp.unpackPostOpGasLimit()), 0);
    }

    /// @dev Bounds the limits the paymaster's deposit answers for: postOp must have the gas it
    ///      needs (a postOp that runs out reverts, undoing the purchase while the EntryPoint
    ///      still charges the paymaster), and execution and pre-verification may not be
    ///      inflated.
    function _checkGasLimits(PackedUserOperation calldata userOp) private view {
        uint256 postOpGas = userOp.unpackPostOpGasLimit();
        if (postOpGas < MIN_POST_OP_GAS_LIMIT || postOpGas > MAX_POST_OP_GAS_LIMIT) {
            revert PostOpGasLimitOutOfRange(postOpGas, MIN_POST_OP_GAS_LIMIT, MAX_POST_OP_GAS_LIMIT);
        }
        uint256 callGas = userOp.unpackCallGasLimit();
        if (callGas < MIN_CALL_GAS_LIMIT || callGas > MAX_CALL_GAS_LIMIT) {
            revert CallGasLimitOutOfRange(callGas, MIN_CALL_GAS_LIMIT, MAX_CALL_GAS_LIMIT);
        }
        if (userOp.preVerificationGas > maxPreVerificationGas) {
            revert PreVerificationGasTooHigh(userOp.preVerificationGas, maxPreVerificationGas);
        }
    }

    /// @dev Only the EntryPoint reaches this (BasePaymaster.postOp checks it), from inside its
    ///      own non-reentrant handleOps. The operation draws at most its approved allowance
    ///      from the sender's pending gas fund; any other part of that fund stays the sender's.
    function _postOp(PostOpMode, bytes calldata context, uint256 actualGasCost, uint256 actualUserOpFeePerGas)
        internal
        override
    {
        (address sender, bytes32 userOpHash, uint256 allowance, uint256 postOpGasLimit) =
            abi.decode(context, (address, bytes32, uint256, uint256));
        uint256 cost = _capped(actualGasCost + _postOpCharge(postOpGasLimit, false) * actualUserOpFeePerGas, allowance);
        uint256 pending = pendingGasFunds[sender];
        uint256 drawn = pending < allowance ? pending : allowance;
        pendingGasFunds[sender] = pending - drawn;
        if (drawn < cost) {
            uint256 owed = cost - drawn;
            debts[sender] += owed;
            emit SponsorshipUnpaid(sender, userOpHash, cost, owed);
            if (drawn != 0) entryPoint.depositTo{value: drawn}(address(this));
            return;
        }
        uint256 refund = drawn - cost;
        bool deposited;
        if (refund != 0) {
            // A plain transfer with a small stipend; an account that will not take it gets
            // the refund as its EntryPoint deposit instead, less the gas that path costs.
            (bool ok,) = payable(sender).call{value: refund, gas: REFUND_GAS_STIPEND}("");
            if (!ok) {
                deposited = true;
                uint256 full = _capped(
                    actualGasCost + _postOpCharge(postOpGasLimit, true) * actualUserOpFeePerGas, drawn
                );
                refund = drawn - full;
                cost = full;
            }
        }
        emit GasRepaid(sender, userOpHash, cost, refund, deposited);
        entryPoint.depositTo{value: cost}(address(this));
        if (deposited && refund != 0) entryPoint.depositTo{value: refund}(sender);
    }

    /// @dev The gas postOp is charged for: what it uses on the path taken, plus the
    ///      EntryPoint's penalty on the rest of the postOp gas limit.
    function _postOpCharge(uint256 postOpGasLimit, bool refundRefused) private pure returns (uint256 gas) {
        gas = POST_OP_GAS + (refundRefused ? REFUND_FALLBACK_GAS : 0);
        if (postOpGasLimit > gas + PENALTY_GAS_THRESHOLD) gas += (postOpGasLimit - gas) / 10;
    }

    function _capped(uint256 x, uint256 cap) private pure returns (uint256) {
        return x < cap ? x : cap;
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
