// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title DPNAccount
/// @notice The shape of a DPN account as the L2 contracts check it: "dpn1" followed by 38 to
///         86 bech32 data characters. The bech32 checksum is the DPN chain's to verify.
library DPNAccount {
    /// @dev Bit c is set for each character c of the bech32 data alphabet
    ///      "qpzry9x8gf2tvdw0s3jn54khce6mua7l" (the digits but 1, the lowercase letters but b,
    ///      i and o).
    uint256 internal constant BECH32_CHARS = 0x07ff7dfa0000000003fd000000000000;

    /// @notice Whether `account` has the shape of a DPN account.
    function isValid(bytes calldata account) internal pure returns (bool) {
        uint256 n = account.length;
        if (n < 42 || n > 90 || bytes4(account[:4]) != "dpn1") return false;
        uint256 allowed = 1;
        // One shift and mask per character rather than range comparisons on bounds-checked
        // bytes: a sponsored purchase checks its account twice (paymaster validation and the
        // purchase), and the comparisons cost ~15,000 gas each time.
        assembly ("memory-safe") {
            let end := add(account.offset, n)
            for { let p := add(account.offset, 4) } lt(p, end) { p := add(p, 1) } {
                allowed := and(allowed, shr(byte(0, calldataload(p)), BECH32_CHARS))
            }
        }
        return allowed & 1 == 1;
    }
}
