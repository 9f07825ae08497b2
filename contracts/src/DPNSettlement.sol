// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ReentrancyGuardTransient as ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IDPNTokenIssuer} from "./IDPNTokenIssuer.sol";
import {IPurchaseRefunder} from "./IPurchaseRefunder.sol";
import {Groth16Verifier} from "./Groth16Verifier.sol";

/// @title DPNSettlement
/// @notice The DPN chain's anchor on an L2. It holds the chain's validator set as a
///         checkpoint (in the manner of Gravity Bridge), accepts valset updates and
///         settlement batches signed by more than 2/3 of the current set's power, issues DPN
///         for a batch's records (pushed directly, or committed as a Merkle root that each
///         recipient claims once), and accepts Groth16 proofs for jobs L2 teams ordered.
///         A signed Retire message ends issuance for good once nothing is left to claim.
/// @dev Signatures are EIP-712 over the domain (name "DPNSettlement", version "1", chain id,
///      this contract). Every signed struct also carries the DPN chain id, so a signature is
///      bound to one L2 chain, one deployment and one DPN chain. The checkpoint is the
///      EIP-712 digest of the current Valset; a new valset is accepted when the current set
///      signs the new set's checkpoint. Batch timeouts are L2 block timestamps (seconds),
///      not block numbers, because L2 block numbers differ in meaning between Optimism and
///      Arbitrum while timestamps do not.
///
///      Batch nonces are strictly sequential (nonce == lastBatchNonce + 1) and each nonce
///      executes at most once. The DPN chain never re-queues a batch's records into another
///      nonce: a batch whose timeout passed (by this chain's clock) is renewed under the same
///      nonce with a later timeout and the same records, so whichever signed copy lands, its
///      records are issued exactly once. A later batch therefore cannot void an earlier one.
///
///      A batch may also refund ETH purchases the chain could not credit: `refundWei[i]` to
///      `refundTo[i]`, paid by the ComputeCredits contract named once with setCredits, which
///      owes (rather than reverts) what it cannot pay, so a refund never blocks a nonce.
contract DPNSettlement is EIP712, Ownable2Step, ReentrancyGuard {
    // ---------------------------------------------------------------- types
    /// @notice A validator set: addresses in strictly ascending order, positive powers.
    struct Valset {
        address[] validators;
        uint256[] powers;
        uint256 nonce;
    }

    /// @notice One validator's signature; an all-zero slot (v, r and s zero) means "did not
    ///         sign". sigs[i] belongs to validators[i]; v must be 27 or 28.
    struct Signature {
        uint8 v;
        bytes32 r;
        bytes32 s;
    }

    /// @notice A settlement batch. `recipients[i]` receives `amounts[i]` at once; `refundTo[i]`
    ///         gets `refundWei[i]` back from ComputeCredits; a non-zero `claimRoot` commits to
    ///         further records (leaf = keccak256(bytes.concat(keccak256(abi.encode(index,
    ///         recipient, amount))))) worth `claimTotal` in all.
    struct Batch {
        uint256 nonce;
        uint256 l2ChainId;
        uint256 timeout;
        bytes32 partition;
        address[] recipients;
        uint256[] amounts;
        address[] refundTo;
        uint256[] refundWei;
        bytes32 claimRoot;
        uint256 claimTotal;
    }

    struct ClaimBatch {
        bytes32 root;
        bytes32 partition;
        uint256 remaining;
    }

    /// @notice A job order, kept under the team that placed it: DPN job ids are a public
    ///         sequence, so an order keyed by the id alone could be taken by anyone first.
    struct Job {
        uint64 orderedAt; // block timestamp of the order, 0 for no order
        uint64 deliveredAt; // block timestamp of delivery, 0 while open; shares the slot so
        // that delivery rewrites a used slot instead of filling a fresh one
        bytes32 vkId;
        bytes32 inputsHash; // keccak256(abi.encode(publicInputs)) the team expects, never 0
    }

    // ---------------------------------------------------------------- constants
    /// @notice Gravity Bridge's normalization: powers sum to at most 2^32.
    uint256 public constant MAX_TOTAL_POWER = 2 ** 32;
    uint256 public constant MAX_VALIDATORS = 256;
    uint256 public constant MAX_PUBLIC_INPUTS = 32;

    bytes32 public constant VALSET_TYPEHASH =
        keccak256("Valset(bytes32 dpnChainId,uint256 nonce,address[] validators,uint256[] powers)");
    bytes32 public constant BATCH_TYPEHASH = keccak256(
        "Batch(bytes32 dpnChainId,uint256 nonce,uint256 l2ChainId,uint256 timeout,bytes32 partition,bytes32 recordsHash,bytes32 refundsHash,bytes32 claimRoot,uint256 claimTotal)"
    );
    bytes32 public constant RETIRE_TYPEHASH = keccak256("Retire(bytes32 dpnChainId,uint256 lastBatchNonce)");
    /// @dev keccak256(abi.encode(new address[](0), new uint256[](0))), the records or refunds
    ///      hash of a batch without them: most batches have no refunds, and a Merkle-only
    ///      batch no records, so they skip the encoding (~450 gas). The golden vectors'
    ///      empty batches check it against the Go encoder.
    bytes32 private constant EMPTY_PAIRS_HASH = 0xc6df19a9e5cc2e1575f8bc5ee97cc5b352e49114c858bb010d9874784ccd5fc7;

    // ---------------------------------------------------------------- errors
    error ValsetMismatch(bytes32 supplied, bytes32 stored);
    error InvalidValset();
    error StaleValsetNonce(uint256 supplied, uint256 current);
    error LengthMismatch(uint256 a, uint256 b);
    /// @notice sigs[index] did not recover to validators[index].
    error InvalidSignature(uint256 index, address recovered);
    error InsufficientPower(uint256 signed, uint256 required);
    error WrongChainId(uint256 batchChainId, uint256 chainId);
    /// @notice The batch's nonce was settled already (or an earlier one): a relayer that lost
    ///         a race learns it from this.
    error StaleBatchNonce(uint256 supplied, uint256 last);
    /// @notice The batch skips a nonce; only `expected` (lastBatchNonce + 1) is accepted.
    error BatchNonceGap(uint256 supplied, uint256 expected);
    error BatchExpired(uint256 timeout, uint256 nowTimestamp);
    error InvalidClaimCommitment();
    error UnknownClaimBatch(uint256 batchNonce);
    error AlreadyClaimed(uint256 batchNonce, uint256 index);
    error InvalidMerkleProof();
    error ClaimExceedsTotal(uint256 amount, uint256 remaining);
    error ZeroAddress();
    error VerifyingKeyExists(bytes32 vkId);
    error UnknownVerifyingKey(bytes32 vkId);
    error InvalidVerifyingKey();
    error VerifyingKeyStoreFailed();
    error JobExists(address team, bytes32 jobId);
    error JobNotOrdered(address team, bytes32 jobId);
    error AlreadyDelivered(address team, bytes32 jobId);
    /// @notice orderJob needs the hash of the statement to be proven; 0 would accept any
    ///         proof for the key, including a replay of an earlier public one.
    error UnboundInputsHash();
    error VerifyingKeyMismatch(bytes32 supplied, bytes32 ordered);
    error WrongInputCount(uint256 supplied, uint256 expected);
    error InvalidProof();
    error InputsMismatch(bytes32 supplied, bytes32 ordered);
    /// @notice The settlement was retired; no validator set can act any more.
    error SettlementRetired();
    /// @notice A Retire message names `supplied` as the last batch, but `last` is settled.
    error RetireNonceMismatch(uint256 supplied, uint256 last);
    /// @notice Committed claims worth `amount` are still unclaimed.
    error ClaimsOutstanding(uint256 amount);
    /// @notice A batch refunds purchases but no ComputeCredits was set to pay them.
    error CreditsNotSet();
    error CreditsAlreadySet();
    /// @notice `credits` refunds for another settlement (`settlement`), so it would refuse
    ///         this one's refunds and block its batches.
    error CreditsSettlementMismatch(address credits, address settlement);

    // ---------------------------------------------------------------- events
    event ValsetUpdated(uint256 indexed nonce, bytes32 checkpoint, address[] validators, uint256[] powers);
    event BatchSettled(
        uint256 indexed nonce,
        bytes32 indexed partition,
        uint256 records,
        uint256 pushedTotal,
        bytes32 claimRoot,
        uint256 claimTotal
    );
    event Claimed(uint256 indexed batchNonce, uint256 indexed index, address indexed recipient, uint256 amount);
    event VerifyingKeyRegistered(bytes32 indexed vkId, uint256 publicInputs, address data);
    /// @notice `team` ordered job `jobId`'s proof. `eventNonce` numbers orders and deliveries
    ///         together (1, 2, ...), the order in which the DPN chain's validators apply them.
    event JobOrdered(bytes32 indexed jobId, address indexed team, bytes32 indexed vkId, bytes32 inputsHash, uint256 eventNonce);
    event ProofDelivered(
        bytes32 indexed jobId,
        address indexed team,
        bytes32 indexed vkId,
        bytes32 proofHash,
        bytes32 inputsHash,
        uint256 eventNonce
    );
    /// @notice Issuance ended after batch `lastBatchNonce`; the token is no longer issuable.
    event Retired(uint256 indexed lastBatchNonce);
    /// @notice Batches' refunds are paid by `credits` from now on.
    event CreditsSet(address indexed credits);

    // ---------------------------------------------------------------- state
    IDPNTokenIssuer public immutable token;
    /// @notice keccak256 of the DPN chain id string (e.g. "dpn-1").
    bytes32 public immutable dpnChainId;

    /// @notice EIP-712 digest of the current validator set; zero once retired.
    bytes32 public valsetCheckpoint;
    uint256 public valsetNonce;
    // One slot: a batch with a claim root writes both, and a claim only this one.
    uint64 private _lastBatchNonce;
    uint192 private _outstandingClaims;
    /// @notice Job orders and proof deliveries so far; the next event gets nonce + 1.
    uint64 public jobEventNonce;

    mapping(uint256 batchNonce => ClaimBatch) public claimBatches;
    mapping(uint256 batchNonce => mapping(uint256 word => uint256 bits)) private _claimed;
    mapping(bytes32 vkId => address data) public verifyingKeys;
    mapping(address team => mapping(bytes32 jobId => Job)) public jobs;
    /// @notice The ComputeCredits that pays batches' refunds; set once (setCredits).
    IPurchaseRefunder public credits;

    /// @param token_ the DPN token this contract issues
    /// @param dpnChainId_ the DPN chain id string; its hash goes into every signed struct
    /// @param initial the first validator set
    /// @param owner_ may register verifying keys (governance's multisig)
    constructor(IDPNTokenIssuer token_, string memory dpnChainId_, Valset memory initial, address owner_)
        EIP712("DPNSettlement", "1")
        Ownable(owner_)
    {
        if (address(token_) == address(0)) revert ZeroAddress();
        token = token_;
        dpnChainId = keccak256(bytes(dpnChainId_));
        _validateValset(initial.validators, initial.powers);
        bytes32 cp = _hashTypedDataV4(_valsetStructHash(initial.validators, initial.powers, initial.nonce));
        valsetCheckpoint = cp;
        valsetNonce = initial.nonce;
        emit ValsetUpdated(initial.nonce, cp, initial.validators, initial.powers);
    }

    /// @notice Names, once, the ComputeCredits that pays batches' refunds. Owner only. It must
    ///         already name this settlement (its setSettlement), since it refuses refunds
    ///         from any other caller and a refused refund would block the batch's nonce.
    /// @param credits_ the ComputeCredits on this L2
    function setCredits(address credits_) external onlyOwner {
        if (address(credits) != address(0)) revert CreditsAlreadySet();
        if (credits_ == address(0)) revert ZeroAddress();
        address named;
        (bool ok, bytes memory ret) = credits_.staticcall(abi.encodeCall(IPurchaseRefunder.settlement, ()));
        if (ok && ret.length >= 32) named = abi.decode(ret, (address));
        if (named != address(this)) revert CreditsSettlementMismatch(credits_, named);
        credits = IPurchaseRefunder(credits_);
        emit CreditsSet(credits_);
    }

    // ---------------------------------------------------------------- valset

    /// @notice The checkpoint (EIP-712 digest) of `vs`; validators sign this to adopt it.
    function valsetDigest(Valset calldata vs) public view returns (bytes32) {
        return _hashTypedDataV4(_valsetStructHash(vs.validators, vs.powers, vs.nonce));
    }

    /// @notice Replaces the validator set. `sigs` are the current set's signatures over the
    ///         new set's checkpoint and must carry more than 2/3 of its power.
    /// @param newValset the set to adopt; its nonce must exceed the current one
    /// @param currentValset the set whose checkpoint is stored
    /// @param sigs signatures aligned with currentValset.validators
    function updateValset(Valset calldata newValset, Valset calldata currentValset, Signature[] calldata sigs)
        external
    {
        _requireCurrent(currentValset);
        if (newValset.nonce <= currentValset.nonce) revert StaleValsetNonce(newValset.nonce, currentValset.nonce);
        _validateValset(newValset.validators, newValset.powers);
        bytes32 cp = valsetDigest(newValset);
        _checkSignatures(currentValset, sigs, cp);

        valsetCheckpoint = cp;
        valsetNonce = newValset.nonce;
        emit ValsetUpdated(newValset.nonce, cp, newValset.validators, newValset.powers);
    }

    /// @dev Retirement clears the checkpoint, so no set matches afterwards; only the failure
    ///      path tells the two cases apart, which keeps retirement free for every batch.
    function _requireCurrent(Valset calldata vs) internal view {
        bytes32 cp = valsetDigest(vs);
        bytes32 stored = valsetCheckpoint;
        if (cp != stored) {
            if (stored == bytes32(0)) revert SettlementRetired();
            revert ValsetMismatch(cp, stored);
        }
    }

    /// @notice Whether issuance was ended by a Retire message.
    function retired() external view returns (bool) {
        return valsetCheckpoint == bytes32(0);
    }

    function _valsetStructHash(address[] memory validators, uint256[] memory powers, uint256 nonce)
        internal
        view
        returns (bytes32)
    {
        return keccak256(
            abi.encode(
                VALSET_TYPEHASH,
                dpnChainId,
                nonce,
                keccak256(abi.encodePacked(validators)),
                keccak256(abi.encodePacked(powers))
            )
        );
    }

    function _validateValset(address[] memory validators, uint256[] memory powers) internal pure {
        uint256 n = validators.length;
        if (n == 0 || n > MAX_VALIDATORS || n != powers.length) revert InvalidValset();
        uint256 total;
        address prev;
        for (uint256 i = 0; i < n; ++i) {
            if (validators[i] <= prev || powers[i] == 0) revert InvalidValset(); // ascending, non-zero
            prev = validators[i];
            total += powers[i];
        }
        if (total > MAX_TOTAL_POWER) revert InvalidValset();
    }

    /// @dev Reverts unless signatures over `digest` from `vs` carry more than 2/3 of its
    ///      power (signed * 3 > total * 2, as CometBFT and Gravity Bridge require): with
    ///      exactly 2/3, two of three equal validators could sign anything. `required` is
    ///      the least power that suffices.
    function _checkSignatures(Valset calldata vs, Signature[] calldata sigs, bytes32 digest) internal pure {
        uint256 n = vs.validators.length;
        if (sigs.length != n) revert LengthMismatch(sigs.length, n);
        uint256 total;
        for (uint256 i = 0; i < n; ++i) {
            total += vs.powers[i];
        }
        uint256 required = total * 2 / 3 + 1;
        uint256 signed;
        for (uint256 i = 0; i < n; ++i) {
            Signature calldata sig = sigs[i];
            // Only an all-zero slot is "did not sign": a raw recovery id (v = 0 or 1) with a
            // real r and s is a malformed signature, and is refused rather than skipped.
            if (sig.v == 0 && sig.r == bytes32(0) && sig.s == bytes32(0)) continue;
            (address rec, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, sig.v, sig.r, sig.s);
            if (err != ECDSA.RecoverError.NoError || rec != vs.validators[i]) revert InvalidSignature(i, rec);
            signed += vs.powers[i];
            if (signed >= required) return;
        }
        revert InsufficientPower(signed, required);
    }

    // ---------------------------------------------------------------- batches

    /// @notice The nonce of the last settled batch (0 before the first).
    function lastBatchNonce() public view returns (uint256) {
        return _lastBatchNonce;
    }

    /// @notice Sum of what the committed claim roots may still issue.
    function outstandingClaims() public view returns (uint256) {
        return _outstandingClaims;
    }

    /// @notice The EIP-712 digest validators sign for `batch`.
    function batchDigest(Batch calldata batch) public view returns (bytes32) {
        bytes32 recordsHash = _pairsHash(batch.recipients, batch.amounts);
        bytes32 refundsHash = _pairsHash(batch.refundTo, batch.refundWei);
        return _hashTypedDataV4(
            keccak256(
                abi.encode(
                    BATCH_TYPEHASH,
                    dpnChainId,
                    batch.nonce,
                    batch.l2ChainId,
                    batch.timeout,
                    batch.partition,
                    recordsHash,
                    refundsHash,
                    batch.claimRoot,
                    batch.claimTotal
                )
            )
        );
    }

    /// @dev keccak256(abi.encode(addrs, values)), the records and the refunds hash.
    function _pairsHash(address[] calldata addrs, uint256[] calldata values) private pure returns (bytes32) {
        if (addrs.length == 0 && values.length == 0) return EMPTY_PAIRS_HASH;
        return keccak256(abi.encode(addrs, values));
    }

    /// @notice Settles a batch signed by more than 2/3 of the current set's power: issues the
    ///         pushed records, stores the claim root and has ComputeCredits refund the
    ///         purchases it lists (each paid, or owed to its recipient; never a revert).
    /// @dev Re-cut rule: the DPN chain never moves a batch's records to another nonce. A batch
    ///      whose timeout passed (by this chain's clock) is renewed under the same nonce with a
    ///      later timeout; since each nonce executes at most once, its records are issued
    ///      exactly once whichever signed copy lands.
    /// @param currentValset the set whose checkpoint is stored
    /// @param batch the batch; its nonce must be lastBatchNonce + 1 (StaleBatchNonce below,
    ///        BatchNonceGap above), its l2ChainId this chain's, and block.timestamp before its
    ///        timeout; refunds need setCredits first (CreditsNotSet)
    /// @param sigs signatures aligned with currentValset.validators
    function submitBatch(Valset calldata currentValset, Batch calldata batch, Signature[] calldata sigs)
        external
        nonReentrant
    {
        _requireCurrent(currentValset);
        if (batch.l2ChainId != block.chainid) revert WrongChainId(batch.l2ChainId, block.chainid);
        uint256 last = _lastBatchNonce;
        if (batch.nonce <= last) revert StaleBatchNonce(batch.nonce, last);
        if (batch.nonce != last + 1) revert BatchNonceGap(batch.nonce, last + 1);
        if (block.timestamp >= batch.timeout) revert BatchExpired(batch.timeout, block.timestamp);
        uint256 records = batch.recipients.length;
        if (records != batch.amounts.length) revert LengthMismatch(records, batch.amounts.length);
        uint256 refunds = batch.refundTo.length;
        if (refunds != batch.refundWei.length) revert LengthMismatch(refunds, batch.refundWei.length);
        // Read only for batches with refunds, so that the others pay nothing for them.
        IPurchaseRefunder refunder;
        if (refunds != 0) {
            refunder = credits;
            if (address(refunder) == address(0)) revert CreditsNotSet();
        }
        if ((batch.claimRoot == bytes32(0)) != (batch.claimTotal == 0)) revert InvalidClaimCommitment();
        _checkSignatures(currentValset, sigs, batchDigest(batch));

        _lastBatchNonce = SafeCast.toUint64(batch.nonce);
        if (batch.claimRoot != bytes32(0)) {
            claimBatches[batch.nonce] =
                ClaimBatch({root: batch.claimRoot, partition: batch.partition, remaining: batch.claimTotal});
            _outstandingClaims = SafeCast.toUint192(uint256(_outstandingClaims) + batch.claimTotal);
        }
        uint256 pushed;
        if (records != 0) pushed = token.issueBatchByPartition(batch.partition, batch.recipients, batch.amounts);
        if (refunds != 0) refunder.refundPurchases(batch.refundTo, batch.refundWei);
        emit BatchSettled(batch.nonce, batch.partition, records, pushed, batch.claimRoot, batch.claimTotal);
    }

    /// @notice Whether record `index` of batch `batchNonce` was claimed.
    function isClaimed(uint256 batchNonce, uint256 index) public view returns (bool) {
        return _claimed[batchNonce][index >> 8] & (1 << (index & 0xff)) != 0;
    }

    /// @notice Issues a Merkle-committed record to its recipient, once. Anyone may submit it.
    /// @param batchNonce the batch that committed the record
    /// @param index the record's index in the batch's tree
    /// @param recipient who receives the DPN
    /// @param amount how much
    /// @param proof the Merkle path (sorted-pair hashing, as OpenZeppelin's MerkleProof)
    function claim(uint256 batchNonce, uint256 index, address recipient, uint256 amount, bytes32[] calldata proof)
        external
        nonReentrant
    {
        ClaimBatch storage cb = claimBatches[batchNonce];
        bytes32 root = cb.root;
        if (root == bytes32(0)) revert UnknownClaimBatch(batchNonce);
        uint256 word = _claimed[batchNonce][index >> 8];
        uint256 bit = 1 << (index & 0xff);
        if (word & bit != 0) revert AlreadyClaimed(batchNonce, index);
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(index, recipient, amount))));
        if (!MerkleProof.verifyCalldata(proof, root, leaf)) revert InvalidMerkleProof();
        uint256 remaining = cb.remaining;
        if (amount > remaining) revert ClaimExceedsTotal(amount, remaining);

        _claimed[batchNonce][index >> 8] = word | bit;
        cb.remaining = remaining - amount;
        _outstandingClaims = uint192(_outstandingClaims - amount); // amount <= remaining <= outstanding
        emit Claimed(batchNonce, index, recipient, amount);
        token.issueByPartition(cb.partition, recipient, amount, "");
    }

    // ---------------------------------------------------------------- retirement

    /// @notice The EIP-712 digest validators sign to retire the settlement after batch
    ///         `lastBatchNonce_`.
    function retireDigest(uint256 lastBatchNonce_) public view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(RETIRE_TYPEHASH, dpnChainId, lastBatchNonce_)));
    }

    /// @notice Ends issuance for good: finalizes the token and clears the checkpoint, so no
    ///         batch, valset update or second retirement is accepted afterwards. It waits for
    ///         every batch and every claim: finalizing earlier would strand them.
    /// @dev The DPN chain signs Retire only once it cuts no more batches; naming the last
    ///      batch makes a Retire signed too early unusable once another batch lands.
    /// @param currentValset the set whose checkpoint is stored
    /// @param lastBatchNonce_ must equal lastBatchNonce
    /// @param sigs signatures over retireDigest(lastBatchNonce_) aligned with
    ///        currentValset.validators, more than 2/3 of its power
    function retire(Valset calldata currentValset, uint256 lastBatchNonce_, Signature[] calldata sigs)
        external
        nonReentrant
    {
        _requireCurrent(currentValset);
        uint256 last = _lastBatchNonce;
        if (lastBatchNonce_ != last) revert RetireNonceMismatch(lastBatchNonce_, last);
        uint256 outstanding = _outstandingClaims;
        if (outstanding != 0) revert ClaimsOutstanding(outstanding);
        _checkSignatures(currentValset, sigs, retireDigest(lastBatchNonce_));

        valsetCheckpoint = bytes32(0);
        emit Retired(lastBatchNonce_);
        token.finalizeIssuance();
    }

    // ---------------------------------------------------------------- proofs

    /// @notice Registers a Groth16 verifying key (layout in Groth16Verifier). Owner only.
    /// @param vkId the key's id (e.g. keccak256 of the circuit's zkey)
    /// @param vk alpha1 | beta2 | gamma2 | delta2 | IC[0..n], words big-endian, G2 imaginary first
    function registerVerifyingKey(bytes32 vkId, bytes calldata vk) external onlyOwner {
        if (verifyingKeys[vkId] != address(0)) revert VerifyingKeyExists(vkId);
        (bool ok, uint256 n) = Groth16Verifier.inputCount(vk.length);
        if (!ok || n > MAX_PUBLIC_INPUTS) revert InvalidVerifyingKey();
        // Kept as contract code (read back with one EXTCODECOPY) rather than storage: a
        // proof check then costs a few thousand gas for the key instead of ~2,100 per word.
        bytes memory code = abi.encodePacked(hex"00", vk);
        bytes memory init = abi.encodePacked(hex"63", uint32(code.length), hex"80600e6000396000f3", code);
        address data;
        assembly ("memory-safe") {
            data := create(0, add(init, 32), mload(init))
        }
        if (data == address(0)) revert VerifyingKeyStoreFailed();
        verifyingKeys[vkId] = data;
        emit VerifyingKeyRegistered(vkId, n, data);
    }

    /// @notice The verifying key `vkId` as registered.
    function verifyingKey(bytes32 vkId) public view returns (bytes memory vk) {
        address data = verifyingKeys[vkId];
        if (data == address(0)) revert UnknownVerifyingKey(vkId);
        uint256 size = data.code.length - 1;
        vk = new bytes(size);
        assembly ("memory-safe") {
            extcodecopy(data, add(vk, 32), 1, size)
        }
    }

    /// @notice Orders the proof of job `jobId` (the DPN chain's job id) for the caller, an L2
    ///         team, to be delivered here against verifying key `vkId`. Orders are kept per
    ///         team, so another address ordering the same id does not touch this one.
    /// @param jobId the DPN chain's job id
    /// @param vkId a registered verifying key
    /// @param inputsHash keccak256(abi.encode(publicInputs)) of the statement the team wants
    ///        proven; must not be 0 (UnboundInputsHash)
    function orderJob(bytes32 jobId, bytes32 vkId, bytes32 inputsHash) external {
        if (inputsHash == bytes32(0)) revert UnboundInputsHash();
        if (verifyingKeys[vkId] == address(0)) revert UnknownVerifyingKey(vkId);
        Job storage job = jobs[msg.sender][jobId];
        if (job.orderedAt != 0) revert JobExists(msg.sender, jobId);
        job.orderedAt = uint64(block.timestamp);
        job.vkId = vkId;
        job.inputsHash = inputsHash;
        emit JobOrdered(jobId, msg.sender, vkId, inputsHash, ++jobEventNonce);
    }

    /// @notice Delivers the Groth16 proof of `team`'s order for job `jobId`. Anyone (the
    ///         relayer) may call; it is recorded only if the proof verifies and proves the
    ///         statement the team ordered.
    /// @param team the address that ordered the job
    /// @param jobId the job
    /// @param vkId the verifying key; must be the one the job was ordered with
    /// @param proof A (x, y) | B (x_im, x_re, y_im, y_re) | C (x, y)
    /// @param publicInputs the public signals, each below the BN254 scalar field order; their
    ///        hash must be the ordered inputsHash
    function deliverProof(
        address team,
        bytes32 jobId,
        bytes32 vkId,
        uint256[8] calldata proof,
        uint256[] calldata publicInputs
    ) external {
        Job storage job = jobs[team][jobId];
        if (job.orderedAt == 0) revert JobNotOrdered(team, jobId);
        if (job.deliveredAt != 0) revert AlreadyDelivered(team, jobId);
        if (job.vkId != vkId) revert VerifyingKeyMismatch(vkId, job.vkId);
        bytes32 inputsHash = keccak256(abi.encode(publicInputs));
        bytes32 ordered = job.inputsHash;
        if (ordered != inputsHash) revert InputsMismatch(inputsHash, ordered);
        bytes memory vk = verifyingKey(vkId);
        (, uint256 n) = Groth16Verifier.inputCount(vk.length);
        if (publicInputs.length != n) revert WrongInputCount(publicInputs.length, n);
        if (!Groth16Verifier.verify(vk, proof, publicInputs)) revert InvalidProof();

        job.deliveredAt = uint64(block.timestamp);
        emit ProofDelivered(jobId, team, vkId, keccak256(abi.encode(proof)), inputsHash, ++jobEventNonce);
    }
}
