package deploy

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// settlementTx is DPNSettlement's place among Deploy's transactions (after KYCRegistry,
// the timelock and DPNToken).
const settlementTx = 3

// PredictSettlement is where Deploy creates DPNSettlement when deployer's next nonce is
// nonce: the chain's genesis can name the destination before the contracts exist, which
// need the chain's first valset.
func PredictSettlement(deployer common.Address, nonce uint64) common.Address {
	return crypto.CreateAddress(deployer, nonce+settlementTx)
}
