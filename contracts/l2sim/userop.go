package l2sim

import (
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/eip712"
)

var tBytes32, _ = abi.NewType("bytes32", "", nil)

// words is abi.encode of static words (bytes32, uint256, address).
func words(args ...any) []byte {
	var ts abi.Arguments
	vals := make([]any, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case common.Hash:
			ts = append(ts, abi.Argument{Type: tBytes32})
			vals[i] = [32]byte(v)
		case *big.Int:
			ts = append(ts, abi.Argument{Type: tUint256})
			vals[i] = v
		case common.Address:
			ts = append(ts, abi.Argument{Type: tAddress})
			vals[i] = v
		default:
			panic("l2sim: unsupported word type")
		}
	}
	out, err := ts.Pack(vals...)
	if err != nil {
		panic(err)
	}
	return out
}

var packedUserOpTypeHash = crypto.Keccak256Hash([]byte("PackedUserOperation(address sender,uint256 nonce,bytes initCode,bytes callData,bytes32 accountGasLimits,uint256 preVerificationGas,bytes32 gasFees,bytes paymasterAndData)"))

// Pack128 packs two 128-bit values as EntryPoint v0.8 does (high, low).
func Pack128(high, low *big.Int) [32]byte {
	var out [32]byte
	high.FillBytes(out[:16])
	low.FillBytes(out[16:])
	return out
}

// PaymasterAndData is paymaster | validation gas limit (16 bytes) | postOp gas limit (16) | data.
func PaymasterAndData(paymaster common.Address, validationGas, postOpGas uint64, data []byte) []byte {
	out := append([]byte(nil), paymaster.Bytes()...)
	out = append(out, common.LeftPadBytes(new(big.Int).SetUint64(validationGas).Bytes(), 16)...)
	out = append(out, common.LeftPadBytes(new(big.Int).SetUint64(postOpGas).Bytes(), 16)...)
	return append(out, data...)
}

// UserOpHash is EntryPoint v0.8's EIP-712 hash of op (domain "ERC4337", version "1"), for an
// account that is not an EIP-7702 delegate.
func UserOpHash(op bindings.PackedUserOperation, entryPoint common.Address, chainID *big.Int) common.Hash {
	sh := crypto.Keccak256Hash(words(packedUserOpTypeHash, op.Sender, op.Nonce,
		crypto.Keccak256Hash(op.InitCode), crypto.Keccak256Hash(op.CallData),
		common.Hash(op.AccountGasLimits), op.PreVerificationGas, common.Hash(op.GasFees),
		crypto.Keccak256Hash(op.PaymasterAndData)))
	dom := crypto.Keccak256Hash(words(eip712.DomainTypeHash, crypto.Keccak256Hash([]byte("ERC4337")),
		crypto.Keccak256Hash([]byte("1")), chainID, entryPoint))
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, dom.Bytes(), sh.Bytes())
}

// SignUserOp signs hash as SimpleAccount v0.8 checks it (plain ECDSA over the EIP-712 hash).
func SignUserOp(key *ecdsa.PrivateKey, hash common.Hash) []byte {
	sig, err := crypto.Sign(hash.Bytes(), key)
	if err != nil {
		panic(err)
	}
	sig[64] += 27
	return sig
}
