// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title Groth16Verifier
/// @notice Groth16 verification over BN254 with the EVM precompiles (0x06 add, 0x07 mul,
///         0x08 pairing) against a verifying key held as bytes.
/// @dev Verifying-key layout (all words big-endian uint256; G2 coordinates in the
///      precompile's order, imaginary part first):
///        alpha1 (x, y) | beta2 (x_im, x_re, y_im, y_re) | gamma2 (4) | delta2 (4) | IC[0..n] (x, y)
///      Proof layout: A (x, y) | B (x_im, x_re, y_im, y_re) | C (x, y).
///      The check is e(-A, B) * e(alpha, beta) * e(vk_x, gamma) * e(C, delta) == 1 with
///      vk_x = IC[0] + sum(input[i] * IC[i + 1]), the equation snarkjs proofs satisfy.
library Groth16Verifier {
    /// @dev BN254 scalar field order r: public inputs must be below it.
    uint256 internal constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// @dev BN254 base field order q.
    uint256 internal constant Q = 21888242871839275222246405745257275088696311157297823662689037894645226208583;

    uint256 internal constant VK_FIXED_BYTES = 448; // alpha 64 + beta 128 + gamma 128 + delta 128
    uint256 internal constant POINT_BYTES = 64;

    /// @notice Public input `index` is not a field element (>= r).
    error InputOutOfField(uint256 index);

    /// @notice Number of public inputs a verifying key of `vkLength` bytes takes, or reverts
    ///         with false when the length does not describe a key.
    function inputCount(uint256 vkLength) internal pure returns (bool ok, uint256 n) {
        if (vkLength < VK_FIXED_BYTES + POINT_BYTES || (vkLength - VK_FIXED_BYTES) % POINT_BYTES != 0) {
            return (false, 0);
        }
        return (true, (vkLength - VK_FIXED_BYTES) / POINT_BYTES - 1);
    }

    /// @notice Verifies `proof` for `inputs` against `vk`. The caller checks that
    ///         inputs.length matches the key.
    /// @return ok true only when every precompile call succeeded and the pairing holds
    function verify(bytes memory vk, uint256[8] calldata proof, uint256[] calldata inputs)
        internal
        view
        returns (bool ok)
    {
        uint256 n = inputs.length;
        for (uint256 i = 0; i < n; ++i) {
            if (inputs[i] >= R) revert InputOutOfField(i);
        }
        assembly ("memory-safe") {
            let p := mload(0x40) // scratch: acc (64) | mul in/out (96)
            let b := add(p, 0x100) // pairing input, 4 x 192 bytes
            let key := add(vk, 32)
            let ic := add(key, VK_FIXED_BYTES)

            // vk_x = IC[0] + sum(input[i] * IC[i+1])
            mstore(p, mload(ic))
            mstore(add(p, 32), mload(add(ic, 32)))
            ok := 1
            for { let i := 0 } lt(i, n) { i := add(i, 1) } {
                let pt := add(ic, mul(add(i, 1), POINT_BYTES))
                mstore(add(p, 64), mload(pt))
                mstore(add(p, 96), mload(add(pt, 32)))
                mstore(add(p, 128), calldataload(add(inputs.offset, mul(i, 32))))
                ok := and(ok, staticcall(gas(), 0x07, add(p, 64), 96, add(p, 64), 64))
                ok := and(ok, staticcall(gas(), 0x06, p, 128, p, 64))
            }

            // (-A, B)
            mstore(b, calldataload(proof))
            // -A = (x, q - y); a y >= q wraps to a non-canonical value the precompile rejects
            let ay := calldataload(add(proof, 32))
            mstore(add(b, 32), mul(iszero(iszero(ay)), sub(Q, ay)))
            calldatacopy(add(b, 64), add(proof, 64), 128)
            // (alpha, beta)
            mcopy(add(b, 192), key, 192)
            // (vk_x, gamma)
            mstore(add(b, 384), mload(p))
            mstore(add(b, 416), mload(add(p, 32)))
            mcopy(add(b, 448), add(key, 192), 128)
            // (C, delta)
            calldatacopy(add(b, 576), add(proof, 192), 64)
            mcopy(add(b, 640), add(key, 320), 128)

            ok := and(ok, staticcall(gas(), 0x08, b, 768, b, 32))
            ok := and(ok, eq(mload(b), 1))
        }
    }
}
