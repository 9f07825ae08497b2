// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IKYCRegistry} from "./IKYCRegistry.sol";

/// @dev What setSettlement asks of the settlement it is given.
interface IDPNTokenSettlement {
    function token() external view returns (address);
}

/// @title DPNToken
/// @notice DPN on an L2 as an ERC-1400 security token: ERC-1410 partitions with per-partition
///         operators, ERC-1594 issuance/redemption and transfer validation, ERC-1643 documents,
///         ERC-1644 controller operations, ERC-20 compatibility on the default partition, and
///         ERC-1066 status codes. Only the settlement contract issues. A partition may require
///         every holder that receives or sends it to pass the KYC registry.
/// @dev A holder's total balance is the sum over its partitions (at most MAX_PARTITIONS exist),
///      so an issuance writes one balance slot per record; this keeps batch settlement cheap.
///
///      The owner's powers (controllers, partitions, the default partition, the KYC registry,
///      documents) can move or freeze holders' DPN, so they take effect only after a public
///      delay: the owner must be a timelock (OpenZeppelin's TimelockController) whose
///      getMinDelay() is at least MIN_OWNER_DELAY. This is checked when ownership is given
///      and again on every owner call, so a timelock that later lowers its delay loses the
///      powers rather than making them immediate. Controllers act only on the partitions they
///      were given, named in each call, never through the default-partition pointer.
///
///      Every redemption is also a release on the DPN chain: it emits RedeemedToDPN with the
///      next redemption nonce, which the chain applies in order (see the event).
contract DPNToken is Ownable2Step {
    // ---------------------------------------------------------------- ERC-1066 status codes
    bytes1 public constant TRANSFER_FAILURE = 0x50;
    bytes1 public constant TRANSFER_SUCCESS = 0x51;
    bytes1 public constant INSUFFICIENT_BALANCE = 0x52;
    bytes1 public constant INSUFFICIENT_ALLOWANCE = 0x53;
    bytes1 public constant TRANSFERS_HALTED = 0x54;
    bytes1 public constant FUNDS_LOCKED = 0x55;
    bytes1 public constant INVALID_SENDER = 0x56;
    bytes1 public constant INVALID_RECEIVER = 0x57;
    bytes1 public constant INVALID_OPERATOR = 0x58;

    bytes32 private constant R_OK = "OK";
    bytes32 private constant R_UNKNOWN_PARTITION = "UNKNOWN_PARTITION";
    bytes32 private constant R_ZERO_SENDER = "ZERO_SENDER";
    bytes32 private constant R_ZERO_RECEIVER = "ZERO_RECEIVER";
    bytes32 private constant R_BALANCE = "INSUFFICIENT_BALANCE";
    bytes32 private constant R_ALLOWANCE = "INSUFFICIENT_ALLOWANCE";
    bytes32 private constant R_SENDER_KYC = "SENDER_NOT_KYC";
    bytes32 private constant R_RECEIVER_KYC = "RECEIVER_NOT_KYC";
    bytes32 private constant R_OPERATOR = "NOT_OPERATOR";

    /// @notice Upper bound on the number of partitions, so that balanceOf stays bounded.
    uint256 public constant MAX_PARTITIONS = 16;

    /// @notice The least delay the owner must impose on its own calls.
    uint256 public constant MIN_OWNER_DELAY = 2 days;

    // ---------------------------------------------------------------- errors
    /// @notice A transfer, issuance or redemption was refused; `code` is its ERC-1066 status.
    error TransferRejected(bytes1 code, bytes32 reason);
    /// @notice Only the settlement contract may issue.
    error NotIssuer(address caller);
    /// @notice Only a controller of the partition may call this, and only while the token is
    ///         controllable.
    error NotController(address caller, bytes32 partition);
    /// @notice `owner` does not report a getMinDelay() of at least MIN_OWNER_DELAY.
    error OwnerNotTimelocked(address owner, uint256 minDelay);
    /// @notice Only the deployer wires the settlement contract.
    error NotDeployer(address caller);
    /// @notice The settlement contract does not issue this token.
    error SettlementTokenMismatch(address settlement, address token);
    /// @notice Issuance was finalized; nothing more can be issued.
    error IssuanceClosed();
    /// @notice The settlement contract can be set once, to a non-zero address.
    error SettlementAlreadySet();
    error ZeroAddress();
    /// @notice Partition `partition` exists already, or MAX_PARTITIONS was reached.
    error PartitionExists(bytes32 partition);
    error TooManyPartitions();
    error UnknownPartition(bytes32 partition);
    error LengthMismatch(uint256 a, uint256 b);
    error UnknownDocument(bytes32 name);
    error EmptyDocumentName();
    error SelfOperator();

    // ---------------------------------------------------------------- events
    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);
    event TransferByPartition(
        bytes32 indexed fromPartition,
        address operator,
        address indexed from,
        address indexed to,
        uint256 value,
        bytes data,
        bytes operatorData
    );
    event AuthorizedOperator(address indexed operator, address indexed tokenHolder);
    event RevokedOperator(address indexed operator, address indexed tokenHolder);
    event AuthorizedOperatorByPartition(
        bytes32 indexed partition, address indexed operator, address indexed tokenHolder
    );
    event RevokedOperatorByPartition(bytes32 indexed partition, address indexed operator, address indexed tokenHolder);
    event Issued(address indexed operator, address indexed to, uint256 value, bytes data);
    event IssuedByPartition(
        bytes32 indexed partition, address indexed operator, address indexed to, uint256 value, bytes data, bytes operatorData
    );
    /// @notice One batch issuance by the settlement contract; each record also emits Transfer.
    event BatchIssued(bytes32 indexed partition, uint256 records, uint256 total);
    event Redeemed(address indexed operator, address indexed from, uint256 value, bytes data);
    event RedeemedByPartition(
        bytes32 indexed partition, address indexed operator, address indexed from, uint256 value, bytes operatorData
    );
    /// @notice `value` of `partition` left `from` for the DPN chain, which watches this event
    ///         and applies it once, in nonce order (1, 2, ... with no gap): it releases
    ///         floor(value / 10^12) udpn from its escrow to the account `dpnAccount` names,
    ///         a bech32 DPN address as a UTF-8 string ("dpn1..."). What is below 10^12 (one
    ///         udpn) is burnt without a release. If `dpnAccount` is not a DPN account, the chain
    ///         re-issues those udpn as DPN to `from` on this L2 in a later batch.
    /// @param nonce redemptionNonce after this redemption
    /// @param dpnAccount the holder's `data` when the holder redeems, the `operatorData` when an
    ///        operator or a controller does
    event RedeemedToDPN(
        uint256 indexed nonce, bytes32 indexed partition, address indexed from, uint256 value, bytes dpnAccount
    );
    event DocumentUpdated(bytes32 indexed name, string uri, bytes32 documentHash);
    event DocumentRemoved(bytes32 indexed name, string uri, bytes32 documentHash);
    event ControllerTransfer(
        address controller, address indexed from, address indexed to, uint256 value, bytes data, bytes operatorData
    );
    event ControllerRedemption(
        address controller, address indexed tokenHolder, uint256 value, bytes data, bytes operatorData
    );
    event ControllerSet(bytes32 indexed partition, address indexed controller, bool enabled);
    event ControlRenounced();
    event IssuanceFinalized();
    event SettlementSet(address indexed settlement);
    event PartitionConfigured(bytes32 indexed partition, bool kycRequired);
    event DefaultPartitionSet(bytes32 indexed partition);
    event KYCRegistrySet(address indexed registry);

    // ---------------------------------------------------------------- state
    struct PartitionConfig {
        bool exists;
        bool kycRequired;
        uint8 index; // position in _partitionList, the holder bitmap's bit
    }

    struct Document {
        string uri;
        bytes32 documentHash;
        uint256 lastModified;
        uint256 index; // 1-based position in _documentNames
    }

    string public name;
    string public symbol;
    uint8 public constant decimals = 18;

    /// @notice The only address allowed to issue (DPNSettlement).
    address public settlement;
    /// @notice The account that deployed the token; it may set the settlement, once.
    address public immutable deployer;
    IKYCRegistry public kycRegistry;
    /// @notice The partition that ERC-20 and partition-less ERC-1594 calls act on.
    bytes32 public defaultPartition;
    // These four share one slot: an issuance reads issuanceFinalized and writes the supply,
    // a redemption writes the supply and the nonce (a controller's also reads
    // controlRenounced), so none of them touches a second slot for it. No supply nears
    // 2^176 units (10^34 DPN).
    bool public issuanceFinalized;
    bool public controlRenounced;
    uint176 private _totalSupply;
    uint64 private _redemptionNonce;
    mapping(bytes32 partition => uint256) public totalSupplyByPartition;
    mapping(bytes32 partition => PartitionConfig) public partitionConfig;
    bytes32[] private _partitionList;

    mapping(address holder => mapping(bytes32 partition => uint256)) private _balances;
    /// @dev Bit i set: the holder has (or had) a balance in _partitionList[i]. One slot per
    ///      holder instead of an array keeps a first issuance to a new holder cheap.
    mapping(address holder => uint256 bits) private _holderPartitions;
    mapping(address holder => mapping(address spender => uint256)) private _allowances;
    mapping(address holder => mapping(address operator => bool)) private _operators;
    mapping(address holder => mapping(bytes32 partition => mapping(address operator => bool))) private
        _partitionOperators;
    mapping(bytes32 partition => mapping(address controller => bool)) public isController;

    mapping(bytes32 name => Document) private _documents;
    bytes32[] private _documentNames;

    /// @param name_ ERC-20 name
    /// @param symbol_ ERC-20 symbol
    /// @param owner_ administrator (partitions, documents, controllers, KYC registry): a
    ///        timelock with getMinDelay() >= MIN_OWNER_DELAY
    /// @param registry the KYC registry consulted for partitions that require KYC
    /// @param partitions_ the partitions the settlement issues into, created now so that no
    ///        owner call is needed before the first batch; partitions_[0] is the default
    ///        partition (what ERC-20 transfers act on)
    /// @param kycRequired_ for each partition, whether its holders must pass the registry
    constructor(
        string memory name_,
        string memory symbol_,
        address owner_,
        IKYCRegistry registry,
        bytes32[] memory partitions_,
        bool[] memory kycRequired_
    ) Ownable(owner_) {
        if (partitions_.length == 0) revert UnknownPartition(bytes32(0));
        if (partitions_.length != kycRequired_.length) revert LengthMismatch(partitions_.length, kycRequired_.length);
        name = name_;
        symbol = symbol_;
        deployer = msg.sender;
        kycRegistry = registry;
        for (uint256 i = 0; i < partitions_.length; ++i) {
            _configurePartition(partitions_[i], kycRequired_[i]);
        }
        defaultPartition = partitions_[0];
        emit KYCRegistrySet(address(registry));
        emit DefaultPartitionSet(partitions_[0]);
    }

    // ---------------------------------------------------------------- ownership

    /// @dev Every owner call also checks the owner's delay (see the contract's notes).
    function _checkOwner() internal view override {
        super._checkOwner();
        _requireTimelocked(owner());
    }

    /// @notice Starts handing ownership to `newOwner`, which must be a timelock with
    ///         getMinDelay() >= MIN_OWNER_DELAY (address 0 cancels a pending transfer).
    function transferOwnership(address newOwner) public override onlyOwner {
        if (newOwner != address(0)) _requireTimelocked(newOwner);
        super.transferOwnership(newOwner);
    }

    /// @dev Covers the constructor and acceptOwnership; renouncing (address 0) stays possible.
    function _transferOwnership(address newOwner) internal override {
        if (newOwner != address(0)) _requireTimelocked(newOwner);
        super._transferOwnership(newOwner);
    }

    function _requireTimelocked(address account) internal view {
        uint256 delay;
        (bool ok, bytes memory ret) = account.staticcall(abi.encodeCall(TimelockController.getMinDelay, ()));
        if (ok && ret.length >= 32) delay = abi.decode(ret, (uint256));
        if (delay < MIN_OWNER_DELAY) revert OwnerNotTimelocked(account, delay);
    }

    // ---------------------------------------------------------------- administration

    /// @notice Sets the settlement contract, the only issuer. The deployer's one call, kept
    ///         immediate: nothing exists to take before it, and nobody can change it after.
    /// @param settlement_ a DPNSettlement whose token() is this token
    function setSettlement(address settlement_) external {
        if (msg.sender != deployer) revert NotDeployer(msg.sender);
        if (settlement != address(0)) revert SettlementAlreadySet();
        if (settlement_ == address(0)) revert ZeroAddress();
        address issues;
        (bool ok, bytes memory ret) = settlement_.staticcall(abi.encodeCall(IDPNTokenSettlement.token, ()));
        if (ok && ret.length >= 32) issues = abi.decode(ret, (address));
        if (issues != address(this)) revert SettlementTokenMismatch(settlement_, issues);
        settlement = settlement_;
        emit SettlementSet(settlement_);
    }

    /// @notice Creates a partition. Owner (timelock) only.
    /// @param partition its name
    /// @param kycRequired whether its senders and receivers must pass the KYC registry
    function addPartition(bytes32 partition, bool kycRequired) external onlyOwner {
        _configurePartition(partition, kycRequired);
    }

    /// @notice Changes whether an existing partition requires KYC. Owner (timelock) only.
    /// @param partition an existing partition
    /// @param kycRequired whether its senders and receivers must pass the KYC registry
    function setPartitionKYC(bytes32 partition, bool kycRequired) external onlyOwner {
        if (!partitionConfig[partition].exists) revert UnknownPartition(partition);
        partitionConfig[partition].kycRequired = kycRequired;
        emit PartitionConfigured(partition, kycRequired);
    }

    /// @notice Sets the partition that ERC-20 and partition-less ERC-1594 calls act on.
    ///         Owner (timelock) only; it gives controllers nothing.
    /// @param partition an existing partition
    function setDefaultPartition(bytes32 partition) external onlyOwner {
        if (!partitionConfig[partition].exists) revert UnknownPartition(partition);
        defaultPartition = partition;
        emit DefaultPartitionSet(partition);
    }

    /// @notice Replaces the KYC registry. Owner (timelock) only.
    /// @param registry the new registry
    function setKYCRegistry(IKYCRegistry registry) external onlyOwner {
        if (address(registry) == address(0)) revert ZeroAddress();
        kycRegistry = registry;
        emit KYCRegistrySet(address(registry));
    }

    /// @notice Enables or disables an ERC-1644 controller of one partition. Owner (timelock)
    ///         only.
    /// @param partition an existing partition the controller may act on
    /// @param controller the controller
    /// @param enabled whether it may
    function setController(bytes32 partition, address controller, bool enabled) external onlyOwner {
        if (controller == address(0)) revert ZeroAddress();
        if (!partitionConfig[partition].exists) revert UnknownPartition(partition);
        isController[partition][controller] = enabled;
        emit ControllerSet(partition, controller, enabled);
    }

    /// @notice Gives up controller powers for good (isControllable becomes false). Owner
    ///         (timelock) only.
    function renounceControl() external onlyOwner {
        controlRenounced = true;
        emit ControlRenounced();
    }

    /// @notice Ends issuance for good (isIssuable becomes false). Settlement only: it calls
    ///         this when the DPN chain's validators retire it, which they may only do once no
    ///         batch or claim is left open.
    function finalizeIssuance() external {
        _requireIssuer();
        issuanceFinalized = true;
        emit IssuanceFinalized();
    }

    function _configurePartition(bytes32 partition, bool kycRequired) internal {
        if (partitionConfig[partition].exists) revert PartitionExists(partition);
        if (_partitionList.length >= MAX_PARTITIONS) revert TooManyPartitions();
        partitionConfig[partition] =
            PartitionConfig({exists: true, kycRequired: kycRequired, index: uint8(_partitionList.length)});
        _partitionList.push(partition);
        emit PartitionConfigured(partition, kycRequired);
    }

    /// @notice All partitions of the token.
    function allPartitions() external view returns (bytes32[] memory) {
        return _partitionList;
    }

    // ---------------------------------------------------------------- ERC-20

    /// @notice Total balance of `holder` over all its partitions.
    function balanceOf(address holder) public view returns (uint256 total) {
        uint256 bits = _holderPartitions[holder];
        for (uint256 i = 0; bits != 0; ++i) {
            if (bits & 1 != 0) total += _balances[holder][_partitionList[i]];
            bits >>= 1;
        }
    }

    /// @notice ERC-20 allowance, spendable on the default partition.
    function allowance(address holder, address spender) external view returns (uint256) {
        return _allowances[holder][spender];
    }

    /// @notice ERC-20 approve.
    function approve(address spender, uint256 value) external returns (bool) {
        if (spender == address(0)) revert ZeroAddress();
        _allowances[msg.sender][spender] = value;
        emit Approval(msg.sender, spender, value);
        return true;
    }

    /// @notice ERC-20 transfer from the default partition.
    function transfer(address to, uint256 value) external returns (bool) {
        _transferByPartition(defaultPartition, msg.sender, msg.sender, to, value, "", "");
        return true;
    }

    /// @notice ERC-20 transferFrom on the default partition; spends allowance.
    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        _spendAllowance(from, value);
        _transferByPartition(defaultPartition, msg.sender, from, to, value, "", "");
        return true;
    }

    function _spendAllowance(address from, uint256 value) internal {
        uint256 allowed = _allowances[from][msg.sender];
        if (allowed < value) revert TransferRejected(INSUFFICIENT_ALLOWANCE, R_ALLOWANCE);
        if (allowed != type(uint256).max) {
            _allowances[from][msg.sender] = allowed - value;
            emit Approval(from, msg.sender, allowed - value);
        }
    }

    // ---------------------------------------------------------------- ERC-1410

    /// @notice Balance of `holder` in `partition`.
    function balanceOfByPartition(bytes32 partition, address holder) external view returns (uint256) {
        return _balances[holder][partition];
    }

    /// @notice Partitions in which `holder` has (or had) a balance.
    function partitionsOf(address holder) external view returns (bytes32[] memory parts) {
        uint256 bits = _holderPartitions[holder];
        uint256 n;
        for (uint256 b = bits; b != 0; b >>= 1) {
            if (b & 1 != 0) ++n;
        }
        parts = new bytes32[](n);
        n = 0;
        for (uint256 i = 0; bits != 0; ++i) {
            if (bits & 1 != 0) parts[n++] = _partitionList[i];
            bits >>= 1;
        }
    }

    /// @notice Transfers `value` of `partition` from the caller to `to`.
    /// @return the destination partition (always `partition`)
    function transferByPartition(bytes32 partition, address to, uint256 value, bytes calldata data)
        external
        returns (bytes32)
    {
        _transferByPartition(partition, msg.sender, msg.sender, to, value, data, "");
        return partition;
    }

    /// @notice Transfers `value` of `partition` from `from` to `to` as an operator of `from`.
    function operatorTransferByPartition(
        bytes32 partition,
        address from,
        address to,
        uint256 value,
        bytes calldata data,
        bytes calldata operatorData
    ) external returns (bytes32) {
        if (!isOperatorForPartition(partition, msg.sender, from)) {
            revert TransferRejected(INVALID_OPERATOR, R_OPERATOR);
        }
        _transferByPartition(partition, msg.sender, from, to, value, data, operatorData);
        return partition;
    }

    /// @notice Whether `operator` may move all of `holder`'s partitions.
    function isOperator(address operator, address holder) public view returns (bool) {
        return operator == holder || _operators[holder][operator];
    }

    /// @notice Whether `operator` may move `holder`'s balance in `partition`.
    function isOperatorForPartition(bytes32 partition, address operator, address holder) public view returns (bool) {
        return isOperator(operator, holder) || _partitionOperators[holder][partition][operator];
    }

    /// @notice Lets `operator` move all of the caller's partitions.
    function authorizeOperator(address operator) external {
        if (operator == msg.sender) revert SelfOperator();
        _operators[msg.sender][operator] = true;
        emit AuthorizedOperator(operator, msg.sender);
    }

    /// @notice Revokes an operator of all partitions.
    function revokeOperator(address operator) external {
        _operators[msg.sender][operator] = false;
        emit RevokedOperator(operator, msg.sender);
    }

    /// @notice Lets `operator` move the caller's balance in `partition`.
    function authorizeOperatorByPartition(bytes32 partition, address operator) external {
        if (operator == msg.sender) revert SelfOperator();
        _partitionOperators[msg.sender][partition][operator] = true;
        emit AuthorizedOperatorByPartition(partition, operator, msg.sender);
    }

    /// @notice Revokes an operator of one partition.
    function revokeOperatorByPartition(bytes32 partition, address operator) external {
        _partitionOperators[msg.sender][partition][operator] = false;
        emit RevokedOperatorByPartition(partition, operator, msg.sender);
    }

    // ---------------------------------------------------------------- ERC-1594

    /// @notice Whether the token can still be issued.
    function isIssuable() external view returns (bool) {
        return !issuanceFinalized;
    }

    /// @notice Issues `value` of the default partition to `to`. Settlement only.
    function issue(address to, uint256 value, bytes calldata data) external {
        _requireIssuer();
        bytes32 partition = defaultPartition;
        _issue(partition, to, value);
        _addSupply(value);
        totalSupplyByPartition[partition] += value;
        emit Issued(msg.sender, to, value, data);
    }

    /// @notice Issues `value` of `partition` to `to`. Settlement only.
    function issueByPartition(bytes32 partition, address to, uint256 value, bytes calldata data) external {
        _requireIssuer();
        _issue(partition, to, value);
        _addSupply(value);
        totalSupplyByPartition[partition] += value;
        emit IssuedByPartition(partition, msg.sender, to, value, data, "");
    }

    /// @notice Issues `values[i]` of `partition` to `to[i]` for every i. Settlement only.
    /// @dev The settlement contract's batch path: one supply update, one Transfer per record.
    /// @return total the sum issued
    function issueBatchByPartition(bytes32 partition, address[] calldata to, uint256[] calldata values)
        external
        returns (uint256 total)
    {
        _requireIssuer();
        if (to.length != values.length) revert LengthMismatch(to.length, values.length);
        PartitionConfig memory cfg = partitionConfig[partition];
        for (uint256 i = 0; i < to.length; ++i) {
            _issueChecked(cfg, partition, to[i], values[i]);
            total += values[i];
        }
        _addSupply(total);
        totalSupplyByPartition[partition] += total;
        emit BatchIssued(partition, to.length, total);
    }

    function _addSupply(uint256 value) internal {
        _totalSupply = SafeCast.toUint176(uint256(_totalSupply) + value);
    }

    function _requireIssuer() internal view {
        if (msg.sender != settlement || msg.sender == address(0)) revert NotIssuer(msg.sender);
        if (issuanceFinalized) revert IssuanceClosed();
    }

    function _issue(bytes32 partition, address to, uint256 value) internal {
        PartitionConfig memory cfg = partitionConfig[partition];
        _issueChecked(cfg, partition, to, value);
    }

    function _issueChecked(PartitionConfig memory cfg, bytes32 partition, address to, uint256 value) internal {
        if (!cfg.exists) revert TransferRejected(TRANSFER_FAILURE, R_UNKNOWN_PARTITION);
        if (to == address(0)) revert TransferRejected(INVALID_RECEIVER, R_ZERO_RECEIVER);
        if (cfg.kycRequired && !kycRegistry.isVerified(to)) {
            revert TransferRejected(INVALID_RECEIVER, R_RECEIVER_KYC);
        }
        _credit(to, partition, cfg.index, value);
        emit Transfer(address(0), to, value);
    }

    /// @notice ERC-20 total supply: the sum over all partitions.
    function totalSupply() external view returns (uint256) {
        return _totalSupply;
    }

    /// @notice Number of redemptions so far; the next RedeemedToDPN carries this + 1.
    function redemptionNonce() external view returns (uint256) {
        return _redemptionNonce;
    }

    /// @notice Redeems (burns) `value` of the caller's default partition; the DPN chain
    ///         releases it to the DPN account `data` names (RedeemedToDPN).
    /// @param value how much
    /// @param data the DPN account, a UTF-8 bech32 string ("dpn1...")
    function redeem(uint256 value, bytes calldata data) external {
        _redeem(defaultPartition, msg.sender, value, data);
        emit Redeemed(msg.sender, msg.sender, value, data);
    }

    /// @notice Redeems `value` of `partition` from the caller; the DPN chain releases it to
    ///         the DPN account `data` names (RedeemedToDPN).
    /// @param partition the partition
    /// @param value how much
    /// @param data the DPN account, a UTF-8 bech32 string ("dpn1...")
    function redeemByPartition(bytes32 partition, uint256 value, bytes calldata data) external {
        _redeem(partition, msg.sender, value, data);
        emit RedeemedByPartition(partition, msg.sender, msg.sender, value, data);
    }

    /// @notice Redeems `value` of `partition` from `holder` as its operator; the DPN chain
    ///         releases it to the DPN account `operatorData` names (RedeemedToDPN).
    /// @param partition the partition
    /// @param holder whose balance is redeemed
    /// @param value how much
    /// @param operatorData the DPN account, a UTF-8 bech32 string ("dpn1...")
    function operatorRedeemByPartition(bytes32 partition, address holder, uint256 value, bytes calldata operatorData)
        external
    {
        if (!isOperatorForPartition(partition, msg.sender, holder)) {
            revert TransferRejected(INVALID_OPERATOR, R_OPERATOR);
        }
        _redeem(partition, holder, value, operatorData);
        emit RedeemedByPartition(partition, msg.sender, holder, value, operatorData);
    }

    /// @dev The one burn path, so that every redemption gets a nonce and a RedeemedToDPN.
    function _redeem(bytes32 partition, address from, uint256 value, bytes calldata dpnAccount) internal {
        uint256 bal = _balances[from][partition];
        if (bal < value) revert TransferRejected(INSUFFICIENT_BALANCE, R_BALANCE);
        uint64 nonce = _redemptionNonce + 1;
        unchecked {
            _balances[from][partition] = bal - value;
            // value <= bal <= the supply < 2^176
            _totalSupply -= uint176(value);
            totalSupplyByPartition[partition] -= value;
        }
        _redemptionNonce = nonce;
        emit Transfer(from, address(0), value);
        emit RedeemedToDPN(nonce, partition, from, value, dpnAccount);
    }

    /// @notice Transfer with attached data on the default partition.
    function transferWithData(address to, uint256 value, bytes calldata data) external {
        _transferByPartition(defaultPartition, msg.sender, msg.sender, to, value, data, "");
    }

    /// @notice transferFrom with attached data on the default partition; operators of `from`
    ///         need no allowance, others spend it.
    function transferFromWithData(address from, address to, uint256 value, bytes calldata data) external {
        if (!isOperatorForPartition(defaultPartition, msg.sender, from)) _spendAllowance(from, value);
        _transferByPartition(defaultPartition, msg.sender, from, to, value, data, "");
    }

    /// @notice ERC-1594: would `value` of the default partition move from the caller to `to`?
    /// @return code ERC-1066 status (0x51 success)
    /// @return reason why, as a short string in bytes32
    function canTransfer(address to, uint256 value, bytes calldata) external view returns (bytes1 code, bytes32 reason) {
        return _check(defaultPartition, msg.sender, to, value);
    }

    /// @notice ERC-1594: would `value` of the default partition move from `from` to `to`
    ///         when the caller calls transferFromWithData?
    function canTransferFrom(address from, address to, uint256 value, bytes calldata)
        external
        view
        returns (bytes1 code, bytes32 reason)
    {
        if (!isOperatorForPartition(defaultPartition, msg.sender, from) && _allowances[from][msg.sender] < value) {
            return (INSUFFICIENT_ALLOWANCE, R_ALLOWANCE);
        }
        return _check(defaultPartition, from, to, value);
    }

    /// @notice ERC-1410: would `value` of `partition` move from `from` to `to`?
    /// @return code ERC-1066 status (0x51 success)
    /// @return reason why
    /// @return destinationPartition the partition the value would land in
    function canTransferByPartition(address from, address to, bytes32 partition, uint256 value, bytes calldata)
        external
        view
        returns (bytes1 code, bytes32 reason, bytes32 destinationPartition)
    {
        (code, reason) = _check(partition, from, to, value);
        return (code, reason, partition);
    }

    function _check(bytes32 partition, address from, address to, uint256 value)
        internal
        view
        returns (bytes1, bytes32)
    {
        PartitionConfig memory cfg = partitionConfig[partition];
        if (!cfg.exists) return (TRANSFER_FAILURE, R_UNKNOWN_PARTITION);
        if (from == address(0)) return (INVALID_SENDER, R_ZERO_SENDER);
        if (to == address(0)) return (INVALID_RECEIVER, R_ZERO_RECEIVER);
        if (_balances[from][partition] < value) return (INSUFFICIENT_BALANCE, R_BALANCE);
        if (cfg.kycRequired) {
            if (!kycRegistry.isVerified(from)) return (INVALID_SENDER, R_SENDER_KYC);
            if (!kycRegistry.isVerified(to)) return (INVALID_RECEIVER, R_RECEIVER_KYC);
        }
        return (TRANSFER_SUCCESS, R_OK);
    }

    function _transferByPartition(
        bytes32 partition,
        address operator,
        address from,
        address to,
        uint256 value,
        bytes memory data,
        bytes memory operatorData
    ) internal {
        (bytes1 code, bytes32 reason) = _check(partition, from, to, value);
        if (code != TRANSFER_SUCCESS) revert TransferRejected(code, reason);
        _move(partition, from, to, value);
        emit TransferByPartition(partition, operator, from, to, value, data, operatorData);
    }

    function _move(bytes32 partition, address from, address to, uint256 value) internal {
        unchecked {
            _balances[from][partition] -= value; // checked by caller
        }
        _credit(to, partition, partitionConfig[partition].index, value);
        emit Transfer(from, to, value);
    }

    function _credit(address to, bytes32 partition, uint8 index, uint256 value) internal {
        uint256 bal = _balances[to][partition];
        if (bal == 0) {
            uint256 bits = _holderPartitions[to];
            uint256 bit = 1 << index;
            if (bits & bit == 0) _holderPartitions[to] = bits | bit;
        }
        _balances[to][partition] = bal + value;
    }

    // ---------------------------------------------------------------- ERC-1644

    /// @notice Whether controllers may force transfers and redemptions.
    function isControllable() external view returns (bool) {
        return !controlRenounced;
    }

    // ERC-1644's partition-less controllerTransfer and controllerRedeem are left out on
    // purpose: they would act on whatever the default partition points at.

    /// @notice Forces a transfer of `partition` (court order, lost keys) by one of its
    ///         controllers. Skips the KYC rule but not the balance check.
    /// @param partition the partition the caller controls
    /// @param from the holder
    /// @param to the receiver
    /// @param value how much
    /// @param data attached to the transfer
    /// @param operatorData the controller's reason
    function controllerTransferByPartition(
        bytes32 partition,
        address from,
        address to,
        uint256 value,
        bytes calldata data,
        bytes calldata operatorData
    ) external {
        _requireController(partition);
        if (to == address(0)) revert TransferRejected(INVALID_RECEIVER, R_ZERO_RECEIVER);
        if (_balances[from][partition] < value) revert TransferRejected(INSUFFICIENT_BALANCE, R_BALANCE);
        _move(partition, from, to, value);
        emit TransferByPartition(partition, msg.sender, from, to, value, data, operatorData);
        emit ControllerTransfer(msg.sender, from, to, value, data, operatorData);
    }

    /// @notice Forces a redemption of `partition` by one of its controllers; the DPN chain
    ///         releases it to the DPN account `operatorData` names (RedeemedToDPN).
    /// @param partition the partition the caller controls
    /// @param tokenHolder the holder
    /// @param value how much
    /// @param data attached to the redemption (the controller's reason)
    /// @param operatorData the DPN account, a UTF-8 bech32 string ("dpn1...")
    function controllerRedeemByPartition(
        bytes32 partition,
        address tokenHolder,
        uint256 value,
        bytes calldata data,
        bytes calldata operatorData
    ) external {
        _requireController(partition);
        _redeem(partition, tokenHolder, value, operatorData);
        emit RedeemedByPartition(partition, msg.sender, tokenHolder, value, operatorData);
        emit ControllerRedemption(msg.sender, tokenHolder, value, data, operatorData);
    }

    function _requireController(bytes32 partition) internal view {
        if (controlRenounced || !isController[partition][msg.sender]) revert NotController(msg.sender, partition);
    }

    // ---------------------------------------------------------------- ERC-1643

    /// @notice Attaches or replaces document `docName`. Owner (timelock) only: documents are
    ///         the token's legal terms, so holders get the delay's notice of a change.
    /// @param docName the document's name
    /// @param uri where it is
    /// @param documentHash its content hash
    function setDocument(bytes32 docName, string calldata uri, bytes32 documentHash) external onlyOwner {
        if (docName == bytes32(0)) revert EmptyDocumentName();
        Document storage d = _documents[docName];
        if (d.index == 0) {
            _documentNames.push(docName);
            d.index = _documentNames.length;
        }
        d.uri = uri;
        d.documentHash = documentHash;
        d.lastModified = block.timestamp;
        emit DocumentUpdated(docName, uri, documentHash);
    }

    /// @notice Document `docName`: its URI, content hash and last-modified time.
    function getDocument(bytes32 docName) external view returns (string memory, bytes32, uint256) {
        Document storage d = _documents[docName];
        if (d.index == 0) revert UnknownDocument(docName);
        return (d.uri, d.documentHash, d.lastModified);
    }

    /// @notice Removes document `docName`. Owner (timelock) only.
    /// @param docName the document's name
    function removeDocument(bytes32 docName) external onlyOwner {
        Document storage d = _documents[docName];
        uint256 idx = d.index;
        if (idx == 0) revert UnknownDocument(docName);
        string memory uri = d.uri;
        bytes32 h = d.documentHash;
        uint256 last = _documentNames.length;
        if (idx != last) {
            bytes32 moved = _documentNames[last - 1];
            _documentNames[idx - 1] = moved;
            _documents[moved].index = idx;
        }
        _documentNames.pop();
        delete _documents[docName];
        emit DocumentRemoved(docName, uri, h);
    }

    /// @notice Names of all attached documents.
    function getAllDocuments() external view returns (bytes32[] memory) {
        return _documentNames;
    }
}
