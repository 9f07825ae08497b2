// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuardTransient as ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @notice What ComputeCredits asks of the paymaster it reimburses.
interface IGasFundReceiver {
    /// @notice Receives the ETH `buyer` set aside for the gas of its current UserOperation.
    function fundGas(address buyer) external payable;
}

/// @title ComputeCredits
/// @notice Wallet users buy DPN compute credits with ETH. Each purchase emits
///         CreditsPurchased with a purchaseId unique across chains and deployments; the DPN
///         chain's validators observe the event and credit `dpnAccount` once per purchaseId.
/// @dev The DPN account is checked for shape only (the "dpn1" prefix, bech32 characters,
///      length); the bech32 checksum is the chain's to verify.
contract ComputeCredits is Ownable2Step, ReentrancyGuard {
    error InvalidDPNAccount();
    error BelowMinimum(uint256 amountWei, uint256 minimumWei);
    error GasAllowanceExceedsValue(uint256 gasAllowance, uint256 value);
    error PaymasterNotSet();
    error PaymasterAlreadySet();
    error ZeroAddress();
    error WithdrawFailed();

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

    /// @notice Smallest purchase accepted, in wei (after gas). Immutable so that the
    ///         paymaster may read it during validation without touching storage.
    uint256 public immutable minPurchaseWei;
    /// @notice The paymaster that buySponsored reimburses.
    address public paymaster;
    /// @notice Number of purchases so far; the next purchase gets nonce + 1.
    uint256 public purchaseNonce;

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
        bytes calldata b = bytes(account);
        if (b.length < 42 || b.length > 90) return false;
        if (b[0] != "d" || b[1] != "p" || b[2] != "n" || b[3] != "1") return false;
        for (uint256 i = 4; i < b.length; ++i) {
            bytes1 c = b[i];
            bool digit = c >= "0" && c <= "9" && c != "1";
            bool lower = c >= "a" && c <= "z" && c != "b" && c != "i" && c != "o";
            if (!digit && !lower) return false;
        }
        return true;
    }

    /// @notice Sends `amountWei` of the proceeds to `to`.
    function withdraw(address payable to, uint256 amountWei) external onlyOwner nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        emit Withdrawn(to, amountWei);
        (bool ok,) = to.call{value: amountWei}("");
        if (!ok) revert WithdrawFailed();
    }
}
