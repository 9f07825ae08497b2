// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuardTransient as ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IPurchaseRefunder} from "./IPurchaseRefunder.sol";
import {DPNAccount} from "./DPNAccount.sol";

/// @notice What ComputeCredits asks of the paymaster it reimburses.
interface IGasFundReceiver {
    /// @notice Receives the ETH `buyer` set aside for the gas of its current UserOperation.
    function fundGas(address buyer) external payable;
}

/// @title ComputeCredits
/// @notice Wallet users buy DPN compute credits with ETH. Each purchase emits
///         CreditsPurchased with a purchaseId unique across chains and deployments; the DPN
///         chain's validators observe the event and credit `dpnAccount` once per purchaseId.
///         Purchases the chain cannot credit come back as ETH refunds in the settlement's
///         batches (refundPurchases).
/// @dev The DPN account is checked for shape only (the "dpn1" prefix, bech32 characters,
///      length); the bech32 checksum is the chain's to verify.
///
///      A refund rides in a settlement batch, whose nonce must land for every later batch to
///      land, so refundPurchases never reverts for a recipient's sake: each refund is pushed
///      with a small gas stipend, and one that is refused, or that the ETH not already owed
///      cannot cover, is owed instead and claimed by its recipient (claimRefund). The owner
///      can never withdraw what is owed.
contract ComputeCredits is Ownable2Step, ReentrancyGuard, IPurchaseRefunder {
    error InvalidDPNAccount();
    error BelowMinimum(uint256 amountWei, uint256 minimumWei);
    error GasAllowanceExceedsValue(uint256 gasAllowance, uint256 value);
    error PaymasterNotSet();
    error PaymasterAlreadySet();
    error ZeroAddress();
    error WithdrawFailed();
    error SettlementAlreadySet();
    /// @notice Only the settlement contract may refund purchases.
    error NotSettlement(address caller);
    error LengthMismatch(uint256 a, uint256 b);
    /// @notice The transaction's gas would not give a refund its whole stipend; the sender
    ///         (the relayer) must supply more, rather than the refund becoming owed.
    error RefundGasTooLow(uint256 gasLeft, uint256 needed);
    error NoRefundOwed(address account);
    /// @notice The contract holds less than the refund claimed (the owner withdrew proceeds
    ///         before the refund was made); fundRefunds puts ETH back.
    error RefundsUnderfunded(uint256 amountWei, uint256 balanceWei);
    error ClaimFailed();
    /// @notice The owner may withdraw only what is not owed as refunds.
    error WithdrawExceedsFree(uint256 amountWei, uint256 freeWei);

    /// @notice `buyer` paid `amountWei` for credits to `dpnAccount`; credit once per purchaseId.
    /// @param gasPaidWei ETH of the same payment that went to the paymaster for gas (not credited)
    event CreditsPurchased(
        address indexed buyer,
        string dpnAccount,
        uint256 amountWei,
        bytes32 indexed purchaseId,
        uint256 purchaseNonce,
        uint256 gasPaidWei
    );
    event PaymasterSet(address indexed paymaster);
    event Withdrawn(address indexed to, uint256 amountWei);
    event SettlementSet(address indexed settlement);
    /// @notice A batch's refund of `amountWei` reached `to`.
    event PurchaseRefunded(address indexed to, uint256 amountWei);
    /// @notice A batch's refund of `amountWei` could not be paid now and is owed to `to`,
    ///         who is owed `owedWei` in all (claimRefund).
    event RefundOwed(address indexed to, uint256 amountWei, uint256 owedWei);
    /// @notice `account` claimed the `amountWei` it was owed, paid to `to`.
    event RefundClaimed(address indexed account, address indexed to, uint256 amountWei);
    /// @notice `from` added `amountWei` for refunds (fundRefunds), not a purchase.
    event RefundsFunded(address indexed from, uint256 amountWei);

    /// @notice Gas a pushed refund may use (plus the EVM's 2,300 stipend for a value
    ///         transfer): enough for a smart account's receive, and what a recipient that
    ///         burns it all can add to the batch's cost.
    uint256 public constant REFUND_GAS = 10_000;
    /// @notice Gas a push needs in hand so that the recipient gets all of REFUND_GAS: the
    ///         stipend after EIP-150's 1/64 rule plus the call's own cost (value to a cold,
    ///         empty account: 36,600).
    uint256 public constant REFUND_GAS_RESERVE = 50_000;

    /// @notice Smallest purchase accepted, in wei (after gas). Immutable so that the
    ///         paymaster may read it during validation without touching storage.
    uint256 public immutable minPurchaseWei;
    /// @notice The paymaster that buySponsored reimburses.
    address public paymaster;
    /// @notice Number of purchases so far; the next purchase gets nonce + 1.
    uint256 public purchaseNonce;
    /// @notice The DPNSettlement whose batches refund purchases; set once.
    address public settlement;
    /// @notice Refunds owed to each recipient, claimable with claimRefund.
    mapping(address recipient => uint256) public refundOwed;
    /// @notice Sum of refundOwed, which withdraw may never touch.
    uint256 public totalRefundOwed;

    /// @param owner_ may withdraw the proceeds and set the paymaster
    /// @param minPurchaseWei_ smallest purchase accepted
    constructor(address owner_, uint256 minPurchaseWei_) Ownable(owner_) {
        minPurchaseWei = minPurchaseWei_;
    }

    /// @notice Sets the paymaster once.
    function setPaymaster(address paymaster_) external onlyOwner {
        if (paymaster != address(0)) revert PaymasterAlreadySet();
        if (paymaster_ == address(0)) revert ZeroAddress();
        paymaster = paymaster_;
        emit PaymasterSet(paymaster_);
    }

    /// @notice Sets, once, the settlement contract whose batches refund purchases. Its
    ///         setCredits checks that this points back at it.
    /// @param settlement_ the DPNSettlement
    function setSettlement(address settlement_) external onlyOwner {
        if (settlement != address(0)) revert SettlementAlreadySet();
        if (settlement_ == address(0)) revert ZeroAddress();
        settlement = settlement_;
        emit SettlementSet(settlement_);
    }

    /// @notice Buys credits for `dpnAccount` with all the ETH sent.
    /// @return purchaseId the id the chain credits once
    function buy(string calldata dpnAccount) external payable returns (bytes32 purchaseId) {
        return _buy(dpnAccount, msg.value, 0);
    }

    /// @notice Buys credits with the ETH sent minus `gasAllowance`, which goes to the
    ///         paymaster to pay for this UserOperation's gas (the unused part is refunded
    ///         by the paymaster after the operation).
    /// @return purchaseId the id the chain credits once
    function buySponsored(string calldata dpnAccount, uint256 gasAllowance)
        external
        payable
        nonReentrant
        returns (bytes32 purchaseId)
    {
        address pm = paymaster;
        if (pm == address(0)) revert PaymasterNotSet();
        if (gasAllowance >= msg.value) revert GasAllowanceExceedsValue(gasAllowance, msg.value);
        purchaseId = _buy(dpnAccount, msg.value - gasAllowance, gasAllowance);
        IGasFundReceiver(pm).fundGas{value: gasAllowance}(msg.sender);
    }

    function _buy(string calldata dpnAccount, uint256 amount, uint256 gasPaid) internal returns (bytes32 purchaseId) {
        if (!isValidDPNAccount(dpnAccount)) revert InvalidDPNAccount();
        if (amount < minPurchaseWei) revert BelowMinimum(amount, minPurchaseWei);
        uint256 n = ++purchaseNonce;
        purchaseId = keccak256(abi.encode(block.chainid, address(this), n));
        emit CreditsPurchased(msg.sender, dpnAccount, amount, purchaseId, n, gasPaid);
    }

    /// @notice Whether `account` has the shape of a DPN account: "dpn1" followed by 38 to 86
    ///         bech32 data characters.
    function isValidDPNAccount(string calldata account) public pure returns (bool) {
        return DPNAccount.isValid(bytes(account));
    }

    // ---------------------------------------------------------------- refunds

    /// @notice Refunds `amountWei[i]` to `to[i]` for every i, for purchases the DPN chain
    ///         could not credit. Settlement only (from submitBatch).
    /// @dev Each refund is pushed with REFUND_GAS and without copying what the recipient
    ///      returns, so a recipient that reverts, burns its gas or returns a large payload
    ///      costs the batch a bounded amount and cannot make it revert. A
    ///      refund is owed instead (RefundOwed) when the push fails or the ETH not already
    ///      owed is short of it; otherwise PurchaseRefunded. The only reverts are the
    ///      caller's own doing: not the settlement, mismatched lengths, or a transaction
    ///      given too little gas for a push (RefundGasTooLow).
    /// @param to the buyers to refund
    /// @param amountWei what each gets back
    function refundPurchases(address[] calldata to, uint256[] calldata amountWei) external nonReentrant {
        if (msg.sender != settlement || msg.sender == address(0)) revert NotSettlement(msg.sender);
        if (to.length != amountWei.length) revert LengthMismatch(to.length, amountWei.length);
        for (uint256 i = 0; i < to.length; ++i) {
            address recipient = to[i];
            uint256 amount = amountWei[i];
            bool paid;
            if (amount <= withdrawable()) {
                // Without the whole stipend, a push that fails for want of gas would become
                // owed at the sender's choice; a too-small gas limit reverts instead.
                if (gasleft() < REFUND_GAS_RESERVE) revert RefundGasTooLow(gasleft(), REFUND_GAS_RESERVE);
                assembly ("memory-safe") {
                    paid := call(REFUND_GAS, recipient, amount, 0, 0, 0, 0)
                }
            }
            if (paid) {
                emit PurchaseRefunded(recipient, amount);
            } else {
                uint256 owed = refundOwed[recipient] + amount;
                refundOwed[recipient] = owed;
                totalRefundOwed += amount;
                emit RefundOwed(recipient, amount, owed);
            }
        }
    }

    /// @notice Pays the caller every refund it is owed.
    function claimRefund() external nonReentrant {
        _claimRefund(payable(msg.sender));
    }

    /// @notice Pays every refund the caller is owed to `to`: for a recipient that cannot take
    ///         ETH itself (the reason its refund was owed).
    /// @param to where the ETH goes
    function claimRefundTo(address payable to) external nonReentrant {
        _claimRefund(to);
    }

    function _claimRefund(address payable to) internal {
        if (to == address(0)) revert ZeroAddress();
        uint256 amount = refundOwed[msg.sender];
        if (amount == 0) revert NoRefundOwed(msg.sender);
        if (amount > address(this).balance) revert RefundsUnderfunded(amount, address(this).balance);
        refundOwed[msg.sender] = 0;
        totalRefundOwed -= amount;
        emit RefundClaimed(msg.sender, to, amount);
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert ClaimFailed();
    }

    /// @notice Adds ETH for refunds without buying credits: how the owner puts back proceeds
    ///         it withdrew before refunds owed were made (anyone may).
    function fundRefunds() external payable {
        emit RefundsFunded(msg.sender, msg.value);
    }

    /// @notice ETH the owner may withdraw: the balance less the refunds owed.
    function withdrawable() public view returns (uint256) {
        uint256 balance = address(this).balance;
        uint256 owed = totalRefundOwed;
        return balance > owed ? balance - owed : 0;
    }

    /// @notice Sends `amountWei` of the proceeds to `to`; never ETH owed as refunds.
    function withdraw(address payable to, uint256 amountWei) external onlyOwner nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        uint256 free = withdrawable();
        if (amountWei > free) revert WithdrawExceedsFree(amountWei, free);
        emit Withdrawn(to, amountWei);
        (bool ok,) = to.call{value: amountWei}("");
        if (!ok) revert WithdrawFailed();
    }
}
