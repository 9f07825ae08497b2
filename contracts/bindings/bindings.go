// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// BaseAccountCall is an auto generated low-level Go binding around an user-defined struct.
type BaseAccountCall struct {
	Target common.Address
	Value  *big.Int
	Data   []byte
}

// DPNSettlementBatch is an auto generated low-level Go binding around an user-defined struct.
type DPNSettlementBatch struct {
	Nonce      *big.Int
	L2ChainId  *big.Int
	Timeout    *big.Int
	Partition  [32]byte
	Recipients []common.Address
	Amounts    []*big.Int
	ClaimRoot  [32]byte
	ClaimTotal *big.Int
}

// DPNSettlementSignature is an auto generated low-level Go binding around an user-defined struct.
type DPNSettlementSignature struct {
	V uint8
	R [32]byte
	S [32]byte
}

// DPNSettlementValset is an auto generated low-level Go binding around an user-defined struct.
type DPNSettlementValset struct {
	Validators []common.Address
	Powers     []*big.Int
	Nonce      *big.Int
}

// EntryPointMemoryUserOp is an auto generated low-level Go binding around an user-defined struct.
type EntryPointMemoryUserOp struct {
	Sender                        common.Address
	Nonce                         *big.Int
	VerificationGasLimit          *big.Int
	CallGasLimit                  *big.Int
	PaymasterVerificationGasLimit *big.Int
	PaymasterPostOpGasLimit       *big.Int
	PreVerificationGas            *big.Int
	Paymaster                     common.Address
	MaxFeePerGas                  *big.Int
	MaxPriorityFeePerGas          *big.Int
}

// EntryPointUserOpInfo is an auto generated low-level Go binding around an user-defined struct.
type EntryPointUserOpInfo struct {
	MUserOp       EntryPointMemoryUserOp
	UserOpHash    [32]byte
	Prefund       *big.Int
	ContextOffset *big.Int
	PreOpGas      *big.Int
}

// IEntryPointUserOpsPerAggregator is an auto generated low-level Go binding around an user-defined struct.
type IEntryPointUserOpsPerAggregator struct {
	UserOps    []PackedUserOperation
	Aggregator common.Address
	Signature  []byte
}

// IStakeManagerDepositInfo is an auto generated low-level Go binding around an user-defined struct.
type IStakeManagerDepositInfo struct {
	Deposit         *big.Int
	Staked          bool
	Stake           *big.Int
	UnstakeDelaySec uint32
	WithdrawTime    *big.Int
}

// PackedUserOperation is an auto generated low-level Go binding around an user-defined struct.
type PackedUserOperation struct {
	Sender             common.Address
	Nonce              *big.Int
	InitCode           []byte
	CallData           []byte
	AccountGasLimits   [32]byte
	PreVerificationGas *big.Int
	GasFees            [32]byte
	PaymasterAndData   []byte
	Signature          []byte
}

// ComputeCreditsMetaData contains all meta data concerning the ComputeCredits contract.
var ComputeCreditsMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minPurchaseWei_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amountWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimumWei\",\"type\":\"uint256\"}],\"name\":\"BelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gasAllowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"GasAllowanceExceedsValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidDPNAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PaymasterAlreadySet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PaymasterNotSet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WithdrawFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"dpnAccount\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountWei\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"purchaseId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"purchaseNonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gasPaidWei\",\"type\":\"uint256\"}],\"name\":\"CreditsPurchased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"paymaster\",\"type\":\"address\"}],\"name\":\"PaymasterSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountWei\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"dpnAccount\",\"type\":\"string\"}],\"name\":\"buy\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"purchaseId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"dpnAccount\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"gasAllowance\",\"type\":\"uint256\"}],\"name\":\"buySponsored\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"purchaseId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"account\",\"type\":\"string\"}],\"name\":\"isValidDPNAccount\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minPurchaseWei\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paymaster\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"purchaseNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"paymaster_\",\"type\":\"address\"}],\"name\":\"setPaymaster\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amountWei\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60a0346100e557601f610d6b38819003918201601f19168301916001600160401b038311848410176100e95780849260409485528339810103126100e55780516001600160a01b03811691908290036100e5576020015181156100d257600180546001600160a01b03199081169091555f80549182168417815560405193916001600160a01b0316907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a3608052610c6d90816100fe82396080518181816104460152818161066201526108690152f35b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f905f3560e01c90816316e4cbf91461088c575080631930e2f2146108525780631e90b4ec146105f15780632a97fa771461054e578063492cc7691461040657806357ce1689146103bf578063715018a61461035657806379ba5097146102cd578063886c103a146102af5780638da5cb5b14610289578063e30c397814610262578063f2fde38b146101f05763f3fef3a3146100ad575f80fd5b346101ed5760403660031901126101ed576004356001600160a01b0381168091036101eb57602435906100de610c47565b6100e6610bd3565b80156101c357828080938382947f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d56020604051858152a25af13d156101be573d67ffffffffffffffff81116101aa576040519061014d601f8201601f1916602001836108dd565b81528260203d92013e5b1561018257807f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d80f35b807f750b219c0000000000000000000000000000000000000000000000000000000060049252fd5b602483634e487b7160e01b81526041600452fd5b610157565b6004837fd92e233d000000000000000000000000000000000000000000000000000000008152fd5b505b80fd5b50346101ed5760203660031901126101ed576004356001600160a01b0381168091036101eb5761021e610c47565b806001600160a01b031960015416176001556001600160a01b038254167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227008380a380f35b50346101ed57806003193601126101ed5760206001600160a01b0360015416604051908152f35b50346101ed57806003193601126101ed576001600160a01b036020915416604051908152f35b50346101ed57806003193601126101ed576020600354604051908152f35b50346101ed57806003193601126101ed57336001600160a01b036001541603610343576001600160a01b0319600154166001558054336001600160a01b031982161782556001600160a01b033391167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08380a380f35b8063118cdaa760e01b6024925233600452fd5b50346101ed57806003193601126101ed5761036f610c47565b6001600160a01b031960015416600155806001600160a01b0381546001600160a01b031981168355167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a380f35b50346101ed5760203660031901126101ed576004359067ffffffffffffffff82116101ed5760206103fc6103f636600486016108af565b90610913565b6040519015158152f35b5060203660031901126101ed5760043567ffffffffffffffff81116101eb576104339036906004016108af565b919061043f8382610913565b1561053f577f00000000000000000000000000000000000000000000000000000000000000008034106105295750600354925f198414610515577f46307dd85ebed9e873076071b3bf91020d64b1b370140d60f6f91d7ff2212994600160209501928360035560405186810190468252306040820152856060820152606081526104ca6080826108dd565b51902094859484604051936080855281608086015260a08501378160a0868501015234888401526040830152606082015260a0813394601f80199101168101030190a3604051908152f35b602483634e487b7160e01b81526011600452fd5b63bd49034f60e01b835234600452602452604482fd5b600482632a33f8bb60e21b8152fd5b50346101ed5760203660031901126101ed576004356001600160a01b0381168091036101eb5761057c610c47565b6002546001600160a01b0381166105c95781156101c3576001600160a01b03191681176002557f8be32e66bcd4d1783b05affa4e89ba5fc5e37bea009c896d862c795acf9e842b8280a280f35b6004837f0fe3d87f000000000000000000000000000000000000000000000000000000008152fd5b5060403660031901126107bd5760043567ffffffffffffffff81116107bd5761061e9036906004016108af565b916024359261062b610bd3565b6001600160a01b036002541690811561082a57348510156107fa57843403903482116107c15761065b8186610913565b156107eb577f00000000000000000000000000000000000000000000000000000000000000008083106107d557506003545f1981146107c15760017f46307dd85ebed9e873076071b3bf91020d64b1b370140d60f6f91d7ff2212994910195866003556040516020810190468252306040820152886060820152606081526106e46080826108dd565b51902096879484604051936080855281608086015260a08501375f60a086850101526020830152604082015287606082015260a0813394601f80199101168101030190a3803b156107bd575f906024604051809681937f203fc09b0000000000000000000000000000000000000000000000000000000083523360048401525af19283156107b25760209361079f575b507f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b6107ab91505f906108dd565b5f5f610774565b6040513d5f823e3d90fd5b5f80fd5b634e487b7160e01b5f52601160045260245ffd5b8263bd49034f60e01b5f5260045260245260445ffd5b632a33f8bb60e21b5f5260045ffd5b847f12a7aa0c000000000000000000000000000000000000000000000000000000005f526004523460245260445ffd5b7f37d28a87000000000000000000000000000000000000000000000000000000005f5260045ffd5b346107bd575f3660031901126107bd5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346107bd575f3660031901126107bd576020906001600160a01b03600254168152f35b9181601f840112156107bd5782359167ffffffffffffffff83116107bd57602083818601950101116107bd57565b90601f8019910116810190811067ffffffffffffffff8211176108ff57604052565b634e487b7160e01b5f52604160045260245ffd5b602a82108015610bc9575b610b08578115610b33577f64000000000000000000000000000000000000000000000000000000000000006001600160f81b031982351614801590610b88575b8015610b47575b8015610b0e575b610b085760045b82811015610b00576001600160f81b031981830135167f300000000000000000000000000000000000000000000000000000000000000081101580610ad6575b80610ac8575b7f61000000000000000000000000000000000000000000000000000000000000008210159182610a9d575b82610a72575b82610a47575b82610a1c575b50159081610a13575b50610a0c57600101610973565b5050505f90565b9050155f6109ff565b7f6f00000000000000000000000000000000000000000000000000000000000000141591505f6109f6565b7f690000000000000000000000000000000000000000000000000000000000000081141592506109f0565b7f620000000000000000000000000000000000000000000000000000000000000081141592506109ea565b7f7a0000000000000000000000000000000000000000000000000000000000000081111592506109e4565b50603160f81b8114156109b9565b507f39000000000000000000000000000000000000000000000000000000000000008111156109b3565b505050600190565b50505f90565b508160031015610b3357603160f81b6001600160f81b0319600383013516141561096c565b634e487b7160e01b5f52603260045260245ffd5b508160021015610b33577f6e000000000000000000000000000000000000000000000000000000000000006001600160f81b03196002830135161415610965565b508160011015610b33577f70000000000000000000000000000000000000000000000000000000000000006001600160f81b0319600183013516141561095e565b50605a821161091e565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c610c1f5760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b6001600160a01b035f54163303610c5a57565b63118cdaa760e01b5f523360045260245ffd",
}

// ComputeCreditsABI is the input ABI used to generate the binding from.
// Deprecated: Use ComputeCreditsMetaData.ABI instead.
var ComputeCreditsABI = ComputeCreditsMetaData.ABI

// ComputeCreditsBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ComputeCreditsMetaData.Bin instead.
var ComputeCreditsBin = ComputeCreditsMetaData.Bin

// DeployComputeCredits deploys a new Ethereum contract, binding an instance of ComputeCredits to it.
func DeployComputeCredits(auth *bind.TransactOpts, backend bind.ContractBackend, owner_ common.Address, minPurchaseWei_ *big.Int) (common.Address, *types.Transaction, *ComputeCredits, error) {
	parsed, err := ComputeCreditsMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ComputeCreditsBin), backend, owner_, minPurchaseWei_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ComputeCredits{ComputeCreditsCaller: ComputeCreditsCaller{contract: contract}, ComputeCreditsTransactor: ComputeCreditsTransactor{contract: contract}, ComputeCreditsFilterer: ComputeCreditsFilterer{contract: contract}}, nil
}

// ComputeCredits is an auto generated Go binding around an Ethereum contract.
type ComputeCredits struct {
	ComputeCreditsCaller     // Read-only binding to the contract
	ComputeCreditsTransactor // Write-only binding to the contract
	ComputeCreditsFilterer   // Log filterer for contract events
}

// ComputeCreditsCaller is an auto generated read-only Go binding around an Ethereum contract.
type ComputeCreditsCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ComputeCreditsTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ComputeCreditsTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ComputeCreditsFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ComputeCreditsFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ComputeCreditsSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ComputeCreditsSession struct {
	Contract     *ComputeCredits   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ComputeCreditsCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ComputeCreditsCallerSession struct {
	Contract *ComputeCreditsCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// ComputeCreditsTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ComputeCreditsTransactorSession struct {
	Contract     *ComputeCreditsTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// ComputeCreditsRaw is an auto generated low-level Go binding around an Ethereum contract.
type ComputeCreditsRaw struct {
	Contract *ComputeCredits // Generic contract binding to access the raw methods on
}

// ComputeCreditsCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ComputeCreditsCallerRaw struct {
	Contract *ComputeCreditsCaller // Generic read-only contract binding to access the raw methods on
}

// ComputeCreditsTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ComputeCreditsTransactorRaw struct {
	Contract *ComputeCreditsTransactor // Generic write-only contract binding to access the raw methods on
}

// NewComputeCredits creates a new instance of ComputeCredits, bound to a specific deployed contract.
func NewComputeCredits(address common.Address, backend bind.ContractBackend) (*ComputeCredits, error) {
	contract, err := bindComputeCredits(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ComputeCredits{ComputeCreditsCaller: ComputeCreditsCaller{contract: contract}, ComputeCreditsTransactor: ComputeCreditsTransactor{contract: contract}, ComputeCreditsFilterer: ComputeCreditsFilterer{contract: contract}}, nil
}

// NewComputeCreditsCaller creates a new read-only instance of ComputeCredits, bound to a specific deployed contract.
func NewComputeCreditsCaller(address common.Address, caller bind.ContractCaller) (*ComputeCreditsCaller, error) {
	contract, err := bindComputeCredits(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ComputeCreditsCaller{contract: contract}, nil
}

// NewComputeCreditsTransactor creates a new write-only instance of ComputeCredits, bound to a specific deployed contract.
func NewComputeCreditsTransactor(address common.Address, transactor bind.ContractTransactor) (*ComputeCreditsTransactor, error) {
	contract, err := bindComputeCredits(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ComputeCreditsTransactor{contract: contract}, nil
}

// NewComputeCreditsFilterer creates a new log filterer instance of ComputeCredits, bound to a specific deployed contract.
func NewComputeCreditsFilterer(address common.Address, filterer bind.ContractFilterer) (*ComputeCreditsFilterer, error) {
	contract, err := bindComputeCredits(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ComputeCreditsFilterer{contract: contract}, nil
}

// bindComputeCredits binds a generic wrapper to an already deployed contract.
func bindComputeCredits(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ComputeCreditsMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ComputeCredits *ComputeCreditsRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ComputeCredits.Contract.ComputeCreditsCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ComputeCredits *ComputeCreditsRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ComputeCredits.Contract.ComputeCreditsTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ComputeCredits *ComputeCreditsRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ComputeCredits.Contract.ComputeCreditsTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ComputeCredits *ComputeCreditsCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ComputeCredits.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ComputeCredits *ComputeCreditsTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ComputeCredits.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ComputeCredits *ComputeCreditsTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ComputeCredits.Contract.contract.Transact(opts, method, params...)
}

// IsValidDPNAccount is a free data retrieval call binding the contract method 0x57ce1689.
//
// Solidity: function isValidDPNAccount(string account) pure returns(bool)
func (_ComputeCredits *ComputeCreditsCaller) IsValidDPNAccount(opts *bind.CallOpts, account string) (bool, error) {
	var out []interface{}
	err := _ComputeCredits.contract.Call(opts, &out, "isValidDPNAccount", account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsValidDPNAccount is a free data retrieval call binding the contract method 0x57ce1689.
//
// Solidity: function isValidDPNAccount(string account) pure returns(bool)
func (_ComputeCredits *ComputeCreditsSession) IsValidDPNAccount(account string) (bool, error) {
	return _ComputeCredits.Contract.IsValidDPNAccount(&_ComputeCredits.CallOpts, account)
}

// IsValidDPNAccount is a free data retrieval call binding the contract method 0x57ce1689.
//
// Solidity: function isValidDPNAccount(string account) pure returns(bool)
func (_ComputeCredits *ComputeCreditsCallerSession) IsValidDPNAccount(account string) (bool, error) {
	return _ComputeCredits.Contract.IsValidDPNAccount(&_ComputeCredits.CallOpts, account)
}

// MinPurchaseWei is a free data retrieval call binding the contract method 0x1930e2f2.
//
// Solidity: function minPurchaseWei() view returns(uint256)
func (_ComputeCredits *ComputeCreditsCaller) MinPurchaseWei(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ComputeCredits.contract.Call(opts, &out, "minPurchaseWei")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MinPurchaseWei is a free data retrieval call binding the contract method 0x1930e2f2.
//
// Solidity: function minPurchaseWei() view returns(uint256)
func (_ComputeCredits *ComputeCreditsSession) MinPurchaseWei() (*big.Int, error) {
	return _ComputeCredits.Contract.MinPurchaseWei(&_ComputeCredits.CallOpts)
}

// MinPurchaseWei is a free data retrieval call binding the contract method 0x1930e2f2.
//
// Solidity: function minPurchaseWei() view returns(uint256)
func (_ComputeCredits *ComputeCreditsCallerSession) MinPurchaseWei() (*big.Int, error) {
	return _ComputeCredits.Contract.MinPurchaseWei(&_ComputeCredits.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ComputeCredits *ComputeCreditsCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ComputeCredits.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ComputeCredits *ComputeCreditsSession) Owner() (common.Address, error) {
	return _ComputeCredits.Contract.Owner(&_ComputeCredits.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ComputeCredits *ComputeCreditsCallerSession) Owner() (common.Address, error) {
	return _ComputeCredits.Contract.Owner(&_ComputeCredits.CallOpts)
}

// Paymaster is a free data retrieval call binding the contract method 0x16e4cbf9.
//
// Solidity: function paymaster() view returns(address)
func (_ComputeCredits *ComputeCreditsCaller) Paymaster(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ComputeCredits.contract.Call(opts, &out, "paymaster")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Paymaster is a free data retrieval call binding the contract method 0x16e4cbf9.
//
// Solidity: function paymaster() view returns(address)
func (_ComputeCredits *ComputeCreditsSession) Paymaster() (common.Address, error) {
	return _ComputeCredits.Contract.Paymaster(&_ComputeCredits.CallOpts)
}

// Paymaster is a free data retrieval call binding the contract method 0x16e4cbf9.
//
// Solidity: function paymaster() view returns(address)
func (_ComputeCredits *ComputeCreditsCallerSession) Paymaster() (common.Address, error) {
	return _ComputeCredits.Contract.Paymaster(&_ComputeCredits.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ComputeCredits *ComputeCreditsCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ComputeCredits.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ComputeCredits *ComputeCreditsSession) PendingOwner() (common.Address, error) {
	return _ComputeCredits.Contract.PendingOwner(&_ComputeCredits.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ComputeCredits *ComputeCreditsCallerSession) PendingOwner() (common.Address, error) {
	return _ComputeCredits.Contract.PendingOwner(&_ComputeCredits.CallOpts)
}

// PurchaseNonce is a free data retrieval call binding the contract method 0x886c103a.
//
// Solidity: function purchaseNonce() view returns(uint256)
func (_ComputeCredits *ComputeCreditsCaller) PurchaseNonce(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ComputeCredits.contract.Call(opts, &out, "purchaseNonce")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PurchaseNonce is a free data retrieval call binding the contract method 0x886c103a.
//
// Solidity: function purchaseNonce() view returns(uint256)
func (_ComputeCredits *ComputeCreditsSession) PurchaseNonce() (*big.Int, error) {
	return _ComputeCredits.Contract.PurchaseNonce(&_ComputeCredits.CallOpts)
}

// PurchaseNonce is a free data retrieval call binding the contract method 0x886c103a.
//
// Solidity: function purchaseNonce() view returns(uint256)
func (_ComputeCredits *ComputeCreditsCallerSession) PurchaseNonce() (*big.Int, error) {
	return _ComputeCredits.Contract.PurchaseNonce(&_ComputeCredits.CallOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ComputeCredits *ComputeCreditsTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ComputeCredits.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ComputeCredits *ComputeCreditsSession) AcceptOwnership() (*types.Transaction, error) {
	return _ComputeCredits.Contract.AcceptOwnership(&_ComputeCredits.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ComputeCredits *ComputeCreditsTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _ComputeCredits.Contract.AcceptOwnership(&_ComputeCredits.TransactOpts)
}

// Buy is a paid mutator transaction binding the contract method 0x492cc769.
//
// Solidity: function buy(string dpnAccount) payable returns(bytes32 purchaseId)
func (_ComputeCredits *ComputeCreditsTransactor) Buy(opts *bind.TransactOpts, dpnAccount string) (*types.Transaction, error) {
	return _ComputeCredits.contract.Transact(opts, "buy", dpnAccount)
}

// Buy is a paid mutator transaction binding the contract method 0x492cc769.
//
// Solidity: function buy(string dpnAccount) payable returns(bytes32 purchaseId)
func (_ComputeCredits *ComputeCreditsSession) Buy(dpnAccount string) (*types.Transaction, error) {
	return _ComputeCredits.Contract.Buy(&_ComputeCredits.TransactOpts, dpnAccount)
}

// Buy is a paid mutator transaction binding the contract method 0x492cc769.
//
// Solidity: function buy(string dpnAccount) payable returns(bytes32 purchaseId)
func (_ComputeCredits *ComputeCreditsTransactorSession) Buy(dpnAccount string) (*types.Transaction, error) {
	return _ComputeCredits.Contract.Buy(&_ComputeCredits.TransactOpts, dpnAccount)
}

// BuySponsored is a paid mutator transaction binding the contract method 0x1e90b4ec.
//
// Solidity: function buySponsored(string dpnAccount, uint256 gasAllowance) payable returns(bytes32 purchaseId)
func (_ComputeCredits *ComputeCreditsTransactor) BuySponsored(opts *bind.TransactOpts, dpnAccount string, gasAllowance *big.Int) (*types.Transaction, error) {
	return _ComputeCredits.contract.Transact(opts, "buySponsored", dpnAccount, gasAllowance)
}

// BuySponsored is a paid mutator transaction binding the contract method 0x1e90b4ec.
//
// Solidity: function buySponsored(string dpnAccount, uint256 gasAllowance) payable returns(bytes32 purchaseId)
func (_ComputeCredits *ComputeCreditsSession) BuySponsored(dpnAccount string, gasAllowance *big.Int) (*types.Transaction, error) {
	return _ComputeCredits.Contract.BuySponsored(&_ComputeCredits.TransactOpts, dpnAccount, gasAllowance)
}

// BuySponsored is a paid mutator transaction binding the contract method 0x1e90b4ec.
//
// Solidity: function buySponsored(string dpnAccount, uint256 gasAllowance) payable returns(bytes32 purchaseId)
func (_ComputeCredits *ComputeCreditsTransactorSession) BuySponsored(dpnAccount string, gasAllowance *big.Int) (*types.Transaction, error) {
	return _ComputeCredits.Contract.BuySponsored(&_ComputeCredits.TransactOpts, dpnAccount, gasAllowance)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_ComputeCredits *ComputeCreditsTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ComputeCredits.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_ComputeCredits *ComputeCreditsSession) RenounceOwnership() (*types.Transaction, error) {
	return _ComputeCredits.Contract.RenounceOwnership(&_ComputeCredits.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_ComputeCredits *ComputeCreditsTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _ComputeCredits.Contract.RenounceOwnership(&_ComputeCredits.TransactOpts)
}

// SetPaymaster is a paid mutator transaction binding the contract method 0x2a97fa77.
//
// Solidity: function setPaymaster(address paymaster_) returns()
func (_ComputeCredits *ComputeCreditsTransactor) SetPaymaster(opts *bind.TransactOpts, paymaster_ common.Address) (*types.Transaction, error) {
	return _ComputeCredits.contract.Transact(opts, "setPaymaster", paymaster_)
}

// SetPaymaster is a paid mutator transaction binding the contract method 0x2a97fa77.
//
// Solidity: function setPaymaster(address paymaster_) returns()
func (_ComputeCredits *ComputeCreditsSession) SetPaymaster(paymaster_ common.Address) (*types.Transaction, error) {
	return _ComputeCredits.Contract.SetPaymaster(&_ComputeCredits.TransactOpts, paymaster_)
}

// SetPaymaster is a paid mutator transaction binding the contract method 0x2a97fa77.
//
// Solidity: function setPaymaster(address paymaster_) returns()
func (_ComputeCredits *ComputeCreditsTransactorSession) SetPaymaster(paymaster_ common.Address) (*types.Transaction, error) {
	return _ComputeCredits.Contract.SetPaymaster(&_ComputeCredits.TransactOpts, paymaster_)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ComputeCredits *ComputeCreditsTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _ComputeCredits.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ComputeCredits *ComputeCreditsSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ComputeCredits.Contract.TransferOwnership(&_ComputeCredits.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ComputeCredits *ComputeCreditsTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ComputeCredits.Contract.TransferOwnership(&_ComputeCredits.TransactOpts, newOwner)
}

// Withdraw is a paid mutator transaction binding the contract method 0xf3fef3a3.
//
// Solidity: function withdraw(address to, uint256 amountWei) returns()
func (_ComputeCredits *ComputeCreditsTransactor) Withdraw(opts *bind.TransactOpts, to common.Address, amountWei *big.Int) (*types.Transaction, error) {
	return _ComputeCredits.contract.Transact(opts, "withdraw", to, amountWei)
}

// Withdraw is a paid mutator transaction binding the contract method 0xf3fef3a3.
//
// Solidity: function withdraw(address to, uint256 amountWei) returns()
func (_ComputeCredits *ComputeCreditsSession) Withdraw(to common.Address, amountWei *big.Int) (*types.Transaction, error) {
	return _ComputeCredits.Contract.Withdraw(&_ComputeCredits.TransactOpts, to, amountWei)
}

// Withdraw is a paid mutator transaction binding the contract method 0xf3fef3a3.
//
// Solidity: function withdraw(address to, uint256 amountWei) returns()
func (_ComputeCredits *ComputeCreditsTransactorSession) Withdraw(to common.Address, amountWei *big.Int) (*types.Transaction, error) {
	return _ComputeCredits.Contract.Withdraw(&_ComputeCredits.TransactOpts, to, amountWei)
}

// ComputeCreditsCreditsPurchasedIterator is returned from FilterCreditsPurchased and is used to iterate over the raw logs and unpacked data for CreditsPurchased events raised by the ComputeCredits contract.
type ComputeCreditsCreditsPurchasedIterator struct {
	Event *ComputeCreditsCreditsPurchased // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ComputeCreditsCreditsPurchasedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ComputeCreditsCreditsPurchased)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ComputeCreditsCreditsPurchased)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ComputeCreditsCreditsPurchasedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ComputeCreditsCreditsPurchasedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ComputeCreditsCreditsPurchased represents a CreditsPurchased event raised by the ComputeCredits contract.
type ComputeCreditsCreditsPurchased struct {
	Buyer         common.Address
	DpnAccount    string
	AmountWei     *big.Int
	PurchaseId    [32]byte
	PurchaseNonce *big.Int
	GasPaidWei    *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterCreditsPurchased is a free log retrieval operation binding the contract event 0x46307dd85ebed9e873076071b3bf91020d64b1b370140d60f6f91d7ff2212994.
//
// Solidity: event CreditsPurchased(address indexed buyer, string dpnAccount, uint256 amountWei, bytes32 indexed purchaseId, uint256 purchaseNonce, uint256 gasPaidWei)
func (_ComputeCredits *ComputeCreditsFilterer) FilterCreditsPurchased(opts *bind.FilterOpts, buyer []common.Address, purchaseId [][32]byte) (*ComputeCreditsCreditsPurchasedIterator, error) {

	var buyerRule []interface{}
	for _, buyerItem := range buyer {
		buyerRule = append(buyerRule, buyerItem)
	}

	var purchaseIdRule []interface{}
	for _, purchaseIdItem := range purchaseId {
		purchaseIdRule = append(purchaseIdRule, purchaseIdItem)
	}

	logs, sub, err := _ComputeCredits.contract.FilterLogs(opts, "CreditsPurchased", buyerRule, purchaseIdRule)
	if err != nil {
		return nil, err
	}
	return &ComputeCreditsCreditsPurchasedIterator{contract: _ComputeCredits.contract, event: "CreditsPurchased", logs: logs, sub: sub}, nil
}

// WatchCreditsPurchased is a free log subscription operation binding the contract event 0x46307dd85ebed9e873076071b3bf91020d64b1b370140d60f6f91d7ff2212994.
//
// Solidity: event CreditsPurchased(address indexed buyer, string dpnAccount, uint256 amountWei, bytes32 indexed purchaseId, uint256 purchaseNonce, uint256 gasPaidWei)
func (_ComputeCredits *ComputeCreditsFilterer) WatchCreditsPurchased(opts *bind.WatchOpts, sink chan<- *ComputeCreditsCreditsPurchased, buyer []common.Address, purchaseId [][32]byte) (event.Subscription, error) {

	var buyerRule []interface{}
	for _, buyerItem := range buyer {
		buyerRule = append(buyerRule, buyerItem)
	}

	var purchaseIdRule []interface{}
	for _, purchaseIdItem := range purchaseId {
		purchaseIdRule = append(purchaseIdRule, purchaseIdItem)
	}

	logs, sub, err := _ComputeCredits.contract.WatchLogs(opts, "CreditsPurchased", buyerRule, purchaseIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ComputeCreditsCreditsPurchased)
				if err := _ComputeCredits.contract.UnpackLog(event, "CreditsPurchased", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseCreditsPurchased is a log parse operation binding the contract event 0x46307dd85ebed9e873076071b3bf91020d64b1b370140d60f6f91d7ff2212994.
//
// Solidity: event CreditsPurchased(address indexed buyer, string dpnAccount, uint256 amountWei, bytes32 indexed purchaseId, uint256 purchaseNonce, uint256 gasPaidWei)
func (_ComputeCredits *ComputeCreditsFilterer) ParseCreditsPurchased(log types.Log) (*ComputeCreditsCreditsPurchased, error) {
	event := new(ComputeCreditsCreditsPurchased)
	if err := _ComputeCredits.contract.UnpackLog(event, "CreditsPurchased", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ComputeCreditsOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the ComputeCredits contract.
type ComputeCreditsOwnershipTransferStartedIterator struct {
	Event *ComputeCreditsOwnershipTransferStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ComputeCreditsOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ComputeCreditsOwnershipTransferStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ComputeCreditsOwnershipTransferStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ComputeCreditsOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ComputeCreditsOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ComputeCreditsOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the ComputeCredits contract.
type ComputeCreditsOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ComputeCredits *ComputeCreditsFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*ComputeCreditsOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ComputeCredits.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &ComputeCreditsOwnershipTransferStartedIterator{contract: _ComputeCredits.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ComputeCredits *ComputeCreditsFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *ComputeCreditsOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ComputeCredits.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ComputeCreditsOwnershipTransferStarted)
				if err := _ComputeCredits.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferStarted is a log parse operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ComputeCredits *ComputeCreditsFilterer) ParseOwnershipTransferStarted(log types.Log) (*ComputeCreditsOwnershipTransferStarted, error) {
	event := new(ComputeCreditsOwnershipTransferStarted)
	if err := _ComputeCredits.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ComputeCreditsOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the ComputeCredits contract.
type ComputeCreditsOwnershipTransferredIterator struct {
	Event *ComputeCreditsOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ComputeCreditsOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ComputeCreditsOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ComputeCreditsOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ComputeCreditsOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ComputeCreditsOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ComputeCreditsOwnershipTransferred represents a OwnershipTransferred event raised by the ComputeCredits contract.
type ComputeCreditsOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ComputeCredits *ComputeCreditsFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*ComputeCreditsOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ComputeCredits.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &ComputeCreditsOwnershipTransferredIterator{contract: _ComputeCredits.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ComputeCredits *ComputeCreditsFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *ComputeCreditsOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ComputeCredits.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ComputeCreditsOwnershipTransferred)
				if err := _ComputeCredits.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ComputeCredits *ComputeCreditsFilterer) ParseOwnershipTransferred(log types.Log) (*ComputeCreditsOwnershipTransferred, error) {
	event := new(ComputeCreditsOwnershipTransferred)
	if err := _ComputeCredits.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ComputeCreditsPaymasterSetIterator is returned from FilterPaymasterSet and is used to iterate over the raw logs and unpacked data for PaymasterSet events raised by the ComputeCredits contract.
type ComputeCreditsPaymasterSetIterator struct {
	Event *ComputeCreditsPaymasterSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ComputeCreditsPaymasterSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ComputeCreditsPaymasterSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ComputeCreditsPaymasterSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ComputeCreditsPaymasterSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ComputeCreditsPaymasterSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ComputeCreditsPaymasterSet represents a PaymasterSet event raised by the ComputeCredits contract.
type ComputeCreditsPaymasterSet struct {
	Paymaster common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterPaymasterSet is a free log retrieval operation binding the contract event 0x8be32e66bcd4d1783b05affa4e89ba5fc5e37bea009c896d862c795acf9e842b.
//
// Solidity: event PaymasterSet(address indexed paymaster)
func (_ComputeCredits *ComputeCreditsFilterer) FilterPaymasterSet(opts *bind.FilterOpts, paymaster []common.Address) (*ComputeCreditsPaymasterSetIterator, error) {

	var paymasterRule []interface{}
	for _, paymasterItem := range paymaster {
		paymasterRule = append(paymasterRule, paymasterItem)
	}

	logs, sub, err := _ComputeCredits.contract.FilterLogs(opts, "PaymasterSet", paymasterRule)
	if err != nil {
		return nil, err
	}
	return &ComputeCreditsPaymasterSetIterator{contract: _ComputeCredits.contract, event: "PaymasterSet", logs: logs, sub: sub}, nil
}

// WatchPaymasterSet is a free log subscription operation binding the contract event 0x8be32e66bcd4d1783b05affa4e89ba5fc5e37bea009c896d862c795acf9e842b.
//
// Solidity: event PaymasterSet(address indexed paymaster)
func (_ComputeCredits *ComputeCreditsFilterer) WatchPaymasterSet(opts *bind.WatchOpts, sink chan<- *ComputeCreditsPaymasterSet, paymaster []common.Address) (event.Subscription, error) {

	var paymasterRule []interface{}
	for _, paymasterItem := range paymaster {
		paymasterRule = append(paymasterRule, paymasterItem)
	}

	logs, sub, err := _ComputeCredits.contract.WatchLogs(opts, "PaymasterSet", paymasterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ComputeCreditsPaymasterSet)
				if err := _ComputeCredits.contract.UnpackLog(event, "PaymasterSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePaymasterSet is a log parse operation binding the contract event 0x8be32e66bcd4d1783b05affa4e89ba5fc5e37bea009c896d862c795acf9e842b.
//
// Solidity: event PaymasterSet(address indexed paymaster)
func (_ComputeCredits *ComputeCreditsFilterer) ParsePaymasterSet(log types.Log) (*ComputeCreditsPaymasterSet, error) {
	event := new(ComputeCreditsPaymasterSet)
	if err := _ComputeCredits.contract.UnpackLog(event, "PaymasterSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ComputeCreditsWithdrawnIterator is returned from FilterWithdrawn and is used to iterate over the raw logs and unpacked data for Withdrawn events raised by the ComputeCredits contract.
type ComputeCreditsWithdrawnIterator struct {
	Event *ComputeCreditsWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ComputeCreditsWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ComputeCreditsWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ComputeCreditsWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ComputeCreditsWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ComputeCreditsWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ComputeCreditsWithdrawn represents a Withdrawn event raised by the ComputeCredits contract.
type ComputeCreditsWithdrawn struct {
	To        common.Address
	AmountWei *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterWithdrawn is a free log retrieval operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed to, uint256 amountWei)
func (_ComputeCredits *ComputeCreditsFilterer) FilterWithdrawn(opts *bind.FilterOpts, to []common.Address) (*ComputeCreditsWithdrawnIterator, error) {

	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _ComputeCredits.contract.FilterLogs(opts, "Withdrawn", toRule)
	if err != nil {
		return nil, err
	}
	return &ComputeCreditsWithdrawnIterator{contract: _ComputeCredits.contract, event: "Withdrawn", logs: logs, sub: sub}, nil
}

// WatchWithdrawn is a free log subscription operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed to, uint256 amountWei)
func (_ComputeCredits *ComputeCreditsFilterer) WatchWithdrawn(opts *bind.WatchOpts, sink chan<- *ComputeCreditsWithdrawn, to []common.Address) (event.Subscription, error) {

	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _ComputeCredits.contract.WatchLogs(opts, "Withdrawn", toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ComputeCreditsWithdrawn)
				if err := _ComputeCredits.contract.UnpackLog(event, "Withdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawn is a log parse operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed to, uint256 amountWei)
func (_ComputeCredits *ComputeCreditsFilterer) ParseWithdrawn(log types.Log) (*ComputeCreditsWithdrawn, error) {
	event := new(ComputeCreditsWithdrawn)
	if err := _ComputeCredits.contract.UnpackLog(event, "Withdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNPaymasterMetaData contains all meta data concerning the DPNPaymaster contract.
var DPNPaymasterMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIEntryPoint\",\"name\":\"entryPoint_\",\"type\":\"address\"},{\"internalType\":\"contractComputeCredits\",\"name\":\"credits_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gasAllowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxCost\",\"type\":\"uint256\"}],\"name\":\"GasAllowanceTooLow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidDPNAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCredits\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amountWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimumWei\",\"type\":\"uint256\"}],\"name\":\"PurchaseTooSmall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SenderBalanceTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"SenderRefused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"}],\"name\":\"UnsupportedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"WrongTarget\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountWei\",\"type\":\"uint256\"}],\"name\":\"GasFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"userOpHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refundWei\",\"type\":\"uint256\"}],\"name\":\"GasRepaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"userOpHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"}],\"name\":\"SponsorshipUnpaid\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"POST_OP_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"unstakeDelaySec\",\"type\":\"uint32\"}],\"name\":\"addStake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"credits\",\"outputs\":[{\"internalType\":\"contractComputeCredits\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"entryPoint\",\"outputs\":[{\"internalType\":\"contractIEntryPoint\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"}],\"name\":\"fundGas\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"pendingGasFunds\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumIPaymaster.PostOpMode\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"context\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"actualGasCost\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"actualUserOpFeePerGas\",\"type\":\"uint256\"}],\"name\":\"postOp\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"refused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unlockStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"initCode\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callData\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"accountGasLimits\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"preVerificationGas\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"gasFees\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"paymasterAndData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structPackedUserOperation\",\"name\":\"userOp\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"userOpHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"maxCost\",\"type\":\"uint256\"}],\"name\":\"validatePaymasterUserOp\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"context\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"validationData\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"withdrawAddress\",\"type\":\"address\"}],\"name\":\"withdrawStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"withdrawAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60c080604052346101c257604081611603803803809161001f82856101ec565b8339810103126101c25780516001600160a01b038116918282036101c25760200151916001600160a01b03831683036101c25733156101d95760018060a01b03196001541660015560205f543360018060a01b03198216175f55602460405180948193339060018060a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a36301ffc9a760e01b8252631313998b60e31b60048301525afa9081156101ce575f9161018f575b501561014a5760805260a0526040516113df908161022482396080518181816101e0015281816102a00152818161034a015281816103e70152818161048901528181610e5201528181610fc2015281816110e50152611272015260a0518181816107a501528181610e010152610efa0152f35b60405162461bcd60e51b815260206004820152601e60248201527f49456e747279506f696e7420696e74657266616365206d69736d6174636800006044820152606490fd5b90506020813d6020116101c6575b816101aa602093836101ec565b810103126101c2575180151581036101c2575f6100d7565b5f80fd5b3d915061019d565b6040513d5f823e3d90fd5b631e4fbdf760e01b5f525f60045260245ffd5b601f909101601f19168101906001600160401b0382119082101761020f57604052565b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f5f3560e01c80630396cb6014610f92578063203fc09b14610ecf578063205c287814610e2557806326540fd214610de15780633946613214610da557806352b7512c14610642578063715018a6146105d957806379ba5097146105505780637c627b21146104d35780638da5cb5b146104ad578063b0d691fe14610469578063b8202d8f1461044c578063bb9fe6bf146103c3578063c23a5cea1461031d578063c399ec8814610252578063d0e30db0146101c9578063e01940f314610188578063e30c3978146101615763f2fde38b146100eb575f80fd5b3461015e57602036600319011261015e576004356001600160a01b03811680910361015c576101186110b5565b806001600160a01b031960015416176001556001600160a01b038254167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227008380a380f35b505b80fd5b503461015e578060031936011261015e5760206001600160a01b0360015416604051908152f35b503461015e57602036600319011261015e576004356001600160a01b03811680910361015c5760408260ff9260209452600384522054166040519015158152f35b508060031936011261015e57806001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016803b1561024f57816024916040519283809263b760faf960e01b825230600483015234905af18015610244576102335750f35b8161023d9161105e565b61015e5780f35b6040513d84823e3d90fd5b50fd5b503461015e578060031936011261015e57604051907f70a082310000000000000000000000000000000000000000000000000000000082523060048301526020826024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa90811561031157906102da575b602090604051908152f35b506020813d602011610309575b816102f46020938361105e565b8101031261030557602090516102cf565b5f80fd5b3d91506102e7565b604051903d90823e3d90fd5b503461015e57602036600319011261015e5780610338611048565b6103406110b5565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690813b156103bf576001600160a01b03602484928360405195869485937fc23a5cea0000000000000000000000000000000000000000000000000000000085521660048401525af18015610244576102335750f35b5050fd5b503461015e578060031936011261015e576103dc6110b5565b806001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016803b1561024f578180916004604051809481937fbb9fe6bf0000000000000000000000000000000000000000000000000000000083525af18015610244576102335750f35b503461015e578060031936011261015e57602060405161afc88152f35b503461015e578060031936011261015e5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461015e578060031936011261015e576001600160a01b036020915416604051908152f35b503461015e57608036600319011261015e576003600435101561015e5760243567ffffffffffffffff811161015c573660238201121561015c57806004013567ffffffffffffffff811161054c57366024828401011161054c57610549916105396110db565b60643591602460443592016111c0565b80f35b8280fd5b503461015e578060031936011261015e57336001600160a01b0360015416036105c6576001600160a01b0319600154166001558054336001600160a01b031982161782556001600160a01b033391167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08380a380f35b8063118cdaa760e01b6024925233600452fd5b503461015e578060031936011261015e576105f26110b5565b6001600160a01b031960015416600155806001600160a01b0381546001600160a01b031981168355167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a380f35b503461015e57606036600319011261015e5760043567ffffffffffffffff811161015c578060040190803603610120600319820112610da157604435916106876110db565b6001600160a01b036106988561116b565b168552600360205260ff604086205416610d645760648101359160221901821215610d6057019060048201359067ffffffffffffffff8211610d6057602483018236038113610cf457606483108015610d23575b610cf85782602411610cf45760288401358060a01c610ccd576001600160a01b03169280604411610b3e5760488501359481606411610bb75760680135906023198101818111610c92578211610ca657816004019182600411610c925760248101809311610c9257600401828111610c925761076d8361077392848761117f565b90611197565b61077d83836111b3565b8111610c6b579061079383926107999594611094565b9261117f565b91906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001693848103610c405750604483108015610c03575b610bbb5782604411610b3e5760248101359280602411610bb7576004820135906023198101818111610b7c578211610b9057816004019182600411610b7c5760248101809311610b7c57600401828111610b7c5761076d8361083c92848761117f565b61084683836111b3565b8111610b5557928261086092610793604496602096611094565b92839160405194859384927f57ce16890000000000000000000000000000000000000000000000000000000084528660048501528160248501528484013781810183018c9052601f01601f19168101030181875afa908115610b4a578791610b0b575b5015610ae357808210610ab35750808311801581610a3d575b61099357505050806108ed8361116b565b311061095b57506108ff60609161116b565b604051906001600160a01b036020830191168152602435604083015260408252610929838361105e565b604051938492604084525180928160408601528585015e82820184018190526020830152601f01601f19168101030190f35b6109676044939261116b565b317fad4d2048000000000000000000000000000000000000000000000000000000008352600452602452fd5b6004945085939015610a32576020916109ab916111b3565b915b60405194858092630c98717960e11b82525afa9081156102445782916109fd575b604493507f72834055000000000000000000000000000000000000000000000000000000008352600452602452fd5b90506020833d602011610a2a575b81610a186020938361105e565b810103126103055760449251906109ce565b3d9150610a0b565b5050602082916109ad565b50610a4882856111b3565b60405190630c98717960e11b8252602082600481885afa918215610aa8578892610a74575b50106108dc565b9091506020813d602011610aa0575b81610a906020938361105e565b810103126103055751905f610a6d565b3d9150610a83565b6040513d8a823e3d90fd5b85906044927f59b0aa81000000000000000000000000000000000000000000000000000000008352600452602452fd5b6004867fa8cfe2ec000000000000000000000000000000000000000000000000000000008152fd5b90506020813d602011610b42575b81610b266020938361105e565b81010312610b3e57518015158103610b3e575f6108c3565b8680fd5b3d9150610b19565b6040513d89823e3d90fd5b89848360041161015c57637ab397e760e01b8252356001600160e01b031916600452602490fd5b60248a634e487b7160e01b81526011600452fd5b82899160041161015c57637ab397e760e01b8252356001600160e01b031916600452602490fd5b8780fd5b8690836004811015610be7575050806001600160e01b03196024925b637ab397e760e01b835216600452fd5b60041161015c57906001600160e01b0319806024933516610bd7565b5082600411610b3e577f1e90b4ec000000000000000000000000000000000000000000000000000000006001600160e01b031982351614156107d9565b7fd66f34a1000000000000000000000000000000000000000000000000000000008852600452602487fd5b88848360041161015c57637ab397e760e01b8252356001600160e01b031916600452602490fd5b602489634e487b7160e01b81526011600452fd5b82889160041161015c57637ab397e760e01b8252356001600160e01b031916600452602490fd5b86828560041161015c57637ab397e760e01b8252356001600160e01b031916600452602490fd5b8580fd5b8590836004811015610be7575050806001600160e01b0319602492637ab397e760e01b835216600452fd5b5082600411610cf4577fb61d27f6000000000000000000000000000000000000000000000000000000006001600160e01b031982351614156106ec565b8480fd5b6024856001600160a01b03610d788761116b565b7fd2c4dcb900000000000000000000000000000000000000000000000000000000835216600452fd5b8380fd5b503461015e57602036600319011261015e576004356001600160a01b03811680910361015c578160409160209352600283522054604051908152f35b503461015e578060031936011261015e5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461015e57604036600319011261015e5780610e40611048565b610e486110b5565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690813b156103bf576001600160a01b03604484928360405195869485937f205c287800000000000000000000000000000000000000000000000000000000855216600484015260243560248401525af18015610244576102335750f35b50602036600319011261015e576004356001600160a01b03811680910361015c576001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163303610f6657808252600260205260408220610f37348254611094565b90557fa7c69bb7aa4c89631542ba5eae34f7a095e4ed2ee9eafaf1b8f6f56994090cd56020604051348152a280f35b6024827f1997fb0a00000000000000000000000000000000000000000000000000000000815233600452fd5b5060203660031901126103055760043563ffffffff811680910361030557610fb86110b5565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690813b15610305575f906024604051809481937f0396cb60000000000000000000000000000000000000000000000000000000008352600483015234905af1801561103d5761102f575080f35b61103b91505f9061105e565b005b6040513d5f823e3d90fd5b600435906001600160a01b038216820361030557565b90601f8019910116810190811067ffffffffffffffff82111761108057604052565b634e487b7160e01b5f52604160045260245ffd5b919082018092116110a157565b634e487b7160e01b5f52601160045260245ffd5b6001600160a01b035f541633036110c857565b63118cdaa760e01b5f523360045260245ffd5b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016330361110d57565b60646040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601560248201527f53656e646572206e6f7420456e747279506f696e7400000000000000000000006044820152fd5b356001600160a01b03811681036103055790565b90939293848311610305578411610305578101920390565b3590602081106111a5575090565b5f199060200360031b1b1690565b919082039182116110a157565b9290926040815f9581010312610305578035906001600160a01b038216809203610305576020013592815f52600260205260405f2054928061afc8029061afc88204036110a15761121091611094565b91801561139857815f5260026020525f6040812055808311611390575b82611237916111b3565b92817f3fbdd09cf7c658e21fe6c2c1221288467eca4e51bd797438c789489afec8043360408051868152876020820152a36001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691823b15610305575f6024916040519283809263b760faf960e01b8252306004830152875af1801561103d5761137b575b50826112d0575b50505050565b838080808685617530f13d15611376573d67ffffffffffffffff81116113625760405190611308601f8201601f19166020018361105e565b81528560203d92013e5b6112ca57813b15610da1579060248492604051948593849263b760faf960e01b845260048401525af180156102445761134d575b80806112ca565b61135882809261105e565b61015e5780611346565b602486634e487b7160e01b81526041600452fd5b611312565b6113889194505f9061105e565b5f925f6112c3565b91508161122d565b5091925060207f3a0e33229b9c0d76676d78438a829780cff1142e1278c210ef01ff635db7a86791835f526003825260405f20600160ff19825416179055604051908152a356",
}

// DPNPaymasterABI is the input ABI used to generate the binding from.
// Deprecated: Use DPNPaymasterMetaData.ABI instead.
var DPNPaymasterABI = DPNPaymasterMetaData.ABI

// DPNPaymasterBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use DPNPaymasterMetaData.Bin instead.
var DPNPaymasterBin = DPNPaymasterMetaData.Bin

// DeployDPNPaymaster deploys a new Ethereum contract, binding an instance of DPNPaymaster to it.
func DeployDPNPaymaster(auth *bind.TransactOpts, backend bind.ContractBackend, entryPoint_ common.Address, credits_ common.Address) (common.Address, *types.Transaction, *DPNPaymaster, error) {
	parsed, err := DPNPaymasterMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(DPNPaymasterBin), backend, entryPoint_, credits_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &DPNPaymaster{DPNPaymasterCaller: DPNPaymasterCaller{contract: contract}, DPNPaymasterTransactor: DPNPaymasterTransactor{contract: contract}, DPNPaymasterFilterer: DPNPaymasterFilterer{contract: contract}}, nil
}

// DPNPaymaster is an auto generated Go binding around an Ethereum contract.
type DPNPaymaster struct {
	DPNPaymasterCaller     // Read-only binding to the contract
	DPNPaymasterTransactor // Write-only binding to the contract
	DPNPaymasterFilterer   // Log filterer for contract events
}

// DPNPaymasterCaller is an auto generated read-only Go binding around an Ethereum contract.
type DPNPaymasterCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DPNPaymasterTransactor is an auto generated write-only Go binding around an Ethereum contract.
type DPNPaymasterTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DPNPaymasterFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type DPNPaymasterFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DPNPaymasterSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type DPNPaymasterSession struct {
	Contract     *DPNPaymaster     // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// DPNPaymasterCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type DPNPaymasterCallerSession struct {
	Contract *DPNPaymasterCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts       // Call options to use throughout this session
}

// DPNPaymasterTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type DPNPaymasterTransactorSession struct {
	Contract     *DPNPaymasterTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts       // Transaction auth options to use throughout this session
}

// DPNPaymasterRaw is an auto generated low-level Go binding around an Ethereum contract.
type DPNPaymasterRaw struct {
	Contract *DPNPaymaster // Generic contract binding to access the raw methods on
}

// DPNPaymasterCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type DPNPaymasterCallerRaw struct {
	Contract *DPNPaymasterCaller // Generic read-only contract binding to access the raw methods on
}

// DPNPaymasterTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type DPNPaymasterTransactorRaw struct {
	Contract *DPNPaymasterTransactor // Generic write-only contract binding to access the raw methods on
}

// NewDPNPaymaster creates a new instance of DPNPaymaster, bound to a specific deployed contract.
func NewDPNPaymaster(address common.Address, backend bind.ContractBackend) (*DPNPaymaster, error) {
	contract, err := bindDPNPaymaster(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &DPNPaymaster{DPNPaymasterCaller: DPNPaymasterCaller{contract: contract}, DPNPaymasterTransactor: DPNPaymasterTransactor{contract: contract}, DPNPaymasterFilterer: DPNPaymasterFilterer{contract: contract}}, nil
}

// NewDPNPaymasterCaller creates a new read-only instance of DPNPaymaster, bound to a specific deployed contract.
func NewDPNPaymasterCaller(address common.Address, caller bind.ContractCaller) (*DPNPaymasterCaller, error) {
	contract, err := bindDPNPaymaster(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &DPNPaymasterCaller{contract: contract}, nil
}

// NewDPNPaymasterTransactor creates a new write-only instance of DPNPaymaster, bound to a specific deployed contract.
func NewDPNPaymasterTransactor(address common.Address, transactor bind.ContractTransactor) (*DPNPaymasterTransactor, error) {
	contract, err := bindDPNPaymaster(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &DPNPaymasterTransactor{contract: contract}, nil
}

// NewDPNPaymasterFilterer creates a new log filterer instance of DPNPaymaster, bound to a specific deployed contract.
func NewDPNPaymasterFilterer(address common.Address, filterer bind.ContractFilterer) (*DPNPaymasterFilterer, error) {
	contract, err := bindDPNPaymaster(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &DPNPaymasterFilterer{contract: contract}, nil
}

// bindDPNPaymaster binds a generic wrapper to an already deployed contract.
func bindDPNPaymaster(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := DPNPaymasterMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DPNPaymaster *DPNPaymasterRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DPNPaymaster.Contract.DPNPaymasterCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DPNPaymaster *DPNPaymasterRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DPNPaymaster.Contract.DPNPaymasterTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DPNPaymaster *DPNPaymasterRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DPNPaymaster.Contract.DPNPaymasterTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DPNPaymaster *DPNPaymasterCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DPNPaymaster.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DPNPaymaster *DPNPaymasterTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DPNPaymaster.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DPNPaymaster *DPNPaymasterTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DPNPaymaster.Contract.contract.Transact(opts, method, params...)
}

// POSTOPGAS is a free data retrieval call binding the contract method 0xb8202d8f.
//
// Solidity: function POST_OP_GAS() view returns(uint256)
func (_DPNPaymaster *DPNPaymasterCaller) POSTOPGAS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _DPNPaymaster.contract.Call(opts, &out, "POST_OP_GAS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// POSTOPGAS is a free data retrieval call binding the contract method 0xb8202d8f.
//
// Solidity: function POST_OP_GAS() view returns(uint256)
func (_DPNPaymaster *DPNPaymasterSession) POSTOPGAS() (*big.Int, error) {
	return _DPNPaymaster.Contract.POSTOPGAS(&_DPNPaymaster.CallOpts)
}

// POSTOPGAS is a free data retrieval call binding the contract method 0xb8202d8f.
//
// Solidity: function POST_OP_GAS() view returns(uint256)
func (_DPNPaymaster *DPNPaymasterCallerSession) POSTOPGAS() (*big.Int, error) {
	return _DPNPaymaster.Contract.POSTOPGAS(&_DPNPaymaster.CallOpts)
}

// Credits is a free data retrieval call binding the contract method 0x26540fd2.
//
// Solidity: function credits() view returns(address)
func (_DPNPaymaster *DPNPaymasterCaller) Credits(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DPNPaymaster.contract.Call(opts, &out, "credits")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Credits is a free data retrieval call binding the contract method 0x26540fd2.
//
// Solidity: function credits() view returns(address)
func (_DPNPaymaster *DPNPaymasterSession) Credits() (common.Address, error) {
	return _DPNPaymaster.Contract.Credits(&_DPNPaymaster.CallOpts)
}

// Credits is a free data retrieval call binding the contract method 0x26540fd2.
//
// Solidity: function credits() view returns(address)
func (_DPNPaymaster *DPNPaymasterCallerSession) Credits() (common.Address, error) {
	return _DPNPaymaster.Contract.Credits(&_DPNPaymaster.CallOpts)
}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_DPNPaymaster *DPNPaymasterCaller) EntryPoint(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DPNPaymaster.contract.Call(opts, &out, "entryPoint")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_DPNPaymaster *DPNPaymasterSession) EntryPoint() (common.Address, error) {
	return _DPNPaymaster.Contract.EntryPoint(&_DPNPaymaster.CallOpts)
}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_DPNPaymaster *DPNPaymasterCallerSession) EntryPoint() (common.Address, error) {
	return _DPNPaymaster.Contract.EntryPoint(&_DPNPaymaster.CallOpts)
}

// GetDeposit is a free data retrieval call binding the contract method 0xc399ec88.
//
// Solidity: function getDeposit() view returns(uint256)
func (_DPNPaymaster *DPNPaymasterCaller) GetDeposit(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _DPNPaymaster.contract.Call(opts, &out, "getDeposit")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetDeposit is a free data retrieval call binding the contract method 0xc399ec88.
//
// Solidity: function getDeposit() view returns(uint256)
func (_DPNPaymaster *DPNPaymasterSession) GetDeposit() (*big.Int, error) {
	return _DPNPaymaster.Contract.GetDeposit(&_DPNPaymaster.CallOpts)
}

// GetDeposit is a free data retrieval call binding the contract method 0xc399ec88.
//
// Solidity: function getDeposit() view returns(uint256)
func (_DPNPaymaster *DPNPaymasterCallerSession) GetDeposit() (*big.Int, error) {
	return _DPNPaymaster.Contract.GetDeposit(&_DPNPaymaster.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_DPNPaymaster *DPNPaymasterCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DPNPaymaster.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_DPNPaymaster *DPNPaymasterSession) Owner() (common.Address, error) {
	return _DPNPaymaster.Contract.Owner(&_DPNPaymaster.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_DPNPaymaster *DPNPaymasterCallerSession) Owner() (common.Address, error) {
	return _DPNPaymaster.Contract.Owner(&_DPNPaymaster.CallOpts)
}

// PendingGasFunds is a free data retrieval call binding the contract method 0x39466132.
//
// Solidity: function pendingGasFunds(address sender) view returns(uint256)
func (_DPNPaymaster *DPNPaymasterCaller) PendingGasFunds(opts *bind.CallOpts, sender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _DPNPaymaster.contract.Call(opts, &out, "pendingGasFunds", sender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PendingGasFunds is a free data retrieval call binding the contract method 0x39466132.
//
// Solidity: function pendingGasFunds(address sender) view returns(uint256)
func (_DPNPaymaster *DPNPaymasterSession) PendingGasFunds(sender common.Address) (*big.Int, error) {
	return _DPNPaymaster.Contract.PendingGasFunds(&_DPNPaymaster.CallOpts, sender)
}

// PendingGasFunds is a free data retrieval call binding the contract method 0x39466132.
//
// Solidity: function pendingGasFunds(address sender) view returns(uint256)
func (_DPNPaymaster *DPNPaymasterCallerSession) PendingGasFunds(sender common.Address) (*big.Int, error) {
	return _DPNPaymaster.Contract.PendingGasFunds(&_DPNPaymaster.CallOpts, sender)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_DPNPaymaster *DPNPaymasterCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DPNPaymaster.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_DPNPaymaster *DPNPaymasterSession) PendingOwner() (common.Address, error) {
	return _DPNPaymaster.Contract.PendingOwner(&_DPNPaymaster.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_DPNPaymaster *DPNPaymasterCallerSession) PendingOwner() (common.Address, error) {
	return _DPNPaymaster.Contract.PendingOwner(&_DPNPaymaster.CallOpts)
}

// Refused is a free data retrieval call binding the contract method 0xe01940f3.
//
// Solidity: function refused(address sender) view returns(bool)
func (_DPNPaymaster *DPNPaymasterCaller) Refused(opts *bind.CallOpts, sender common.Address) (bool, error) {
	var out []interface{}
	err := _DPNPaymaster.contract.Call(opts, &out, "refused", sender)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Refused is a free data retrieval call binding the contract method 0xe01940f3.
//
// Solidity: function refused(address sender) view returns(bool)
func (_DPNPaymaster *DPNPaymasterSession) Refused(sender common.Address) (bool, error) {
	return _DPNPaymaster.Contract.Refused(&_DPNPaymaster.CallOpts, sender)
}

// Refused is a free data retrieval call binding the contract method 0xe01940f3.
//
// Solidity: function refused(address sender) view returns(bool)
func (_DPNPaymaster *DPNPaymasterCallerSession) Refused(sender common.Address) (bool, error) {
	return _DPNPaymaster.Contract.Refused(&_DPNPaymaster.CallOpts, sender)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_DPNPaymaster *DPNPaymasterTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DPNPaymaster.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_DPNPaymaster *DPNPaymasterSession) AcceptOwnership() (*types.Transaction, error) {
	return _DPNPaymaster.Contract.AcceptOwnership(&_DPNPaymaster.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_DPNPaymaster *DPNPaymasterTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _DPNPaymaster.Contract.AcceptOwnership(&_DPNPaymaster.TransactOpts)
}

// AddStake is a paid mutator transaction binding the contract method 0x0396cb60.
//
// Solidity: function addStake(uint32 unstakeDelaySec) payable returns()
func (_DPNPaymaster *DPNPaymasterTransactor) AddStake(opts *bind.TransactOpts, unstakeDelaySec uint32) (*types.Transaction, error) {
	return _DPNPaymaster.contract.Transact(opts, "addStake", unstakeDelaySec)
}

// AddStake is a paid mutator transaction binding the contract method 0x0396cb60.
//
// Solidity: function addStake(uint32 unstakeDelaySec) payable returns()
func (_DPNPaymaster *DPNPaymasterSession) AddStake(unstakeDelaySec uint32) (*types.Transaction, error) {
	return _DPNPaymaster.Contract.AddStake(&_DPNPaymaster.TransactOpts, unstakeDelaySec)
}

// AddStake is a paid mutator transaction binding the contract method 0x0396cb60.
//
// Solidity: function addStake(uint32 unstakeDelaySec) payable returns()
func (_DPNPaymaster *DPNPaymasterTransactorSession) AddStake(unstakeDelaySec uint32) (*types.Transaction, error) {
	return _DPNPaymaster.Contract.AddStake(&_DPNPaymaster.TransactOpts, unstakeDelaySec)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_DPNPaymaster *DPNPaymasterTransactor) Deposit(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DPNPaymaster.contract.Transact(opts, "deposit")
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_DPNPaymaster *DPNPaymasterSession) Deposit() (*types.Transaction, error) {
	return _DPNPaymaster.Contract.Deposit(&_DPNPaymaster.TransactOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_DPNPaymaster *DPNPaymasterTransactorSession) Deposit() (*types.Transaction, error) {
	return _DPNPaymaster.Contract.Deposit(&_DPNPaymaster.TransactOpts)
}

// FundGas is a paid mutator transaction binding the contract method 0x203fc09b.
//
// Solidity: function fundGas(address buyer) payable returns()
func (_DPNPaymaster *DPNPaymasterTransactor) FundGas(opts *bind.TransactOpts, buyer common.Address) (*types.Transaction, error) {
	return _DPNPaymaster.contract.Transact(opts, "fundGas", buyer)
}

// FundGas is a paid mutator transaction binding the contract method 0x203fc09b.
//
// Solidity: function fundGas(address buyer) payable returns()
func (_DPNPaymaster *DPNPaymasterSession) FundGas(buyer common.Address) (*types.Transaction, error) {
	return _DPNPaymaster.Contract.FundGas(&_DPNPaymaster.TransactOpts, buyer)
}

// FundGas is a paid mutator transaction binding the contract method 0x203fc09b.
//
// Solidity: function fundGas(address buyer) payable returns()
func (_DPNPaymaster *DPNPaymasterTransactorSession) FundGas(buyer common.Address) (*types.Transaction, error) {
	return _DPNPaymaster.Contract.FundGas(&_DPNPaymaster.TransactOpts, buyer)
}

// PostOp is a paid mutator transaction binding the contract method 0x7c627b21.
//
// Solidity: function postOp(uint8 mode, bytes context, uint256 actualGasCost, uint256 actualUserOpFeePerGas) returns()
func (_DPNPaymaster *DPNPaymasterTransactor) PostOp(opts *bind.TransactOpts, mode uint8, context []byte, actualGasCost *big.Int, actualUserOpFeePerGas *big.Int) (*types.Transaction, error) {
	return _DPNPaymaster.contract.Transact(opts, "postOp", mode, context, actualGasCost, actualUserOpFeePerGas)
}

// PostOp is a paid mutator transaction binding the contract method 0x7c627b21.
//
// Solidity: function postOp(uint8 mode, bytes context, uint256 actualGasCost, uint256 actualUserOpFeePerGas) returns()
func (_DPNPaymaster *DPNPaymasterSession) PostOp(mode uint8, context []byte, actualGasCost *big.Int, actualUserOpFeePerGas *big.Int) (*types.Transaction, error) {
	return _DPNPaymaster.Contract.PostOp(&_DPNPaymaster.TransactOpts, mode, context, actualGasCost, actualUserOpFeePerGas)
}

// PostOp is a paid mutator transaction binding the contract method 0x7c627b21.
//
// Solidity: function postOp(uint8 mode, bytes context, uint256 actualGasCost, uint256 actualUserOpFeePerGas) returns()
func (_DPNPaymaster *DPNPaymasterTransactorSession) PostOp(mode uint8, context []byte, actualGasCost *big.Int, actualUserOpFeePerGas *big.Int) (*types.Transaction, error) {
	return _DPNPaymaster.Contract.PostOp(&_DPNPaymaster.TransactOpts, mode, context, actualGasCost, actualUserOpFeePerGas)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_DPNPaymaster *DPNPaymasterTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DPNPaymaster.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_DPNPaymaster *DPNPaymasterSession) RenounceOwnership() (*types.Transaction, error) {
	return _DPNPaymaster.Contract.RenounceOwnership(&_DPNPaymaster.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_DPNPaymaster *DPNPaymasterTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _DPNPaymaster.Contract.RenounceOwnership(&_DPNPaymaster.TransactOpts)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_DPNPaymaster *DPNPaymasterTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _DPNPaymaster.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_DPNPaymaster *DPNPaymasterSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _DPNPaymaster.Contract.TransferOwnership(&_DPNPaymaster.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_DPNPaymaster *DPNPaymasterTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _DPNPaymaster.Contract.TransferOwnership(&_DPNPaymaster.TransactOpts, newOwner)
}

// UnlockStake is a paid mutator transaction binding the contract method 0xbb9fe6bf.
//
// Solidity: function unlockStake() returns()
func (_DPNPaymaster *DPNPaymasterTransactor) UnlockStake(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DPNPaymaster.contract.Transact(opts, "unlockStake")
}

// UnlockStake is a paid mutator transaction binding the contract method 0xbb9fe6bf.
//
// Solidity: function unlockStake() returns()
func (_DPNPaymaster *DPNPaymasterSession) UnlockStake() (*types.Transaction, error) {
	return _DPNPaymaster.Contract.UnlockStake(&_DPNPaymaster.TransactOpts)
}

// UnlockStake is a paid mutator transaction binding the contract method 0xbb9fe6bf.
//
// Solidity: function unlockStake() returns()
func (_DPNPaymaster *DPNPaymasterTransactorSession) UnlockStake() (*types.Transaction, error) {
	return _DPNPaymaster.Contract.UnlockStake(&_DPNPaymaster.TransactOpts)
}

// ValidatePaymasterUserOp is a paid mutator transaction binding the contract method 0x52b7512c.
//
// Solidity: function validatePaymasterUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, bytes32 userOpHash, uint256 maxCost) returns(bytes context, uint256 validationData)
func (_DPNPaymaster *DPNPaymasterTransactor) ValidatePaymasterUserOp(opts *bind.TransactOpts, userOp PackedUserOperation, userOpHash [32]byte, maxCost *big.Int) (*types.Transaction, error) {
	return _DPNPaymaster.contract.Transact(opts, "validatePaymasterUserOp", userOp, userOpHash, maxCost)
}

// ValidatePaymasterUserOp is a paid mutator transaction binding the contract method 0x52b7512c.
//
// Solidity: function validatePaymasterUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, bytes32 userOpHash, uint256 maxCost) returns(bytes context, uint256 validationData)
func (_DPNPaymaster *DPNPaymasterSession) ValidatePaymasterUserOp(userOp PackedUserOperation, userOpHash [32]byte, maxCost *big.Int) (*types.Transaction, error) {
	return _DPNPaymaster.Contract.ValidatePaymasterUserOp(&_DPNPaymaster.TransactOpts, userOp, userOpHash, maxCost)
}

// ValidatePaymasterUserOp is a paid mutator transaction binding the contract method 0x52b7512c.
//
// Solidity: function validatePaymasterUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, bytes32 userOpHash, uint256 maxCost) returns(bytes context, uint256 validationData)
func (_DPNPaymaster *DPNPaymasterTransactorSession) ValidatePaymasterUserOp(userOp PackedUserOperation, userOpHash [32]byte, maxCost *big.Int) (*types.Transaction, error) {
	return _DPNPaymaster.Contract.ValidatePaymasterUserOp(&_DPNPaymaster.TransactOpts, userOp, userOpHash, maxCost)
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xc23a5cea.
//
// Solidity: function withdrawStake(address withdrawAddress) returns()
func (_DPNPaymaster *DPNPaymasterTransactor) WithdrawStake(opts *bind.TransactOpts, withdrawAddress common.Address) (*types.Transaction, error) {
	return _DPNPaymaster.contract.Transact(opts, "withdrawStake", withdrawAddress)
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xc23a5cea.
//
// Solidity: function withdrawStake(address withdrawAddress) returns()
func (_DPNPaymaster *DPNPaymasterSession) WithdrawStake(withdrawAddress common.Address) (*types.Transaction, error) {
	return _DPNPaymaster.Contract.WithdrawStake(&_DPNPaymaster.TransactOpts, withdrawAddress)
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xc23a5cea.
//
// Solidity: function withdrawStake(address withdrawAddress) returns()
func (_DPNPaymaster *DPNPaymasterTransactorSession) WithdrawStake(withdrawAddress common.Address) (*types.Transaction, error) {
	return _DPNPaymaster.Contract.WithdrawStake(&_DPNPaymaster.TransactOpts, withdrawAddress)
}

// WithdrawTo is a paid mutator transaction binding the contract method 0x205c2878.
//
// Solidity: function withdrawTo(address withdrawAddress, uint256 amount) returns()
func (_DPNPaymaster *DPNPaymasterTransactor) WithdrawTo(opts *bind.TransactOpts, withdrawAddress common.Address, amount *big.Int) (*types.Transaction, error) {
	return _DPNPaymaster.contract.Transact(opts, "withdrawTo", withdrawAddress, amount)
}

// WithdrawTo is a paid mutator transaction binding the contract method 0x205c2878.
//
// Solidity: function withdrawTo(address withdrawAddress, uint256 amount) returns()
func (_DPNPaymaster *DPNPaymasterSession) WithdrawTo(withdrawAddress common.Address, amount *big.Int) (*types.Transaction, error) {
	return _DPNPaymaster.Contract.WithdrawTo(&_DPNPaymaster.TransactOpts, withdrawAddress, amount)
}

// WithdrawTo is a paid mutator transaction binding the contract method 0x205c2878.
//
// Solidity: function withdrawTo(address withdrawAddress, uint256 amount) returns()
func (_DPNPaymaster *DPNPaymasterTransactorSession) WithdrawTo(withdrawAddress common.Address, amount *big.Int) (*types.Transaction, error) {
	return _DPNPaymaster.Contract.WithdrawTo(&_DPNPaymaster.TransactOpts, withdrawAddress, amount)
}

// DPNPaymasterGasFundedIterator is returned from FilterGasFunded and is used to iterate over the raw logs and unpacked data for GasFunded events raised by the DPNPaymaster contract.
type DPNPaymasterGasFundedIterator struct {
	Event *DPNPaymasterGasFunded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNPaymasterGasFundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNPaymasterGasFunded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNPaymasterGasFunded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNPaymasterGasFundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNPaymasterGasFundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNPaymasterGasFunded represents a GasFunded event raised by the DPNPaymaster contract.
type DPNPaymasterGasFunded struct {
	Buyer     common.Address
	AmountWei *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterGasFunded is a free log retrieval operation binding the contract event 0xa7c69bb7aa4c89631542ba5eae34f7a095e4ed2ee9eafaf1b8f6f56994090cd5.
//
// Solidity: event GasFunded(address indexed buyer, uint256 amountWei)
func (_DPNPaymaster *DPNPaymasterFilterer) FilterGasFunded(opts *bind.FilterOpts, buyer []common.Address) (*DPNPaymasterGasFundedIterator, error) {

	var buyerRule []interface{}
	for _, buyerItem := range buyer {
		buyerRule = append(buyerRule, buyerItem)
	}

	logs, sub, err := _DPNPaymaster.contract.FilterLogs(opts, "GasFunded", buyerRule)
	if err != nil {
		return nil, err
	}
	return &DPNPaymasterGasFundedIterator{contract: _DPNPaymaster.contract, event: "GasFunded", logs: logs, sub: sub}, nil
}

// WatchGasFunded is a free log subscription operation binding the contract event 0xa7c69bb7aa4c89631542ba5eae34f7a095e4ed2ee9eafaf1b8f6f56994090cd5.
//
// Solidity: event GasFunded(address indexed buyer, uint256 amountWei)
func (_DPNPaymaster *DPNPaymasterFilterer) WatchGasFunded(opts *bind.WatchOpts, sink chan<- *DPNPaymasterGasFunded, buyer []common.Address) (event.Subscription, error) {

	var buyerRule []interface{}
	for _, buyerItem := range buyer {
		buyerRule = append(buyerRule, buyerItem)
	}

	logs, sub, err := _DPNPaymaster.contract.WatchLogs(opts, "GasFunded", buyerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNPaymasterGasFunded)
				if err := _DPNPaymaster.contract.UnpackLog(event, "GasFunded", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseGasFunded is a log parse operation binding the contract event 0xa7c69bb7aa4c89631542ba5eae34f7a095e4ed2ee9eafaf1b8f6f56994090cd5.
//
// Solidity: event GasFunded(address indexed buyer, uint256 amountWei)
func (_DPNPaymaster *DPNPaymasterFilterer) ParseGasFunded(log types.Log) (*DPNPaymasterGasFunded, error) {
	event := new(DPNPaymasterGasFunded)
	if err := _DPNPaymaster.contract.UnpackLog(event, "GasFunded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNPaymasterGasRepaidIterator is returned from FilterGasRepaid and is used to iterate over the raw logs and unpacked data for GasRepaid events raised by the DPNPaymaster contract.
type DPNPaymasterGasRepaidIterator struct {
	Event *DPNPaymasterGasRepaid // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNPaymasterGasRepaidIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNPaymasterGasRepaid)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNPaymasterGasRepaid)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNPaymasterGasRepaidIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNPaymasterGasRepaidIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNPaymasterGasRepaid represents a GasRepaid event raised by the DPNPaymaster contract.
type DPNPaymasterGasRepaid struct {
	Sender     common.Address
	UserOpHash [32]byte
	CostWei    *big.Int
	RefundWei  *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterGasRepaid is a free log retrieval operation binding the contract event 0x3fbdd09cf7c658e21fe6c2c1221288467eca4e51bd797438c789489afec80433.
//
// Solidity: event GasRepaid(address indexed sender, bytes32 indexed userOpHash, uint256 costWei, uint256 refundWei)
func (_DPNPaymaster *DPNPaymasterFilterer) FilterGasRepaid(opts *bind.FilterOpts, sender []common.Address, userOpHash [][32]byte) (*DPNPaymasterGasRepaidIterator, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var userOpHashRule []interface{}
	for _, userOpHashItem := range userOpHash {
		userOpHashRule = append(userOpHashRule, userOpHashItem)
	}

	logs, sub, err := _DPNPaymaster.contract.FilterLogs(opts, "GasRepaid", senderRule, userOpHashRule)
	if err != nil {
		return nil, err
	}
	return &DPNPaymasterGasRepaidIterator{contract: _DPNPaymaster.contract, event: "GasRepaid", logs: logs, sub: sub}, nil
}

// WatchGasRepaid is a free log subscription operation binding the contract event 0x3fbdd09cf7c658e21fe6c2c1221288467eca4e51bd797438c789489afec80433.
//
// Solidity: event GasRepaid(address indexed sender, bytes32 indexed userOpHash, uint256 costWei, uint256 refundWei)
func (_DPNPaymaster *DPNPaymasterFilterer) WatchGasRepaid(opts *bind.WatchOpts, sink chan<- *DPNPaymasterGasRepaid, sender []common.Address, userOpHash [][32]byte) (event.Subscription, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var userOpHashRule []interface{}
	for _, userOpHashItem := range userOpHash {
		userOpHashRule = append(userOpHashRule, userOpHashItem)
	}

	logs, sub, err := _DPNPaymaster.contract.WatchLogs(opts, "GasRepaid", senderRule, userOpHashRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNPaymasterGasRepaid)
				if err := _DPNPaymaster.contract.UnpackLog(event, "GasRepaid", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseGasRepaid is a log parse operation binding the contract event 0x3fbdd09cf7c658e21fe6c2c1221288467eca4e51bd797438c789489afec80433.
//
// Solidity: event GasRepaid(address indexed sender, bytes32 indexed userOpHash, uint256 costWei, uint256 refundWei)
func (_DPNPaymaster *DPNPaymasterFilterer) ParseGasRepaid(log types.Log) (*DPNPaymasterGasRepaid, error) {
	event := new(DPNPaymasterGasRepaid)
	if err := _DPNPaymaster.contract.UnpackLog(event, "GasRepaid", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNPaymasterOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the DPNPaymaster contract.
type DPNPaymasterOwnershipTransferStartedIterator struct {
	Event *DPNPaymasterOwnershipTransferStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNPaymasterOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNPaymasterOwnershipTransferStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNPaymasterOwnershipTransferStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNPaymasterOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNPaymasterOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNPaymasterOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the DPNPaymaster contract.
type DPNPaymasterOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_DPNPaymaster *DPNPaymasterFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*DPNPaymasterOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _DPNPaymaster.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &DPNPaymasterOwnershipTransferStartedIterator{contract: _DPNPaymaster.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_DPNPaymaster *DPNPaymasterFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *DPNPaymasterOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _DPNPaymaster.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNPaymasterOwnershipTransferStarted)
				if err := _DPNPaymaster.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferStarted is a log parse operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_DPNPaymaster *DPNPaymasterFilterer) ParseOwnershipTransferStarted(log types.Log) (*DPNPaymasterOwnershipTransferStarted, error) {
	event := new(DPNPaymasterOwnershipTransferStarted)
	if err := _DPNPaymaster.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNPaymasterOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the DPNPaymaster contract.
type DPNPaymasterOwnershipTransferredIterator struct {
	Event *DPNPaymasterOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNPaymasterOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNPaymasterOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNPaymasterOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNPaymasterOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNPaymasterOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNPaymasterOwnershipTransferred represents a OwnershipTransferred event raised by the DPNPaymaster contract.
type DPNPaymasterOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_DPNPaymaster *DPNPaymasterFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*DPNPaymasterOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _DPNPaymaster.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &DPNPaymasterOwnershipTransferredIterator{contract: _DPNPaymaster.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_DPNPaymaster *DPNPaymasterFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *DPNPaymasterOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _DPNPaymaster.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNPaymasterOwnershipTransferred)
				if err := _DPNPaymaster.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_DPNPaymaster *DPNPaymasterFilterer) ParseOwnershipTransferred(log types.Log) (*DPNPaymasterOwnershipTransferred, error) {
	event := new(DPNPaymasterOwnershipTransferred)
	if err := _DPNPaymaster.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNPaymasterSponsorshipUnpaidIterator is returned from FilterSponsorshipUnpaid and is used to iterate over the raw logs and unpacked data for SponsorshipUnpaid events raised by the DPNPaymaster contract.
type DPNPaymasterSponsorshipUnpaidIterator struct {
	Event *DPNPaymasterSponsorshipUnpaid // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNPaymasterSponsorshipUnpaidIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNPaymasterSponsorshipUnpaid)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNPaymasterSponsorshipUnpaid)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNPaymasterSponsorshipUnpaidIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNPaymasterSponsorshipUnpaidIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNPaymasterSponsorshipUnpaid represents a SponsorshipUnpaid event raised by the DPNPaymaster contract.
type DPNPaymasterSponsorshipUnpaid struct {
	Sender     common.Address
	UserOpHash [32]byte
	CostWei    *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterSponsorshipUnpaid is a free log retrieval operation binding the contract event 0x3a0e33229b9c0d76676d78438a829780cff1142e1278c210ef01ff635db7a867.
//
// Solidity: event SponsorshipUnpaid(address indexed sender, bytes32 indexed userOpHash, uint256 costWei)
func (_DPNPaymaster *DPNPaymasterFilterer) FilterSponsorshipUnpaid(opts *bind.FilterOpts, sender []common.Address, userOpHash [][32]byte) (*DPNPaymasterSponsorshipUnpaidIterator, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var userOpHashRule []interface{}
	for _, userOpHashItem := range userOpHash {
		userOpHashRule = append(userOpHashRule, userOpHashItem)
	}

	logs, sub, err := _DPNPaymaster.contract.FilterLogs(opts, "SponsorshipUnpaid", senderRule, userOpHashRule)
	if err != nil {
		return nil, err
	}
	return &DPNPaymasterSponsorshipUnpaidIterator{contract: _DPNPaymaster.contract, event: "SponsorshipUnpaid", logs: logs, sub: sub}, nil
}

// WatchSponsorshipUnpaid is a free log subscription operation binding the contract event 0x3a0e33229b9c0d76676d78438a829780cff1142e1278c210ef01ff635db7a867.
//
// Solidity: event SponsorshipUnpaid(address indexed sender, bytes32 indexed userOpHash, uint256 costWei)
func (_DPNPaymaster *DPNPaymasterFilterer) WatchSponsorshipUnpaid(opts *bind.WatchOpts, sink chan<- *DPNPaymasterSponsorshipUnpaid, sender []common.Address, userOpHash [][32]byte) (event.Subscription, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var userOpHashRule []interface{}
	for _, userOpHashItem := range userOpHash {
		userOpHashRule = append(userOpHashRule, userOpHashItem)
	}

	logs, sub, err := _DPNPaymaster.contract.WatchLogs(opts, "SponsorshipUnpaid", senderRule, userOpHashRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNPaymasterSponsorshipUnpaid)
				if err := _DPNPaymaster.contract.UnpackLog(event, "SponsorshipUnpaid", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSponsorshipUnpaid is a log parse operation binding the contract event 0x3a0e33229b9c0d76676d78438a829780cff1142e1278c210ef01ff635db7a867.
//
// Solidity: event SponsorshipUnpaid(address indexed sender, bytes32 indexed userOpHash, uint256 costWei)
func (_DPNPaymaster *DPNPaymasterFilterer) ParseSponsorshipUnpaid(log types.Log) (*DPNPaymasterSponsorshipUnpaid, error) {
	event := new(DPNPaymasterSponsorshipUnpaid)
	if err := _DPNPaymaster.contract.UnpackLog(event, "SponsorshipUnpaid", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNSettlementMetaData contains all meta data concerning the DPNSettlement contract.
var DPNSettlementMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIDPNTokenIssuer\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"dpnChainId_\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"powers\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structDPNSettlement.Valset\",\"name\":\"initial\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchNonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyDelivered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nowTimestamp\",\"type\":\"uint256\"}],\"name\":\"BatchExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"ClaimExceedsTotal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InputOutOfField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"supplied\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"ordered\",\"type\":\"bytes32\"}],\"name\":\"InputsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientPower\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidClaimCommitment\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidMerkleProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidValset\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidVerifyingKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"JobExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"JobNotOrdered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supplied\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"last\",\"type\":\"uint256\"}],\"name\":\"StaleBatchNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supplied\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"}],\"name\":\"StaleValsetNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchNonce\",\"type\":\"uint256\"}],\"name\":\"UnknownClaimBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vkId\",\"type\":\"bytes32\"}],\"name\":\"UnknownVerifyingKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"supplied\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stored\",\"type\":\"bytes32\"}],\"name\":\"ValsetMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vkId\",\"type\":\"bytes32\"}],\"name\":\"VerifyingKeyExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"supplied\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"ordered\",\"type\":\"bytes32\"}],\"name\":\"VerifyingKeyMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VerifyingKeyStoreFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"name\":\"WrongChainId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supplied\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongInputCount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"records\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pushedTotal\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"claimRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"claimTotal\",\"type\":\"uint256\"}],\"name\":\"BatchSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchNonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"team\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"vkId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"}],\"name\":\"JobOrdered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"team\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"vkId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"proofHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"}],\"name\":\"ProofDelivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"checkpoint\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"powers\",\"type\":\"uint256[]\"}],\"name\":\"ValsetUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"vkId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"publicInputs\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"data\",\"type\":\"address\"}],\"name\":\"VerifyingKeyRegistered\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BATCH_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PUBLIC_INPUTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TOTAL_POWER\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_VALIDATORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VALSET_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"l2ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"recipients\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"claimRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"claimTotal\",\"type\":\"uint256\"}],\"internalType\":\"structDPNSettlement.Batch\",\"name\":\"batch\",\"type\":\"tuple\"}],\"name\":\"batchDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchNonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchNonce\",\"type\":\"uint256\"}],\"name\":\"claimBatches\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vkId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[8]\",\"name\":\"proof\",\"type\":\"uint256[8]\"},{\"internalType\":\"uint256[]\",\"name\":\"publicInputs\",\"type\":\"uint256[]\"}],\"name\":\"deliverProof\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dpnChainId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchNonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"isClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"jobs\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"team\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deliveredAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"vkId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastBatchNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vkId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"}],\"name\":\"orderJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vkId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"vk\",\"type\":\"bytes\"}],\"name\":\"registerVerifyingKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"powers\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structDPNSettlement.Valset\",\"name\":\"currentValset\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"l2ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"recipients\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"claimRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"claimTotal\",\"type\":\"uint256\"}],\"internalType\":\"structDPNSettlement.Batch\",\"name\":\"batch\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structDPNSettlement.Signature[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"submitBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIDPNTokenIssuer\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"powers\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structDPNSettlement.Valset\",\"name\":\"newValset\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"powers\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structDPNSettlement.Valset\",\"name\":\"currentValset\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structDPNSettlement.Signature[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"updateValset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valsetCheckpoint\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"powers\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structDPNSettlement.Valset\",\"name\":\"vs\",\"type\":\"tuple\"}],\"name\":\"valsetDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valsetNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vkId\",\"type\":\"bytes32\"}],\"name\":\"verifyingKey\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"vk\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vkId\",\"type\":\"bytes32\"}],\"name\":\"verifyingKeys\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"data\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6101a0806040523461062757612ba0803803809161001d8285610657565b83398101906080818303126106275780516001600160a01b038116918282036106275760208101516001600160401b03811161062757810184601f820112156106275780516001600160401b0381116106435760405190610088601f8201601f191660200183610657565b8082526020820192876020838301011161062757815f926020809301865e8301015260408301516001600160401b038111610627578301936060858803126106275760405194606086016001600160401b038111878210176106435760405280516001600160401b03811161062757810188601f82011215610627578051906101108261067a565b9161011e6040519384610657565b80835260208084019160051b830101918b831161062757602001905b82821061062b57505050865260208101516001600160401b0381116106275781019780601f8a0112156106275788516101728161067a565b996101806040519b8c610657565b818b526020808c019260051b82010192831161062757602001905b82821061061757505050606060406101c492602089019a8b520151956040880196875201610691565b9560409687516101d48982610657565b600d8152602081016c11141394d95d1d1b195b595b9d609a1b81528951906101fc8b83610657565b600182526020820192603160f81b8452610215816106cd565b61012052610222836106cd565b6101405251902060e052519020610100524660a05261023f610738565b6080523060c0526001600160a01b0316801561060457600380546001600160a01b031990811690915560028054918216831790556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3156105f557610160525190206101805281518451815190811580156105ea575b80156105df575b61053f57905f915f935f945b83861061054e575050505064010000000091501161053f578151938051948251610180519186516020810181819360208151939101925f5b81811061051d575050610327925003601f198101835282610657565b519020865160208101908160208b51919b01905f5b8181106105075750505061035f8160429798999a9b03601f198101835282610657565b5190209088519260208401947fc5151050d01728d1147f6a43f0763a8037d4d1ba7d0e9ad127da1a7bb32e8ff986528a8501526060840152608083015260a082015260a081526103b060c082610657565b5190206103bb610796565b9086519161190160f01b83526002830152602282015220918260045551928360055551905190845192606084019084526060602085015281518091526020608085019201905f5b8181106104e85750505082810385840152602080835192838152019201905f5b8181106104d25750505090807f9d917a4b162b3269a51d65ea7d208014cb13492aab8b46960435524451b87bb3920390a2516123d490816107cc82396080518161229a015260a05181612357015260c0518161226b015260e051816122e90152610100518161230f01526101205181610a7601526101405181610aa001526101605181818161017801528181610df201526111fd01526101805181818161146f01528181611c200152611d2b0152f35b8251845260209384019390920191600101610422565b82516001600160a01b0316845260209384019390920191600101610402565b82518d5260209c8d019c9092019160010161033c565b84516001600160a01b031683526020948501948694509092019160010161030b565b632bd23f0360e21b5f5260045ffd5b929391929091906001600160a01b0361056787856106a5565b51166001600160a01b03909116108015906105cd575b61053f576001600160a01b0361059386846106a5565b5116906105a086856106a5565b5181018091116105b957600190950194939291906102d3565b634e487b7160e01b5f52601160045260245ffd5b506105d885846106a5565b511561057d565b5080518214156102c7565b5061010082116102c0565b63d92e233d60e01b5f5260045ffd5b631e4fbdf760e01b5f525f60045260245ffd5b815181526020918201910161019b565b5f80fd5b6020809161063884610691565b81520191019061013a565b634e487b7160e01b5f52604160045260245ffd5b601f909101601f19168101906001600160401b0382119082101761064357604052565b6001600160401b0381116106435760051b60200190565b51906001600160a01b038216820361062757565b80518210156106b95760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b601f8151116106f85760208151910151602082106106e9571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fd5b60e051610100516040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261079060c082610657565b51902090565b60c0516001600160a01b03163014806107c0575b156107b55760805190565b6107bd610738565b90565b5060a05146146107aa56fe60806040526004361015610011575f80fd5b5f5f3560e01c8063027ecf18146116af57806306110a761461169257806319b5e2471461167557806337b45025146114ef57806338ed7cfc146114925780634dc82ae514611458578063522eeeee1461141957806355cef30e146113d15780635d4df3bf1461109b5780636ab2a34b14611060578063714897df14611043578063715018a614610fd85780637798394114610bff57806379ba509714610b7457806384b0196e14610a5c57806386fdef6814610a295780638847bd70146109e75780638da5cb5b146109c057806397f3bf7d1461059a578063a1532da21461057f578063b61a174314610330578063b7848f32146102f5578063d3c04cec146102bd578063e30c397814610296578063e47b2d9514610276578063f239939514610258578063f2fde38b146101e1578063f364c90c1461019f5763fc0c546a14610159575f80fd5b3461019c578060031936011261019c5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b80fd5b503461019c57604036600319011261019c576020906040602435916004358152600884528181208360081c825284522054600160ff60405193161b1615158152f35b503461019c57602036600319011261019c576004356001600160a01b0381168091036102545761020f612163565b806001600160a01b031960035416176003556001600160a01b03600254167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227008380a380f35b5080fd5b503461019c578060031936011261019c576020600654604051908152f35b503461019c578060031936011261019c5760206040516401000000008152f35b503461019c578060031936011261019c5760206001600160a01b0360035416604051908152f35b503461019c57602036600319011261019c576102f16102dd600435611db8565b604051918291602083526020830190611970565b0390f35b503461019c578060031936011261019c5760206040517ffa333ac258c009c97f9225a2e40e47f078355746c64e66c97954905db3c0def88152f35b503461019c57604036600319011261019c5760043560243567ffffffffffffffff811161057b573660238201121561057b57806004013567ffffffffffffffff81116105775736602482840101116105775761038a612163565b82845260096020526001600160a01b0360408520541661054b576103ad8161218a565b9290158015610541575b61051957906001600160a01b03916103f56021604051848195602460208401968c88520184840137810189838201520301601f1981018452836119ca565b610498602e8351936040519384917fffffffff0000000000000000000000000000000000000000000000000000000060208401977f6300000000000000000000000000000000000000000000000000000000000000895260e01b1660218401527f80600e6000396000f3000000000000000000000000000000000000000000000060258401525180918484015e810189838201520301601f1981018352826119ca565b519085f01680156104f1577fa2d5e8477ede89d9a33b2b1004e36e2a4fa0cc3fd2c5149871c1bc1e31be2af2916040918486526009602052828620816001600160a01b031982541617905582519182526020820152a280f35b6004847fc9507473000000000000000000000000000000000000000000000000000000008152fd5b6004857fa0c03121000000000000000000000000000000000000000000000000000000008152fd5b50602083116103b7565b602484847fa974428b000000000000000000000000000000000000000000000000000000008252600452fd5b8380fd5b8280fd5b503461019c578060031936011261019c576020604051818152f35b503461019c5761016036600319011261019c57602435600435366101441161057b576101443567ffffffffffffffff8111610577576105dd90369060040161193f565b9190818552600a602052604085208054936001600160a01b0385169485156109945760a01c67ffffffffffffffff1661096857600182015486810361093857506040516020810190602082526106498161063b604082018689611ae5565b03601f1981018352826119ca565b5190209260028301548015158061092e575b6108fe575061066987611db8565b610673815161218a565b80915084036108ce5750909190885b8281106108635750604051906101008201936101e0820151835261020082015190602084019182526001948c916040860190606087019060808801915b8486106108185750505050505091610380610160608093600196956044358952606435807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47039015150261012086015285608461014087013760c0602083016101c087015e8451610280860152516102a08501528460e082016102c086015e60406101046103408601370191015e6020836103008160085afa1691511416156107f05780547fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff164260a01b67ffffffffffffffff60a01b161790557f35691e53eb848d3e9b4854a5fa382674f313fe448f164eb56a22b95309e6e92390604090815160208101906101006044833761010081526107de610120826119ca565b5190209082519182526020820152a480f35b6004867f09bde339000000000000000000000000000000000000000000000000000000008152fd5b909192939498600190610200828c0160061b8a016101e08101518852015183528a60051b840135855260408660608160075afa1660408a60808160065afa16990194939291906106bf565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016108918285879697611ea6565b3510156108a357600101929192610682565b7ffc41e936000000000000000000000000000000000000000000000000000000008a52600452602489fd5b89604491857fc8a519a8000000000000000000000000000000000000000000000000000000008352600452602452fd5b88604491867f6b75f2cf000000000000000000000000000000000000000000000000000000008352600452602452fd5b508481141561065b565b87604491887f717ed8f9000000000000000000000000000000000000000000000000000000008352600452602452fd5b602487857f56bc34a1000000000000000000000000000000000000000000000000000000008252600452fd5b602488867feaeba85a000000000000000000000000000000000000000000000000000000008252600452fd5b503461019c578060031936011261019c5760206001600160a01b0360025416604051908152f35b503461019c57602036600319011261019c5760406060916004358152600760205220805490600260018201549101549060405192835260208301526040820152f35b503461019c57602036600319011261019c576001600160a01b036040602092600435815260098452205416604051908152f35b503461019c578060031936011261019c57610b1890610a9a7f000000000000000000000000000000000000000000000000000000000000000061237d565b90610ac47f000000000000000000000000000000000000000000000000000000000000000061237d565b906020610b2660405193610ad883866119ca565b8385525f3681376040519687967f0f00000000000000000000000000000000000000000000000000000000000000885260e08589015260e0880190611970565b908682036040880152611970565b904660608601523060808601528260a086015284820360c08601528080855193848152019401925b828110610b5d57505050500390f35b835185528695509381019392810192600101610b4e565b503461019c578060031936011261019c57336001600160a01b036003541603610bec576001600160a01b031960035416600355600254336001600160a01b03198216176002556001600160a01b033391167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08380a380f35b8063118cdaa760e01b6024925233600452fd5b503461019c57606036600319011261019c5760043567ffffffffffffffff8111610254576060816004019160031990360301126102545760243567ffffffffffffffff811161057b57806004019161010060031983360301126105775760443567ffffffffffffffff8111610fd457610c7c9036906004016118fa565b929091610c876120ef565b610c9081611e2b565b6024820135468103610fa5575084359360065480861115610f755750604483013580421015610f4657506084830190610cc98288611994565b97905060a4850191610cdb8383611994565b90508903610f235760c48601359485159160e48801359889158403610efb5790610d0f9291610d0986611ca3565b92611ec4565b8760065515610e93575b889288610d8c575b505050917fb33c4bbf82ba9350d3f74c3b31675d26ca65480569a9c60a2024d335e99a17af93606492608094604051988952602089015260408801526060870152013593a3807f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d80f35b610de5935090610daa610da26020949383611994565b939092611994565b60409591955195869485947e4b4bf700000000000000000000000000000000000000000000000000000000865260648b013560048701611b22565b03818a6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165af1908115610e88578791610e2c575b5083826080610d21565b919290506020823d602011610e80575b81610e49602093836119ca565b81010312610e7c5790519091907fb33c4bbf82ba9350d3f74c3b31675d26ca65480569a9c60a2024d335e99a17af610e22565b8680fd5b3d9150610e3c565b6040513d89823e3d90fd5b6040516060810181811067ffffffffffffffff821117610ee7576040528481526002602082016064880135815260408301908982528a8d52600760205260408d209351845551600184015551910155610d19565b60248b634e487b7160e01b81526041600452fd5b60048d7ffee7b8b3000000000000000000000000000000000000000000000000000000008152fd5b60448a8a610f318686611994565b9190506355c5b3e360e11b8352600452602452fd5b7fe63fca9300000000000000000000000000000000000000000000000000000000885260045242602452604487fd5b87604491877f58680fc8000000000000000000000000000000000000000000000000000000008352600452602452fd5b7f857c0bad00000000000000000000000000000000000000000000000000000000875260045246602452604486fd5b8480fd5b503461019c578060031936011261019c57610ff1612163565b6001600160a01b031960035416600355806001600160a01b036002546001600160a01b03198116600255167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a380f35b503461019c578060031936011261019c5760206040516101008152f35b503461019c578060031936011261019c5760206040517fc5151050d01728d1147f6a43f0763a8037d4d1ba7d0e9ad127da1a7bb32e8ff98152f35b50346112c75760a03660031901126112c757600435602435906044356001600160a01b0381168091036112c7576064359260843567ffffffffffffffff81116112c7576110ec90369060040161193f565b9190936110f76120ef565b805f52600760205260405f209485549081156113a557825f52600860205260405f20918460081c92835f5260205260405f205495600160ff87161b92838816611375579060405160208101908882528a60408201528c6060820152606081526111616080826119ca565b519020604051602081019182526020815261117d6040826119ca565b519020915f915b808310611337575050500361130f576002870194855492838a116112df57845f52600860205260405f20905f526020521760405f20558681039081116112cb578493557fb94bf7f9302edf52a596286915a69b4b0685574cffdedd0712e3c62f2550f0ba6020604051888152a460016001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001692015491803b156112c7575f928360a49260405196879586947f67c84919000000000000000000000000000000000000000000000000000000008652600486015260248501526044840152608060648401528160848401525af180156112bc576112a9575b50807f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d80f35b6112b591505f906119ca565b5f5f611282565b6040513d5f823e3d90fd5b5f80fd5b634e487b7160e01b5f52601160045260245ffd5b838a7faf321b81000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7fb05e92fa000000000000000000000000000000000000000000000000000000005f5260045ffd5b909192611345848385611ea6565b359081811015611364575f52602052600160405f205b93019190611184565b905f52602052600160405f2061135b565b86867f6bd4745f000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b827f233af958000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346112c75760203660031901126112c75760043567ffffffffffffffff81116112c75761010060031982360301126112c757611411602091600401611ca3565b604051908152f35b346112c75760203660031901126112c75760043567ffffffffffffffff81116112c757606060031982360301126112c757611411602091600401611b51565b346112c7575f3660031901126112c75760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346112c75760203660031901126112c7576004355f52600a602052608060405f20805490600260018201549101549067ffffffffffffffff604051936001600160a01b038116855260a01c16602084015260408301526060820152f35b346112c75760603660031901126112c7576004356024359060443590825f5260096020526001600160a01b0360405f2054161561166257805f52600a6020526001600160a01b0360405f205416611637576040516080810181811067ffffffffffffffff821117611623576040523381526002602082015f8152604083018681526115eb67ffffffffffffffff6060860193888552875f52600a6020526001600160a01b038060405f20985116166001600160a01b0319885416178755511685907fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff67ffffffffffffffff60a01b83549260a01b169116179055565b516001840155519101556040519182527f2ef4f533bd2370908512d38b59d719013162741f80220628f29f1716ba29dd1d60203393a4005b634e487b7160e01b5f52604160045260245ffd5b7f9e2b4bfd000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b82633dd7366f60e21b5f5260045260245ffd5b346112c7575f3660031901126112c7576020600554604051908152f35b346112c7575f3660031901126112c7576020600454604051908152f35b346112c75760603660031901126112c75760043567ffffffffffffffff81116112c7578060040190606060031982360301126112c7576024359167ffffffffffffffff83116112c7578260040191606060031985360301126112c75760443567ffffffffffffffff81116112c75761172b9036906004016118fa565b93909161173782611e2b565b604480820135960135808711156118cb575060249061177d6117598680611994565b939092019261177561176b8589611994565b9490923691611a04565b923691611a58565b8151801580156118c0575b80156118b5575b61181c57905f915f935f945b828610611844575050505064010000000091501161181c576117ed611817927f9d917a4b162b3269a51d65ea7d208014cb13492aab8b46960435524451b87bb3966117e587611b51565b958692611ec4565b826004558560055561180a6118028580611994565b929095611994565b9160405195869586611b22565b0390a2005b7faf48fc0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b6001600160a01b038061185b888596979895611e71565b51169116108015906118a3575b61181c5760016118976001600160a01b036118838886611e71565b5116926118908888611e71565b5190611e99565b9501949392919061179b565b506118ae8585611e71565b5115611868565b50815181141561178f565b506101008111611788565b867fc97ae1c4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b9181601f840112156112c75782359167ffffffffffffffff83116112c757602080850194606085020101116112c757565b35906001600160a01b03821682036112c757565b9181601f840112156112c75782359167ffffffffffffffff83116112c7576020808501948460051b0101116112c757565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b903590601e19813603018212156112c7570180359067ffffffffffffffff82116112c757602001918160051b360383136112c757565b90601f8019910116810190811067ffffffffffffffff82111761162357604052565b67ffffffffffffffff81116116235760051b60200190565b929190611a10816119ec565b93611a1e60405195866119ca565b602085838152019160051b81019283116112c757905b828210611a4057505050565b60208091611a4d8461192b565b815201910190611a34565b929190611a64816119ec565b93611a7260405195866119ca565b602085838152019160051b81019283116112c757905b828210611a9457505050565b8135815260209182019101611a88565b916020908281520191905f5b818110611abd5750505090565b9091926020806001926001600160a01b03611ad78861192b565b168152019401929101611ab0565b90918281527f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff83116112c75760209260051b809284830137010190565b9391611b4e9593611b40928652606060208701526060860191611aa4565b926040818503910152611ae5565b90565b90611b8591611b608180611994565b611b7d611b736020859794970185611994565b9690923691611a04565b943691611a58565b926040516020810181819360208151939101925f5b818110611c81575050611bb6925003601f1981018352826119ca565b51902060405160208101908160208751919701905f5b818110611c6b57505050611bed81611b4e969703601f1981018352826119ca565b51902060405191604060208401947fc5151050d01728d1147f6a43f0763a8037d4d1ba7d0e9ad127da1a7bb32e8ff986527f00000000000000000000000000000000000000000000000000000000000000008286015201356060840152608083015260a082015260a08152611c6360c0826119ca565b5190206120ae565b8251895260209889019890920191600101611bcc565b84516001600160a01b0316835260209485019486945090920191600101611b9a565b611b4e90611cf7611ce5611cba6080840184611994565b929061063b611ccc60a0870187611994565b604051958694602086019860408a526060870191611aa4565b848103601f1901604086015291611ae5565b5190209060e06040519160208301937ffa333ac258c009c97f9225a2e40e47f078355746c64e66c97954905db3c0def885527f000000000000000000000000000000000000000000000000000000000000000060408501528135606085015260208201356080850152604082013560a0850152606082013560c08501528284015260c081013561010084015201356101208201526101208152611c63610140826119ca565b67ffffffffffffffff811161162357601f01601f191660200190565b90815f5260096020526001600160a01b0360405f205416918215611e195750813b5f1981019081116112cb576001611def82611d9c565b611dfc60405191826119ca565b828152611e0883611d9c565b602082019190601f1901368337943c565b633dd7366f60e21b5f5260045260245ffd5b611e3490611b51565b60045490818103611e43575050565b7f1f4fabc7000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b8051821015611e855760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b919082018092116112cb57565b9190811015611e855760051b0190565b3560ff811681036112c75790565b90939192611ed28280611994565b8093915085036120975760208101915f805b85811061207b57508060011b90808204600214901517156112cb57600281018091116112cb5760039004965f9687969594939291905b858810611f505789897ebfb6ab000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b909192939495969781891015611e855760608902830160ff611f7182611eb6565b16156120715780611f84611f9592611eb6565b6020604083013592013590876121df565b50600481101561205d571580159061202b575b611ff25750611fcc90611fc58a611fbf8989611994565b90611ea6565b3590611e99565b9789891015611fe6576001905b0196959493929190611f1a565b50505050505050915050565b6001600160a01b03908a7f35f8d429000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b5061203a8a611fbf8880611994565b356001600160a01b0381168091036112c7576001600160a01b0382161415611fa8565b634e487b7160e01b5f52602160045260245ffd5b5097600190611fd9565b90612090600191611fc584611fbf8989611994565b9101611ee4565b82856355c5b3e360e11b5f5260045260245260445ffd5b6042906120b9612261565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c61213b5760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b6001600160a01b0360025416330361217757565b63118cdaa760e01b5f523360045260245ffd5b610200811080156121c3575b6121bc576101bf1981019081116112cb5760061c905f1982019182116112cb5760019190565b505f905f90565b50806101bf198101116112cb5760406101bf1982081515612196565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411612256579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156112bc575f516001600160a01b0381161561224c57905f905f90565b505f906001905f90565b5050505f9160039190565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016301480612354575b156122bc577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261234e60c0826119ca565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614612293565b60ff811690601f82116123ac57604051916123996040846119ca565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd",
}

// DPNSettlementABI is the input ABI used to generate the binding from.
// Deprecated: Use DPNSettlementMetaData.ABI instead.
var DPNSettlementABI = DPNSettlementMetaData.ABI

// DPNSettlementBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use DPNSettlementMetaData.Bin instead.
var DPNSettlementBin = DPNSettlementMetaData.Bin

// DeployDPNSettlement deploys a new Ethereum contract, binding an instance of DPNSettlement to it.
func DeployDPNSettlement(auth *bind.TransactOpts, backend bind.ContractBackend, token_ common.Address, dpnChainId_ string, initial DPNSettlementValset, owner_ common.Address) (common.Address, *types.Transaction, *DPNSettlement, error) {
	parsed, err := DPNSettlementMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(DPNSettlementBin), backend, token_, dpnChainId_, initial, owner_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &DPNSettlement{DPNSettlementCaller: DPNSettlementCaller{contract: contract}, DPNSettlementTransactor: DPNSettlementTransactor{contract: contract}, DPNSettlementFilterer: DPNSettlementFilterer{contract: contract}}, nil
}

// DPNSettlement is an auto generated Go binding around an Ethereum contract.
type DPNSettlement struct {
	DPNSettlementCaller     // Read-only binding to the contract
	DPNSettlementTransactor // Write-only binding to the contract
	DPNSettlementFilterer   // Log filterer for contract events
}

// DPNSettlementCaller is an auto generated read-only Go binding around an Ethereum contract.
type DPNSettlementCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DPNSettlementTransactor is an auto generated write-only Go binding around an Ethereum contract.
type DPNSettlementTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DPNSettlementFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type DPNSettlementFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DPNSettlementSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type DPNSettlementSession struct {
	Contract     *DPNSettlement    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// DPNSettlementCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type DPNSettlementCallerSession struct {
	Contract *DPNSettlementCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// DPNSettlementTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type DPNSettlementTransactorSession struct {
	Contract     *DPNSettlementTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// DPNSettlementRaw is an auto generated low-level Go binding around an Ethereum contract.
type DPNSettlementRaw struct {
	Contract *DPNSettlement // Generic contract binding to access the raw methods on
}

// DPNSettlementCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type DPNSettlementCallerRaw struct {
	Contract *DPNSettlementCaller // Generic read-only contract binding to access the raw methods on
}

// DPNSettlementTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type DPNSettlementTransactorRaw struct {
	Contract *DPNSettlementTransactor // Generic write-only contract binding to access the raw methods on
}

// NewDPNSettlement creates a new instance of DPNSettlement, bound to a specific deployed contract.
func NewDPNSettlement(address common.Address, backend bind.ContractBackend) (*DPNSettlement, error) {
	contract, err := bindDPNSettlement(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &DPNSettlement{DPNSettlementCaller: DPNSettlementCaller{contract: contract}, DPNSettlementTransactor: DPNSettlementTransactor{contract: contract}, DPNSettlementFilterer: DPNSettlementFilterer{contract: contract}}, nil
}

// NewDPNSettlementCaller creates a new read-only instance of DPNSettlement, bound to a specific deployed contract.
func NewDPNSettlementCaller(address common.Address, caller bind.ContractCaller) (*DPNSettlementCaller, error) {
	contract, err := bindDPNSettlement(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &DPNSettlementCaller{contract: contract}, nil
}

// NewDPNSettlementTransactor creates a new write-only instance of DPNSettlement, bound to a specific deployed contract.
func NewDPNSettlementTransactor(address common.Address, transactor bind.ContractTransactor) (*DPNSettlementTransactor, error) {
	contract, err := bindDPNSettlement(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &DPNSettlementTransactor{contract: contract}, nil
}

// NewDPNSettlementFilterer creates a new log filterer instance of DPNSettlement, bound to a specific deployed contract.
func NewDPNSettlementFilterer(address common.Address, filterer bind.ContractFilterer) (*DPNSettlementFilterer, error) {
	contract, err := bindDPNSettlement(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &DPNSettlementFilterer{contract: contract}, nil
}

// bindDPNSettlement binds a generic wrapper to an already deployed contract.
func bindDPNSettlement(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := DPNSettlementMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DPNSettlement *DPNSettlementRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DPNSettlement.Contract.DPNSettlementCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DPNSettlement *DPNSettlementRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DPNSettlement.Contract.DPNSettlementTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DPNSettlement *DPNSettlementRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DPNSettlement.Contract.DPNSettlementTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DPNSettlement *DPNSettlementCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DPNSettlement.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DPNSettlement *DPNSettlementTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DPNSettlement.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DPNSettlement *DPNSettlementTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DPNSettlement.Contract.contract.Transact(opts, method, params...)
}

// BATCHTYPEHASH is a free data retrieval call binding the contract method 0xb7848f32.
//
// Solidity: function BATCH_TYPEHASH() view returns(bytes32)
func (_DPNSettlement *DPNSettlementCaller) BATCHTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _DPNSettlement.contract.Call(opts, &out, "BATCH_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// BATCHTYPEHASH is a free data retrieval call binding the contract method 0xb7848f32.
//
// Solidity: function BATCH_TYPEHASH() view returns(bytes32)
func (_DPNSettlement *DPNSettlementSession) BATCHTYPEHASH() ([32]byte, error) {
	return _DPNSettlement.Contract.BATCHTYPEHASH(&_DPNSettlement.CallOpts)
}

// BATCHTYPEHASH is a free data retrieval call binding the contract method 0xb7848f32.
//
// Solidity: function BATCH_TYPEHASH() view returns(bytes32)
func (_DPNSettlement *DPNSettlementCallerSession) BATCHTYPEHASH() ([32]byte, error) {
	return _DPNSettlement.Contract.BATCHTYPEHASH(&_DPNSettlement.CallOpts)
}

// MAXPUBLICINPUTS is a free data retrieval call binding the contract method 0xa1532da2.
//
// Solidity: function MAX_PUBLIC_INPUTS() view returns(uint256)
func (_DPNSettlement *DPNSettlementCaller) MAXPUBLICINPUTS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _DPNSettlement.contract.Call(opts, &out, "MAX_PUBLIC_INPUTS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXPUBLICINPUTS is a free data retrieval call binding the contract method 0xa1532da2.
//
// Solidity: function MAX_PUBLIC_INPUTS() view returns(uint256)
func (_DPNSettlement *DPNSettlementSession) MAXPUBLICINPUTS() (*big.Int, error) {
	return _DPNSettlement.Contract.MAXPUBLICINPUTS(&_DPNSettlement.CallOpts)
}

// MAXPUBLICINPUTS is a free data retrieval call binding the contract method 0xa1532da2.
//
// Solidity: function MAX_PUBLIC_INPUTS() view returns(uint256)
func (_DPNSettlement *DPNSettlementCallerSession) MAXPUBLICINPUTS() (*big.Int, error) {
	return _DPNSettlement.Contract.MAXPUBLICINPUTS(&_DPNSettlement.CallOpts)
}

// MAXTOTALPOWER is a free data retrieval call binding the contract method 0xe47b2d95.
//
// Solidity: function MAX_TOTAL_POWER() view returns(uint256)
func (_DPNSettlement *DPNSettlementCaller) MAXTOTALPOWER(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _DPNSettlement.contract.Call(opts, &out, "MAX_TOTAL_POWER")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXTOTALPOWER is a free data retrieval call binding the contract method 0xe47b2d95.
//
// Solidity: function MAX_TOTAL_POWER() view returns(uint256)
func (_DPNSettlement *DPNSettlementSession) MAXTOTALPOWER() (*big.Int, error) {
	return _DPNSettlement.Contract.MAXTOTALPOWER(&_DPNSettlement.CallOpts)
}

// MAXTOTALPOWER is a free data retrieval call binding the contract method 0xe47b2d95.
//
// Solidity: function MAX_TOTAL_POWER() view returns(uint256)
func (_DPNSettlement *DPNSettlementCallerSession) MAXTOTALPOWER() (*big.Int, error) {
	return _DPNSettlement.Contract.MAXTOTALPOWER(&_DPNSettlement.CallOpts)
}

// MAXVALIDATORS is a free data retrieval call binding the contract method 0x714897df.
//
// Solidity: function MAX_VALIDATORS() view returns(uint256)
func (_DPNSettlement *DPNSettlementCaller) MAXVALIDATORS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _DPNSettlement.contract.Call(opts, &out, "MAX_VALIDATORS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXVALIDATORS is a free data retrieval call binding the contract method 0x714897df.
//
// Solidity: function MAX_VALIDATORS() view returns(uint256)
func (_DPNSettlement *DPNSettlementSession) MAXVALIDATORS() (*big.Int, error) {
	return _DPNSettlement.Contract.MAXVALIDATORS(&_DPNSettlement.CallOpts)
}

// MAXVALIDATORS is a free data retrieval call binding the contract method 0x714897df.
//
// Solidity: function MAX_VALIDATORS() view returns(uint256)
func (_DPNSettlement *DPNSettlementCallerSession) MAXVALIDATORS() (*big.Int, error) {
	return _DPNSettlement.Contract.MAXVALIDATORS(&_DPNSettlement.CallOpts)
}

// VALSETTYPEHASH is a free data retrieval call binding the contract method 0x6ab2a34b.
//
// Solidity: function VALSET_TYPEHASH() view returns(bytes32)
func (_DPNSettlement *DPNSettlementCaller) VALSETTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _DPNSettlement.contract.Call(opts, &out, "VALSET_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// VALSETTYPEHASH is a free data retrieval call binding the contract method 0x6ab2a34b.
//
// Solidity: function VALSET_TYPEHASH() view returns(bytes32)
func (_DPNSettlement *DPNSettlementSession) VALSETTYPEHASH() ([32]byte, error) {
	return _DPNSettlement.Contract.VALSETTYPEHASH(&_DPNSettlement.CallOpts)
}

// VALSETTYPEHASH is a free data retrieval call binding the contract method 0x6ab2a34b.
//
// Solidity: function VALSET_TYPEHASH() view returns(bytes32)
func (_DPNSettlement *DPNSettlementCallerSession) VALSETTYPEHASH() ([32]byte, error) {
	return _DPNSettlement.Contract.VALSETTYPEHASH(&_DPNSettlement.CallOpts)
}

// BatchDigest is a free data retrieval call binding the contract method 0x55cef30e.
//
// Solidity: function batchDigest((uint256,uint256,uint256,bytes32,address[],uint256[],bytes32,uint256) batch) view returns(bytes32)
func (_DPNSettlement *DPNSettlementCaller) BatchDigest(opts *bind.CallOpts, batch DPNSettlementBatch) ([32]byte, error) {
	var out []interface{}
	err := _DPNSettlement.contract.Call(opts, &out, "batchDigest", batch)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// BatchDigest is a free data retrieval call binding the contract method 0x55cef30e.
//
// Solidity: function batchDigest((uint256,uint256,uint256,bytes32,address[],uint256[],bytes32,uint256) batch) view returns(bytes32)
func (_DPNSettlement *DPNSettlementSession) BatchDigest(batch DPNSettlementBatch) ([32]byte, error) {
	return _DPNSettlement.Contract.BatchDigest(&_DPNSettlement.CallOpts, batch)
}

// BatchDigest is a free data retrieval call binding the contract method 0x55cef30e.
//
// Solidity: function batchDigest((uint256,uint256,uint256,bytes32,address[],uint256[],bytes32,uint256) batch) view returns(bytes32)
func (_DPNSettlement *DPNSettlementCallerSession) BatchDigest(batch DPNSettlementBatch) ([32]byte, error) {
	return _DPNSettlement.Contract.BatchDigest(&_DPNSettlement.CallOpts, batch)
}

// ClaimBatches is a free data retrieval call binding the contract method 0x8847bd70.
//
// Solidity: function claimBatches(uint256 batchNonce) view returns(bytes32 root, bytes32 partition, uint256 remaining)
func (_DPNSettlement *DPNSettlementCaller) ClaimBatches(opts *bind.CallOpts, batchNonce *big.Int) (struct {
	Root      [32]byte
	Partition [32]byte
	Remaining *big.Int
}, error) {
	var out []interface{}
	err := _DPNSettlement.contract.Call(opts, &out, "claimBatches", batchNonce)

	outstruct := new(struct {
		Root      [32]byte
		Partition [32]byte
		Remaining *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Root = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Partition = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.Remaining = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// ClaimBatches is a free data retrieval call binding the contract method 0x8847bd70.
//
// Solidity: function claimBatches(uint256 batchNonce) view returns(bytes32 root, bytes32 partition, uint256 remaining)
func (_DPNSettlement *DPNSettlementSession) ClaimBatches(batchNonce *big.Int) (struct {
	Root      [32]byte
	Partition [32]byte
	Remaining *big.Int
}, error) {
	return _DPNSettlement.Contract.ClaimBatches(&_DPNSettlement.CallOpts, batchNonce)
}

// ClaimBatches is a free data retrieval call binding the contract method 0x8847bd70.
//
// Solidity: function claimBatches(uint256 batchNonce) view returns(bytes32 root, bytes32 partition, uint256 remaining)
func (_DPNSettlement *DPNSettlementCallerSession) ClaimBatches(batchNonce *big.Int) (struct {
	Root      [32]byte
	Partition [32]byte
	Remaining *big.Int
}, error) {
	return _DPNSettlement.Contract.ClaimBatches(&_DPNSettlement.CallOpts, batchNonce)
}

// DpnChainId is a free data retrieval call binding the contract method 0x4dc82ae5.
//
// Solidity: function dpnChainId() view returns(bytes32)
func (_DPNSettlement *DPNSettlementCaller) DpnChainId(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _DPNSettlement.contract.Call(opts, &out, "dpnChainId")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DpnChainId is a free data retrieval call binding the contract method 0x4dc82ae5.
//
// Solidity: function dpnChainId() view returns(bytes32)
func (_DPNSettlement *DPNSettlementSession) DpnChainId() ([32]byte, error) {
	return _DPNSettlement.Contract.DpnChainId(&_DPNSettlement.CallOpts)
}

// DpnChainId is a free data retrieval call binding the contract method 0x4dc82ae5.
//
// Solidity: function dpnChainId() view returns(bytes32)
func (_DPNSettlement *DPNSettlementCallerSession) DpnChainId() ([32]byte, error) {
	return _DPNSettlement.Contract.DpnChainId(&_DPNSettlement.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_DPNSettlement *DPNSettlementCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _DPNSettlement.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_DPNSettlement *DPNSettlementSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _DPNSettlement.Contract.Eip712Domain(&_DPNSettlement.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_DPNSettlement *DPNSettlementCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _DPNSettlement.Contract.Eip712Domain(&_DPNSettlement.CallOpts)
}

// IsClaimed is a free data retrieval call binding the contract method 0xf364c90c.
//
// Solidity: function isClaimed(uint256 batchNonce, uint256 index) view returns(bool)
func (_DPNSettlement *DPNSettlementCaller) IsClaimed(opts *bind.CallOpts, batchNonce *big.Int, index *big.Int) (bool, error) {
	var out []interface{}
	err := _DPNSettlement.contract.Call(opts, &out, "isClaimed", batchNonce, index)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsClaimed is a free data retrieval call binding the contract method 0xf364c90c.
//
// Solidity: function isClaimed(uint256 batchNonce, uint256 index) view returns(bool)
func (_DPNSettlement *DPNSettlementSession) IsClaimed(batchNonce *big.Int, index *big.Int) (bool, error) {
	return _DPNSettlement.Contract.IsClaimed(&_DPNSettlement.CallOpts, batchNonce, index)
}

// IsClaimed is a free data retrieval call binding the contract method 0xf364c90c.
//
// Solidity: function isClaimed(uint256 batchNonce, uint256 index) view returns(bool)
func (_DPNSettlement *DPNSettlementCallerSession) IsClaimed(batchNonce *big.Int, index *big.Int) (bool, error) {
	return _DPNSettlement.Contract.IsClaimed(&_DPNSettlement.CallOpts, batchNonce, index)
}

// Jobs is a free data retrieval call binding the contract method 0x38ed7cfc.
//
// Solidity: function jobs(bytes32 jobId) view returns(address team, uint64 deliveredAt, bytes32 vkId, bytes32 inputsHash)
func (_DPNSettlement *DPNSettlementCaller) Jobs(opts *bind.CallOpts, jobId [32]byte) (struct {
	Team        common.Address
	DeliveredAt uint64
	VkId        [32]byte
	InputsHash  [32]byte
}, error) {
	var out []interface{}
	err := _DPNSettlement.contract.Call(opts, &out, "jobs", jobId)

	outstruct := new(struct {
		Team        common.Address
		DeliveredAt uint64
		VkId        [32]byte
		InputsHash  [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Team = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.DeliveredAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.VkId = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	outstruct.InputsHash = *abi.ConvertType(out[3], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// Jobs is a free data retrieval call binding the contract method 0x38ed7cfc.
//
// Solidity: function jobs(bytes32 jobId) view returns(address team, uint64 deliveredAt, bytes32 vkId, bytes32 inputsHash)
func (_DPNSettlement *DPNSettlementSession) Jobs(jobId [32]byte) (struct {
	Team        common.Address
	DeliveredAt uint64
	VkId        [32]byte
	InputsHash  [32]byte
}, error) {
	return _DPNSettlement.Contract.Jobs(&_DPNSettlement.CallOpts, jobId)
}

// Jobs is a free data retrieval call binding the contract method 0x38ed7cfc.
//
// Solidity: function jobs(bytes32 jobId) view returns(address team, uint64 deliveredAt, bytes32 vkId, bytes32 inputsHash)
func (_DPNSettlement *DPNSettlementCallerSession) Jobs(jobId [32]byte) (struct {
	Team        common.Address
	DeliveredAt uint64
	VkId        [32]byte
	InputsHash  [32]byte
}, error) {
	return _DPNSettlement.Contract.Jobs(&_DPNSettlement.CallOpts, jobId)
}

// LastBatchNonce is a free data retrieval call binding the contract method 0xf2399395.
//
// Solidity: function lastBatchNonce() view returns(uint256)
func (_DPNSettlement *DPNSettlementCaller) LastBatchNonce(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _DPNSettlement.contract.Call(opts, &out, "lastBatchNonce")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LastBatchNonce is a free data retrieval call binding the contract method 0xf2399395.
//
// Solidity: function lastBatchNonce() view returns(uint256)
func (_DPNSettlement *DPNSettlementSession) LastBatchNonce() (*big.Int, error) {
	return _DPNSettlement.Contract.LastBatchNonce(&_DPNSettlement.CallOpts)
}

// LastBatchNonce is a free data retrieval call binding the contract method 0xf2399395.
//
// Solidity: function lastBatchNonce() view returns(uint256)
func (_DPNSettlement *DPNSettlementCallerSession) LastBatchNonce() (*big.Int, error) {
	return _DPNSettlement.Contract.LastBatchNonce(&_DPNSettlement.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_DPNSettlement *DPNSettlementCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DPNSettlement.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_DPNSettlement *DPNSettlementSession) Owner() (common.Address, error) {
	return _DPNSettlement.Contract.Owner(&_DPNSettlement.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_DPNSettlement *DPNSettlementCallerSession) Owner() (common.Address, error) {
	return _DPNSettlement.Contract.Owner(&_DPNSettlement.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_DPNSettlement *DPNSettlementCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DPNSettlement.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_DPNSettlement *DPNSettlementSession) PendingOwner() (common.Address, error) {
	return _DPNSettlement.Contract.PendingOwner(&_DPNSettlement.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_DPNSettlement *DPNSettlementCallerSession) PendingOwner() (common.Address, error) {
	return _DPNSettlement.Contract.PendingOwner(&_DPNSettlement.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_DPNSettlement *DPNSettlementCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DPNSettlement.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_DPNSettlement *DPNSettlementSession) Token() (common.Address, error) {
	return _DPNSettlement.Contract.Token(&_DPNSettlement.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_DPNSettlement *DPNSettlementCallerSession) Token() (common.Address, error) {
	return _DPNSettlement.Contract.Token(&_DPNSettlement.CallOpts)
}

// ValsetCheckpoint is a free data retrieval call binding the contract method 0x06110a76.
//
// Solidity: function valsetCheckpoint() view returns(bytes32)
func (_DPNSettlement *DPNSettlementCaller) ValsetCheckpoint(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _DPNSettlement.contract.Call(opts, &out, "valsetCheckpoint")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ValsetCheckpoint is a free data retrieval call binding the contract method 0x06110a76.
//
// Solidity: function valsetCheckpoint() view returns(bytes32)
func (_DPNSettlement *DPNSettlementSession) ValsetCheckpoint() ([32]byte, error) {
	return _DPNSettlement.Contract.ValsetCheckpoint(&_DPNSettlement.CallOpts)
}

// ValsetCheckpoint is a free data retrieval call binding the contract method 0x06110a76.
//
// Solidity: function valsetCheckpoint() view returns(bytes32)
func (_DPNSettlement *DPNSettlementCallerSession) ValsetCheckpoint() ([32]byte, error) {
	return _DPNSettlement.Contract.ValsetCheckpoint(&_DPNSettlement.CallOpts)
}

// ValsetDigest is a free data retrieval call binding the contract method 0x522eeeee.
//
// Solidity: function valsetDigest((address[],uint256[],uint256) vs) view returns(bytes32)
func (_DPNSettlement *DPNSettlementCaller) ValsetDigest(opts *bind.CallOpts, vs DPNSettlementValset) ([32]byte, error) {
	var out []interface{}
	err := _DPNSettlement.contract.Call(opts, &out, "valsetDigest", vs)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ValsetDigest is a free data retrieval call binding the contract method 0x522eeeee.
//
// Solidity: function valsetDigest((address[],uint256[],uint256) vs) view returns(bytes32)
func (_DPNSettlement *DPNSettlementSession) ValsetDigest(vs DPNSettlementValset) ([32]byte, error) {
	return _DPNSettlement.Contract.ValsetDigest(&_DPNSettlement.CallOpts, vs)
}

// ValsetDigest is a free data retrieval call binding the contract method 0x522eeeee.
//
// Solidity: function valsetDigest((address[],uint256[],uint256) vs) view returns(bytes32)
func (_DPNSettlement *DPNSettlementCallerSession) ValsetDigest(vs DPNSettlementValset) ([32]byte, error) {
	return _DPNSettlement.Contract.ValsetDigest(&_DPNSettlement.CallOpts, vs)
}

// ValsetNonce is a free data retrieval call binding the contract method 0x19b5e247.
//
// Solidity: function valsetNonce() view returns(uint256)
func (_DPNSettlement *DPNSettlementCaller) ValsetNonce(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _DPNSettlement.contract.Call(opts, &out, "valsetNonce")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ValsetNonce is a free data retrieval call binding the contract method 0x19b5e247.
//
// Solidity: function valsetNonce() view returns(uint256)
func (_DPNSettlement *DPNSettlementSession) ValsetNonce() (*big.Int, error) {
	return _DPNSettlement.Contract.ValsetNonce(&_DPNSettlement.CallOpts)
}

// ValsetNonce is a free data retrieval call binding the contract method 0x19b5e247.
//
// Solidity: function valsetNonce() view returns(uint256)
func (_DPNSettlement *DPNSettlementCallerSession) ValsetNonce() (*big.Int, error) {
	return _DPNSettlement.Contract.ValsetNonce(&_DPNSettlement.CallOpts)
}

// VerifyingKey is a free data retrieval call binding the contract method 0xd3c04cec.
//
// Solidity: function verifyingKey(bytes32 vkId) view returns(bytes vk)
func (_DPNSettlement *DPNSettlementCaller) VerifyingKey(opts *bind.CallOpts, vkId [32]byte) ([]byte, error) {
	var out []interface{}
	err := _DPNSettlement.contract.Call(opts, &out, "verifyingKey", vkId)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// VerifyingKey is a free data retrieval call binding the contract method 0xd3c04cec.
//
// Solidity: function verifyingKey(bytes32 vkId) view returns(bytes vk)
func (_DPNSettlement *DPNSettlementSession) VerifyingKey(vkId [32]byte) ([]byte, error) {
	return _DPNSettlement.Contract.VerifyingKey(&_DPNSettlement.CallOpts, vkId)
}

// VerifyingKey is a free data retrieval call binding the contract method 0xd3c04cec.
//
// Solidity: function verifyingKey(bytes32 vkId) view returns(bytes vk)
func (_DPNSettlement *DPNSettlementCallerSession) VerifyingKey(vkId [32]byte) ([]byte, error) {
	return _DPNSettlement.Contract.VerifyingKey(&_DPNSettlement.CallOpts, vkId)
}

// VerifyingKeys is a free data retrieval call binding the contract method 0x86fdef68.
//
// Solidity: function verifyingKeys(bytes32 vkId) view returns(address data)
func (_DPNSettlement *DPNSettlementCaller) VerifyingKeys(opts *bind.CallOpts, vkId [32]byte) (common.Address, error) {
	var out []interface{}
	err := _DPNSettlement.contract.Call(opts, &out, "verifyingKeys", vkId)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// VerifyingKeys is a free data retrieval call binding the contract method 0x86fdef68.
//
// Solidity: function verifyingKeys(bytes32 vkId) view returns(address data)
func (_DPNSettlement *DPNSettlementSession) VerifyingKeys(vkId [32]byte) (common.Address, error) {
	return _DPNSettlement.Contract.VerifyingKeys(&_DPNSettlement.CallOpts, vkId)
}

// VerifyingKeys is a free data retrieval call binding the contract method 0x86fdef68.
//
// Solidity: function verifyingKeys(bytes32 vkId) view returns(address data)
func (_DPNSettlement *DPNSettlementCallerSession) VerifyingKeys(vkId [32]byte) (common.Address, error) {
	return _DPNSettlement.Contract.VerifyingKeys(&_DPNSettlement.CallOpts, vkId)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_DPNSettlement *DPNSettlementTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DPNSettlement.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_DPNSettlement *DPNSettlementSession) AcceptOwnership() (*types.Transaction, error) {
	return _DPNSettlement.Contract.AcceptOwnership(&_DPNSettlement.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_DPNSettlement *DPNSettlementTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _DPNSettlement.Contract.AcceptOwnership(&_DPNSettlement.TransactOpts)
}

// Claim is a paid mutator transaction binding the contract method 0x5d4df3bf.
//
// Solidity: function claim(uint256 batchNonce, uint256 index, address recipient, uint256 amount, bytes32[] proof) returns()
func (_DPNSettlement *DPNSettlementTransactor) Claim(opts *bind.TransactOpts, batchNonce *big.Int, index *big.Int, recipient common.Address, amount *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _DPNSettlement.contract.Transact(opts, "claim", batchNonce, index, recipient, amount, proof)
}

// Claim is a paid mutator transaction binding the contract method 0x5d4df3bf.
//
// Solidity: function claim(uint256 batchNonce, uint256 index, address recipient, uint256 amount, bytes32[] proof) returns()
func (_DPNSettlement *DPNSettlementSession) Claim(batchNonce *big.Int, index *big.Int, recipient common.Address, amount *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _DPNSettlement.Contract.Claim(&_DPNSettlement.TransactOpts, batchNonce, index, recipient, amount, proof)
}

// Claim is a paid mutator transaction binding the contract method 0x5d4df3bf.
//
// Solidity: function claim(uint256 batchNonce, uint256 index, address recipient, uint256 amount, bytes32[] proof) returns()
func (_DPNSettlement *DPNSettlementTransactorSession) Claim(batchNonce *big.Int, index *big.Int, recipient common.Address, amount *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _DPNSettlement.Contract.Claim(&_DPNSettlement.TransactOpts, batchNonce, index, recipient, amount, proof)
}

// DeliverProof is a paid mutator transaction binding the contract method 0x97f3bf7d.
//
// Solidity: function deliverProof(bytes32 jobId, bytes32 vkId, uint256[8] proof, uint256[] publicInputs) returns()
func (_DPNSettlement *DPNSettlementTransactor) DeliverProof(opts *bind.TransactOpts, jobId [32]byte, vkId [32]byte, proof [8]*big.Int, publicInputs []*big.Int) (*types.Transaction, error) {
	return _DPNSettlement.contract.Transact(opts, "deliverProof", jobId, vkId, proof, publicInputs)
}

// DeliverProof is a paid mutator transaction binding the contract method 0x97f3bf7d.
//
// Solidity: function deliverProof(bytes32 jobId, bytes32 vkId, uint256[8] proof, uint256[] publicInputs) returns()
func (_DPNSettlement *DPNSettlementSession) DeliverProof(jobId [32]byte, vkId [32]byte, proof [8]*big.Int, publicInputs []*big.Int) (*types.Transaction, error) {
	return _DPNSettlement.Contract.DeliverProof(&_DPNSettlement.TransactOpts, jobId, vkId, proof, publicInputs)
}

// DeliverProof is a paid mutator transaction binding the contract method 0x97f3bf7d.
//
// Solidity: function deliverProof(bytes32 jobId, bytes32 vkId, uint256[8] proof, uint256[] publicInputs) returns()
func (_DPNSettlement *DPNSettlementTransactorSession) DeliverProof(jobId [32]byte, vkId [32]byte, proof [8]*big.Int, publicInputs []*big.Int) (*types.Transaction, error) {
	return _DPNSettlement.Contract.DeliverProof(&_DPNSettlement.TransactOpts, jobId, vkId, proof, publicInputs)
}

// OrderJob is a paid mutator transaction binding the contract method 0x37b45025.
//
// Solidity: function orderJob(bytes32 jobId, bytes32 vkId, bytes32 inputsHash) returns()
func (_DPNSettlement *DPNSettlementTransactor) OrderJob(opts *bind.TransactOpts, jobId [32]byte, vkId [32]byte, inputsHash [32]byte) (*types.Transaction, error) {
	return _DPNSettlement.contract.Transact(opts, "orderJob", jobId, vkId, inputsHash)
}

// OrderJob is a paid mutator transaction binding the contract method 0x37b45025.
//
// Solidity: function orderJob(bytes32 jobId, bytes32 vkId, bytes32 inputsHash) returns()
func (_DPNSettlement *DPNSettlementSession) OrderJob(jobId [32]byte, vkId [32]byte, inputsHash [32]byte) (*types.Transaction, error) {
	return _DPNSettlement.Contract.OrderJob(&_DPNSettlement.TransactOpts, jobId, vkId, inputsHash)
}

// OrderJob is a paid mutator transaction binding the contract method 0x37b45025.
//
// Solidity: function orderJob(bytes32 jobId, bytes32 vkId, bytes32 inputsHash) returns()
func (_DPNSettlement *DPNSettlementTransactorSession) OrderJob(jobId [32]byte, vkId [32]byte, inputsHash [32]byte) (*types.Transaction, error) {
	return _DPNSettlement.Contract.OrderJob(&_DPNSettlement.TransactOpts, jobId, vkId, inputsHash)
}

// RegisterVerifyingKey is a paid mutator transaction binding the contract method 0xb61a1743.
//
// Solidity: function registerVerifyingKey(bytes32 vkId, bytes vk) returns()
func (_DPNSettlement *DPNSettlementTransactor) RegisterVerifyingKey(opts *bind.TransactOpts, vkId [32]byte, vk []byte) (*types.Transaction, error) {
	return _DPNSettlement.contract.Transact(opts, "registerVerifyingKey", vkId, vk)
}

// RegisterVerifyingKey is a paid mutator transaction binding the contract method 0xb61a1743.
//
// Solidity: function registerVerifyingKey(bytes32 vkId, bytes vk) returns()
func (_DPNSettlement *DPNSettlementSession) RegisterVerifyingKey(vkId [32]byte, vk []byte) (*types.Transaction, error) {
	return _DPNSettlement.Contract.RegisterVerifyingKey(&_DPNSettlement.TransactOpts, vkId, vk)
}

// RegisterVerifyingKey is a paid mutator transaction binding the contract method 0xb61a1743.
//
// Solidity: function registerVerifyingKey(bytes32 vkId, bytes vk) returns()
func (_DPNSettlement *DPNSettlementTransactorSession) RegisterVerifyingKey(vkId [32]byte, vk []byte) (*types.Transaction, error) {
	return _DPNSettlement.Contract.RegisterVerifyingKey(&_DPNSettlement.TransactOpts, vkId, vk)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_DPNSettlement *DPNSettlementTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DPNSettlement.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_DPNSettlement *DPNSettlementSession) RenounceOwnership() (*types.Transaction, error) {
	return _DPNSettlement.Contract.RenounceOwnership(&_DPNSettlement.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_DPNSettlement *DPNSettlementTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _DPNSettlement.Contract.RenounceOwnership(&_DPNSettlement.TransactOpts)
}

// SubmitBatch is a paid mutator transaction binding the contract method 0x77983941.
//
// Solidity: function submitBatch((address[],uint256[],uint256) currentValset, (uint256,uint256,uint256,bytes32,address[],uint256[],bytes32,uint256) batch, (uint8,bytes32,bytes32)[] sigs) returns()
func (_DPNSettlement *DPNSettlementTransactor) SubmitBatch(opts *bind.TransactOpts, currentValset DPNSettlementValset, batch DPNSettlementBatch, sigs []DPNSettlementSignature) (*types.Transaction, error) {
	return _DPNSettlement.contract.Transact(opts, "submitBatch", currentValset, batch, sigs)
}

// SubmitBatch is a paid mutator transaction binding the contract method 0x77983941.
//
// Solidity: function submitBatch((address[],uint256[],uint256) currentValset, (uint256,uint256,uint256,bytes32,address[],uint256[],bytes32,uint256) batch, (uint8,bytes32,bytes32)[] sigs) returns()
func (_DPNSettlement *DPNSettlementSession) SubmitBatch(currentValset DPNSettlementValset, batch DPNSettlementBatch, sigs []DPNSettlementSignature) (*types.Transaction, error) {
	return _DPNSettlement.Contract.SubmitBatch(&_DPNSettlement.TransactOpts, currentValset, batch, sigs)
}

// SubmitBatch is a paid mutator transaction binding the contract method 0x77983941.
//
// Solidity: function submitBatch((address[],uint256[],uint256) currentValset, (uint256,uint256,uint256,bytes32,address[],uint256[],bytes32,uint256) batch, (uint8,bytes32,bytes32)[] sigs) returns()
func (_DPNSettlement *DPNSettlementTransactorSession) SubmitBatch(currentValset DPNSettlementValset, batch DPNSettlementBatch, sigs []DPNSettlementSignature) (*types.Transaction, error) {
	return _DPNSettlement.Contract.SubmitBatch(&_DPNSettlement.TransactOpts, currentValset, batch, sigs)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_DPNSettlement *DPNSettlementTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _DPNSettlement.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_DPNSettlement *DPNSettlementSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _DPNSettlement.Contract.TransferOwnership(&_DPNSettlement.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_DPNSettlement *DPNSettlementTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _DPNSettlement.Contract.TransferOwnership(&_DPNSettlement.TransactOpts, newOwner)
}

// UpdateValset is a paid mutator transaction binding the contract method 0x027ecf18.
//
// Solidity: function updateValset((address[],uint256[],uint256) newValset, (address[],uint256[],uint256) currentValset, (uint8,bytes32,bytes32)[] sigs) returns()
func (_DPNSettlement *DPNSettlementTransactor) UpdateValset(opts *bind.TransactOpts, newValset DPNSettlementValset, currentValset DPNSettlementValset, sigs []DPNSettlementSignature) (*types.Transaction, error) {
	return _DPNSettlement.contract.Transact(opts, "updateValset", newValset, currentValset, sigs)
}

// UpdateValset is a paid mutator transaction binding the contract method 0x027ecf18.
//
// Solidity: function updateValset((address[],uint256[],uint256) newValset, (address[],uint256[],uint256) currentValset, (uint8,bytes32,bytes32)[] sigs) returns()
func (_DPNSettlement *DPNSettlementSession) UpdateValset(newValset DPNSettlementValset, currentValset DPNSettlementValset, sigs []DPNSettlementSignature) (*types.Transaction, error) {
	return _DPNSettlement.Contract.UpdateValset(&_DPNSettlement.TransactOpts, newValset, currentValset, sigs)
}

// UpdateValset is a paid mutator transaction binding the contract method 0x027ecf18.
//
// Solidity: function updateValset((address[],uint256[],uint256) newValset, (address[],uint256[],uint256) currentValset, (uint8,bytes32,bytes32)[] sigs) returns()
func (_DPNSettlement *DPNSettlementTransactorSession) UpdateValset(newValset DPNSettlementValset, currentValset DPNSettlementValset, sigs []DPNSettlementSignature) (*types.Transaction, error) {
	return _DPNSettlement.Contract.UpdateValset(&_DPNSettlement.TransactOpts, newValset, currentValset, sigs)
}

// DPNSettlementBatchSettledIterator is returned from FilterBatchSettled and is used to iterate over the raw logs and unpacked data for BatchSettled events raised by the DPNSettlement contract.
type DPNSettlementBatchSettledIterator struct {
	Event *DPNSettlementBatchSettled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNSettlementBatchSettledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNSettlementBatchSettled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNSettlementBatchSettled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNSettlementBatchSettledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNSettlementBatchSettledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNSettlementBatchSettled represents a BatchSettled event raised by the DPNSettlement contract.
type DPNSettlementBatchSettled struct {
	Nonce       *big.Int
	Partition   [32]byte
	Records     *big.Int
	PushedTotal *big.Int
	ClaimRoot   [32]byte
	ClaimTotal  *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterBatchSettled is a free log retrieval operation binding the contract event 0xb33c4bbf82ba9350d3f74c3b31675d26ca65480569a9c60a2024d335e99a17af.
//
// Solidity: event BatchSettled(uint256 indexed nonce, bytes32 indexed partition, uint256 records, uint256 pushedTotal, bytes32 claimRoot, uint256 claimTotal)
func (_DPNSettlement *DPNSettlementFilterer) FilterBatchSettled(opts *bind.FilterOpts, nonce []*big.Int, partition [][32]byte) (*DPNSettlementBatchSettledIterator, error) {

	var nonceRule []interface{}
	for _, nonceItem := range nonce {
		nonceRule = append(nonceRule, nonceItem)
	}
	var partitionRule []interface{}
	for _, partitionItem := range partition {
		partitionRule = append(partitionRule, partitionItem)
	}

	logs, sub, err := _DPNSettlement.contract.FilterLogs(opts, "BatchSettled", nonceRule, partitionRule)
	if err != nil {
		return nil, err
	}
	return &DPNSettlementBatchSettledIterator{contract: _DPNSettlement.contract, event: "BatchSettled", logs: logs, sub: sub}, nil
}

// WatchBatchSettled is a free log subscription operation binding the contract event 0xb33c4bbf82ba9350d3f74c3b31675d26ca65480569a9c60a2024d335e99a17af.
//
// Solidity: event BatchSettled(uint256 indexed nonce, bytes32 indexed partition, uint256 records, uint256 pushedTotal, bytes32 claimRoot, uint256 claimTotal)
func (_DPNSettlement *DPNSettlementFilterer) WatchBatchSettled(opts *bind.WatchOpts, sink chan<- *DPNSettlementBatchSettled, nonce []*big.Int, partition [][32]byte) (event.Subscription, error) {

	var nonceRule []interface{}
	for _, nonceItem := range nonce {
		nonceRule = append(nonceRule, nonceItem)
	}
	var partitionRule []interface{}
	for _, partitionItem := range partition {
		partitionRule = append(partitionRule, partitionItem)
	}

	logs, sub, err := _DPNSettlement.contract.WatchLogs(opts, "BatchSettled", nonceRule, partitionRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNSettlementBatchSettled)
				if err := _DPNSettlement.contract.UnpackLog(event, "BatchSettled", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBatchSettled is a log parse operation binding the contract event 0xb33c4bbf82ba9350d3f74c3b31675d26ca65480569a9c60a2024d335e99a17af.
//
// Solidity: event BatchSettled(uint256 indexed nonce, bytes32 indexed partition, uint256 records, uint256 pushedTotal, bytes32 claimRoot, uint256 claimTotal)
func (_DPNSettlement *DPNSettlementFilterer) ParseBatchSettled(log types.Log) (*DPNSettlementBatchSettled, error) {
	event := new(DPNSettlementBatchSettled)
	if err := _DPNSettlement.contract.UnpackLog(event, "BatchSettled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNSettlementClaimedIterator is returned from FilterClaimed and is used to iterate over the raw logs and unpacked data for Claimed events raised by the DPNSettlement contract.
type DPNSettlementClaimedIterator struct {
	Event *DPNSettlementClaimed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNSettlementClaimedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNSettlementClaimed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNSettlementClaimed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNSettlementClaimedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNSettlementClaimedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNSettlementClaimed represents a Claimed event raised by the DPNSettlement contract.
type DPNSettlementClaimed struct {
	BatchNonce *big.Int
	Index      *big.Int
	Recipient  common.Address
	Amount     *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterClaimed is a free log retrieval operation binding the contract event 0xb94bf7f9302edf52a596286915a69b4b0685574cffdedd0712e3c62f2550f0ba.
//
// Solidity: event Claimed(uint256 indexed batchNonce, uint256 indexed index, address indexed recipient, uint256 amount)
func (_DPNSettlement *DPNSettlementFilterer) FilterClaimed(opts *bind.FilterOpts, batchNonce []*big.Int, index []*big.Int, recipient []common.Address) (*DPNSettlementClaimedIterator, error) {

	var batchNonceRule []interface{}
	for _, batchNonceItem := range batchNonce {
		batchNonceRule = append(batchNonceRule, batchNonceItem)
	}
	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}
	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _DPNSettlement.contract.FilterLogs(opts, "Claimed", batchNonceRule, indexRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return &DPNSettlementClaimedIterator{contract: _DPNSettlement.contract, event: "Claimed", logs: logs, sub: sub}, nil
}

// WatchClaimed is a free log subscription operation binding the contract event 0xb94bf7f9302edf52a596286915a69b4b0685574cffdedd0712e3c62f2550f0ba.
//
// Solidity: event Claimed(uint256 indexed batchNonce, uint256 indexed index, address indexed recipient, uint256 amount)
func (_DPNSettlement *DPNSettlementFilterer) WatchClaimed(opts *bind.WatchOpts, sink chan<- *DPNSettlementClaimed, batchNonce []*big.Int, index []*big.Int, recipient []common.Address) (event.Subscription, error) {

	var batchNonceRule []interface{}
	for _, batchNonceItem := range batchNonce {
		batchNonceRule = append(batchNonceRule, batchNonceItem)
	}
	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}
	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _DPNSettlement.contract.WatchLogs(opts, "Claimed", batchNonceRule, indexRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNSettlementClaimed)
				if err := _DPNSettlement.contract.UnpackLog(event, "Claimed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseClaimed is a log parse operation binding the contract event 0xb94bf7f9302edf52a596286915a69b4b0685574cffdedd0712e3c62f2550f0ba.
//
// Solidity: event Claimed(uint256 indexed batchNonce, uint256 indexed index, address indexed recipient, uint256 amount)
func (_DPNSettlement *DPNSettlementFilterer) ParseClaimed(log types.Log) (*DPNSettlementClaimed, error) {
	event := new(DPNSettlementClaimed)
	if err := _DPNSettlement.contract.UnpackLog(event, "Claimed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNSettlementEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the DPNSettlement contract.
type DPNSettlementEIP712DomainChangedIterator struct {
	Event *DPNSettlementEIP712DomainChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNSettlementEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNSettlementEIP712DomainChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNSettlementEIP712DomainChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNSettlementEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNSettlementEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNSettlementEIP712DomainChanged represents a EIP712DomainChanged event raised by the DPNSettlement contract.
type DPNSettlementEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_DPNSettlement *DPNSettlementFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*DPNSettlementEIP712DomainChangedIterator, error) {

	logs, sub, err := _DPNSettlement.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &DPNSettlementEIP712DomainChangedIterator{contract: _DPNSettlement.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_DPNSettlement *DPNSettlementFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *DPNSettlementEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _DPNSettlement.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNSettlementEIP712DomainChanged)
				if err := _DPNSettlement.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_DPNSettlement *DPNSettlementFilterer) ParseEIP712DomainChanged(log types.Log) (*DPNSettlementEIP712DomainChanged, error) {
	event := new(DPNSettlementEIP712DomainChanged)
	if err := _DPNSettlement.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNSettlementJobOrderedIterator is returned from FilterJobOrdered and is used to iterate over the raw logs and unpacked data for JobOrdered events raised by the DPNSettlement contract.
type DPNSettlementJobOrderedIterator struct {
	Event *DPNSettlementJobOrdered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNSettlementJobOrderedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNSettlementJobOrdered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNSettlementJobOrdered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNSettlementJobOrderedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNSettlementJobOrderedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNSettlementJobOrdered represents a JobOrdered event raised by the DPNSettlement contract.
type DPNSettlementJobOrdered struct {
	JobId      [32]byte
	Team       common.Address
	VkId       [32]byte
	InputsHash [32]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterJobOrdered is a free log retrieval operation binding the contract event 0x2ef4f533bd2370908512d38b59d719013162741f80220628f29f1716ba29dd1d.
//
// Solidity: event JobOrdered(bytes32 indexed jobId, address indexed team, bytes32 indexed vkId, bytes32 inputsHash)
func (_DPNSettlement *DPNSettlementFilterer) FilterJobOrdered(opts *bind.FilterOpts, jobId [][32]byte, team []common.Address, vkId [][32]byte) (*DPNSettlementJobOrderedIterator, error) {

	var jobIdRule []interface{}
	for _, jobIdItem := range jobId {
		jobIdRule = append(jobIdRule, jobIdItem)
	}
	var teamRule []interface{}
	for _, teamItem := range team {
		teamRule = append(teamRule, teamItem)
	}
	var vkIdRule []interface{}
	for _, vkIdItem := range vkId {
		vkIdRule = append(vkIdRule, vkIdItem)
	}

	logs, sub, err := _DPNSettlement.contract.FilterLogs(opts, "JobOrdered", jobIdRule, teamRule, vkIdRule)
	if err != nil {
		return nil, err
	}
	return &DPNSettlementJobOrderedIterator{contract: _DPNSettlement.contract, event: "JobOrdered", logs: logs, sub: sub}, nil
}

// WatchJobOrdered is a free log subscription operation binding the contract event 0x2ef4f533bd2370908512d38b59d719013162741f80220628f29f1716ba29dd1d.
//
// Solidity: event JobOrdered(bytes32 indexed jobId, address indexed team, bytes32 indexed vkId, bytes32 inputsHash)
func (_DPNSettlement *DPNSettlementFilterer) WatchJobOrdered(opts *bind.WatchOpts, sink chan<- *DPNSettlementJobOrdered, jobId [][32]byte, team []common.Address, vkId [][32]byte) (event.Subscription, error) {

	var jobIdRule []interface{}
	for _, jobIdItem := range jobId {
		jobIdRule = append(jobIdRule, jobIdItem)
	}
	var teamRule []interface{}
	for _, teamItem := range team {
		teamRule = append(teamRule, teamItem)
	}
	var vkIdRule []interface{}
	for _, vkIdItem := range vkId {
		vkIdRule = append(vkIdRule, vkIdItem)
	}

	logs, sub, err := _DPNSettlement.contract.WatchLogs(opts, "JobOrdered", jobIdRule, teamRule, vkIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNSettlementJobOrdered)
				if err := _DPNSettlement.contract.UnpackLog(event, "JobOrdered", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseJobOrdered is a log parse operation binding the contract event 0x2ef4f533bd2370908512d38b59d719013162741f80220628f29f1716ba29dd1d.
//
// Solidity: event JobOrdered(bytes32 indexed jobId, address indexed team, bytes32 indexed vkId, bytes32 inputsHash)
func (_DPNSettlement *DPNSettlementFilterer) ParseJobOrdered(log types.Log) (*DPNSettlementJobOrdered, error) {
	event := new(DPNSettlementJobOrdered)
	if err := _DPNSettlement.contract.UnpackLog(event, "JobOrdered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNSettlementOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the DPNSettlement contract.
type DPNSettlementOwnershipTransferStartedIterator struct {
	Event *DPNSettlementOwnershipTransferStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNSettlementOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNSettlementOwnershipTransferStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNSettlementOwnershipTransferStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNSettlementOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNSettlementOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNSettlementOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the DPNSettlement contract.
type DPNSettlementOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_DPNSettlement *DPNSettlementFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*DPNSettlementOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _DPNSettlement.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &DPNSettlementOwnershipTransferStartedIterator{contract: _DPNSettlement.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_DPNSettlement *DPNSettlementFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *DPNSettlementOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _DPNSettlement.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNSettlementOwnershipTransferStarted)
				if err := _DPNSettlement.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferStarted is a log parse operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_DPNSettlement *DPNSettlementFilterer) ParseOwnershipTransferStarted(log types.Log) (*DPNSettlementOwnershipTransferStarted, error) {
	event := new(DPNSettlementOwnershipTransferStarted)
	if err := _DPNSettlement.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNSettlementOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the DPNSettlement contract.
type DPNSettlementOwnershipTransferredIterator struct {
	Event *DPNSettlementOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNSettlementOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNSettlementOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNSettlementOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNSettlementOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNSettlementOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNSettlementOwnershipTransferred represents a OwnershipTransferred event raised by the DPNSettlement contract.
type DPNSettlementOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_DPNSettlement *DPNSettlementFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*DPNSettlementOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _DPNSettlement.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &DPNSettlementOwnershipTransferredIterator{contract: _DPNSettlement.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_DPNSettlement *DPNSettlementFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *DPNSettlementOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _DPNSettlement.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNSettlementOwnershipTransferred)
				if err := _DPNSettlement.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_DPNSettlement *DPNSettlementFilterer) ParseOwnershipTransferred(log types.Log) (*DPNSettlementOwnershipTransferred, error) {
	event := new(DPNSettlementOwnershipTransferred)
	if err := _DPNSettlement.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNSettlementProofDeliveredIterator is returned from FilterProofDelivered and is used to iterate over the raw logs and unpacked data for ProofDelivered events raised by the DPNSettlement contract.
type DPNSettlementProofDeliveredIterator struct {
	Event *DPNSettlementProofDelivered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNSettlementProofDeliveredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNSettlementProofDelivered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNSettlementProofDelivered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNSettlementProofDeliveredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNSettlementProofDeliveredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNSettlementProofDelivered represents a ProofDelivered event raised by the DPNSettlement contract.
type DPNSettlementProofDelivered struct {
	JobId      [32]byte
	Team       common.Address
	VkId       [32]byte
	ProofHash  [32]byte
	InputsHash [32]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterProofDelivered is a free log retrieval operation binding the contract event 0x35691e53eb848d3e9b4854a5fa382674f313fe448f164eb56a22b95309e6e923.
//
// Solidity: event ProofDelivered(bytes32 indexed jobId, address indexed team, bytes32 indexed vkId, bytes32 proofHash, bytes32 inputsHash)
func (_DPNSettlement *DPNSettlementFilterer) FilterProofDelivered(opts *bind.FilterOpts, jobId [][32]byte, team []common.Address, vkId [][32]byte) (*DPNSettlementProofDeliveredIterator, error) {

	var jobIdRule []interface{}
	for _, jobIdItem := range jobId {
		jobIdRule = append(jobIdRule, jobIdItem)
	}
	var teamRule []interface{}
	for _, teamItem := range team {
		teamRule = append(teamRule, teamItem)
	}
	var vkIdRule []interface{}
	for _, vkIdItem := range vkId {
		vkIdRule = append(vkIdRule, vkIdItem)
	}

	logs, sub, err := _DPNSettlement.contract.FilterLogs(opts, "ProofDelivered", jobIdRule, teamRule, vkIdRule)
	if err != nil {
		return nil, err
	}
	return &DPNSettlementProofDeliveredIterator{contract: _DPNSettlement.contract, event: "ProofDelivered", logs: logs, sub: sub}, nil
}

// WatchProofDelivered is a free log subscription operation binding the contract event 0x35691e53eb848d3e9b4854a5fa382674f313fe448f164eb56a22b95309e6e923.
//
// Solidity: event ProofDelivered(bytes32 indexed jobId, address indexed team, bytes32 indexed vkId, bytes32 proofHash, bytes32 inputsHash)
func (_DPNSettlement *DPNSettlementFilterer) WatchProofDelivered(opts *bind.WatchOpts, sink chan<- *DPNSettlementProofDelivered, jobId [][32]byte, team []common.Address, vkId [][32]byte) (event.Subscription, error) {

	var jobIdRule []interface{}
	for _, jobIdItem := range jobId {
		jobIdRule = append(jobIdRule, jobIdItem)
	}
	var teamRule []interface{}
	for _, teamItem := range team {
		teamRule = append(teamRule, teamItem)
	}
	var vkIdRule []interface{}
	for _, vkIdItem := range vkId {
		vkIdRule = append(vkIdRule, vkIdItem)
	}

	logs, sub, err := _DPNSettlement.contract.WatchLogs(opts, "ProofDelivered", jobIdRule, teamRule, vkIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNSettlementProofDelivered)
				if err := _DPNSettlement.contract.UnpackLog(event, "ProofDelivered", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseProofDelivered is a log parse operation binding the contract event 0x35691e53eb848d3e9b4854a5fa382674f313fe448f164eb56a22b95309e6e923.
//
// Solidity: event ProofDelivered(bytes32 indexed jobId, address indexed team, bytes32 indexed vkId, bytes32 proofHash, bytes32 inputsHash)
func (_DPNSettlement *DPNSettlementFilterer) ParseProofDelivered(log types.Log) (*DPNSettlementProofDelivered, error) {
	event := new(DPNSettlementProofDelivered)
	if err := _DPNSettlement.contract.UnpackLog(event, "ProofDelivered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNSettlementValsetUpdatedIterator is returned from FilterValsetUpdated and is used to iterate over the raw logs and unpacked data for ValsetUpdated events raised by the DPNSettlement contract.
type DPNSettlementValsetUpdatedIterator struct {
	Event *DPNSettlementValsetUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNSettlementValsetUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNSettlementValsetUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNSettlementValsetUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNSettlementValsetUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNSettlementValsetUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNSettlementValsetUpdated represents a ValsetUpdated event raised by the DPNSettlement contract.
type DPNSettlementValsetUpdated struct {
	Nonce      *big.Int
	Checkpoint [32]byte
	Validators []common.Address
	Powers     []*big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterValsetUpdated is a free log retrieval operation binding the contract event 0x9d917a4b162b3269a51d65ea7d208014cb13492aab8b46960435524451b87bb3.
//
// Solidity: event ValsetUpdated(uint256 indexed nonce, bytes32 checkpoint, address[] validators, uint256[] powers)
func (_DPNSettlement *DPNSettlementFilterer) FilterValsetUpdated(opts *bind.FilterOpts, nonce []*big.Int) (*DPNSettlementValsetUpdatedIterator, error) {

	var nonceRule []interface{}
	for _, nonceItem := range nonce {
		nonceRule = append(nonceRule, nonceItem)
	}

	logs, sub, err := _DPNSettlement.contract.FilterLogs(opts, "ValsetUpdated", nonceRule)
	if err != nil {
		return nil, err
	}
	return &DPNSettlementValsetUpdatedIterator{contract: _DPNSettlement.contract, event: "ValsetUpdated", logs: logs, sub: sub}, nil
}

// WatchValsetUpdated is a free log subscription operation binding the contract event 0x9d917a4b162b3269a51d65ea7d208014cb13492aab8b46960435524451b87bb3.
//
// Solidity: event ValsetUpdated(uint256 indexed nonce, bytes32 checkpoint, address[] validators, uint256[] powers)
func (_DPNSettlement *DPNSettlementFilterer) WatchValsetUpdated(opts *bind.WatchOpts, sink chan<- *DPNSettlementValsetUpdated, nonce []*big.Int) (event.Subscription, error) {

	var nonceRule []interface{}
	for _, nonceItem := range nonce {
		nonceRule = append(nonceRule, nonceItem)
	}

	logs, sub, err := _DPNSettlement.contract.WatchLogs(opts, "ValsetUpdated", nonceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNSettlementValsetUpdated)
				if err := _DPNSettlement.contract.UnpackLog(event, "ValsetUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseValsetUpdated is a log parse operation binding the contract event 0x9d917a4b162b3269a51d65ea7d208014cb13492aab8b46960435524451b87bb3.
//
// Solidity: event ValsetUpdated(uint256 indexed nonce, bytes32 checkpoint, address[] validators, uint256[] powers)
func (_DPNSettlement *DPNSettlementFilterer) ParseValsetUpdated(log types.Log) (*DPNSettlementValsetUpdated, error) {
	event := new(DPNSettlementValsetUpdated)
	if err := _DPNSettlement.contract.UnpackLog(event, "ValsetUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNSettlementVerifyingKeyRegisteredIterator is returned from FilterVerifyingKeyRegistered and is used to iterate over the raw logs and unpacked data for VerifyingKeyRegistered events raised by the DPNSettlement contract.
type DPNSettlementVerifyingKeyRegisteredIterator struct {
	Event *DPNSettlementVerifyingKeyRegistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNSettlementVerifyingKeyRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNSettlementVerifyingKeyRegistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNSettlementVerifyingKeyRegistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNSettlementVerifyingKeyRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNSettlementVerifyingKeyRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNSettlementVerifyingKeyRegistered represents a VerifyingKeyRegistered event raised by the DPNSettlement contract.
type DPNSettlementVerifyingKeyRegistered struct {
	VkId         [32]byte
	PublicInputs *big.Int
	Data         common.Address
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterVerifyingKeyRegistered is a free log retrieval operation binding the contract event 0xa2d5e8477ede89d9a33b2b1004e36e2a4fa0cc3fd2c5149871c1bc1e31be2af2.
//
// Solidity: event VerifyingKeyRegistered(bytes32 indexed vkId, uint256 publicInputs, address data)
func (_DPNSettlement *DPNSettlementFilterer) FilterVerifyingKeyRegistered(opts *bind.FilterOpts, vkId [][32]byte) (*DPNSettlementVerifyingKeyRegisteredIterator, error) {

	var vkIdRule []interface{}
	for _, vkIdItem := range vkId {
		vkIdRule = append(vkIdRule, vkIdItem)
	}

	logs, sub, err := _DPNSettlement.contract.FilterLogs(opts, "VerifyingKeyRegistered", vkIdRule)
	if err != nil {
		return nil, err
	}
	return &DPNSettlementVerifyingKeyRegisteredIterator{contract: _DPNSettlement.contract, event: "VerifyingKeyRegistered", logs: logs, sub: sub}, nil
}

// WatchVerifyingKeyRegistered is a free log subscription operation binding the contract event 0xa2d5e8477ede89d9a33b2b1004e36e2a4fa0cc3fd2c5149871c1bc1e31be2af2.
//
// Solidity: event VerifyingKeyRegistered(bytes32 indexed vkId, uint256 publicInputs, address data)
func (_DPNSettlement *DPNSettlementFilterer) WatchVerifyingKeyRegistered(opts *bind.WatchOpts, sink chan<- *DPNSettlementVerifyingKeyRegistered, vkId [][32]byte) (event.Subscription, error) {

	var vkIdRule []interface{}
	for _, vkIdItem := range vkId {
		vkIdRule = append(vkIdRule, vkIdItem)
	}

	logs, sub, err := _DPNSettlement.contract.WatchLogs(opts, "VerifyingKeyRegistered", vkIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNSettlementVerifyingKeyRegistered)
				if err := _DPNSettlement.contract.UnpackLog(event, "VerifyingKeyRegistered", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseVerifyingKeyRegistered is a log parse operation binding the contract event 0xa2d5e8477ede89d9a33b2b1004e36e2a4fa0cc3fd2c5149871c1bc1e31be2af2.
//
// Solidity: event VerifyingKeyRegistered(bytes32 indexed vkId, uint256 publicInputs, address data)
func (_DPNSettlement *DPNSettlementFilterer) ParseVerifyingKeyRegistered(log types.Log) (*DPNSettlementVerifyingKeyRegistered, error) {
	event := new(DPNSettlementVerifyingKeyRegistered)
	if err := _DPNSettlement.contract.UnpackLog(event, "VerifyingKeyRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenMetaData contains all meta data concerning the DPNToken contract.
var DPNTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"contractIKYCRegistry\",\"name\":\"registry\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"defaultPartition_\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"EmptyDocumentName\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IssuanceClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotController\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotIssuer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"}],\"name\":\"PartitionExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SettlementAlreadySet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyPartitions\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes1\",\"name\":\"code\",\"type\":\"bytes1\"},{\"internalType\":\"bytes32\",\"name\":\"reason\",\"type\":\"bytes32\"}],\"name\":\"TransferRejected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"UnknownDocument\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"}],\"name\":\"UnknownPartition\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"tokenHolder\",\"type\":\"address\"}],\"name\":\"AuthorizedOperator\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"tokenHolder\",\"type\":\"address\"}],\"name\":\"AuthorizedOperatorByPartition\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"records\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"BatchIssued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"ControlRenounced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"tokenHolder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"operatorData\",\"type\":\"bytes\"}],\"name\":\"ControllerRedemption\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"ControllerSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"operatorData\",\"type\":\"bytes\"}],\"name\":\"ControllerTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"}],\"name\":\"DefaultPartitionSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"IssuanceFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"Issued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"operatorData\",\"type\":\"bytes\"}],\"name\":\"IssuedByPartition\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"}],\"name\":\"KYCRegistrySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"kycRequired\",\"type\":\"bool\"}],\"name\":\"PartitionConfigured\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"operatorData\",\"type\":\"bytes\"}],\"name\":\"RedeemedByPartition\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"tokenHolder\",\"type\":\"address\"}],\"name\":\"RevokedOperator\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"tokenHolder\",\"type\":\"address\"}],\"name\":\"RevokedOperatorByPartition\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"settlement\",\"type\":\"address\"}],\"name\":\"SettlementSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"fromPartition\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"operatorData\",\"type\":\"bytes\"}],\"name\":\"TransferByPartition\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FUNDS_LOCKED\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"\",\"type\":\"bytes1\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INSUFFICIENT_ALLOWANCE\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"\",\"type\":\"bytes1\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INSUFFICIENT_BALANCE\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"\",\"type\":\"bytes1\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INVALID_OPERATOR\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"\",\"type\":\"bytes1\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INVALID_RECEIVER\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"\",\"type\":\"bytes1\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INVALID_SENDER\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"\",\"type\":\"bytes1\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PARTITIONS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TRANSFERS_HALTED\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"\",\"type\":\"bytes1\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TRANSFER_FAILURE\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"\",\"type\":\"bytes1\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TRANSFER_SUCCESS\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"\",\"type\":\"bytes1\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"kycRequired\",\"type\":\"bool\"}],\"name\":\"addPartition\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"allPartitions\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"authorizeOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"authorizeOperatorByPartition\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"balanceOfByPartition\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"canTransfer\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"code\",\"type\":\"bytes1\"},{\"internalType\":\"bytes32\",\"name\":\"reason\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"canTransferByPartition\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"code\",\"type\":\"bytes1\"},{\"internalType\":\"bytes32\",\"name\":\"reason\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"destinationPartition\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"canTransferFrom\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"code\",\"type\":\"bytes1\"},{\"internalType\":\"bytes32\",\"name\":\"reason\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"controlRenounced\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"tokenHolder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"operatorData\",\"type\":\"bytes\"}],\"name\":\"controllerRedeem\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"operatorData\",\"type\":\"bytes\"}],\"name\":\"controllerTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultPartition\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finalizeIssuance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getAllDocuments\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"docName\",\"type\":\"bytes32\"}],\"name\":\"getDocument\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isControllable\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"isController\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isIssuable\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"isOperator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"isOperatorForPartition\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"issuanceFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"issue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"}],\"name\":\"issueBatchByPartition\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"issueByPartition\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"kycRegistry\",\"outputs\":[{\"internalType\":\"contractIKYCRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"operatorData\",\"type\":\"bytes\"}],\"name\":\"operatorRedeemByPartition\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"operatorData\",\"type\":\"bytes\"}],\"name\":\"operatorTransferByPartition\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"}],\"name\":\"partitionConfig\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"exists\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"kycRequired\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"index\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"partitionsOf\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"parts\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"redeem\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"redeemByPartition\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"docName\",\"type\":\"bytes32\"}],\"name\":\"removeDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceControl\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"revokeOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"revokeOperatorByPartition\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setController\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"}],\"name\":\"setDefaultPartition\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"docName\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"setDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIKYCRegistry\",\"name\":\"registry\",\"type\":\"address\"}],\"name\":\"setKYCRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"kycRequired\",\"type\":\"bool\"}],\"name\":\"setPartitionKYC\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"settlement_\",\"type\":\"address\"}],\"name\":\"setSettlement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"settlement\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"}],\"name\":\"totalSupplyByPartition\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"partition\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"transferByPartition\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"transferFromWithData\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"transferWithData\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x608060405234610544576136458038038061001981610548565b92833981019060a0818303126105445780516001600160401b038111610544578261004591830161056d565b602082015190926001600160401b0382116105445761006591830161056d565b60408201519091906001600160a01b038116908190036105445760608201516001600160a01b0381169290839003610544576080015190801561053157600180546001600160a01b03199081169091555f8054918216831781556001600160a01b03909116907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a383516001600160401b03811161031c57600254600181811c91168015610527575b602082101461042d57601f81116104b9575b50602094601f8211600114610456579481929394955f9261044b575b50508160011b915f199060031b1c1916176002555b82516001600160401b03811161031c57600354600181811c91168015610441575b602082101461042d57601f81116103bf575b506020601f821160011461035c57819293945f92610351575b50508160011b915f199060031b1c1916176003555b600580546001600160a01b031916831790555f818152600a602052604090205460ff1661033f57600b5460108110156103305760405190606082016001600160401b0381118382101761031c576040526001825260208201905f825260ff6040840191168152835f52600a60205260405f20925115159160ff62ff000061ff0086549351151560081b16935160101b1693169062ffffff19161717179055600b546801000000000000000081101561031c576001810180600b55811015610308578190600b5f5260205f200155807ffe456370520f5fb85d53023f92bd833aff9e1acdcf5525548ba8a709cee08a2760206040515f8152a280600655604051917f12a5ab2244374972b16ae1bc3c4e17497ff80771439859f438aaa1211260a39b5f80a27fb7abe57cf5e3802129b2ea27856bb1f552f61b8604b7b395f58b8f1f792b6f0a5f80a261308690816105bf8239f35b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b635308e18960e01b5f5260045ffd5b631258636b60e11b5f5260045260245ffd5b015190505f8061019f565b601f1982169060035f52805f20915f5b8181106103a75750958360019596971061038f575b505050811b016003556101b4565b01515f1960f88460031b161c191690555f8080610381565b9192602060018192868b01518155019401920161036c565b818111156101865760035f52601f820160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b60208410610425575b81601f9101920160051c03905f5b828110610418575050610186565b5f8282015560010161040a565b5f91506103fc565b634e487b7160e01b5f52602260045260245ffd5b90607f1690610174565b015190505f8061013e565b601f1982169560025f52805f20915f5b8881106104a157508360019596979810610489575b505050811b01600255610153565b01515f1960f88460031b161c191690555f808061047b565b91926020600181928685015181550194019201610466565b818111156101225760025f52601f820160051c7f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace6020841061051f575b81601f9101920160051c03905f5b828110610512575050610122565b5f82820155600101610504565b5f91506104f6565b90607f1690610110565b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761031c57604052565b81601f82011215610544578051906001600160401b03821161031c5761059c601f8301601f1916602001610548565b928284526020838301011161054457815f9260208093018386015e830101529056fe60806040526004361015610011575f80fd5b5f3560e01c80624b4bf714612116578063010648ca14611ef457806306fdde0314611e4f578063095ea7b314611dd55780630fd3919314611db7578063103ef9e114611d38578063122eb57514611d1f578063168ecec514611c9f57806318160ddd14611c825780631badb25c14611c2e57806323b872dd14611bd75780632532c4e214611bb95780632532e5cc14611b9e5780632535f76214611b6157806329488ad814611b435780632b0ddb9114611b255780632bc6acc314611a6d5780632f1cae8514611a4c5780632fb035c1146119df57806330e828031461199b578063313ce5671461198057806336561fe91461195b5780634b155b97146119355780634b57bb08146119175780634c783bf5146118f357806350b1f356146118d557806351160630146118af57806354ff5b8214611864578063600d2dbc146117f957806362eb006814611780578063676716f41461175e57806367c84919146116b357806369c0f5951461161c5780636c37c4bf146115e25780636d77cad6146115b357806370a0823114611514578063715018a6146114ad578063731cb4d01461132d578063740ab8f41461122157806379ba5097146111815780637e3a262d146111645780638ab653081461111d5780638c0dee9c146110795780638da5cb5b146110545780638f4e6f3714610fb45780639418c91a14610f7a578063959b8c3f14610ee057806395d89b4114610e0257806398ddcec714610d575780639945e70e14610cc75780639fa5f50b14610c53578063a26734dc14610c29578063a9059cbb14610bce578063b10d6b4114610b56578063b429afeb14610b19578063b6363cf214610ae3578063b78bd21b14610ac5578063bb3acde914610a38578063bcae8d44146109b4578063c3501848146107ea578063ca281fd91461079d578063dd62ed3e14610749578063e0dba60f14610698578063e30c397814610672578063e77c646d146105f9578063ee532f3114610596578063f282527a14610440578063f2fde38b146103d3578063f3d490db1461038f5763fad8b32a1461031a575f80fd5b3461038b57602036600319011261038b57610333612447565b335f52600f60205260405f206001600160a01b0382165f5260205260405f2060ff1981541690556001600160a01b033391167f50546e66e5f44d728365dc3908c63bc5cfeeab470722c1677e3073a6ac294aa15f80a3005b5f80fd5b3461038b5760206103b16103cb6103a536612528565b959192939536916126d9565b90604051926103c08785612361565b5f8452333387612d97565b604051908152f35b3461038b57602036600319011261038b576001600160a01b036103f4612447565b6103fc612a41565b16806001600160a01b031960015416176001556001600160a01b035f54167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227005f80a3005b3461038b5760a036600319011261038b57610459612447565b61046161245d565b9060443560643567ffffffffffffffff811161038b576104859036906004016122df565b9160843567ffffffffffffffff811161038b576104a69036906004016122df565b6104b1969196612e66565b6001600160a01b03821696871561056b57600654956001600160a01b03881697885f52600c60205260405f20885f526020528560405f205410610530578561052b9561051e927f6bf62b4b9c7b768275122bf70d429efc398a056d669b1efdf6c3976346246d7d9a612f8b565b604051958695338761271f565b0390a3005b6369ba3c6f60e01b5f52602960f91b6004527f494e53554646494349454e545f42414c414e434500000000000000000000000060245260445ffd5b6369ba3c6f60e01b5f52605760f81b6004526c2d22a927afa922a1a2a4ab22a960991b60245260445ffd5b3461038b576105e86105ce6105aa36612489565b94906105bd856006959495543390612775565b156105ea575b6006549536916126d9565b92604051946105de602087612361565b5f86523390612d97565b005b6105f48486612cbb565b6105c3565b3461038b57604036600319011261038b5760243560043567ffffffffffffffff821161038b577fb7d0d6b60740753e9f16692a2f479472a1385aec2420fa43225b02f2ffa1afe761065161052b9336906004016122df565b610662846006969396543390612ebf565b604051918291339633968461275e565b3461038b575f36600319011261038b5760206001600160a01b0360015416604051908152f35b3461038b57604036600319011261038b576106b1612447565b6001600160a01b036106c1612570565b916106ca612a41565b169081156107215760207f9c1e55b2ea976b1ce106746d9325847e838c89adca542764df43b80cadb59b0491835f52601182526107168160405f209060ff801983541691151516179055565b6040519015158152a2005b7fd92e233d000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461038b57604036600319011261038b57610762612447565b6001600160a01b0361077261245d565b91165f52600e6020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b3461038b575f36600319011261038b576107b5612a41565b61010061ff001960075416176007557f3b0cda0c58f80b51ae87c69183b6e19775f26af5c103b33a48d40caa709d48615f80a1005b3461038b57602036600319011261038b57600435610806612a41565b805f52601260205260405f2060038101549081156109a157600161082982612383565b9101549160135480820361092c575b5050601354908115610918577f3d9bba27d3e360d8c80645beed7e991454a8271bf6f269a24f7782be0f0d0654926108c9925f1901610876816125ed565b8154905f199060031b1b19169055601355845f5260126020525f6003604082206108a0815461230d565b806108d4575b508260018201558260028201550155604051928392604084526040840190612423565b9060208301520390a2005b601f81116001146108ea57508281555b886108a6565b8184526020842061090791601f0160051c8519019060010161261a565b8083528260208120818355556108e4565b634e487b7160e01b5f52603160045260245ffd5b5f19810190811161098d57610940906125ed565b90549060031b1c5f19820182811161098d5761097561095f83926125ed565b819391549060031b91821b915f19901b19161790565b90555f526012602052600360405f2001558380610838565b634e487b7160e01b5f52601160045260245ffd5b82630aece7ed60e11b5f5260045260245ffd5b3461038b575f36600319011261038b57604051806020600b54918281520190600b5f527f0175b7a638427703f0dbe7bb9bbf987a2551717b34e79f33b5b1008d1fa01db9905f5b818110610a2257610a1e85610a1281870382612361565b6040519182918261257f565b0390f35b82548452602090930192600192830192016109fb565b3461038b576001600160a01b0361052b7f0e9905d62635f049c2f4e11678ebf9dc3d1f8c4a653e290759b772e47ba00d00610a72366124e5565b610a8096939295919661284c565b600654610a8e878583612f47565b610a9a876008546125c8565b6008555f52600960205260405f20610ab38782546125c8565b9055604051938493169633968461275e565b3461038b575f36600319011261038b576020604051602b60f91b8152f35b3461038b57604036600319011261038b576020610b0f610b01612447565b610b0961245d565b906127f4565b6040519015158152f35b3461038b57602036600319011261038b576001600160a01b03610b3a612447565b165f526011602052602060ff60405f2054166040519015158152f35b3461038b57602036600319011261038b57600435805f52601260205260405f20600381015415610bbb57806001610bac920154610b97600283015492612383565b91604051938493606085526060850190612423565b91602084015260408301520390f35b50630aece7ed60e11b5f5260045260245ffd5b3461038b57604036600319011261038b57610c1e610bea612447565b60065460405190610bfc602083612361565b5f825260405192610c0e602085612361565b5f84526024359133903390612d97565b602060405160018152f35b3461038b57602036600319011261038b576004355f526009602052602060405f2054604051908152f35b3461038b575f36600319011261038b5760405180602060135491828152019060135f527f66de8ffda797e3de9c05e8fc57b3bf0ec28a930d40b0d285d93c06501cf6a090905f5b818110610cb157610a1e85610a1281870382612361565b8254845260209093019260019283019201610c9a565b3461038b5760a036600319011261038b57610ce0612447565b610ce861245d565b90604435906084359067ffffffffffffffff821161038b57606093610d14610d209336906004016122df565b50506064359184612a54565b7fff000000000000000000000000000000000000000000000000000000000000006040939293519316835260208301526040820152f35b3461038b57610d6536612528565b610d7484929593943385612775565b15610dc75781610dc26001600160a01b0392610db2877fce306c3dbc4a497124b5a4f2be8388b41084c1d74663da27ecee1186c00239bf9688612ebf565b604051938493169733978461275e565b0390a4005b6369ba3c6f60e01b5f52600b60fb1b6004527f4e4f545f4f50455241544f52000000000000000000000000000000000000000060245260445ffd5b3461038b575f36600319011261038b576040515f600354610e228161230d565b8084529060018116908115610ebc5750600114610e5e575b610a1e83610e4a81850382612361565b604051918291602083526020830190612423565b60035f9081527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b939250905b808210610ea257509091508101602001610e4a610e3a565b919260018160209254838588010152019101909291610e8a565b60ff191660208086019190915291151560051b84019091019150610e4a9050610e3a565b3461038b57602036600319011261038b576001600160a01b03610f01612447565b16338114610f5257335f52600f60205260405f20815f5260205260405f20600160ff1982541617905533907ff4caeb2d6ca8932a215a353d0703c326ec2d81fc68170f320eb2ab49e9df61f95f80a3005b7f9d8a8cf4000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461038b575f36600319011261038b5760206040517f55000000000000000000000000000000000000000000000000000000000000008152f35b3461038b57602036600319011261038b57610fcd612447565b610fd5612a41565b600454906001600160a01b03821661102c576001600160a01b0316908115610721576001600160a01b03191681176004557f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca995f80a2005b7f25846789000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461038b575f36600319011261038b5760206001600160a01b035f5416604051908152f35b3461038b5760c036600319011261038b5760043561109561245d565b9061109e612473565b60843567ffffffffffffffff811161038b576110be9036906004016122df565b91909360a43567ffffffffffffffff811161038b576110e19036906004016122df565b9190956110ef823388612775565b15610dc757602096611109611111926103cb9736916126d9565b9336916126d9565b92606435913387612d97565b3461038b57602036600319011261038b576004355f52600a602052606060405f205460ff6040519181811615158352818160081c161515602084015260101c166040820152f35b3461038b575f36600319011261038b576020600654604051908152f35b3461038b575f36600319011261038b57336001600160a01b0360015416036111f5576001600160a01b0319600154166001555f54336001600160a01b03198216175f556001600160a01b033391167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3005b7f118cdaa7000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b3461038b57602036600319011261038b576001600160a01b03611242612447565b165f52600d60205260405f20545f9080805b61130b5750611262826127dc565b916112706040519384612361565b80835261127f601f19916127dc565b013660208401375f90805f915b61129e5760405180610a1e868261257f565b600181166112be575b60011c9182916112b6906127ce565b91909261128c565b6112c7826125d5565b90549060031b1c906112d8846127ce565b9185518510156112f75760206112b69560051b870101529092506112a7565b634e487b7160e01b5f52603260045260245ffd5b6001811661131d575b60011c80611254565b91611327906127ce565b91611314565b3461038b57604036600319011261038b57600435611349612570565b611351612a41565b815f52600a60205260ff60405f20541661148157600b546010811015611459576040519061137e82612345565b600182526113d6602083019315159384815260ff6040850193168352855f52600a6020526113bf60405f2094511515859060ff801983541691151516179055565b51835461ff00191690151560081b61ff0016178355565b5162ff000082549160101b169062ff00001916179055600b5468010000000000000000811015611445577ffe456370520f5fb85d53023f92bd833aff9e1acdcf5525548ba8a709cee08a27918361143a61095f84600160209601600b55600b612605565b9055604051908152a2005b634e487b7160e01b5f52604160045260245ffd5b7f5308e189000000000000000000000000000000000000000000000000000000005f5260045ffd5b507f24b0c6d6000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461038b575f36600319011261038b576114c5612a41565b6001600160a01b0319600154166001555f6001600160a01b0381546001600160a01b031981168355167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b3461038b57602036600319011261038b5761152d612447565b6001600160a01b03165f818152600d6020526040812054918190835b61155857602083604051908152f35b60018416611579575b611571929360011c9283926127ce565b919392611549565b6115ac61157193825f52600c60205260405f20611595856125d5565b90549060031b1c5f5260205260405f2054906125c8565b9250611561565b3461038b57606036600319011261038b576020610b0f6115d161245d565b6115d9612473565b90600435612775565b3461038b575f36600319011261038b5760206040517f54000000000000000000000000000000000000000000000000000000000000008152f35b3461038b57604036600319011261038b57600435611638612570565b611640612a41565b815f52600a60205260ff60405f205416156116a0575f828152600a60209081526040909120805461ff00191683151560081b61ff00161790557ffe456370520f5fb85d53023f92bd833aff9e1acdcf5525548ba8a709cee08a2791610716565b5063aed0d6d360e01b5f5260045260245ffd5b3461038b577ff0ded82afbb1bb3ff3fc48cb2a26584aa84e4af0bf309c804ecdb94d0f6a98bb6117466001600160a01b036116ed36612528565b6116fc9794959396929761284c565b611707888888612f47565b611713886008546125c8565b600855855f52600960205260405f2061172d8982546125c8565b9055604051978852606060208901526060880191612635565b935f86860395866040890152521693602033940190a4005b3461038b575f36600319011261038b57602060ff600754166040519015158152f35b3461038b57606036600319011261038b5760443560243560043567ffffffffffffffff831161038b577fce306c3dbc4a497124b5a4f2be8388b41084c1d74663da27ecee1186c00239bf6117db610dc29436906004016122df565b6117e9859692963386612ebf565b604051918291339733978461275e565b3461038b57602036600319011261038b576004356001600160a01b03811680910361038b57611826612a41565b801561072157806001600160a01b031960055416176005557f12a5ab2244374972b16ae1bc3c4e17497ff80771439859f438aaa1211260a39b5f80a2005b3461038b575f36600319011261038b5761187c612a41565b600160ff1960075416176007557f7be64d1bc574242f8d2e75d794df46c535a72ac78ce5aac3ff5f554281e1155c5f80a1005b3461038b575f36600319011261038b5760206001600160a01b0360045416604051908152f35b3461038b575f36600319011261038b576020604051602960f91b8152f35b3461038b575f36600319011261038b57602060ff60075460081c1615604051908152f35b3461038b575f36600319011261038b576020604051600b60fb1b8152f35b3461038b575f36600319011261038b5760206001600160a01b0360055416604051908152f35b3461038b575f36600319011261038b57602060ff60075460081c166040519015158152f35b3461038b575f36600319011261038b57602060405160128152f35b3461038b57604036600319011261038b576001600160a01b036119bc61245d565b165f52600c60205260405f206004355f52602052602060405f2054604051908152f35b3461038b57602036600319011261038b576004356119fb612a41565b805f52600a60205260ff60405f20541615611a3a57806006557fb7abe57cf5e3802129b2ea27856bb1f552f61b8604b7b395f58b8f1f792b6f0a5f80a2005b63aed0d6d360e01b5f5260045260245ffd5b3461038b575f36600319011261038b57602060ff6007541615604051908152f35b3461038b57608036600319011261038b57611a86612447565b6024359060443567ffffffffffffffff811161038b57611aaa9036906004016122df565b9160643567ffffffffffffffff811161038b577f876b7cb47aa150b3a5516188b19ed308752ad4d0ae9a702543353b78163f7589936001600160a01b0393611af9611b209336906004016122df565b929091611b04612e66565b611b118987600654612ebf565b6040519687961698338761271f565b0390a2005b3461038b575f36600319011261038b576020604051605760f81b8152f35b3461038b575f36600319011261038b576020604051605160f81b8152f35b3461038b576105e8611b82611b75366124e5565b93906006549436916126d9565b9160405193611b92602086612361565b5f855233903390612d97565b3461038b575f36600319011261038b57602060405160108152f35b3461038b575f36600319011261038b576020604051600560fc1b8152f35b3461038b57606036600319011261038b57610c1e611bf3612447565b611bfb61245d565b90604435611c098183612cbb565b6006549260405192611c1c602085612361565b5f8452604051946105de602087612361565b3461038b57611c4c611c3f366124e5565b5050906006543390612a54565b604080517fff00000000000000000000000000000000000000000000000000000000000000939093168352602083019190915290f35b3461038b575f36600319011261038b576020600854604051908152f35b3461038b57604036600319011261038b57600435611cbb61245d565b90335f52601060205260405f20815f5260205260405f206001600160a01b0383165f5260205260405f2060ff1981541690556001600160a01b03339216907f3b287c4f1bab4df949b33bceacef984f544dc5d5479930d00e4ee8c9d8dd96f25f80a4005b3461038b57611c4c611d3036612489565b505091612655565b3461038b57604036600319011261038b576004356001600160a01b03611d5c61245d565b16338114610f5257335f52601060205260405f20825f5260205260405f20815f5260205260405f20600160ff1982541617905533917f3646a897c70797ecc134b0adc32f471b07bf1d6f451133b0384badab531e3fd65f80a4005b3461038b575f36600319011261038b576020604051605360f81b8152f35b3461038b57604036600319011261038b57611dee612447565b6001600160a01b0316602435811561072157335f52600e60205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b3461038b575f36600319011261038b576040515f600254611e6f8161230d565b8084529060018116908115610ebc5750600114611e9657610a1e83610e4a81850382612361565b60025f9081527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace939250905b808210611eda57509091508101602001610e4a610e3a565b919260018160209254838588010152019101909291611ec2565b3461038b57606036600319011261038b5760043560243567ffffffffffffffff811161038b57611f289036906004016122df565b919060443592611f36612a41565b82156120ee57825f52601260205260405f2093600385018054156120b7575b5067ffffffffffffffff821161144557611f6f855461230d565b601f8111612074575b505f94601f8311600114611ff257827fb4c22d60cd550a815744f04e3ff5278bf19684565ee00e2b084041b6024bd6f695965f91611fe7575b508360011b905f198560031b1c19161781555b8160018201556002429101556108c9604051938493604085526040850191612635565b905084013587611fb1565b601f19831695815f5260205f20905f5b88811061205c5750847fb4c22d60cd550a815744f04e3ff5278bf19684565ee00e2b084041b6024bd6f6979810612043575b5050600183811b018155611fc4565b8501355f19600386901b60f8161c191690558680612034565b9091602060018192858a013581550193019101612002565b82811115611f78576120a990865f5260205f2090601f850160051c90602086106120af575b601f82910160051c03910161261a565b85611f78565b5f9150612099565b60135468010000000000000000811015611445576120e161095f8260018994016013556013612605565b9055601354905585611f55565b7fafb68471000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461038b57606036600319011261038b5760043560243567ffffffffffffffff811161038b5761214a9036906004016122ae565b9160443567ffffffffffffffff811161038b5761216b9036906004016122ae565b925f9361217661284c565b80860361227f579190835f52600a60205260405f2060ff6040519161219a83612345565b5481811615158352818160081c161515602084015260101c1660408201525f935b87851061222357602087877f5fd94142502d5e6e4d35e7552095979849e333de1a51202c5a3c89ee078f24b560408c6121f6856008546125c8565b600855835f5260098652815f2061220e8682546125c8565b905581519081528486820152a2604051908152f35b90919293956122338789866125b8565b356001600160a01b038116810361038b57600191612262612274926122598b878b6125b8565b35908a886128e6565b61226d8985896125b8565b35906125c8565b9601939291906121bb565b857fab8b67c6000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b9181601f8401121561038b5782359167ffffffffffffffff831161038b576020808501948460051b01011161038b57565b9181601f8401121561038b5782359167ffffffffffffffff831161038b576020838186019501011161038b57565b90600182811c9216801561233b575b602083101461232757565b634e487b7160e01b5f52602260045260245ffd5b91607f169161231c565b6060810190811067ffffffffffffffff82111761144557604052565b90601f8019910116810190811067ffffffffffffffff82111761144557604052565b9060405191825f8254926123968461230d565b808452936001811690811561240157506001146123bd575b506123bb92500383612361565b565b90505f9291925260205f20905f915b8183106123e55750509060206123bb928201015f6123ae565b60209193508060019154838589010152019101909184926123cc565b9050602092506123bb94915060ff191682840152151560051b8201015f6123ae565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361038b57565b602435906001600160a01b038216820361038b57565b604435906001600160a01b038216820361038b57565b90608060031983011261038b576004356001600160a01b038116810361038b57916024356001600160a01b038116810361038b5791604435916064359067ffffffffffffffff821161038b576124e1916004016122df565b9091565b606060031982011261038b576004356001600160a01b038116810361038b5791602435916044359067ffffffffffffffff821161038b576124e1916004016122df565b90608060031983011261038b57600435916024356001600160a01b038116810361038b5791604435916064359067ffffffffffffffff821161038b576124e1916004016122df565b60243590811515820361038b57565b60206040818301928281528451809452019201905f5b8181106125a25750505090565b8251845260209384019390920191600101612595565b91908110156112f75760051b0190565b9190820180921161098d57565b600b548110156112f757600b5f5260205f2001905f90565b6013548110156112f75760135f5260205f2001905f90565b80548210156112f7575f5260205f2001905f90565b5f5b82811061262857505050565b5f8282015560010161261c565b908060209392818452848401375f828201840152601f01601f1916010190565b919060065492612666813386612775565b15806126a8575b61267a576124e193612a54565b50505050605360f81b907f494e53554646494349454e545f414c4c4f57414e43450000000000000000000090565b506001600160a01b0381165f52600e60205260405f206001600160a01b0333165f526020528260405f20541061266d565b92919267ffffffffffffffff82116114455760405191612703601f8201601f191660200184612361565b82948184528183011161038b578281602093845f960137010152565b9492909361274d926001600160a01b0361275b98961687526020870152608060408701526080860191612635565b926060818503910152612635565b90565b60409061275b949281528160208201520191612635565b61277f83836127f4565b92831561278d575b50505090565b6001600160a01b0391929350165f52601060205260405f20905f526020526001600160a01b0360405f2091165f5260205260ff60405f2054165f8080612787565b5f19811461098d5760010190565b67ffffffffffffffff81116114455760051b60200190565b906001600160a01b031690816001600160a01b0382161491821561281757505090565b9091505f52600f6020526001600160a01b0360405f2091165f5260205260ff60405f20541690565b9190820391821161098d57565b6001600160a01b036004541633148015906128c6575b61289a5760ff6007541661287257565b7f34e71755000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f3fd26f9e000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b503315612862565b9081602091031261038b5751801515810361038b5790565b9091815115612a06576001600160a01b03811693841561056b57602083015115158061298d575b61295257612949816020935f9660ff60407fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9801511691612ffe565b604051908152a3565b6369ba3c6f60e01b5f52605760f81b6004527f52454345495645525f4e4f545f4b59430000000000000000000000000000000060245260445ffd5b50602460206001600160a01b03600554166040519283809263b9209e3360e01b82528a60048301525afa9081156129fb575f916129cc575b501561290d565b6129ee915060203d6020116129f4575b6129e68183612361565b8101906128ce565b5f6129c5565b503d6129dc565b6040513d5f823e3d90fd5b6369ba3c6f60e01b5f52600560fc1b6004527f554e4b4e4f574e5f504152544954494f4e00000000000000000000000000000060245260445ffd5b6001600160a01b035f541633036111f557565b9192825f52600a60205260405f209160405192612a7084612345565b549260ff8416159081158152604060ff6020830196818160081c161515885260101c16910152612c8c576001600160a01b0316938415612c5d576001600160a01b0316928315612c3e57845f52600c60205260405f20905f5260205260405f205410612c115751612b08575b5050605160f81b907f4f4b00000000000000000000000000000000000000000000000000000000000090565b6001600160a01b0360055416916040519063b9209e3360e01b82526004820152602081602481865afa9081156129fb575f91612bf2575b5015612bc65760209060246040518094819363b9209e3360e01b835260048301525afa9081156129fb575f91612ba7575b5015612b7d575f80612adc565b605760f81b907f52454345495645525f4e4f545f4b59430000000000000000000000000000000090565b612bc0915060203d6020116129f4576129e68183612361565b5f612b70565b5050602b60f91b907f53454e4445525f4e4f545f4b594300000000000000000000000000000000000090565b612c0b915060203d6020116129f4576129e68183612361565b5f612b3f565b505050602960f91b907f494e53554646494349454e545f42414c414e434500000000000000000000000090565b5050505050605760f81b906c2d22a927afa922a1a2a4ab22a960991b90565b5050505050602b60f91b907f5a45524f5f53454e44455200000000000000000000000000000000000000000090565b5050505050600560fc1b907f554e4b4e4f574e5f504152544954494f4e00000000000000000000000000000090565b6001600160a01b031690815f52600e60205260405f206001600160a01b0333165f5260205260405f205490808210612d5c5760018201612cfa57505050565b81612d0882612d2d9461283f565b845f52600e60205260405f206001600160a01b0333165f5260205260405f205561283f565b906040519182527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203393a3565b6369ba3c6f60e01b5f52605360f81b6004527f494e53554646494349454e545f414c4c4f57414e43450000000000000000000060245260445ffd5b939594909291957fff00000000000000000000000000000000000000000000000000000000000000612dcb82858a89612a54565b9116605160f81b8103612e51575050826001600160a01b0380612e3a7fff4e9a26af4eb73b8bacfaa4abd4fea03d9448e7b912dc5ff4019048875aa2d4979585612e1b612e4c97859a8f8e612f8b565b6040519889981688526020880152608060408801526080870190612423565b92858403606087015216981696612423565b0390a4565b6369ba3c6f60e01b5f5260045260245260445ffd5b60ff60075460081c168015612ea8575b612e7c57565b7f66719b7a000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b50335f52601160205260ff60405f20541615612e76565b906001600160a01b031690815f52600c60205260405f20815f5260205260405f205483811061053057837fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef925f95602093868852600c8552604088208389528552036040872055816008540360085585526009825260408520818154039055604051908152a3565b906123bb9291805f52600a60205260405f2060ff60405191612f6883612345565b5481811615158352818160081c161515602084015260101c1660408201526128e6565b916001600160a01b03602091612ff386837fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef961696875f52600c865260405f20815f52865260405f20828154039055805f52600a865260ff60405f205460101c169084612ffe565b6040519586521693a3565b926001600160a01b036130349293941693845f52600c60205260405f20845f5260205260405f205490811561304d575b506125c8565b915f52600c60205260405f20905f5260205260405f2055565b855f52600d602052600160ff60405f205492161b9081811615613071575b5061302e565b865f52600d6020521760405f20555f8061306b56",
}

// DPNTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use DPNTokenMetaData.ABI instead.
var DPNTokenABI = DPNTokenMetaData.ABI

// DPNTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use DPNTokenMetaData.Bin instead.
var DPNTokenBin = DPNTokenMetaData.Bin

// DeployDPNToken deploys a new Ethereum contract, binding an instance of DPNToken to it.
func DeployDPNToken(auth *bind.TransactOpts, backend bind.ContractBackend, name_ string, symbol_ string, owner_ common.Address, registry common.Address, defaultPartition_ [32]byte) (common.Address, *types.Transaction, *DPNToken, error) {
	parsed, err := DPNTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(DPNTokenBin), backend, name_, symbol_, owner_, registry, defaultPartition_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &DPNToken{DPNTokenCaller: DPNTokenCaller{contract: contract}, DPNTokenTransactor: DPNTokenTransactor{contract: contract}, DPNTokenFilterer: DPNTokenFilterer{contract: contract}}, nil
}

// DPNToken is an auto generated Go binding around an Ethereum contract.
type DPNToken struct {
	DPNTokenCaller     // Read-only binding to the contract
	DPNTokenTransactor // Write-only binding to the contract
	DPNTokenFilterer   // Log filterer for contract events
}

// DPNTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type DPNTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DPNTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type DPNTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DPNTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type DPNTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DPNTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type DPNTokenSession struct {
	Contract     *DPNToken         // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// DPNTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type DPNTokenCallerSession struct {
	Contract *DPNTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts   // Call options to use throughout this session
}

// DPNTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type DPNTokenTransactorSession struct {
	Contract     *DPNTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// DPNTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type DPNTokenRaw struct {
	Contract *DPNToken // Generic contract binding to access the raw methods on
}

// DPNTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type DPNTokenCallerRaw struct {
	Contract *DPNTokenCaller // Generic read-only contract binding to access the raw methods on
}

// DPNTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type DPNTokenTransactorRaw struct {
	Contract *DPNTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewDPNToken creates a new instance of DPNToken, bound to a specific deployed contract.
func NewDPNToken(address common.Address, backend bind.ContractBackend) (*DPNToken, error) {
	contract, err := bindDPNToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &DPNToken{DPNTokenCaller: DPNTokenCaller{contract: contract}, DPNTokenTransactor: DPNTokenTransactor{contract: contract}, DPNTokenFilterer: DPNTokenFilterer{contract: contract}}, nil
}

// NewDPNTokenCaller creates a new read-only instance of DPNToken, bound to a specific deployed contract.
func NewDPNTokenCaller(address common.Address, caller bind.ContractCaller) (*DPNTokenCaller, error) {
	contract, err := bindDPNToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &DPNTokenCaller{contract: contract}, nil
}

// NewDPNTokenTransactor creates a new write-only instance of DPNToken, bound to a specific deployed contract.
func NewDPNTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*DPNTokenTransactor, error) {
	contract, err := bindDPNToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &DPNTokenTransactor{contract: contract}, nil
}

// NewDPNTokenFilterer creates a new log filterer instance of DPNToken, bound to a specific deployed contract.
func NewDPNTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*DPNTokenFilterer, error) {
	contract, err := bindDPNToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &DPNTokenFilterer{contract: contract}, nil
}

// bindDPNToken binds a generic wrapper to an already deployed contract.
func bindDPNToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := DPNTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DPNToken *DPNTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DPNToken.Contract.DPNTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DPNToken *DPNTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DPNToken.Contract.DPNTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DPNToken *DPNTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DPNToken.Contract.DPNTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DPNToken *DPNTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DPNToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DPNToken *DPNTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DPNToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DPNToken *DPNTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DPNToken.Contract.contract.Transact(opts, method, params...)
}

// FUNDSLOCKED is a free data retrieval call binding the contract method 0x9418c91a.
//
// Solidity: function FUNDS_LOCKED() view returns(bytes1)
func (_DPNToken *DPNTokenCaller) FUNDSLOCKED(opts *bind.CallOpts) ([1]byte, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "FUNDS_LOCKED")

	if err != nil {
		return *new([1]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)

	return out0, err

}

// FUNDSLOCKED is a free data retrieval call binding the contract method 0x9418c91a.
//
// Solidity: function FUNDS_LOCKED() view returns(bytes1)
func (_DPNToken *DPNTokenSession) FUNDSLOCKED() ([1]byte, error) {
	return _DPNToken.Contract.FUNDSLOCKED(&_DPNToken.CallOpts)
}

// FUNDSLOCKED is a free data retrieval call binding the contract method 0x9418c91a.
//
// Solidity: function FUNDS_LOCKED() view returns(bytes1)
func (_DPNToken *DPNTokenCallerSession) FUNDSLOCKED() ([1]byte, error) {
	return _DPNToken.Contract.FUNDSLOCKED(&_DPNToken.CallOpts)
}

// INSUFFICIENTALLOWANCE is a free data retrieval call binding the contract method 0x0fd39193.
//
// Solidity: function INSUFFICIENT_ALLOWANCE() view returns(bytes1)
func (_DPNToken *DPNTokenCaller) INSUFFICIENTALLOWANCE(opts *bind.CallOpts) ([1]byte, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "INSUFFICIENT_ALLOWANCE")

	if err != nil {
		return *new([1]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)

	return out0, err

}

// INSUFFICIENTALLOWANCE is a free data retrieval call binding the contract method 0x0fd39193.
//
// Solidity: function INSUFFICIENT_ALLOWANCE() view returns(bytes1)
func (_DPNToken *DPNTokenSession) INSUFFICIENTALLOWANCE() ([1]byte, error) {
	return _DPNToken.Contract.INSUFFICIENTALLOWANCE(&_DPNToken.CallOpts)
}

// INSUFFICIENTALLOWANCE is a free data retrieval call binding the contract method 0x0fd39193.
//
// Solidity: function INSUFFICIENT_ALLOWANCE() view returns(bytes1)
func (_DPNToken *DPNTokenCallerSession) INSUFFICIENTALLOWANCE() ([1]byte, error) {
	return _DPNToken.Contract.INSUFFICIENTALLOWANCE(&_DPNToken.CallOpts)
}

// INSUFFICIENTBALANCE is a free data retrieval call binding the contract method 0x50b1f356.
//
// Solidity: function INSUFFICIENT_BALANCE() view returns(bytes1)
func (_DPNToken *DPNTokenCaller) INSUFFICIENTBALANCE(opts *bind.CallOpts) ([1]byte, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "INSUFFICIENT_BALANCE")

	if err != nil {
		return *new([1]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)

	return out0, err

}

// INSUFFICIENTBALANCE is a free data retrieval call binding the contract method 0x50b1f356.
//
// Solidity: function INSUFFICIENT_BALANCE() view returns(bytes1)
func (_DPNToken *DPNTokenSession) INSUFFICIENTBALANCE() ([1]byte, error) {
	return _DPNToken.Contract.INSUFFICIENTBALANCE(&_DPNToken.CallOpts)
}

// INSUFFICIENTBALANCE is a free data retrieval call binding the contract method 0x50b1f356.
//
// Solidity: function INSUFFICIENT_BALANCE() view returns(bytes1)
func (_DPNToken *DPNTokenCallerSession) INSUFFICIENTBALANCE() ([1]byte, error) {
	return _DPNToken.Contract.INSUFFICIENTBALANCE(&_DPNToken.CallOpts)
}

// INVALIDOPERATOR is a free data retrieval call binding the contract method 0x4b57bb08.
//
// Solidity: function INVALID_OPERATOR() view returns(bytes1)
func (_DPNToken *DPNTokenCaller) INVALIDOPERATOR(opts *bind.CallOpts) ([1]byte, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "INVALID_OPERATOR")

	if err != nil {
		return *new([1]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)

	return out0, err

}

// INVALIDOPERATOR is a free data retrieval call binding the contract method 0x4b57bb08.
//
// Solidity: function INVALID_OPERATOR() view returns(bytes1)
func (_DPNToken *DPNTokenSession) INVALIDOPERATOR() ([1]byte, error) {
	return _DPNToken.Contract.INVALIDOPERATOR(&_DPNToken.CallOpts)
}

// INVALIDOPERATOR is a free data retrieval call binding the contract method 0x4b57bb08.
//
// Solidity: function INVALID_OPERATOR() view returns(bytes1)
func (_DPNToken *DPNTokenCallerSession) INVALIDOPERATOR() ([1]byte, error) {
	return _DPNToken.Contract.INVALIDOPERATOR(&_DPNToken.CallOpts)
}

// INVALIDRECEIVER is a free data retrieval call binding the contract method 0x2b0ddb91.
//
// Solidity: function INVALID_RECEIVER() view returns(bytes1)
func (_DPNToken *DPNTokenCaller) INVALIDRECEIVER(opts *bind.CallOpts) ([1]byte, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "INVALID_RECEIVER")

	if err != nil {
		return *new([1]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)

	return out0, err

}

// INVALIDRECEIVER is a free data retrieval call binding the contract method 0x2b0ddb91.
//
// Solidity: function INVALID_RECEIVER() view returns(bytes1)
func (_DPNToken *DPNTokenSession) INVALIDRECEIVER() ([1]byte, error) {
	return _DPNToken.Contract.INVALIDRECEIVER(&_DPNToken.CallOpts)
}

// INVALIDRECEIVER is a free data retrieval call binding the contract method 0x2b0ddb91.
//
// Solidity: function INVALID_RECEIVER() view returns(bytes1)
func (_DPNToken *DPNTokenCallerSession) INVALIDRECEIVER() ([1]byte, error) {
	return _DPNToken.Contract.INVALIDRECEIVER(&_DPNToken.CallOpts)
}

// INVALIDSENDER is a free data retrieval call binding the contract method 0xb78bd21b.
//
// Solidity: function INVALID_SENDER() view returns(bytes1)
func (_DPNToken *DPNTokenCaller) INVALIDSENDER(opts *bind.CallOpts) ([1]byte, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "INVALID_SENDER")

	if err != nil {
		return *new([1]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)

	return out0, err

}

// INVALIDSENDER is a free data retrieval call binding the contract method 0xb78bd21b.
//
// Solidity: function INVALID_SENDER() view returns(bytes1)
func (_DPNToken *DPNTokenSession) INVALIDSENDER() ([1]byte, error) {
	return _DPNToken.Contract.INVALIDSENDER(&_DPNToken.CallOpts)
}

// INVALIDSENDER is a free data retrieval call binding the contract method 0xb78bd21b.
//
// Solidity: function INVALID_SENDER() view returns(bytes1)
func (_DPNToken *DPNTokenCallerSession) INVALIDSENDER() ([1]byte, error) {
	return _DPNToken.Contract.INVALIDSENDER(&_DPNToken.CallOpts)
}

// MAXPARTITIONS is a free data retrieval call binding the contract method 0x2532e5cc.
//
// Solidity: function MAX_PARTITIONS() view returns(uint256)
func (_DPNToken *DPNTokenCaller) MAXPARTITIONS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "MAX_PARTITIONS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXPARTITIONS is a free data retrieval call binding the contract method 0x2532e5cc.
//
// Solidity: function MAX_PARTITIONS() view returns(uint256)
func (_DPNToken *DPNTokenSession) MAXPARTITIONS() (*big.Int, error) {
	return _DPNToken.Contract.MAXPARTITIONS(&_DPNToken.CallOpts)
}

// MAXPARTITIONS is a free data retrieval call binding the contract method 0x2532e5cc.
//
// Solidity: function MAX_PARTITIONS() view returns(uint256)
func (_DPNToken *DPNTokenCallerSession) MAXPARTITIONS() (*big.Int, error) {
	return _DPNToken.Contract.MAXPARTITIONS(&_DPNToken.CallOpts)
}

// TRANSFERSHALTED is a free data retrieval call binding the contract method 0x6c37c4bf.
//
// Solidity: function TRANSFERS_HALTED() view returns(bytes1)
func (_DPNToken *DPNTokenCaller) TRANSFERSHALTED(opts *bind.CallOpts) ([1]byte, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "TRANSFERS_HALTED")

	if err != nil {
		return *new([1]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)

	return out0, err

}

// TRANSFERSHALTED is a free data retrieval call binding the contract method 0x6c37c4bf.
//
// Solidity: function TRANSFERS_HALTED() view returns(bytes1)
func (_DPNToken *DPNTokenSession) TRANSFERSHALTED() ([1]byte, error) {
	return _DPNToken.Contract.TRANSFERSHALTED(&_DPNToken.CallOpts)
}

// TRANSFERSHALTED is a free data retrieval call binding the contract method 0x6c37c4bf.
//
// Solidity: function TRANSFERS_HALTED() view returns(bytes1)
func (_DPNToken *DPNTokenCallerSession) TRANSFERSHALTED() ([1]byte, error) {
	return _DPNToken.Contract.TRANSFERSHALTED(&_DPNToken.CallOpts)
}

// TRANSFERFAILURE is a free data retrieval call binding the contract method 0x2532c4e2.
//
// Solidity: function TRANSFER_FAILURE() view returns(bytes1)
func (_DPNToken *DPNTokenCaller) TRANSFERFAILURE(opts *bind.CallOpts) ([1]byte, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "TRANSFER_FAILURE")

	if err != nil {
		return *new([1]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)

	return out0, err

}

// TRANSFERFAILURE is a free data retrieval call binding the contract method 0x2532c4e2.
//
// Solidity: function TRANSFER_FAILURE() view returns(bytes1)
func (_DPNToken *DPNTokenSession) TRANSFERFAILURE() ([1]byte, error) {
	return _DPNToken.Contract.TRANSFERFAILURE(&_DPNToken.CallOpts)
}

// TRANSFERFAILURE is a free data retrieval call binding the contract method 0x2532c4e2.
//
// Solidity: function TRANSFER_FAILURE() view returns(bytes1)
func (_DPNToken *DPNTokenCallerSession) TRANSFERFAILURE() ([1]byte, error) {
	return _DPNToken.Contract.TRANSFERFAILURE(&_DPNToken.CallOpts)
}

// TRANSFERSUCCESS is a free data retrieval call binding the contract method 0x29488ad8.
//
// Solidity: function TRANSFER_SUCCESS() view returns(bytes1)
func (_DPNToken *DPNTokenCaller) TRANSFERSUCCESS(opts *bind.CallOpts) ([1]byte, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "TRANSFER_SUCCESS")

	if err != nil {
		return *new([1]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)

	return out0, err

}

// TRANSFERSUCCESS is a free data retrieval call binding the contract method 0x29488ad8.
//
// Solidity: function TRANSFER_SUCCESS() view returns(bytes1)
func (_DPNToken *DPNTokenSession) TRANSFERSUCCESS() ([1]byte, error) {
	return _DPNToken.Contract.TRANSFERSUCCESS(&_DPNToken.CallOpts)
}

// TRANSFERSUCCESS is a free data retrieval call binding the contract method 0x29488ad8.
//
// Solidity: function TRANSFER_SUCCESS() view returns(bytes1)
func (_DPNToken *DPNTokenCallerSession) TRANSFERSUCCESS() ([1]byte, error) {
	return _DPNToken.Contract.TRANSFERSUCCESS(&_DPNToken.CallOpts)
}

// AllPartitions is a free data retrieval call binding the contract method 0xbcae8d44.
//
// Solidity: function allPartitions() view returns(bytes32[])
func (_DPNToken *DPNTokenCaller) AllPartitions(opts *bind.CallOpts) ([][32]byte, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "allPartitions")

	if err != nil {
		return *new([][32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)

	return out0, err

}

// AllPartitions is a free data retrieval call binding the contract method 0xbcae8d44.
//
// Solidity: function allPartitions() view returns(bytes32[])
func (_DPNToken *DPNTokenSession) AllPartitions() ([][32]byte, error) {
	return _DPNToken.Contract.AllPartitions(&_DPNToken.CallOpts)
}

// AllPartitions is a free data retrieval call binding the contract method 0xbcae8d44.
//
// Solidity: function allPartitions() view returns(bytes32[])
func (_DPNToken *DPNTokenCallerSession) AllPartitions() ([][32]byte, error) {
	return _DPNToken.Contract.AllPartitions(&_DPNToken.CallOpts)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address holder, address spender) view returns(uint256)
func (_DPNToken *DPNTokenCaller) Allowance(opts *bind.CallOpts, holder common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "allowance", holder, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address holder, address spender) view returns(uint256)
func (_DPNToken *DPNTokenSession) Allowance(holder common.Address, spender common.Address) (*big.Int, error) {
	return _DPNToken.Contract.Allowance(&_DPNToken.CallOpts, holder, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address holder, address spender) view returns(uint256)
func (_DPNToken *DPNTokenCallerSession) Allowance(holder common.Address, spender common.Address) (*big.Int, error) {
	return _DPNToken.Contract.Allowance(&_DPNToken.CallOpts, holder, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address holder) view returns(uint256 total)
func (_DPNToken *DPNTokenCaller) BalanceOf(opts *bind.CallOpts, holder common.Address) (*big.Int, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "balanceOf", holder)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address holder) view returns(uint256 total)
func (_DPNToken *DPNTokenSession) BalanceOf(holder common.Address) (*big.Int, error) {
	return _DPNToken.Contract.BalanceOf(&_DPNToken.CallOpts, holder)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address holder) view returns(uint256 total)
func (_DPNToken *DPNTokenCallerSession) BalanceOf(holder common.Address) (*big.Int, error) {
	return _DPNToken.Contract.BalanceOf(&_DPNToken.CallOpts, holder)
}

// BalanceOfByPartition is a free data retrieval call binding the contract method 0x30e82803.
//
// Solidity: function balanceOfByPartition(bytes32 partition, address holder) view returns(uint256)
func (_DPNToken *DPNTokenCaller) BalanceOfByPartition(opts *bind.CallOpts, partition [32]byte, holder common.Address) (*big.Int, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "balanceOfByPartition", partition, holder)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOfByPartition is a free data retrieval call binding the contract method 0x30e82803.
//
// Solidity: function balanceOfByPartition(bytes32 partition, address holder) view returns(uint256)
func (_DPNToken *DPNTokenSession) BalanceOfByPartition(partition [32]byte, holder common.Address) (*big.Int, error) {
	return _DPNToken.Contract.BalanceOfByPartition(&_DPNToken.CallOpts, partition, holder)
}

// BalanceOfByPartition is a free data retrieval call binding the contract method 0x30e82803.
//
// Solidity: function balanceOfByPartition(bytes32 partition, address holder) view returns(uint256)
func (_DPNToken *DPNTokenCallerSession) BalanceOfByPartition(partition [32]byte, holder common.Address) (*big.Int, error) {
	return _DPNToken.Contract.BalanceOfByPartition(&_DPNToken.CallOpts, partition, holder)
}

// CanTransfer is a free data retrieval call binding the contract method 0x1badb25c.
//
// Solidity: function canTransfer(address to, uint256 value, bytes ) view returns(bytes1 code, bytes32 reason)
func (_DPNToken *DPNTokenCaller) CanTransfer(opts *bind.CallOpts, to common.Address, value *big.Int, arg2 []byte) (struct {
	Code   [1]byte
	Reason [32]byte
}, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "canTransfer", to, value, arg2)

	outstruct := new(struct {
		Code   [1]byte
		Reason [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Code = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Reason = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// CanTransfer is a free data retrieval call binding the contract method 0x1badb25c.
//
// Solidity: function canTransfer(address to, uint256 value, bytes ) view returns(bytes1 code, bytes32 reason)
func (_DPNToken *DPNTokenSession) CanTransfer(to common.Address, value *big.Int, arg2 []byte) (struct {
	Code   [1]byte
	Reason [32]byte
}, error) {
	return _DPNToken.Contract.CanTransfer(&_DPNToken.CallOpts, to, value, arg2)
}

// CanTransfer is a free data retrieval call binding the contract method 0x1badb25c.
//
// Solidity: function canTransfer(address to, uint256 value, bytes ) view returns(bytes1 code, bytes32 reason)
func (_DPNToken *DPNTokenCallerSession) CanTransfer(to common.Address, value *big.Int, arg2 []byte) (struct {
	Code   [1]byte
	Reason [32]byte
}, error) {
	return _DPNToken.Contract.CanTransfer(&_DPNToken.CallOpts, to, value, arg2)
}

// CanTransferByPartition is a free data retrieval call binding the contract method 0x9945e70e.
//
// Solidity: function canTransferByPartition(address from, address to, bytes32 partition, uint256 value, bytes ) view returns(bytes1 code, bytes32 reason, bytes32 destinationPartition)
func (_DPNToken *DPNTokenCaller) CanTransferByPartition(opts *bind.CallOpts, from common.Address, to common.Address, partition [32]byte, value *big.Int, arg4 []byte) (struct {
	Code                 [1]byte
	Reason               [32]byte
	DestinationPartition [32]byte
}, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "canTransferByPartition", from, to, partition, value, arg4)

	outstruct := new(struct {
		Code                 [1]byte
		Reason               [32]byte
		DestinationPartition [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Code = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Reason = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.DestinationPartition = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// CanTransferByPartition is a free data retrieval call binding the contract method 0x9945e70e.
//
// Solidity: function canTransferByPartition(address from, address to, bytes32 partition, uint256 value, bytes ) view returns(bytes1 code, bytes32 reason, bytes32 destinationPartition)
func (_DPNToken *DPNTokenSession) CanTransferByPartition(from common.Address, to common.Address, partition [32]byte, value *big.Int, arg4 []byte) (struct {
	Code                 [1]byte
	Reason               [32]byte
	DestinationPartition [32]byte
}, error) {
	return _DPNToken.Contract.CanTransferByPartition(&_DPNToken.CallOpts, from, to, partition, value, arg4)
}

// CanTransferByPartition is a free data retrieval call binding the contract method 0x9945e70e.
//
// Solidity: function canTransferByPartition(address from, address to, bytes32 partition, uint256 value, bytes ) view returns(bytes1 code, bytes32 reason, bytes32 destinationPartition)
func (_DPNToken *DPNTokenCallerSession) CanTransferByPartition(from common.Address, to common.Address, partition [32]byte, value *big.Int, arg4 []byte) (struct {
	Code                 [1]byte
	Reason               [32]byte
	DestinationPartition [32]byte
}, error) {
	return _DPNToken.Contract.CanTransferByPartition(&_DPNToken.CallOpts, from, to, partition, value, arg4)
}

// CanTransferFrom is a free data retrieval call binding the contract method 0x122eb575.
//
// Solidity: function canTransferFrom(address from, address to, uint256 value, bytes ) view returns(bytes1 code, bytes32 reason)
func (_DPNToken *DPNTokenCaller) CanTransferFrom(opts *bind.CallOpts, from common.Address, to common.Address, value *big.Int, arg3 []byte) (struct {
	Code   [1]byte
	Reason [32]byte
}, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "canTransferFrom", from, to, value, arg3)

	outstruct := new(struct {
		Code   [1]byte
		Reason [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Code = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Reason = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// CanTransferFrom is a free data retrieval call binding the contract method 0x122eb575.
//
// Solidity: function canTransferFrom(address from, address to, uint256 value, bytes ) view returns(bytes1 code, bytes32 reason)
func (_DPNToken *DPNTokenSession) CanTransferFrom(from common.Address, to common.Address, value *big.Int, arg3 []byte) (struct {
	Code   [1]byte
	Reason [32]byte
}, error) {
	return _DPNToken.Contract.CanTransferFrom(&_DPNToken.CallOpts, from, to, value, arg3)
}

// CanTransferFrom is a free data retrieval call binding the contract method 0x122eb575.
//
// Solidity: function canTransferFrom(address from, address to, uint256 value, bytes ) view returns(bytes1 code, bytes32 reason)
func (_DPNToken *DPNTokenCallerSession) CanTransferFrom(from common.Address, to common.Address, value *big.Int, arg3 []byte) (struct {
	Code   [1]byte
	Reason [32]byte
}, error) {
	return _DPNToken.Contract.CanTransferFrom(&_DPNToken.CallOpts, from, to, value, arg3)
}

// ControlRenounced is a free data retrieval call binding the contract method 0x36561fe9.
//
// Solidity: function controlRenounced() view returns(bool)
func (_DPNToken *DPNTokenCaller) ControlRenounced(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "controlRenounced")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// ControlRenounced is a free data retrieval call binding the contract method 0x36561fe9.
//
// Solidity: function controlRenounced() view returns(bool)
func (_DPNToken *DPNTokenSession) ControlRenounced() (bool, error) {
	return _DPNToken.Contract.ControlRenounced(&_DPNToken.CallOpts)
}

// ControlRenounced is a free data retrieval call binding the contract method 0x36561fe9.
//
// Solidity: function controlRenounced() view returns(bool)
func (_DPNToken *DPNTokenCallerSession) ControlRenounced() (bool, error) {
	return _DPNToken.Contract.ControlRenounced(&_DPNToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_DPNToken *DPNTokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_DPNToken *DPNTokenSession) Decimals() (uint8, error) {
	return _DPNToken.Contract.Decimals(&_DPNToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_DPNToken *DPNTokenCallerSession) Decimals() (uint8, error) {
	return _DPNToken.Contract.Decimals(&_DPNToken.CallOpts)
}

// DefaultPartition is a free data retrieval call binding the contract method 0x7e3a262d.
//
// Solidity: function defaultPartition() view returns(bytes32)
func (_DPNToken *DPNTokenCaller) DefaultPartition(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "defaultPartition")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DefaultPartition is a free data retrieval call binding the contract method 0x7e3a262d.
//
// Solidity: function defaultPartition() view returns(bytes32)
func (_DPNToken *DPNTokenSession) DefaultPartition() ([32]byte, error) {
	return _DPNToken.Contract.DefaultPartition(&_DPNToken.CallOpts)
}

// DefaultPartition is a free data retrieval call binding the contract method 0x7e3a262d.
//
// Solidity: function defaultPartition() view returns(bytes32)
func (_DPNToken *DPNTokenCallerSession) DefaultPartition() ([32]byte, error) {
	return _DPNToken.Contract.DefaultPartition(&_DPNToken.CallOpts)
}

// GetAllDocuments is a free data retrieval call binding the contract method 0x9fa5f50b.
//
// Solidity: function getAllDocuments() view returns(bytes32[])
func (_DPNToken *DPNTokenCaller) GetAllDocuments(opts *bind.CallOpts) ([][32]byte, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "getAllDocuments")

	if err != nil {
		return *new([][32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)

	return out0, err

}

// GetAllDocuments is a free data retrieval call binding the contract method 0x9fa5f50b.
//
// Solidity: function getAllDocuments() view returns(bytes32[])
func (_DPNToken *DPNTokenSession) GetAllDocuments() ([][32]byte, error) {
	return _DPNToken.Contract.GetAllDocuments(&_DPNToken.CallOpts)
}

// GetAllDocuments is a free data retrieval call binding the contract method 0x9fa5f50b.
//
// Solidity: function getAllDocuments() view returns(bytes32[])
func (_DPNToken *DPNTokenCallerSession) GetAllDocuments() ([][32]byte, error) {
	return _DPNToken.Contract.GetAllDocuments(&_DPNToken.CallOpts)
}

// GetDocument is a free data retrieval call binding the contract method 0xb10d6b41.
//
// Solidity: function getDocument(bytes32 docName) view returns(string, bytes32, uint256)
func (_DPNToken *DPNTokenCaller) GetDocument(opts *bind.CallOpts, docName [32]byte) (string, [32]byte, *big.Int, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "getDocument", docName)

	if err != nil {
		return *new(string), *new([32]byte), *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	out1 := *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	out2 := *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)

	return out0, out1, out2, err

}

// GetDocument is a free data retrieval call binding the contract method 0xb10d6b41.
//
// Solidity: function getDocument(bytes32 docName) view returns(string, bytes32, uint256)
func (_DPNToken *DPNTokenSession) GetDocument(docName [32]byte) (string, [32]byte, *big.Int, error) {
	return _DPNToken.Contract.GetDocument(&_DPNToken.CallOpts, docName)
}

// GetDocument is a free data retrieval call binding the contract method 0xb10d6b41.
//
// Solidity: function getDocument(bytes32 docName) view returns(string, bytes32, uint256)
func (_DPNToken *DPNTokenCallerSession) GetDocument(docName [32]byte) (string, [32]byte, *big.Int, error) {
	return _DPNToken.Contract.GetDocument(&_DPNToken.CallOpts, docName)
}

// IsControllable is a free data retrieval call binding the contract method 0x4c783bf5.
//
// Solidity: function isControllable() view returns(bool)
func (_DPNToken *DPNTokenCaller) IsControllable(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "isControllable")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsControllable is a free data retrieval call binding the contract method 0x4c783bf5.
//
// Solidity: function isControllable() view returns(bool)
func (_DPNToken *DPNTokenSession) IsControllable() (bool, error) {
	return _DPNToken.Contract.IsControllable(&_DPNToken.CallOpts)
}

// IsControllable is a free data retrieval call binding the contract method 0x4c783bf5.
//
// Solidity: function isControllable() view returns(bool)
func (_DPNToken *DPNTokenCallerSession) IsControllable() (bool, error) {
	return _DPNToken.Contract.IsControllable(&_DPNToken.CallOpts)
}

// IsController is a free data retrieval call binding the contract method 0xb429afeb.
//
// Solidity: function isController(address controller) view returns(bool)
func (_DPNToken *DPNTokenCaller) IsController(opts *bind.CallOpts, controller common.Address) (bool, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "isController", controller)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsController is a free data retrieval call binding the contract method 0xb429afeb.
//
// Solidity: function isController(address controller) view returns(bool)
func (_DPNToken *DPNTokenSession) IsController(controller common.Address) (bool, error) {
	return _DPNToken.Contract.IsController(&_DPNToken.CallOpts, controller)
}

// IsController is a free data retrieval call binding the contract method 0xb429afeb.
//
// Solidity: function isController(address controller) view returns(bool)
func (_DPNToken *DPNTokenCallerSession) IsController(controller common.Address) (bool, error) {
	return _DPNToken.Contract.IsController(&_DPNToken.CallOpts, controller)
}

// IsIssuable is a free data retrieval call binding the contract method 0x2f1cae85.
//
// Solidity: function isIssuable() view returns(bool)
func (_DPNToken *DPNTokenCaller) IsIssuable(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "isIssuable")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsIssuable is a free data retrieval call binding the contract method 0x2f1cae85.
//
// Solidity: function isIssuable() view returns(bool)
func (_DPNToken *DPNTokenSession) IsIssuable() (bool, error) {
	return _DPNToken.Contract.IsIssuable(&_DPNToken.CallOpts)
}

// IsIssuable is a free data retrieval call binding the contract method 0x2f1cae85.
//
// Solidity: function isIssuable() view returns(bool)
func (_DPNToken *DPNTokenCallerSession) IsIssuable() (bool, error) {
	return _DPNToken.Contract.IsIssuable(&_DPNToken.CallOpts)
}

// IsOperator is a free data retrieval call binding the contract method 0xb6363cf2.
//
// Solidity: function isOperator(address operator, address holder) view returns(bool)
func (_DPNToken *DPNTokenCaller) IsOperator(opts *bind.CallOpts, operator common.Address, holder common.Address) (bool, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "isOperator", operator, holder)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsOperator is a free data retrieval call binding the contract method 0xb6363cf2.
//
// Solidity: function isOperator(address operator, address holder) view returns(bool)
func (_DPNToken *DPNTokenSession) IsOperator(operator common.Address, holder common.Address) (bool, error) {
	return _DPNToken.Contract.IsOperator(&_DPNToken.CallOpts, operator, holder)
}

// IsOperator is a free data retrieval call binding the contract method 0xb6363cf2.
//
// Solidity: function isOperator(address operator, address holder) view returns(bool)
func (_DPNToken *DPNTokenCallerSession) IsOperator(operator common.Address, holder common.Address) (bool, error) {
	return _DPNToken.Contract.IsOperator(&_DPNToken.CallOpts, operator, holder)
}

// IsOperatorForPartition is a free data retrieval call binding the contract method 0x6d77cad6.
//
// Solidity: function isOperatorForPartition(bytes32 partition, address operator, address holder) view returns(bool)
func (_DPNToken *DPNTokenCaller) IsOperatorForPartition(opts *bind.CallOpts, partition [32]byte, operator common.Address, holder common.Address) (bool, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "isOperatorForPartition", partition, operator, holder)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsOperatorForPartition is a free data retrieval call binding the contract method 0x6d77cad6.
//
// Solidity: function isOperatorForPartition(bytes32 partition, address operator, address holder) view returns(bool)
func (_DPNToken *DPNTokenSession) IsOperatorForPartition(partition [32]byte, operator common.Address, holder common.Address) (bool, error) {
	return _DPNToken.Contract.IsOperatorForPartition(&_DPNToken.CallOpts, partition, operator, holder)
}

// IsOperatorForPartition is a free data retrieval call binding the contract method 0x6d77cad6.
//
// Solidity: function isOperatorForPartition(bytes32 partition, address operator, address holder) view returns(bool)
func (_DPNToken *DPNTokenCallerSession) IsOperatorForPartition(partition [32]byte, operator common.Address, holder common.Address) (bool, error) {
	return _DPNToken.Contract.IsOperatorForPartition(&_DPNToken.CallOpts, partition, operator, holder)
}

// IssuanceFinalized is a free data retrieval call binding the contract method 0x676716f4.
//
// Solidity: function issuanceFinalized() view returns(bool)
func (_DPNToken *DPNTokenCaller) IssuanceFinalized(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "issuanceFinalized")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IssuanceFinalized is a free data retrieval call binding the contract method 0x676716f4.
//
// Solidity: function issuanceFinalized() view returns(bool)
func (_DPNToken *DPNTokenSession) IssuanceFinalized() (bool, error) {
	return _DPNToken.Contract.IssuanceFinalized(&_DPNToken.CallOpts)
}

// IssuanceFinalized is a free data retrieval call binding the contract method 0x676716f4.
//
// Solidity: function issuanceFinalized() view returns(bool)
func (_DPNToken *DPNTokenCallerSession) IssuanceFinalized() (bool, error) {
	return _DPNToken.Contract.IssuanceFinalized(&_DPNToken.CallOpts)
}

// KycRegistry is a free data retrieval call binding the contract method 0x4b155b97.
//
// Solidity: function kycRegistry() view returns(address)
func (_DPNToken *DPNTokenCaller) KycRegistry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "kycRegistry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// KycRegistry is a free data retrieval call binding the contract method 0x4b155b97.
//
// Solidity: function kycRegistry() view returns(address)
func (_DPNToken *DPNTokenSession) KycRegistry() (common.Address, error) {
	return _DPNToken.Contract.KycRegistry(&_DPNToken.CallOpts)
}

// KycRegistry is a free data retrieval call binding the contract method 0x4b155b97.
//
// Solidity: function kycRegistry() view returns(address)
func (_DPNToken *DPNTokenCallerSession) KycRegistry() (common.Address, error) {
	return _DPNToken.Contract.KycRegistry(&_DPNToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_DPNToken *DPNTokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_DPNToken *DPNTokenSession) Name() (string, error) {
	return _DPNToken.Contract.Name(&_DPNToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_DPNToken *DPNTokenCallerSession) Name() (string, error) {
	return _DPNToken.Contract.Name(&_DPNToken.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_DPNToken *DPNTokenCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_DPNToken *DPNTokenSession) Owner() (common.Address, error) {
	return _DPNToken.Contract.Owner(&_DPNToken.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_DPNToken *DPNTokenCallerSession) Owner() (common.Address, error) {
	return _DPNToken.Contract.Owner(&_DPNToken.CallOpts)
}

// PartitionConfig is a free data retrieval call binding the contract method 0x8ab65308.
//
// Solidity: function partitionConfig(bytes32 partition) view returns(bool exists, bool kycRequired, uint8 index)
func (_DPNToken *DPNTokenCaller) PartitionConfig(opts *bind.CallOpts, partition [32]byte) (struct {
	Exists      bool
	KycRequired bool
	Index       uint8
}, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "partitionConfig", partition)

	outstruct := new(struct {
		Exists      bool
		KycRequired bool
		Index       uint8
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Exists = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.KycRequired = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.Index = *abi.ConvertType(out[2], new(uint8)).(*uint8)

	return *outstruct, err

}

// PartitionConfig is a free data retrieval call binding the contract method 0x8ab65308.
//
// Solidity: function partitionConfig(bytes32 partition) view returns(bool exists, bool kycRequired, uint8 index)
func (_DPNToken *DPNTokenSession) PartitionConfig(partition [32]byte) (struct {
	Exists      bool
	KycRequired bool
	Index       uint8
}, error) {
	return _DPNToken.Contract.PartitionConfig(&_DPNToken.CallOpts, partition)
}

// PartitionConfig is a free data retrieval call binding the contract method 0x8ab65308.
//
// Solidity: function partitionConfig(bytes32 partition) view returns(bool exists, bool kycRequired, uint8 index)
func (_DPNToken *DPNTokenCallerSession) PartitionConfig(partition [32]byte) (struct {
	Exists      bool
	KycRequired bool
	Index       uint8
}, error) {
	return _DPNToken.Contract.PartitionConfig(&_DPNToken.CallOpts, partition)
}

// PartitionsOf is a free data retrieval call binding the contract method 0x740ab8f4.
//
// Solidity: function partitionsOf(address holder) view returns(bytes32[] parts)
func (_DPNToken *DPNTokenCaller) PartitionsOf(opts *bind.CallOpts, holder common.Address) ([][32]byte, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "partitionsOf", holder)

	if err != nil {
		return *new([][32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)

	return out0, err

}

// PartitionsOf is a free data retrieval call binding the contract method 0x740ab8f4.
//
// Solidity: function partitionsOf(address holder) view returns(bytes32[] parts)
func (_DPNToken *DPNTokenSession) PartitionsOf(holder common.Address) ([][32]byte, error) {
	return _DPNToken.Contract.PartitionsOf(&_DPNToken.CallOpts, holder)
}

// PartitionsOf is a free data retrieval call binding the contract method 0x740ab8f4.
//
// Solidity: function partitionsOf(address holder) view returns(bytes32[] parts)
func (_DPNToken *DPNTokenCallerSession) PartitionsOf(holder common.Address) ([][32]byte, error) {
	return _DPNToken.Contract.PartitionsOf(&_DPNToken.CallOpts, holder)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_DPNToken *DPNTokenCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_DPNToken *DPNTokenSession) PendingOwner() (common.Address, error) {
	return _DPNToken.Contract.PendingOwner(&_DPNToken.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_DPNToken *DPNTokenCallerSession) PendingOwner() (common.Address, error) {
	return _DPNToken.Contract.PendingOwner(&_DPNToken.CallOpts)
}

// Settlement is a free data retrieval call binding the contract method 0x51160630.
//
// Solidity: function settlement() view returns(address)
func (_DPNToken *DPNTokenCaller) Settlement(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "settlement")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Settlement is a free data retrieval call binding the contract method 0x51160630.
//
// Solidity: function settlement() view returns(address)
func (_DPNToken *DPNTokenSession) Settlement() (common.Address, error) {
	return _DPNToken.Contract.Settlement(&_DPNToken.CallOpts)
}

// Settlement is a free data retrieval call binding the contract method 0x51160630.
//
// Solidity: function settlement() view returns(address)
func (_DPNToken *DPNTokenCallerSession) Settlement() (common.Address, error) {
	return _DPNToken.Contract.Settlement(&_DPNToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_DPNToken *DPNTokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_DPNToken *DPNTokenSession) Symbol() (string, error) {
	return _DPNToken.Contract.Symbol(&_DPNToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_DPNToken *DPNTokenCallerSession) Symbol() (string, error) {
	return _DPNToken.Contract.Symbol(&_DPNToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_DPNToken *DPNTokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_DPNToken *DPNTokenSession) TotalSupply() (*big.Int, error) {
	return _DPNToken.Contract.TotalSupply(&_DPNToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_DPNToken *DPNTokenCallerSession) TotalSupply() (*big.Int, error) {
	return _DPNToken.Contract.TotalSupply(&_DPNToken.CallOpts)
}

// TotalSupplyByPartition is a free data retrieval call binding the contract method 0xa26734dc.
//
// Solidity: function totalSupplyByPartition(bytes32 partition) view returns(uint256)
func (_DPNToken *DPNTokenCaller) TotalSupplyByPartition(opts *bind.CallOpts, partition [32]byte) (*big.Int, error) {
	var out []interface{}
	err := _DPNToken.contract.Call(opts, &out, "totalSupplyByPartition", partition)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupplyByPartition is a free data retrieval call binding the contract method 0xa26734dc.
//
// Solidity: function totalSupplyByPartition(bytes32 partition) view returns(uint256)
func (_DPNToken *DPNTokenSession) TotalSupplyByPartition(partition [32]byte) (*big.Int, error) {
	return _DPNToken.Contract.TotalSupplyByPartition(&_DPNToken.CallOpts, partition)
}

// TotalSupplyByPartition is a free data retrieval call binding the contract method 0xa26734dc.
//
// Solidity: function totalSupplyByPartition(bytes32 partition) view returns(uint256)
func (_DPNToken *DPNTokenCallerSession) TotalSupplyByPartition(partition [32]byte) (*big.Int, error) {
	return _DPNToken.Contract.TotalSupplyByPartition(&_DPNToken.CallOpts, partition)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_DPNToken *DPNTokenTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_DPNToken *DPNTokenSession) AcceptOwnership() (*types.Transaction, error) {
	return _DPNToken.Contract.AcceptOwnership(&_DPNToken.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_DPNToken *DPNTokenTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _DPNToken.Contract.AcceptOwnership(&_DPNToken.TransactOpts)
}

// AddPartition is a paid mutator transaction binding the contract method 0x731cb4d0.
//
// Solidity: function addPartition(bytes32 partition, bool kycRequired) returns()
func (_DPNToken *DPNTokenTransactor) AddPartition(opts *bind.TransactOpts, partition [32]byte, kycRequired bool) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "addPartition", partition, kycRequired)
}

// AddPartition is a paid mutator transaction binding the contract method 0x731cb4d0.
//
// Solidity: function addPartition(bytes32 partition, bool kycRequired) returns()
func (_DPNToken *DPNTokenSession) AddPartition(partition [32]byte, kycRequired bool) (*types.Transaction, error) {
	return _DPNToken.Contract.AddPartition(&_DPNToken.TransactOpts, partition, kycRequired)
}

// AddPartition is a paid mutator transaction binding the contract method 0x731cb4d0.
//
// Solidity: function addPartition(bytes32 partition, bool kycRequired) returns()
func (_DPNToken *DPNTokenTransactorSession) AddPartition(partition [32]byte, kycRequired bool) (*types.Transaction, error) {
	return _DPNToken.Contract.AddPartition(&_DPNToken.TransactOpts, partition, kycRequired)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_DPNToken *DPNTokenTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_DPNToken *DPNTokenSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _DPNToken.Contract.Approve(&_DPNToken.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_DPNToken *DPNTokenTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _DPNToken.Contract.Approve(&_DPNToken.TransactOpts, spender, value)
}

// AuthorizeOperator is a paid mutator transaction binding the contract method 0x959b8c3f.
//
// Solidity: function authorizeOperator(address operator) returns()
func (_DPNToken *DPNTokenTransactor) AuthorizeOperator(opts *bind.TransactOpts, operator common.Address) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "authorizeOperator", operator)
}

// AuthorizeOperator is a paid mutator transaction binding the contract method 0x959b8c3f.
//
// Solidity: function authorizeOperator(address operator) returns()
func (_DPNToken *DPNTokenSession) AuthorizeOperator(operator common.Address) (*types.Transaction, error) {
	return _DPNToken.Contract.AuthorizeOperator(&_DPNToken.TransactOpts, operator)
}

// AuthorizeOperator is a paid mutator transaction binding the contract method 0x959b8c3f.
//
// Solidity: function authorizeOperator(address operator) returns()
func (_DPNToken *DPNTokenTransactorSession) AuthorizeOperator(operator common.Address) (*types.Transaction, error) {
	return _DPNToken.Contract.AuthorizeOperator(&_DPNToken.TransactOpts, operator)
}

// AuthorizeOperatorByPartition is a paid mutator transaction binding the contract method 0x103ef9e1.
//
// Solidity: function authorizeOperatorByPartition(bytes32 partition, address operator) returns()
func (_DPNToken *DPNTokenTransactor) AuthorizeOperatorByPartition(opts *bind.TransactOpts, partition [32]byte, operator common.Address) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "authorizeOperatorByPartition", partition, operator)
}

// AuthorizeOperatorByPartition is a paid mutator transaction binding the contract method 0x103ef9e1.
//
// Solidity: function authorizeOperatorByPartition(bytes32 partition, address operator) returns()
func (_DPNToken *DPNTokenSession) AuthorizeOperatorByPartition(partition [32]byte, operator common.Address) (*types.Transaction, error) {
	return _DPNToken.Contract.AuthorizeOperatorByPartition(&_DPNToken.TransactOpts, partition, operator)
}

// AuthorizeOperatorByPartition is a paid mutator transaction binding the contract method 0x103ef9e1.
//
// Solidity: function authorizeOperatorByPartition(bytes32 partition, address operator) returns()
func (_DPNToken *DPNTokenTransactorSession) AuthorizeOperatorByPartition(partition [32]byte, operator common.Address) (*types.Transaction, error) {
	return _DPNToken.Contract.AuthorizeOperatorByPartition(&_DPNToken.TransactOpts, partition, operator)
}

// ControllerRedeem is a paid mutator transaction binding the contract method 0x2bc6acc3.
//
// Solidity: function controllerRedeem(address tokenHolder, uint256 value, bytes data, bytes operatorData) returns()
func (_DPNToken *DPNTokenTransactor) ControllerRedeem(opts *bind.TransactOpts, tokenHolder common.Address, value *big.Int, data []byte, operatorData []byte) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "controllerRedeem", tokenHolder, value, data, operatorData)
}

// ControllerRedeem is a paid mutator transaction binding the contract method 0x2bc6acc3.
//
// Solidity: function controllerRedeem(address tokenHolder, uint256 value, bytes data, bytes operatorData) returns()
func (_DPNToken *DPNTokenSession) ControllerRedeem(tokenHolder common.Address, value *big.Int, data []byte, operatorData []byte) (*types.Transaction, error) {
	return _DPNToken.Contract.ControllerRedeem(&_DPNToken.TransactOpts, tokenHolder, value, data, operatorData)
}

// ControllerRedeem is a paid mutator transaction binding the contract method 0x2bc6acc3.
//
// Solidity: function controllerRedeem(address tokenHolder, uint256 value, bytes data, bytes operatorData) returns()
func (_DPNToken *DPNTokenTransactorSession) ControllerRedeem(tokenHolder common.Address, value *big.Int, data []byte, operatorData []byte) (*types.Transaction, error) {
	return _DPNToken.Contract.ControllerRedeem(&_DPNToken.TransactOpts, tokenHolder, value, data, operatorData)
}

// ControllerTransfer is a paid mutator transaction binding the contract method 0xf282527a.
//
// Solidity: function controllerTransfer(address from, address to, uint256 value, bytes data, bytes operatorData) returns()
func (_DPNToken *DPNTokenTransactor) ControllerTransfer(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int, data []byte, operatorData []byte) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "controllerTransfer", from, to, value, data, operatorData)
}

// ControllerTransfer is a paid mutator transaction binding the contract method 0xf282527a.
//
// Solidity: function controllerTransfer(address from, address to, uint256 value, bytes data, bytes operatorData) returns()
func (_DPNToken *DPNTokenSession) ControllerTransfer(from common.Address, to common.Address, value *big.Int, data []byte, operatorData []byte) (*types.Transaction, error) {
	return _DPNToken.Contract.ControllerTransfer(&_DPNToken.TransactOpts, from, to, value, data, operatorData)
}

// ControllerTransfer is a paid mutator transaction binding the contract method 0xf282527a.
//
// Solidity: function controllerTransfer(address from, address to, uint256 value, bytes data, bytes operatorData) returns()
func (_DPNToken *DPNTokenTransactorSession) ControllerTransfer(from common.Address, to common.Address, value *big.Int, data []byte, operatorData []byte) (*types.Transaction, error) {
	return _DPNToken.Contract.ControllerTransfer(&_DPNToken.TransactOpts, from, to, value, data, operatorData)
}

// FinalizeIssuance is a paid mutator transaction binding the contract method 0x54ff5b82.
//
// Solidity: function finalizeIssuance() returns()
func (_DPNToken *DPNTokenTransactor) FinalizeIssuance(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "finalizeIssuance")
}

// FinalizeIssuance is a paid mutator transaction binding the contract method 0x54ff5b82.
//
// Solidity: function finalizeIssuance() returns()
func (_DPNToken *DPNTokenSession) FinalizeIssuance() (*types.Transaction, error) {
	return _DPNToken.Contract.FinalizeIssuance(&_DPNToken.TransactOpts)
}

// FinalizeIssuance is a paid mutator transaction binding the contract method 0x54ff5b82.
//
// Solidity: function finalizeIssuance() returns()
func (_DPNToken *DPNTokenTransactorSession) FinalizeIssuance() (*types.Transaction, error) {
	return _DPNToken.Contract.FinalizeIssuance(&_DPNToken.TransactOpts)
}

// Issue is a paid mutator transaction binding the contract method 0xbb3acde9.
//
// Solidity: function issue(address to, uint256 value, bytes data) returns()
func (_DPNToken *DPNTokenTransactor) Issue(opts *bind.TransactOpts, to common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "issue", to, value, data)
}

// Issue is a paid mutator transaction binding the contract method 0xbb3acde9.
//
// Solidity: function issue(address to, uint256 value, bytes data) returns()
func (_DPNToken *DPNTokenSession) Issue(to common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _DPNToken.Contract.Issue(&_DPNToken.TransactOpts, to, value, data)
}

// Issue is a paid mutator transaction binding the contract method 0xbb3acde9.
//
// Solidity: function issue(address to, uint256 value, bytes data) returns()
func (_DPNToken *DPNTokenTransactorSession) Issue(to common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _DPNToken.Contract.Issue(&_DPNToken.TransactOpts, to, value, data)
}

// IssueBatchByPartition is a paid mutator transaction binding the contract method 0x004b4bf7.
//
// Solidity: function issueBatchByPartition(bytes32 partition, address[] to, uint256[] values) returns(uint256 total)
func (_DPNToken *DPNTokenTransactor) IssueBatchByPartition(opts *bind.TransactOpts, partition [32]byte, to []common.Address, values []*big.Int) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "issueBatchByPartition", partition, to, values)
}

// IssueBatchByPartition is a paid mutator transaction binding the contract method 0x004b4bf7.
//
// Solidity: function issueBatchByPartition(bytes32 partition, address[] to, uint256[] values) returns(uint256 total)
func (_DPNToken *DPNTokenSession) IssueBatchByPartition(partition [32]byte, to []common.Address, values []*big.Int) (*types.Transaction, error) {
	return _DPNToken.Contract.IssueBatchByPartition(&_DPNToken.TransactOpts, partition, to, values)
}

// IssueBatchByPartition is a paid mutator transaction binding the contract method 0x004b4bf7.
//
// Solidity: function issueBatchByPartition(bytes32 partition, address[] to, uint256[] values) returns(uint256 total)
func (_DPNToken *DPNTokenTransactorSession) IssueBatchByPartition(partition [32]byte, to []common.Address, values []*big.Int) (*types.Transaction, error) {
	return _DPNToken.Contract.IssueBatchByPartition(&_DPNToken.TransactOpts, partition, to, values)
}

// IssueByPartition is a paid mutator transaction binding the contract method 0x67c84919.
//
// Solidity: function issueByPartition(bytes32 partition, address to, uint256 value, bytes data) returns()
func (_DPNToken *DPNTokenTransactor) IssueByPartition(opts *bind.TransactOpts, partition [32]byte, to common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "issueByPartition", partition, to, value, data)
}

// IssueByPartition is a paid mutator transaction binding the contract method 0x67c84919.
//
// Solidity: function issueByPartition(bytes32 partition, address to, uint256 value, bytes data) returns()
func (_DPNToken *DPNTokenSession) IssueByPartition(partition [32]byte, to common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _DPNToken.Contract.IssueByPartition(&_DPNToken.TransactOpts, partition, to, value, data)
}

// IssueByPartition is a paid mutator transaction binding the contract method 0x67c84919.
//
// Solidity: function issueByPartition(bytes32 partition, address to, uint256 value, bytes data) returns()
func (_DPNToken *DPNTokenTransactorSession) IssueByPartition(partition [32]byte, to common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _DPNToken.Contract.IssueByPartition(&_DPNToken.TransactOpts, partition, to, value, data)
}

// OperatorRedeemByPartition is a paid mutator transaction binding the contract method 0x98ddcec7.
//
// Solidity: function operatorRedeemByPartition(bytes32 partition, address holder, uint256 value, bytes operatorData) returns()
func (_DPNToken *DPNTokenTransactor) OperatorRedeemByPartition(opts *bind.TransactOpts, partition [32]byte, holder common.Address, value *big.Int, operatorData []byte) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "operatorRedeemByPartition", partition, holder, value, operatorData)
}

// OperatorRedeemByPartition is a paid mutator transaction binding the contract method 0x98ddcec7.
//
// Solidity: function operatorRedeemByPartition(bytes32 partition, address holder, uint256 value, bytes operatorData) returns()
func (_DPNToken *DPNTokenSession) OperatorRedeemByPartition(partition [32]byte, holder common.Address, value *big.Int, operatorData []byte) (*types.Transaction, error) {
	return _DPNToken.Contract.OperatorRedeemByPartition(&_DPNToken.TransactOpts, partition, holder, value, operatorData)
}

// OperatorRedeemByPartition is a paid mutator transaction binding the contract method 0x98ddcec7.
//
// Solidity: function operatorRedeemByPartition(bytes32 partition, address holder, uint256 value, bytes operatorData) returns()
func (_DPNToken *DPNTokenTransactorSession) OperatorRedeemByPartition(partition [32]byte, holder common.Address, value *big.Int, operatorData []byte) (*types.Transaction, error) {
	return _DPNToken.Contract.OperatorRedeemByPartition(&_DPNToken.TransactOpts, partition, holder, value, operatorData)
}

// OperatorTransferByPartition is a paid mutator transaction binding the contract method 0x8c0dee9c.
//
// Solidity: function operatorTransferByPartition(bytes32 partition, address from, address to, uint256 value, bytes data, bytes operatorData) returns(bytes32)
func (_DPNToken *DPNTokenTransactor) OperatorTransferByPartition(opts *bind.TransactOpts, partition [32]byte, from common.Address, to common.Address, value *big.Int, data []byte, operatorData []byte) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "operatorTransferByPartition", partition, from, to, value, data, operatorData)
}

// OperatorTransferByPartition is a paid mutator transaction binding the contract method 0x8c0dee9c.
//
// Solidity: function operatorTransferByPartition(bytes32 partition, address from, address to, uint256 value, bytes data, bytes operatorData) returns(bytes32)
func (_DPNToken *DPNTokenSession) OperatorTransferByPartition(partition [32]byte, from common.Address, to common.Address, value *big.Int, data []byte, operatorData []byte) (*types.Transaction, error) {
	return _DPNToken.Contract.OperatorTransferByPartition(&_DPNToken.TransactOpts, partition, from, to, value, data, operatorData)
}

// OperatorTransferByPartition is a paid mutator transaction binding the contract method 0x8c0dee9c.
//
// Solidity: function operatorTransferByPartition(bytes32 partition, address from, address to, uint256 value, bytes data, bytes operatorData) returns(bytes32)
func (_DPNToken *DPNTokenTransactorSession) OperatorTransferByPartition(partition [32]byte, from common.Address, to common.Address, value *big.Int, data []byte, operatorData []byte) (*types.Transaction, error) {
	return _DPNToken.Contract.OperatorTransferByPartition(&_DPNToken.TransactOpts, partition, from, to, value, data, operatorData)
}

// Redeem is a paid mutator transaction binding the contract method 0xe77c646d.
//
// Solidity: function redeem(uint256 value, bytes data) returns()
func (_DPNToken *DPNTokenTransactor) Redeem(opts *bind.TransactOpts, value *big.Int, data []byte) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "redeem", value, data)
}

// Redeem is a paid mutator transaction binding the contract method 0xe77c646d.
//
// Solidity: function redeem(uint256 value, bytes data) returns()
func (_DPNToken *DPNTokenSession) Redeem(value *big.Int, data []byte) (*types.Transaction, error) {
	return _DPNToken.Contract.Redeem(&_DPNToken.TransactOpts, value, data)
}

// Redeem is a paid mutator transaction binding the contract method 0xe77c646d.
//
// Solidity: function redeem(uint256 value, bytes data) returns()
func (_DPNToken *DPNTokenTransactorSession) Redeem(value *big.Int, data []byte) (*types.Transaction, error) {
	return _DPNToken.Contract.Redeem(&_DPNToken.TransactOpts, value, data)
}

// RedeemByPartition is a paid mutator transaction binding the contract method 0x62eb0068.
//
// Solidity: function redeemByPartition(bytes32 partition, uint256 value, bytes data) returns()
func (_DPNToken *DPNTokenTransactor) RedeemByPartition(opts *bind.TransactOpts, partition [32]byte, value *big.Int, data []byte) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "redeemByPartition", partition, value, data)
}

// RedeemByPartition is a paid mutator transaction binding the contract method 0x62eb0068.
//
// Solidity: function redeemByPartition(bytes32 partition, uint256 value, bytes data) returns()
func (_DPNToken *DPNTokenSession) RedeemByPartition(partition [32]byte, value *big.Int, data []byte) (*types.Transaction, error) {
	return _DPNToken.Contract.RedeemByPartition(&_DPNToken.TransactOpts, partition, value, data)
}

// RedeemByPartition is a paid mutator transaction binding the contract method 0x62eb0068.
//
// Solidity: function redeemByPartition(bytes32 partition, uint256 value, bytes data) returns()
func (_DPNToken *DPNTokenTransactorSession) RedeemByPartition(partition [32]byte, value *big.Int, data []byte) (*types.Transaction, error) {
	return _DPNToken.Contract.RedeemByPartition(&_DPNToken.TransactOpts, partition, value, data)
}

// RemoveDocument is a paid mutator transaction binding the contract method 0xc3501848.
//
// Solidity: function removeDocument(bytes32 docName) returns()
func (_DPNToken *DPNTokenTransactor) RemoveDocument(opts *bind.TransactOpts, docName [32]byte) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "removeDocument", docName)
}

// RemoveDocument is a paid mutator transaction binding the contract method 0xc3501848.
//
// Solidity: function removeDocument(bytes32 docName) returns()
func (_DPNToken *DPNTokenSession) RemoveDocument(docName [32]byte) (*types.Transaction, error) {
	return _DPNToken.Contract.RemoveDocument(&_DPNToken.TransactOpts, docName)
}

// RemoveDocument is a paid mutator transaction binding the contract method 0xc3501848.
//
// Solidity: function removeDocument(bytes32 docName) returns()
func (_DPNToken *DPNTokenTransactorSession) RemoveDocument(docName [32]byte) (*types.Transaction, error) {
	return _DPNToken.Contract.RemoveDocument(&_DPNToken.TransactOpts, docName)
}

// RenounceControl is a paid mutator transaction binding the contract method 0xca281fd9.
//
// Solidity: function renounceControl() returns()
func (_DPNToken *DPNTokenTransactor) RenounceControl(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "renounceControl")
}

// RenounceControl is a paid mutator transaction binding the contract method 0xca281fd9.
//
// Solidity: function renounceControl() returns()
func (_DPNToken *DPNTokenSession) RenounceControl() (*types.Transaction, error) {
	return _DPNToken.Contract.RenounceControl(&_DPNToken.TransactOpts)
}

// RenounceControl is a paid mutator transaction binding the contract method 0xca281fd9.
//
// Solidity: function renounceControl() returns()
func (_DPNToken *DPNTokenTransactorSession) RenounceControl() (*types.Transaction, error) {
	return _DPNToken.Contract.RenounceControl(&_DPNToken.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_DPNToken *DPNTokenTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_DPNToken *DPNTokenSession) RenounceOwnership() (*types.Transaction, error) {
	return _DPNToken.Contract.RenounceOwnership(&_DPNToken.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_DPNToken *DPNTokenTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _DPNToken.Contract.RenounceOwnership(&_DPNToken.TransactOpts)
}

// RevokeOperator is a paid mutator transaction binding the contract method 0xfad8b32a.
//
// Solidity: function revokeOperator(address operator) returns()
func (_DPNToken *DPNTokenTransactor) RevokeOperator(opts *bind.TransactOpts, operator common.Address) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "revokeOperator", operator)
}

// RevokeOperator is a paid mutator transaction binding the contract method 0xfad8b32a.
//
// Solidity: function revokeOperator(address operator) returns()
func (_DPNToken *DPNTokenSession) RevokeOperator(operator common.Address) (*types.Transaction, error) {
	return _DPNToken.Contract.RevokeOperator(&_DPNToken.TransactOpts, operator)
}

// RevokeOperator is a paid mutator transaction binding the contract method 0xfad8b32a.
//
// Solidity: function revokeOperator(address operator) returns()
func (_DPNToken *DPNTokenTransactorSession) RevokeOperator(operator common.Address) (*types.Transaction, error) {
	return _DPNToken.Contract.RevokeOperator(&_DPNToken.TransactOpts, operator)
}

// RevokeOperatorByPartition is a paid mutator transaction binding the contract method 0x168ecec5.
//
// Solidity: function revokeOperatorByPartition(bytes32 partition, address operator) returns()
func (_DPNToken *DPNTokenTransactor) RevokeOperatorByPartition(opts *bind.TransactOpts, partition [32]byte, operator common.Address) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "revokeOperatorByPartition", partition, operator)
}

// RevokeOperatorByPartition is a paid mutator transaction binding the contract method 0x168ecec5.
//
// Solidity: function revokeOperatorByPartition(bytes32 partition, address operator) returns()
func (_DPNToken *DPNTokenSession) RevokeOperatorByPartition(partition [32]byte, operator common.Address) (*types.Transaction, error) {
	return _DPNToken.Contract.RevokeOperatorByPartition(&_DPNToken.TransactOpts, partition, operator)
}

// RevokeOperatorByPartition is a paid mutator transaction binding the contract method 0x168ecec5.
//
// Solidity: function revokeOperatorByPartition(bytes32 partition, address operator) returns()
func (_DPNToken *DPNTokenTransactorSession) RevokeOperatorByPartition(partition [32]byte, operator common.Address) (*types.Transaction, error) {
	return _DPNToken.Contract.RevokeOperatorByPartition(&_DPNToken.TransactOpts, partition, operator)
}

// SetController is a paid mutator transaction binding the contract method 0xe0dba60f.
//
// Solidity: function setController(address controller, bool enabled) returns()
func (_DPNToken *DPNTokenTransactor) SetController(opts *bind.TransactOpts, controller common.Address, enabled bool) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "setController", controller, enabled)
}

// SetController is a paid mutator transaction binding the contract method 0xe0dba60f.
//
// Solidity: function setController(address controller, bool enabled) returns()
func (_DPNToken *DPNTokenSession) SetController(controller common.Address, enabled bool) (*types.Transaction, error) {
	return _DPNToken.Contract.SetController(&_DPNToken.TransactOpts, controller, enabled)
}

// SetController is a paid mutator transaction binding the contract method 0xe0dba60f.
//
// Solidity: function setController(address controller, bool enabled) returns()
func (_DPNToken *DPNTokenTransactorSession) SetController(controller common.Address, enabled bool) (*types.Transaction, error) {
	return _DPNToken.Contract.SetController(&_DPNToken.TransactOpts, controller, enabled)
}

// SetDefaultPartition is a paid mutator transaction binding the contract method 0x2fb035c1.
//
// Solidity: function setDefaultPartition(bytes32 partition) returns()
func (_DPNToken *DPNTokenTransactor) SetDefaultPartition(opts *bind.TransactOpts, partition [32]byte) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "setDefaultPartition", partition)
}

// SetDefaultPartition is a paid mutator transaction binding the contract method 0x2fb035c1.
//
// Solidity: function setDefaultPartition(bytes32 partition) returns()
func (_DPNToken *DPNTokenSession) SetDefaultPartition(partition [32]byte) (*types.Transaction, error) {
	return _DPNToken.Contract.SetDefaultPartition(&_DPNToken.TransactOpts, partition)
}

// SetDefaultPartition is a paid mutator transaction binding the contract method 0x2fb035c1.
//
// Solidity: function setDefaultPartition(bytes32 partition) returns()
func (_DPNToken *DPNTokenTransactorSession) SetDefaultPartition(partition [32]byte) (*types.Transaction, error) {
	return _DPNToken.Contract.SetDefaultPartition(&_DPNToken.TransactOpts, partition)
}

// SetDocument is a paid mutator transaction binding the contract method 0x010648ca.
//
// Solidity: function setDocument(bytes32 docName, string uri, bytes32 documentHash) returns()
func (_DPNToken *DPNTokenTransactor) SetDocument(opts *bind.TransactOpts, docName [32]byte, uri string, documentHash [32]byte) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "setDocument", docName, uri, documentHash)
}

// SetDocument is a paid mutator transaction binding the contract method 0x010648ca.
//
// Solidity: function setDocument(bytes32 docName, string uri, bytes32 documentHash) returns()
func (_DPNToken *DPNTokenSession) SetDocument(docName [32]byte, uri string, documentHash [32]byte) (*types.Transaction, error) {
	return _DPNToken.Contract.SetDocument(&_DPNToken.TransactOpts, docName, uri, documentHash)
}

// SetDocument is a paid mutator transaction binding the contract method 0x010648ca.
//
// Solidity: function setDocument(bytes32 docName, string uri, bytes32 documentHash) returns()
func (_DPNToken *DPNTokenTransactorSession) SetDocument(docName [32]byte, uri string, documentHash [32]byte) (*types.Transaction, error) {
	return _DPNToken.Contract.SetDocument(&_DPNToken.TransactOpts, docName, uri, documentHash)
}

// SetKYCRegistry is a paid mutator transaction binding the contract method 0x600d2dbc.
//
// Solidity: function setKYCRegistry(address registry) returns()
func (_DPNToken *DPNTokenTransactor) SetKYCRegistry(opts *bind.TransactOpts, registry common.Address) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "setKYCRegistry", registry)
}

// SetKYCRegistry is a paid mutator transaction binding the contract method 0x600d2dbc.
//
// Solidity: function setKYCRegistry(address registry) returns()
func (_DPNToken *DPNTokenSession) SetKYCRegistry(registry common.Address) (*types.Transaction, error) {
	return _DPNToken.Contract.SetKYCRegistry(&_DPNToken.TransactOpts, registry)
}

// SetKYCRegistry is a paid mutator transaction binding the contract method 0x600d2dbc.
//
// Solidity: function setKYCRegistry(address registry) returns()
func (_DPNToken *DPNTokenTransactorSession) SetKYCRegistry(registry common.Address) (*types.Transaction, error) {
	return _DPNToken.Contract.SetKYCRegistry(&_DPNToken.TransactOpts, registry)
}

// SetPartitionKYC is a paid mutator transaction binding the contract method 0x69c0f595.
//
// Solidity: function setPartitionKYC(bytes32 partition, bool kycRequired) returns()
func (_DPNToken *DPNTokenTransactor) SetPartitionKYC(opts *bind.TransactOpts, partition [32]byte, kycRequired bool) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "setPartitionKYC", partition, kycRequired)
}

// SetPartitionKYC is a paid mutator transaction binding the contract method 0x69c0f595.
//
// Solidity: function setPartitionKYC(bytes32 partition, bool kycRequired) returns()
func (_DPNToken *DPNTokenSession) SetPartitionKYC(partition [32]byte, kycRequired bool) (*types.Transaction, error) {
	return _DPNToken.Contract.SetPartitionKYC(&_DPNToken.TransactOpts, partition, kycRequired)
}

// SetPartitionKYC is a paid mutator transaction binding the contract method 0x69c0f595.
//
// Solidity: function setPartitionKYC(bytes32 partition, bool kycRequired) returns()
func (_DPNToken *DPNTokenTransactorSession) SetPartitionKYC(partition [32]byte, kycRequired bool) (*types.Transaction, error) {
	return _DPNToken.Contract.SetPartitionKYC(&_DPNToken.TransactOpts, partition, kycRequired)
}

// SetSettlement is a paid mutator transaction binding the contract method 0x8f4e6f37.
//
// Solidity: function setSettlement(address settlement_) returns()
func (_DPNToken *DPNTokenTransactor) SetSettlement(opts *bind.TransactOpts, settlement_ common.Address) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "setSettlement", settlement_)
}

// SetSettlement is a paid mutator transaction binding the contract method 0x8f4e6f37.
//
// Solidity: function setSettlement(address settlement_) returns()
func (_DPNToken *DPNTokenSession) SetSettlement(settlement_ common.Address) (*types.Transaction, error) {
	return _DPNToken.Contract.SetSettlement(&_DPNToken.TransactOpts, settlement_)
}

// SetSettlement is a paid mutator transaction binding the contract method 0x8f4e6f37.
//
// Solidity: function setSettlement(address settlement_) returns()
func (_DPNToken *DPNTokenTransactorSession) SetSettlement(settlement_ common.Address) (*types.Transaction, error) {
	return _DPNToken.Contract.SetSettlement(&_DPNToken.TransactOpts, settlement_)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_DPNToken *DPNTokenTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_DPNToken *DPNTokenSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _DPNToken.Contract.Transfer(&_DPNToken.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_DPNToken *DPNTokenTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _DPNToken.Contract.Transfer(&_DPNToken.TransactOpts, to, value)
}

// TransferByPartition is a paid mutator transaction binding the contract method 0xf3d490db.
//
// Solidity: function transferByPartition(bytes32 partition, address to, uint256 value, bytes data) returns(bytes32)
func (_DPNToken *DPNTokenTransactor) TransferByPartition(opts *bind.TransactOpts, partition [32]byte, to common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "transferByPartition", partition, to, value, data)
}

// TransferByPartition is a paid mutator transaction binding the contract method 0xf3d490db.
//
// Solidity: function transferByPartition(bytes32 partition, address to, uint256 value, bytes data) returns(bytes32)
func (_DPNToken *DPNTokenSession) TransferByPartition(partition [32]byte, to common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _DPNToken.Contract.TransferByPartition(&_DPNToken.TransactOpts, partition, to, value, data)
}

// TransferByPartition is a paid mutator transaction binding the contract method 0xf3d490db.
//
// Solidity: function transferByPartition(bytes32 partition, address to, uint256 value, bytes data) returns(bytes32)
func (_DPNToken *DPNTokenTransactorSession) TransferByPartition(partition [32]byte, to common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _DPNToken.Contract.TransferByPartition(&_DPNToken.TransactOpts, partition, to, value, data)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_DPNToken *DPNTokenTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_DPNToken *DPNTokenSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _DPNToken.Contract.TransferFrom(&_DPNToken.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_DPNToken *DPNTokenTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _DPNToken.Contract.TransferFrom(&_DPNToken.TransactOpts, from, to, value)
}

// TransferFromWithData is a paid mutator transaction binding the contract method 0xee532f31.
//
// Solidity: function transferFromWithData(address from, address to, uint256 value, bytes data) returns()
func (_DPNToken *DPNTokenTransactor) TransferFromWithData(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "transferFromWithData", from, to, value, data)
}

// TransferFromWithData is a paid mutator transaction binding the contract method 0xee532f31.
//
// Solidity: function transferFromWithData(address from, address to, uint256 value, bytes data) returns()
func (_DPNToken *DPNTokenSession) TransferFromWithData(from common.Address, to common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _DPNToken.Contract.TransferFromWithData(&_DPNToken.TransactOpts, from, to, value, data)
}

// TransferFromWithData is a paid mutator transaction binding the contract method 0xee532f31.
//
// Solidity: function transferFromWithData(address from, address to, uint256 value, bytes data) returns()
func (_DPNToken *DPNTokenTransactorSession) TransferFromWithData(from common.Address, to common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _DPNToken.Contract.TransferFromWithData(&_DPNToken.TransactOpts, from, to, value, data)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_DPNToken *DPNTokenTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_DPNToken *DPNTokenSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _DPNToken.Contract.TransferOwnership(&_DPNToken.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_DPNToken *DPNTokenTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _DPNToken.Contract.TransferOwnership(&_DPNToken.TransactOpts, newOwner)
}

// TransferWithData is a paid mutator transaction binding the contract method 0x2535f762.
//
// Solidity: function transferWithData(address to, uint256 value, bytes data) returns()
func (_DPNToken *DPNTokenTransactor) TransferWithData(opts *bind.TransactOpts, to common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _DPNToken.contract.Transact(opts, "transferWithData", to, value, data)
}

// TransferWithData is a paid mutator transaction binding the contract method 0x2535f762.
//
// Solidity: function transferWithData(address to, uint256 value, bytes data) returns()
func (_DPNToken *DPNTokenSession) TransferWithData(to common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _DPNToken.Contract.TransferWithData(&_DPNToken.TransactOpts, to, value, data)
}

// TransferWithData is a paid mutator transaction binding the contract method 0x2535f762.
//
// Solidity: function transferWithData(address to, uint256 value, bytes data) returns()
func (_DPNToken *DPNTokenTransactorSession) TransferWithData(to common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _DPNToken.Contract.TransferWithData(&_DPNToken.TransactOpts, to, value, data)
}

// DPNTokenApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the DPNToken contract.
type DPNTokenApprovalIterator struct {
	Event *DPNTokenApproval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenApproval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenApproval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenApproval represents a Approval event raised by the DPNToken contract.
type DPNTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_DPNToken *DPNTokenFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*DPNTokenApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &DPNTokenApprovalIterator{contract: _DPNToken.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_DPNToken *DPNTokenFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *DPNTokenApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenApproval)
				if err := _DPNToken.contract.UnpackLog(event, "Approval", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_DPNToken *DPNTokenFilterer) ParseApproval(log types.Log) (*DPNTokenApproval, error) {
	event := new(DPNTokenApproval)
	if err := _DPNToken.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenAuthorizedOperatorIterator is returned from FilterAuthorizedOperator and is used to iterate over the raw logs and unpacked data for AuthorizedOperator events raised by the DPNToken contract.
type DPNTokenAuthorizedOperatorIterator struct {
	Event *DPNTokenAuthorizedOperator // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenAuthorizedOperatorIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenAuthorizedOperator)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenAuthorizedOperator)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenAuthorizedOperatorIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenAuthorizedOperatorIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenAuthorizedOperator represents a AuthorizedOperator event raised by the DPNToken contract.
type DPNTokenAuthorizedOperator struct {
	Operator    common.Address
	TokenHolder common.Address
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterAuthorizedOperator is a free log retrieval operation binding the contract event 0xf4caeb2d6ca8932a215a353d0703c326ec2d81fc68170f320eb2ab49e9df61f9.
//
// Solidity: event AuthorizedOperator(address indexed operator, address indexed tokenHolder)
func (_DPNToken *DPNTokenFilterer) FilterAuthorizedOperator(opts *bind.FilterOpts, operator []common.Address, tokenHolder []common.Address) (*DPNTokenAuthorizedOperatorIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var tokenHolderRule []interface{}
	for _, tokenHolderItem := range tokenHolder {
		tokenHolderRule = append(tokenHolderRule, tokenHolderItem)
	}

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "AuthorizedOperator", operatorRule, tokenHolderRule)
	if err != nil {
		return nil, err
	}
	return &DPNTokenAuthorizedOperatorIterator{contract: _DPNToken.contract, event: "AuthorizedOperator", logs: logs, sub: sub}, nil
}

// WatchAuthorizedOperator is a free log subscription operation binding the contract event 0xf4caeb2d6ca8932a215a353d0703c326ec2d81fc68170f320eb2ab49e9df61f9.
//
// Solidity: event AuthorizedOperator(address indexed operator, address indexed tokenHolder)
func (_DPNToken *DPNTokenFilterer) WatchAuthorizedOperator(opts *bind.WatchOpts, sink chan<- *DPNTokenAuthorizedOperator, operator []common.Address, tokenHolder []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var tokenHolderRule []interface{}
	for _, tokenHolderItem := range tokenHolder {
		tokenHolderRule = append(tokenHolderRule, tokenHolderItem)
	}

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "AuthorizedOperator", operatorRule, tokenHolderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenAuthorizedOperator)
				if err := _DPNToken.contract.UnpackLog(event, "AuthorizedOperator", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAuthorizedOperator is a log parse operation binding the contract event 0xf4caeb2d6ca8932a215a353d0703c326ec2d81fc68170f320eb2ab49e9df61f9.
//
// Solidity: event AuthorizedOperator(address indexed operator, address indexed tokenHolder)
func (_DPNToken *DPNTokenFilterer) ParseAuthorizedOperator(log types.Log) (*DPNTokenAuthorizedOperator, error) {
	event := new(DPNTokenAuthorizedOperator)
	if err := _DPNToken.contract.UnpackLog(event, "AuthorizedOperator", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenAuthorizedOperatorByPartitionIterator is returned from FilterAuthorizedOperatorByPartition and is used to iterate over the raw logs and unpacked data for AuthorizedOperatorByPartition events raised by the DPNToken contract.
type DPNTokenAuthorizedOperatorByPartitionIterator struct {
	Event *DPNTokenAuthorizedOperatorByPartition // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenAuthorizedOperatorByPartitionIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenAuthorizedOperatorByPartition)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenAuthorizedOperatorByPartition)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenAuthorizedOperatorByPartitionIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenAuthorizedOperatorByPartitionIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenAuthorizedOperatorByPartition represents a AuthorizedOperatorByPartition event raised by the DPNToken contract.
type DPNTokenAuthorizedOperatorByPartition struct {
	Partition   [32]byte
	Operator    common.Address
	TokenHolder common.Address
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterAuthorizedOperatorByPartition is a free log retrieval operation binding the contract event 0x3646a897c70797ecc134b0adc32f471b07bf1d6f451133b0384badab531e3fd6.
//
// Solidity: event AuthorizedOperatorByPartition(bytes32 indexed partition, address indexed operator, address indexed tokenHolder)
func (_DPNToken *DPNTokenFilterer) FilterAuthorizedOperatorByPartition(opts *bind.FilterOpts, partition [][32]byte, operator []common.Address, tokenHolder []common.Address) (*DPNTokenAuthorizedOperatorByPartitionIterator, error) {

	var partitionRule []interface{}
	for _, partitionItem := range partition {
		partitionRule = append(partitionRule, partitionItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var tokenHolderRule []interface{}
	for _, tokenHolderItem := range tokenHolder {
		tokenHolderRule = append(tokenHolderRule, tokenHolderItem)
	}

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "AuthorizedOperatorByPartition", partitionRule, operatorRule, tokenHolderRule)
	if err != nil {
		return nil, err
	}
	return &DPNTokenAuthorizedOperatorByPartitionIterator{contract: _DPNToken.contract, event: "AuthorizedOperatorByPartition", logs: logs, sub: sub}, nil
}

// WatchAuthorizedOperatorByPartition is a free log subscription operation binding the contract event 0x3646a897c70797ecc134b0adc32f471b07bf1d6f451133b0384badab531e3fd6.
//
// Solidity: event AuthorizedOperatorByPartition(bytes32 indexed partition, address indexed operator, address indexed tokenHolder)
func (_DPNToken *DPNTokenFilterer) WatchAuthorizedOperatorByPartition(opts *bind.WatchOpts, sink chan<- *DPNTokenAuthorizedOperatorByPartition, partition [][32]byte, operator []common.Address, tokenHolder []common.Address) (event.Subscription, error) {

	var partitionRule []interface{}
	for _, partitionItem := range partition {
		partitionRule = append(partitionRule, partitionItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var tokenHolderRule []interface{}
	for _, tokenHolderItem := range tokenHolder {
		tokenHolderRule = append(tokenHolderRule, tokenHolderItem)
	}

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "AuthorizedOperatorByPartition", partitionRule, operatorRule, tokenHolderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenAuthorizedOperatorByPartition)
				if err := _DPNToken.contract.UnpackLog(event, "AuthorizedOperatorByPartition", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAuthorizedOperatorByPartition is a log parse operation binding the contract event 0x3646a897c70797ecc134b0adc32f471b07bf1d6f451133b0384badab531e3fd6.
//
// Solidity: event AuthorizedOperatorByPartition(bytes32 indexed partition, address indexed operator, address indexed tokenHolder)
func (_DPNToken *DPNTokenFilterer) ParseAuthorizedOperatorByPartition(log types.Log) (*DPNTokenAuthorizedOperatorByPartition, error) {
	event := new(DPNTokenAuthorizedOperatorByPartition)
	if err := _DPNToken.contract.UnpackLog(event, "AuthorizedOperatorByPartition", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenBatchIssuedIterator is returned from FilterBatchIssued and is used to iterate over the raw logs and unpacked data for BatchIssued events raised by the DPNToken contract.
type DPNTokenBatchIssuedIterator struct {
	Event *DPNTokenBatchIssued // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenBatchIssuedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenBatchIssued)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenBatchIssued)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenBatchIssuedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenBatchIssuedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenBatchIssued represents a BatchIssued event raised by the DPNToken contract.
type DPNTokenBatchIssued struct {
	Partition [32]byte
	Records   *big.Int
	Total     *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterBatchIssued is a free log retrieval operation binding the contract event 0x5fd94142502d5e6e4d35e7552095979849e333de1a51202c5a3c89ee078f24b5.
//
// Solidity: event BatchIssued(bytes32 indexed partition, uint256 records, uint256 total)
func (_DPNToken *DPNTokenFilterer) FilterBatchIssued(opts *bind.FilterOpts, partition [][32]byte) (*DPNTokenBatchIssuedIterator, error) {

	var partitionRule []interface{}
	for _, partitionItem := range partition {
		partitionRule = append(partitionRule, partitionItem)
	}

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "BatchIssued", partitionRule)
	if err != nil {
		return nil, err
	}
	return &DPNTokenBatchIssuedIterator{contract: _DPNToken.contract, event: "BatchIssued", logs: logs, sub: sub}, nil
}

// WatchBatchIssued is a free log subscription operation binding the contract event 0x5fd94142502d5e6e4d35e7552095979849e333de1a51202c5a3c89ee078f24b5.
//
// Solidity: event BatchIssued(bytes32 indexed partition, uint256 records, uint256 total)
func (_DPNToken *DPNTokenFilterer) WatchBatchIssued(opts *bind.WatchOpts, sink chan<- *DPNTokenBatchIssued, partition [][32]byte) (event.Subscription, error) {

	var partitionRule []interface{}
	for _, partitionItem := range partition {
		partitionRule = append(partitionRule, partitionItem)
	}

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "BatchIssued", partitionRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenBatchIssued)
				if err := _DPNToken.contract.UnpackLog(event, "BatchIssued", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBatchIssued is a log parse operation binding the contract event 0x5fd94142502d5e6e4d35e7552095979849e333de1a51202c5a3c89ee078f24b5.
//
// Solidity: event BatchIssued(bytes32 indexed partition, uint256 records, uint256 total)
func (_DPNToken *DPNTokenFilterer) ParseBatchIssued(log types.Log) (*DPNTokenBatchIssued, error) {
	event := new(DPNTokenBatchIssued)
	if err := _DPNToken.contract.UnpackLog(event, "BatchIssued", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenControlRenouncedIterator is returned from FilterControlRenounced and is used to iterate over the raw logs and unpacked data for ControlRenounced events raised by the DPNToken contract.
type DPNTokenControlRenouncedIterator struct {
	Event *DPNTokenControlRenounced // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenControlRenouncedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenControlRenounced)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenControlRenounced)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenControlRenouncedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenControlRenouncedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenControlRenounced represents a ControlRenounced event raised by the DPNToken contract.
type DPNTokenControlRenounced struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterControlRenounced is a free log retrieval operation binding the contract event 0x3b0cda0c58f80b51ae87c69183b6e19775f26af5c103b33a48d40caa709d4861.
//
// Solidity: event ControlRenounced()
func (_DPNToken *DPNTokenFilterer) FilterControlRenounced(opts *bind.FilterOpts) (*DPNTokenControlRenouncedIterator, error) {

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "ControlRenounced")
	if err != nil {
		return nil, err
	}
	return &DPNTokenControlRenouncedIterator{contract: _DPNToken.contract, event: "ControlRenounced", logs: logs, sub: sub}, nil
}

// WatchControlRenounced is a free log subscription operation binding the contract event 0x3b0cda0c58f80b51ae87c69183b6e19775f26af5c103b33a48d40caa709d4861.
//
// Solidity: event ControlRenounced()
func (_DPNToken *DPNTokenFilterer) WatchControlRenounced(opts *bind.WatchOpts, sink chan<- *DPNTokenControlRenounced) (event.Subscription, error) {

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "ControlRenounced")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenControlRenounced)
				if err := _DPNToken.contract.UnpackLog(event, "ControlRenounced", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseControlRenounced is a log parse operation binding the contract event 0x3b0cda0c58f80b51ae87c69183b6e19775f26af5c103b33a48d40caa709d4861.
//
// Solidity: event ControlRenounced()
func (_DPNToken *DPNTokenFilterer) ParseControlRenounced(log types.Log) (*DPNTokenControlRenounced, error) {
	event := new(DPNTokenControlRenounced)
	if err := _DPNToken.contract.UnpackLog(event, "ControlRenounced", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenControllerRedemptionIterator is returned from FilterControllerRedemption and is used to iterate over the raw logs and unpacked data for ControllerRedemption events raised by the DPNToken contract.
type DPNTokenControllerRedemptionIterator struct {
	Event *DPNTokenControllerRedemption // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenControllerRedemptionIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenControllerRedemption)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenControllerRedemption)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenControllerRedemptionIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenControllerRedemptionIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenControllerRedemption represents a ControllerRedemption event raised by the DPNToken contract.
type DPNTokenControllerRedemption struct {
	Controller   common.Address
	TokenHolder  common.Address
	Value        *big.Int
	Data         []byte
	OperatorData []byte
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterControllerRedemption is a free log retrieval operation binding the contract event 0x876b7cb47aa150b3a5516188b19ed308752ad4d0ae9a702543353b78163f7589.
//
// Solidity: event ControllerRedemption(address controller, address indexed tokenHolder, uint256 value, bytes data, bytes operatorData)
func (_DPNToken *DPNTokenFilterer) FilterControllerRedemption(opts *bind.FilterOpts, tokenHolder []common.Address) (*DPNTokenControllerRedemptionIterator, error) {

	var tokenHolderRule []interface{}
	for _, tokenHolderItem := range tokenHolder {
		tokenHolderRule = append(tokenHolderRule, tokenHolderItem)
	}

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "ControllerRedemption", tokenHolderRule)
	if err != nil {
		return nil, err
	}
	return &DPNTokenControllerRedemptionIterator{contract: _DPNToken.contract, event: "ControllerRedemption", logs: logs, sub: sub}, nil
}

// WatchControllerRedemption is a free log subscription operation binding the contract event 0x876b7cb47aa150b3a5516188b19ed308752ad4d0ae9a702543353b78163f7589.
//
// Solidity: event ControllerRedemption(address controller, address indexed tokenHolder, uint256 value, bytes data, bytes operatorData)
func (_DPNToken *DPNTokenFilterer) WatchControllerRedemption(opts *bind.WatchOpts, sink chan<- *DPNTokenControllerRedemption, tokenHolder []common.Address) (event.Subscription, error) {

	var tokenHolderRule []interface{}
	for _, tokenHolderItem := range tokenHolder {
		tokenHolderRule = append(tokenHolderRule, tokenHolderItem)
	}

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "ControllerRedemption", tokenHolderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenControllerRedemption)
				if err := _DPNToken.contract.UnpackLog(event, "ControllerRedemption", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseControllerRedemption is a log parse operation binding the contract event 0x876b7cb47aa150b3a5516188b19ed308752ad4d0ae9a702543353b78163f7589.
//
// Solidity: event ControllerRedemption(address controller, address indexed tokenHolder, uint256 value, bytes data, bytes operatorData)
func (_DPNToken *DPNTokenFilterer) ParseControllerRedemption(log types.Log) (*DPNTokenControllerRedemption, error) {
	event := new(DPNTokenControllerRedemption)
	if err := _DPNToken.contract.UnpackLog(event, "ControllerRedemption", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenControllerSetIterator is returned from FilterControllerSet and is used to iterate over the raw logs and unpacked data for ControllerSet events raised by the DPNToken contract.
type DPNTokenControllerSetIterator struct {
	Event *DPNTokenControllerSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenControllerSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenControllerSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenControllerSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenControllerSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenControllerSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenControllerSet represents a ControllerSet event raised by the DPNToken contract.
type DPNTokenControllerSet struct {
	Controller common.Address
	Enabled    bool
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterControllerSet is a free log retrieval operation binding the contract event 0x9c1e55b2ea976b1ce106746d9325847e838c89adca542764df43b80cadb59b04.
//
// Solidity: event ControllerSet(address indexed controller, bool enabled)
func (_DPNToken *DPNTokenFilterer) FilterControllerSet(opts *bind.FilterOpts, controller []common.Address) (*DPNTokenControllerSetIterator, error) {

	var controllerRule []interface{}
	for _, controllerItem := range controller {
		controllerRule = append(controllerRule, controllerItem)
	}

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "ControllerSet", controllerRule)
	if err != nil {
		return nil, err
	}
	return &DPNTokenControllerSetIterator{contract: _DPNToken.contract, event: "ControllerSet", logs: logs, sub: sub}, nil
}

// WatchControllerSet is a free log subscription operation binding the contract event 0x9c1e55b2ea976b1ce106746d9325847e838c89adca542764df43b80cadb59b04.
//
// Solidity: event ControllerSet(address indexed controller, bool enabled)
func (_DPNToken *DPNTokenFilterer) WatchControllerSet(opts *bind.WatchOpts, sink chan<- *DPNTokenControllerSet, controller []common.Address) (event.Subscription, error) {

	var controllerRule []interface{}
	for _, controllerItem := range controller {
		controllerRule = append(controllerRule, controllerItem)
	}

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "ControllerSet", controllerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenControllerSet)
				if err := _DPNToken.contract.UnpackLog(event, "ControllerSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseControllerSet is a log parse operation binding the contract event 0x9c1e55b2ea976b1ce106746d9325847e838c89adca542764df43b80cadb59b04.
//
// Solidity: event ControllerSet(address indexed controller, bool enabled)
func (_DPNToken *DPNTokenFilterer) ParseControllerSet(log types.Log) (*DPNTokenControllerSet, error) {
	event := new(DPNTokenControllerSet)
	if err := _DPNToken.contract.UnpackLog(event, "ControllerSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenControllerTransferIterator is returned from FilterControllerTransfer and is used to iterate over the raw logs and unpacked data for ControllerTransfer events raised by the DPNToken contract.
type DPNTokenControllerTransferIterator struct {
	Event *DPNTokenControllerTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenControllerTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenControllerTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenControllerTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenControllerTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenControllerTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenControllerTransfer represents a ControllerTransfer event raised by the DPNToken contract.
type DPNTokenControllerTransfer struct {
	Controller   common.Address
	From         common.Address
	To           common.Address
	Value        *big.Int
	Data         []byte
	OperatorData []byte
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterControllerTransfer is a free log retrieval operation binding the contract event 0x6bf62b4b9c7b768275122bf70d429efc398a056d669b1efdf6c3976346246d7d.
//
// Solidity: event ControllerTransfer(address controller, address indexed from, address indexed to, uint256 value, bytes data, bytes operatorData)
func (_DPNToken *DPNTokenFilterer) FilterControllerTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*DPNTokenControllerTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "ControllerTransfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &DPNTokenControllerTransferIterator{contract: _DPNToken.contract, event: "ControllerTransfer", logs: logs, sub: sub}, nil
}

// WatchControllerTransfer is a free log subscription operation binding the contract event 0x6bf62b4b9c7b768275122bf70d429efc398a056d669b1efdf6c3976346246d7d.
//
// Solidity: event ControllerTransfer(address controller, address indexed from, address indexed to, uint256 value, bytes data, bytes operatorData)
func (_DPNToken *DPNTokenFilterer) WatchControllerTransfer(opts *bind.WatchOpts, sink chan<- *DPNTokenControllerTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "ControllerTransfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenControllerTransfer)
				if err := _DPNToken.contract.UnpackLog(event, "ControllerTransfer", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseControllerTransfer is a log parse operation binding the contract event 0x6bf62b4b9c7b768275122bf70d429efc398a056d669b1efdf6c3976346246d7d.
//
// Solidity: event ControllerTransfer(address controller, address indexed from, address indexed to, uint256 value, bytes data, bytes operatorData)
func (_DPNToken *DPNTokenFilterer) ParseControllerTransfer(log types.Log) (*DPNTokenControllerTransfer, error) {
	event := new(DPNTokenControllerTransfer)
	if err := _DPNToken.contract.UnpackLog(event, "ControllerTransfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenDefaultPartitionSetIterator is returned from FilterDefaultPartitionSet and is used to iterate over the raw logs and unpacked data for DefaultPartitionSet events raised by the DPNToken contract.
type DPNTokenDefaultPartitionSetIterator struct {
	Event *DPNTokenDefaultPartitionSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenDefaultPartitionSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenDefaultPartitionSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenDefaultPartitionSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenDefaultPartitionSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenDefaultPartitionSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenDefaultPartitionSet represents a DefaultPartitionSet event raised by the DPNToken contract.
type DPNTokenDefaultPartitionSet struct {
	Partition [32]byte
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterDefaultPartitionSet is a free log retrieval operation binding the contract event 0xb7abe57cf5e3802129b2ea27856bb1f552f61b8604b7b395f58b8f1f792b6f0a.
//
// Solidity: event DefaultPartitionSet(bytes32 indexed partition)
func (_DPNToken *DPNTokenFilterer) FilterDefaultPartitionSet(opts *bind.FilterOpts, partition [][32]byte) (*DPNTokenDefaultPartitionSetIterator, error) {

	var partitionRule []interface{}
	for _, partitionItem := range partition {
		partitionRule = append(partitionRule, partitionItem)
	}

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "DefaultPartitionSet", partitionRule)
	if err != nil {
		return nil, err
	}
	return &DPNTokenDefaultPartitionSetIterator{contract: _DPNToken.contract, event: "DefaultPartitionSet", logs: logs, sub: sub}, nil
}

// WatchDefaultPartitionSet is a free log subscription operation binding the contract event 0xb7abe57cf5e3802129b2ea27856bb1f552f61b8604b7b395f58b8f1f792b6f0a.
//
// Solidity: event DefaultPartitionSet(bytes32 indexed partition)
func (_DPNToken *DPNTokenFilterer) WatchDefaultPartitionSet(opts *bind.WatchOpts, sink chan<- *DPNTokenDefaultPartitionSet, partition [][32]byte) (event.Subscription, error) {

	var partitionRule []interface{}
	for _, partitionItem := range partition {
		partitionRule = append(partitionRule, partitionItem)
	}

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "DefaultPartitionSet", partitionRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenDefaultPartitionSet)
				if err := _DPNToken.contract.UnpackLog(event, "DefaultPartitionSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDefaultPartitionSet is a log parse operation binding the contract event 0xb7abe57cf5e3802129b2ea27856bb1f552f61b8604b7b395f58b8f1f792b6f0a.
//
// Solidity: event DefaultPartitionSet(bytes32 indexed partition)
func (_DPNToken *DPNTokenFilterer) ParseDefaultPartitionSet(log types.Log) (*DPNTokenDefaultPartitionSet, error) {
	event := new(DPNTokenDefaultPartitionSet)
	if err := _DPNToken.contract.UnpackLog(event, "DefaultPartitionSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenDocumentRemovedIterator is returned from FilterDocumentRemoved and is used to iterate over the raw logs and unpacked data for DocumentRemoved events raised by the DPNToken contract.
type DPNTokenDocumentRemovedIterator struct {
	Event *DPNTokenDocumentRemoved // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenDocumentRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenDocumentRemoved)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenDocumentRemoved)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenDocumentRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenDocumentRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenDocumentRemoved represents a DocumentRemoved event raised by the DPNToken contract.
type DPNTokenDocumentRemoved struct {
	Name         [32]byte
	Uri          string
	DocumentHash [32]byte
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterDocumentRemoved is a free log retrieval operation binding the contract event 0x3d9bba27d3e360d8c80645beed7e991454a8271bf6f269a24f7782be0f0d0654.
//
// Solidity: event DocumentRemoved(bytes32 indexed name, string uri, bytes32 documentHash)
func (_DPNToken *DPNTokenFilterer) FilterDocumentRemoved(opts *bind.FilterOpts, name [][32]byte) (*DPNTokenDocumentRemovedIterator, error) {

	var nameRule []interface{}
	for _, nameItem := range name {
		nameRule = append(nameRule, nameItem)
	}

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "DocumentRemoved", nameRule)
	if err != nil {
		return nil, err
	}
	return &DPNTokenDocumentRemovedIterator{contract: _DPNToken.contract, event: "DocumentRemoved", logs: logs, sub: sub}, nil
}

// WatchDocumentRemoved is a free log subscription operation binding the contract event 0x3d9bba27d3e360d8c80645beed7e991454a8271bf6f269a24f7782be0f0d0654.
//
// Solidity: event DocumentRemoved(bytes32 indexed name, string uri, bytes32 documentHash)
func (_DPNToken *DPNTokenFilterer) WatchDocumentRemoved(opts *bind.WatchOpts, sink chan<- *DPNTokenDocumentRemoved, name [][32]byte) (event.Subscription, error) {

	var nameRule []interface{}
	for _, nameItem := range name {
		nameRule = append(nameRule, nameItem)
	}

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "DocumentRemoved", nameRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenDocumentRemoved)
				if err := _DPNToken.contract.UnpackLog(event, "DocumentRemoved", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDocumentRemoved is a log parse operation binding the contract event 0x3d9bba27d3e360d8c80645beed7e991454a8271bf6f269a24f7782be0f0d0654.
//
// Solidity: event DocumentRemoved(bytes32 indexed name, string uri, bytes32 documentHash)
func (_DPNToken *DPNTokenFilterer) ParseDocumentRemoved(log types.Log) (*DPNTokenDocumentRemoved, error) {
	event := new(DPNTokenDocumentRemoved)
	if err := _DPNToken.contract.UnpackLog(event, "DocumentRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenDocumentUpdatedIterator is returned from FilterDocumentUpdated and is used to iterate over the raw logs and unpacked data for DocumentUpdated events raised by the DPNToken contract.
type DPNTokenDocumentUpdatedIterator struct {
	Event *DPNTokenDocumentUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenDocumentUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenDocumentUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenDocumentUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenDocumentUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenDocumentUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenDocumentUpdated represents a DocumentUpdated event raised by the DPNToken contract.
type DPNTokenDocumentUpdated struct {
	Name         [32]byte
	Uri          string
	DocumentHash [32]byte
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterDocumentUpdated is a free log retrieval operation binding the contract event 0xb4c22d60cd550a815744f04e3ff5278bf19684565ee00e2b084041b6024bd6f6.
//
// Solidity: event DocumentUpdated(bytes32 indexed name, string uri, bytes32 documentHash)
func (_DPNToken *DPNTokenFilterer) FilterDocumentUpdated(opts *bind.FilterOpts, name [][32]byte) (*DPNTokenDocumentUpdatedIterator, error) {

	var nameRule []interface{}
	for _, nameItem := range name {
		nameRule = append(nameRule, nameItem)
	}

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "DocumentUpdated", nameRule)
	if err != nil {
		return nil, err
	}
	return &DPNTokenDocumentUpdatedIterator{contract: _DPNToken.contract, event: "DocumentUpdated", logs: logs, sub: sub}, nil
}

// WatchDocumentUpdated is a free log subscription operation binding the contract event 0xb4c22d60cd550a815744f04e3ff5278bf19684565ee00e2b084041b6024bd6f6.
//
// Solidity: event DocumentUpdated(bytes32 indexed name, string uri, bytes32 documentHash)
func (_DPNToken *DPNTokenFilterer) WatchDocumentUpdated(opts *bind.WatchOpts, sink chan<- *DPNTokenDocumentUpdated, name [][32]byte) (event.Subscription, error) {

	var nameRule []interface{}
	for _, nameItem := range name {
		nameRule = append(nameRule, nameItem)
	}

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "DocumentUpdated", nameRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenDocumentUpdated)
				if err := _DPNToken.contract.UnpackLog(event, "DocumentUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDocumentUpdated is a log parse operation binding the contract event 0xb4c22d60cd550a815744f04e3ff5278bf19684565ee00e2b084041b6024bd6f6.
//
// Solidity: event DocumentUpdated(bytes32 indexed name, string uri, bytes32 documentHash)
func (_DPNToken *DPNTokenFilterer) ParseDocumentUpdated(log types.Log) (*DPNTokenDocumentUpdated, error) {
	event := new(DPNTokenDocumentUpdated)
	if err := _DPNToken.contract.UnpackLog(event, "DocumentUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenIssuanceFinalizedIterator is returned from FilterIssuanceFinalized and is used to iterate over the raw logs and unpacked data for IssuanceFinalized events raised by the DPNToken contract.
type DPNTokenIssuanceFinalizedIterator struct {
	Event *DPNTokenIssuanceFinalized // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenIssuanceFinalizedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenIssuanceFinalized)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenIssuanceFinalized)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenIssuanceFinalizedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenIssuanceFinalizedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenIssuanceFinalized represents a IssuanceFinalized event raised by the DPNToken contract.
type DPNTokenIssuanceFinalized struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterIssuanceFinalized is a free log retrieval operation binding the contract event 0x7be64d1bc574242f8d2e75d794df46c535a72ac78ce5aac3ff5f554281e1155c.
//
// Solidity: event IssuanceFinalized()
func (_DPNToken *DPNTokenFilterer) FilterIssuanceFinalized(opts *bind.FilterOpts) (*DPNTokenIssuanceFinalizedIterator, error) {

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "IssuanceFinalized")
	if err != nil {
		return nil, err
	}
	return &DPNTokenIssuanceFinalizedIterator{contract: _DPNToken.contract, event: "IssuanceFinalized", logs: logs, sub: sub}, nil
}

// WatchIssuanceFinalized is a free log subscription operation binding the contract event 0x7be64d1bc574242f8d2e75d794df46c535a72ac78ce5aac3ff5f554281e1155c.
//
// Solidity: event IssuanceFinalized()
func (_DPNToken *DPNTokenFilterer) WatchIssuanceFinalized(opts *bind.WatchOpts, sink chan<- *DPNTokenIssuanceFinalized) (event.Subscription, error) {

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "IssuanceFinalized")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenIssuanceFinalized)
				if err := _DPNToken.contract.UnpackLog(event, "IssuanceFinalized", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseIssuanceFinalized is a log parse operation binding the contract event 0x7be64d1bc574242f8d2e75d794df46c535a72ac78ce5aac3ff5f554281e1155c.
//
// Solidity: event IssuanceFinalized()
func (_DPNToken *DPNTokenFilterer) ParseIssuanceFinalized(log types.Log) (*DPNTokenIssuanceFinalized, error) {
	event := new(DPNTokenIssuanceFinalized)
	if err := _DPNToken.contract.UnpackLog(event, "IssuanceFinalized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenIssuedIterator is returned from FilterIssued and is used to iterate over the raw logs and unpacked data for Issued events raised by the DPNToken contract.
type DPNTokenIssuedIterator struct {
	Event *DPNTokenIssued // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenIssuedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenIssued)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenIssued)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenIssuedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenIssuedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenIssued represents a Issued event raised by the DPNToken contract.
type DPNTokenIssued struct {
	Operator common.Address
	To       common.Address
	Value    *big.Int
	Data     []byte
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterIssued is a free log retrieval operation binding the contract event 0x0e9905d62635f049c2f4e11678ebf9dc3d1f8c4a653e290759b772e47ba00d00.
//
// Solidity: event Issued(address indexed operator, address indexed to, uint256 value, bytes data)
func (_DPNToken *DPNTokenFilterer) FilterIssued(opts *bind.FilterOpts, operator []common.Address, to []common.Address) (*DPNTokenIssuedIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "Issued", operatorRule, toRule)
	if err != nil {
		return nil, err
	}
	return &DPNTokenIssuedIterator{contract: _DPNToken.contract, event: "Issued", logs: logs, sub: sub}, nil
}

// WatchIssued is a free log subscription operation binding the contract event 0x0e9905d62635f049c2f4e11678ebf9dc3d1f8c4a653e290759b772e47ba00d00.
//
// Solidity: event Issued(address indexed operator, address indexed to, uint256 value, bytes data)
func (_DPNToken *DPNTokenFilterer) WatchIssued(opts *bind.WatchOpts, sink chan<- *DPNTokenIssued, operator []common.Address, to []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "Issued", operatorRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenIssued)
				if err := _DPNToken.contract.UnpackLog(event, "Issued", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseIssued is a log parse operation binding the contract event 0x0e9905d62635f049c2f4e11678ebf9dc3d1f8c4a653e290759b772e47ba00d00.
//
// Solidity: event Issued(address indexed operator, address indexed to, uint256 value, bytes data)
func (_DPNToken *DPNTokenFilterer) ParseIssued(log types.Log) (*DPNTokenIssued, error) {
	event := new(DPNTokenIssued)
	if err := _DPNToken.contract.UnpackLog(event, "Issued", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenIssuedByPartitionIterator is returned from FilterIssuedByPartition and is used to iterate over the raw logs and unpacked data for IssuedByPartition events raised by the DPNToken contract.
type DPNTokenIssuedByPartitionIterator struct {
	Event *DPNTokenIssuedByPartition // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenIssuedByPartitionIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenIssuedByPartition)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenIssuedByPartition)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenIssuedByPartitionIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenIssuedByPartitionIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenIssuedByPartition represents a IssuedByPartition event raised by the DPNToken contract.
type DPNTokenIssuedByPartition struct {
	Partition    [32]byte
	Operator     common.Address
	To           common.Address
	Value        *big.Int
	Data         []byte
	OperatorData []byte
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterIssuedByPartition is a free log retrieval operation binding the contract event 0xf0ded82afbb1bb3ff3fc48cb2a26584aa84e4af0bf309c804ecdb94d0f6a98bb.
//
// Solidity: event IssuedByPartition(bytes32 indexed partition, address indexed operator, address indexed to, uint256 value, bytes data, bytes operatorData)
func (_DPNToken *DPNTokenFilterer) FilterIssuedByPartition(opts *bind.FilterOpts, partition [][32]byte, operator []common.Address, to []common.Address) (*DPNTokenIssuedByPartitionIterator, error) {

	var partitionRule []interface{}
	for _, partitionItem := range partition {
		partitionRule = append(partitionRule, partitionItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "IssuedByPartition", partitionRule, operatorRule, toRule)
	if err != nil {
		return nil, err
	}
	return &DPNTokenIssuedByPartitionIterator{contract: _DPNToken.contract, event: "IssuedByPartition", logs: logs, sub: sub}, nil
}

// WatchIssuedByPartition is a free log subscription operation binding the contract event 0xf0ded82afbb1bb3ff3fc48cb2a26584aa84e4af0bf309c804ecdb94d0f6a98bb.
//
// Solidity: event IssuedByPartition(bytes32 indexed partition, address indexed operator, address indexed to, uint256 value, bytes data, bytes operatorData)
func (_DPNToken *DPNTokenFilterer) WatchIssuedByPartition(opts *bind.WatchOpts, sink chan<- *DPNTokenIssuedByPartition, partition [][32]byte, operator []common.Address, to []common.Address) (event.Subscription, error) {

	var partitionRule []interface{}
	for _, partitionItem := range partition {
		partitionRule = append(partitionRule, partitionItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "IssuedByPartition", partitionRule, operatorRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenIssuedByPartition)
				if err := _DPNToken.contract.UnpackLog(event, "IssuedByPartition", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseIssuedByPartition is a log parse operation binding the contract event 0xf0ded82afbb1bb3ff3fc48cb2a26584aa84e4af0bf309c804ecdb94d0f6a98bb.
//
// Solidity: event IssuedByPartition(bytes32 indexed partition, address indexed operator, address indexed to, uint256 value, bytes data, bytes operatorData)
func (_DPNToken *DPNTokenFilterer) ParseIssuedByPartition(log types.Log) (*DPNTokenIssuedByPartition, error) {
	event := new(DPNTokenIssuedByPartition)
	if err := _DPNToken.contract.UnpackLog(event, "IssuedByPartition", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenKYCRegistrySetIterator is returned from FilterKYCRegistrySet and is used to iterate over the raw logs and unpacked data for KYCRegistrySet events raised by the DPNToken contract.
type DPNTokenKYCRegistrySetIterator struct {
	Event *DPNTokenKYCRegistrySet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenKYCRegistrySetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenKYCRegistrySet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenKYCRegistrySet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenKYCRegistrySetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenKYCRegistrySetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenKYCRegistrySet represents a KYCRegistrySet event raised by the DPNToken contract.
type DPNTokenKYCRegistrySet struct {
	Registry common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterKYCRegistrySet is a free log retrieval operation binding the contract event 0x12a5ab2244374972b16ae1bc3c4e17497ff80771439859f438aaa1211260a39b.
//
// Solidity: event KYCRegistrySet(address indexed registry)
func (_DPNToken *DPNTokenFilterer) FilterKYCRegistrySet(opts *bind.FilterOpts, registry []common.Address) (*DPNTokenKYCRegistrySetIterator, error) {

	var registryRule []interface{}
	for _, registryItem := range registry {
		registryRule = append(registryRule, registryItem)
	}

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "KYCRegistrySet", registryRule)
	if err != nil {
		return nil, err
	}
	return &DPNTokenKYCRegistrySetIterator{contract: _DPNToken.contract, event: "KYCRegistrySet", logs: logs, sub: sub}, nil
}

// WatchKYCRegistrySet is a free log subscription operation binding the contract event 0x12a5ab2244374972b16ae1bc3c4e17497ff80771439859f438aaa1211260a39b.
//
// Solidity: event KYCRegistrySet(address indexed registry)
func (_DPNToken *DPNTokenFilterer) WatchKYCRegistrySet(opts *bind.WatchOpts, sink chan<- *DPNTokenKYCRegistrySet, registry []common.Address) (event.Subscription, error) {

	var registryRule []interface{}
	for _, registryItem := range registry {
		registryRule = append(registryRule, registryItem)
	}

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "KYCRegistrySet", registryRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenKYCRegistrySet)
				if err := _DPNToken.contract.UnpackLog(event, "KYCRegistrySet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseKYCRegistrySet is a log parse operation binding the contract event 0x12a5ab2244374972b16ae1bc3c4e17497ff80771439859f438aaa1211260a39b.
//
// Solidity: event KYCRegistrySet(address indexed registry)
func (_DPNToken *DPNTokenFilterer) ParseKYCRegistrySet(log types.Log) (*DPNTokenKYCRegistrySet, error) {
	event := new(DPNTokenKYCRegistrySet)
	if err := _DPNToken.contract.UnpackLog(event, "KYCRegistrySet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the DPNToken contract.
type DPNTokenOwnershipTransferStartedIterator struct {
	Event *DPNTokenOwnershipTransferStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenOwnershipTransferStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenOwnershipTransferStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the DPNToken contract.
type DPNTokenOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_DPNToken *DPNTokenFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*DPNTokenOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &DPNTokenOwnershipTransferStartedIterator{contract: _DPNToken.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_DPNToken *DPNTokenFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *DPNTokenOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenOwnershipTransferStarted)
				if err := _DPNToken.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferStarted is a log parse operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_DPNToken *DPNTokenFilterer) ParseOwnershipTransferStarted(log types.Log) (*DPNTokenOwnershipTransferStarted, error) {
	event := new(DPNTokenOwnershipTransferStarted)
	if err := _DPNToken.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the DPNToken contract.
type DPNTokenOwnershipTransferredIterator struct {
	Event *DPNTokenOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenOwnershipTransferred represents a OwnershipTransferred event raised by the DPNToken contract.
type DPNTokenOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_DPNToken *DPNTokenFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*DPNTokenOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &DPNTokenOwnershipTransferredIterator{contract: _DPNToken.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_DPNToken *DPNTokenFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *DPNTokenOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenOwnershipTransferred)
				if err := _DPNToken.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_DPNToken *DPNTokenFilterer) ParseOwnershipTransferred(log types.Log) (*DPNTokenOwnershipTransferred, error) {
	event := new(DPNTokenOwnershipTransferred)
	if err := _DPNToken.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenPartitionConfiguredIterator is returned from FilterPartitionConfigured and is used to iterate over the raw logs and unpacked data for PartitionConfigured events raised by the DPNToken contract.
type DPNTokenPartitionConfiguredIterator struct {
	Event *DPNTokenPartitionConfigured // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenPartitionConfiguredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenPartitionConfigured)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenPartitionConfigured)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenPartitionConfiguredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenPartitionConfiguredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenPartitionConfigured represents a PartitionConfigured event raised by the DPNToken contract.
type DPNTokenPartitionConfigured struct {
	Partition   [32]byte
	KycRequired bool
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterPartitionConfigured is a free log retrieval operation binding the contract event 0xfe456370520f5fb85d53023f92bd833aff9e1acdcf5525548ba8a709cee08a27.
//
// Solidity: event PartitionConfigured(bytes32 indexed partition, bool kycRequired)
func (_DPNToken *DPNTokenFilterer) FilterPartitionConfigured(opts *bind.FilterOpts, partition [][32]byte) (*DPNTokenPartitionConfiguredIterator, error) {

	var partitionRule []interface{}
	for _, partitionItem := range partition {
		partitionRule = append(partitionRule, partitionItem)
	}

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "PartitionConfigured", partitionRule)
	if err != nil {
		return nil, err
	}
	return &DPNTokenPartitionConfiguredIterator{contract: _DPNToken.contract, event: "PartitionConfigured", logs: logs, sub: sub}, nil
}

// WatchPartitionConfigured is a free log subscription operation binding the contract event 0xfe456370520f5fb85d53023f92bd833aff9e1acdcf5525548ba8a709cee08a27.
//
// Solidity: event PartitionConfigured(bytes32 indexed partition, bool kycRequired)
func (_DPNToken *DPNTokenFilterer) WatchPartitionConfigured(opts *bind.WatchOpts, sink chan<- *DPNTokenPartitionConfigured, partition [][32]byte) (event.Subscription, error) {

	var partitionRule []interface{}
	for _, partitionItem := range partition {
		partitionRule = append(partitionRule, partitionItem)
	}

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "PartitionConfigured", partitionRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenPartitionConfigured)
				if err := _DPNToken.contract.UnpackLog(event, "PartitionConfigured", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePartitionConfigured is a log parse operation binding the contract event 0xfe456370520f5fb85d53023f92bd833aff9e1acdcf5525548ba8a709cee08a27.
//
// Solidity: event PartitionConfigured(bytes32 indexed partition, bool kycRequired)
func (_DPNToken *DPNTokenFilterer) ParsePartitionConfigured(log types.Log) (*DPNTokenPartitionConfigured, error) {
	event := new(DPNTokenPartitionConfigured)
	if err := _DPNToken.contract.UnpackLog(event, "PartitionConfigured", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenRedeemedIterator is returned from FilterRedeemed and is used to iterate over the raw logs and unpacked data for Redeemed events raised by the DPNToken contract.
type DPNTokenRedeemedIterator struct {
	Event *DPNTokenRedeemed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenRedeemedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenRedeemed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenRedeemed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenRedeemedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenRedeemedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenRedeemed represents a Redeemed event raised by the DPNToken contract.
type DPNTokenRedeemed struct {
	Operator common.Address
	From     common.Address
	Value    *big.Int
	Data     []byte
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterRedeemed is a free log retrieval operation binding the contract event 0xb7d0d6b60740753e9f16692a2f479472a1385aec2420fa43225b02f2ffa1afe7.
//
// Solidity: event Redeemed(address indexed operator, address indexed from, uint256 value, bytes data)
func (_DPNToken *DPNTokenFilterer) FilterRedeemed(opts *bind.FilterOpts, operator []common.Address, from []common.Address) (*DPNTokenRedeemedIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "Redeemed", operatorRule, fromRule)
	if err != nil {
		return nil, err
	}
	return &DPNTokenRedeemedIterator{contract: _DPNToken.contract, event: "Redeemed", logs: logs, sub: sub}, nil
}

// WatchRedeemed is a free log subscription operation binding the contract event 0xb7d0d6b60740753e9f16692a2f479472a1385aec2420fa43225b02f2ffa1afe7.
//
// Solidity: event Redeemed(address indexed operator, address indexed from, uint256 value, bytes data)
func (_DPNToken *DPNTokenFilterer) WatchRedeemed(opts *bind.WatchOpts, sink chan<- *DPNTokenRedeemed, operator []common.Address, from []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "Redeemed", operatorRule, fromRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenRedeemed)
				if err := _DPNToken.contract.UnpackLog(event, "Redeemed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRedeemed is a log parse operation binding the contract event 0xb7d0d6b60740753e9f16692a2f479472a1385aec2420fa43225b02f2ffa1afe7.
//
// Solidity: event Redeemed(address indexed operator, address indexed from, uint256 value, bytes data)
func (_DPNToken *DPNTokenFilterer) ParseRedeemed(log types.Log) (*DPNTokenRedeemed, error) {
	event := new(DPNTokenRedeemed)
	if err := _DPNToken.contract.UnpackLog(event, "Redeemed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenRedeemedByPartitionIterator is returned from FilterRedeemedByPartition and is used to iterate over the raw logs and unpacked data for RedeemedByPartition events raised by the DPNToken contract.
type DPNTokenRedeemedByPartitionIterator struct {
	Event *DPNTokenRedeemedByPartition // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenRedeemedByPartitionIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenRedeemedByPartition)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenRedeemedByPartition)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenRedeemedByPartitionIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenRedeemedByPartitionIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenRedeemedByPartition represents a RedeemedByPartition event raised by the DPNToken contract.
type DPNTokenRedeemedByPartition struct {
	Partition    [32]byte
	Operator     common.Address
	From         common.Address
	Value        *big.Int
	OperatorData []byte
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterRedeemedByPartition is a free log retrieval operation binding the contract event 0xce306c3dbc4a497124b5a4f2be8388b41084c1d74663da27ecee1186c00239bf.
//
// Solidity: event RedeemedByPartition(bytes32 indexed partition, address indexed operator, address indexed from, uint256 value, bytes operatorData)
func (_DPNToken *DPNTokenFilterer) FilterRedeemedByPartition(opts *bind.FilterOpts, partition [][32]byte, operator []common.Address, from []common.Address) (*DPNTokenRedeemedByPartitionIterator, error) {

	var partitionRule []interface{}
	for _, partitionItem := range partition {
		partitionRule = append(partitionRule, partitionItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "RedeemedByPartition", partitionRule, operatorRule, fromRule)
	if err != nil {
		return nil, err
	}
	return &DPNTokenRedeemedByPartitionIterator{contract: _DPNToken.contract, event: "RedeemedByPartition", logs: logs, sub: sub}, nil
}

// WatchRedeemedByPartition is a free log subscription operation binding the contract event 0xce306c3dbc4a497124b5a4f2be8388b41084c1d74663da27ecee1186c00239bf.
//
// Solidity: event RedeemedByPartition(bytes32 indexed partition, address indexed operator, address indexed from, uint256 value, bytes operatorData)
func (_DPNToken *DPNTokenFilterer) WatchRedeemedByPartition(opts *bind.WatchOpts, sink chan<- *DPNTokenRedeemedByPartition, partition [][32]byte, operator []common.Address, from []common.Address) (event.Subscription, error) {

	var partitionRule []interface{}
	for _, partitionItem := range partition {
		partitionRule = append(partitionRule, partitionItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "RedeemedByPartition", partitionRule, operatorRule, fromRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenRedeemedByPartition)
				if err := _DPNToken.contract.UnpackLog(event, "RedeemedByPartition", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRedeemedByPartition is a log parse operation binding the contract event 0xce306c3dbc4a497124b5a4f2be8388b41084c1d74663da27ecee1186c00239bf.
//
// Solidity: event RedeemedByPartition(bytes32 indexed partition, address indexed operator, address indexed from, uint256 value, bytes operatorData)
func (_DPNToken *DPNTokenFilterer) ParseRedeemedByPartition(log types.Log) (*DPNTokenRedeemedByPartition, error) {
	event := new(DPNTokenRedeemedByPartition)
	if err := _DPNToken.contract.UnpackLog(event, "RedeemedByPartition", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenRevokedOperatorIterator is returned from FilterRevokedOperator and is used to iterate over the raw logs and unpacked data for RevokedOperator events raised by the DPNToken contract.
type DPNTokenRevokedOperatorIterator struct {
	Event *DPNTokenRevokedOperator // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenRevokedOperatorIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenRevokedOperator)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenRevokedOperator)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenRevokedOperatorIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenRevokedOperatorIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenRevokedOperator represents a RevokedOperator event raised by the DPNToken contract.
type DPNTokenRevokedOperator struct {
	Operator    common.Address
	TokenHolder common.Address
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterRevokedOperator is a free log retrieval operation binding the contract event 0x50546e66e5f44d728365dc3908c63bc5cfeeab470722c1677e3073a6ac294aa1.
//
// Solidity: event RevokedOperator(address indexed operator, address indexed tokenHolder)
func (_DPNToken *DPNTokenFilterer) FilterRevokedOperator(opts *bind.FilterOpts, operator []common.Address, tokenHolder []common.Address) (*DPNTokenRevokedOperatorIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var tokenHolderRule []interface{}
	for _, tokenHolderItem := range tokenHolder {
		tokenHolderRule = append(tokenHolderRule, tokenHolderItem)
	}

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "RevokedOperator", operatorRule, tokenHolderRule)
	if err != nil {
		return nil, err
	}
	return &DPNTokenRevokedOperatorIterator{contract: _DPNToken.contract, event: "RevokedOperator", logs: logs, sub: sub}, nil
}

// WatchRevokedOperator is a free log subscription operation binding the contract event 0x50546e66e5f44d728365dc3908c63bc5cfeeab470722c1677e3073a6ac294aa1.
//
// Solidity: event RevokedOperator(address indexed operator, address indexed tokenHolder)
func (_DPNToken *DPNTokenFilterer) WatchRevokedOperator(opts *bind.WatchOpts, sink chan<- *DPNTokenRevokedOperator, operator []common.Address, tokenHolder []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var tokenHolderRule []interface{}
	for _, tokenHolderItem := range tokenHolder {
		tokenHolderRule = append(tokenHolderRule, tokenHolderItem)
	}

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "RevokedOperator", operatorRule, tokenHolderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenRevokedOperator)
				if err := _DPNToken.contract.UnpackLog(event, "RevokedOperator", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRevokedOperator is a log parse operation binding the contract event 0x50546e66e5f44d728365dc3908c63bc5cfeeab470722c1677e3073a6ac294aa1.
//
// Solidity: event RevokedOperator(address indexed operator, address indexed tokenHolder)
func (_DPNToken *DPNTokenFilterer) ParseRevokedOperator(log types.Log) (*DPNTokenRevokedOperator, error) {
	event := new(DPNTokenRevokedOperator)
	if err := _DPNToken.contract.UnpackLog(event, "RevokedOperator", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenRevokedOperatorByPartitionIterator is returned from FilterRevokedOperatorByPartition and is used to iterate over the raw logs and unpacked data for RevokedOperatorByPartition events raised by the DPNToken contract.
type DPNTokenRevokedOperatorByPartitionIterator struct {
	Event *DPNTokenRevokedOperatorByPartition // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenRevokedOperatorByPartitionIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenRevokedOperatorByPartition)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenRevokedOperatorByPartition)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenRevokedOperatorByPartitionIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenRevokedOperatorByPartitionIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenRevokedOperatorByPartition represents a RevokedOperatorByPartition event raised by the DPNToken contract.
type DPNTokenRevokedOperatorByPartition struct {
	Partition   [32]byte
	Operator    common.Address
	TokenHolder common.Address
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterRevokedOperatorByPartition is a free log retrieval operation binding the contract event 0x3b287c4f1bab4df949b33bceacef984f544dc5d5479930d00e4ee8c9d8dd96f2.
//
// Solidity: event RevokedOperatorByPartition(bytes32 indexed partition, address indexed operator, address indexed tokenHolder)
func (_DPNToken *DPNTokenFilterer) FilterRevokedOperatorByPartition(opts *bind.FilterOpts, partition [][32]byte, operator []common.Address, tokenHolder []common.Address) (*DPNTokenRevokedOperatorByPartitionIterator, error) {

	var partitionRule []interface{}
	for _, partitionItem := range partition {
		partitionRule = append(partitionRule, partitionItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var tokenHolderRule []interface{}
	for _, tokenHolderItem := range tokenHolder {
		tokenHolderRule = append(tokenHolderRule, tokenHolderItem)
	}

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "RevokedOperatorByPartition", partitionRule, operatorRule, tokenHolderRule)
	if err != nil {
		return nil, err
	}
	return &DPNTokenRevokedOperatorByPartitionIterator{contract: _DPNToken.contract, event: "RevokedOperatorByPartition", logs: logs, sub: sub}, nil
}

// WatchRevokedOperatorByPartition is a free log subscription operation binding the contract event 0x3b287c4f1bab4df949b33bceacef984f544dc5d5479930d00e4ee8c9d8dd96f2.
//
// Solidity: event RevokedOperatorByPartition(bytes32 indexed partition, address indexed operator, address indexed tokenHolder)
func (_DPNToken *DPNTokenFilterer) WatchRevokedOperatorByPartition(opts *bind.WatchOpts, sink chan<- *DPNTokenRevokedOperatorByPartition, partition [][32]byte, operator []common.Address, tokenHolder []common.Address) (event.Subscription, error) {

	var partitionRule []interface{}
	for _, partitionItem := range partition {
		partitionRule = append(partitionRule, partitionItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var tokenHolderRule []interface{}
	for _, tokenHolderItem := range tokenHolder {
		tokenHolderRule = append(tokenHolderRule, tokenHolderItem)
	}

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "RevokedOperatorByPartition", partitionRule, operatorRule, tokenHolderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenRevokedOperatorByPartition)
				if err := _DPNToken.contract.UnpackLog(event, "RevokedOperatorByPartition", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRevokedOperatorByPartition is a log parse operation binding the contract event 0x3b287c4f1bab4df949b33bceacef984f544dc5d5479930d00e4ee8c9d8dd96f2.
//
// Solidity: event RevokedOperatorByPartition(bytes32 indexed partition, address indexed operator, address indexed tokenHolder)
func (_DPNToken *DPNTokenFilterer) ParseRevokedOperatorByPartition(log types.Log) (*DPNTokenRevokedOperatorByPartition, error) {
	event := new(DPNTokenRevokedOperatorByPartition)
	if err := _DPNToken.contract.UnpackLog(event, "RevokedOperatorByPartition", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenSettlementSetIterator is returned from FilterSettlementSet and is used to iterate over the raw logs and unpacked data for SettlementSet events raised by the DPNToken contract.
type DPNTokenSettlementSetIterator struct {
	Event *DPNTokenSettlementSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenSettlementSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenSettlementSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenSettlementSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenSettlementSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenSettlementSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenSettlementSet represents a SettlementSet event raised by the DPNToken contract.
type DPNTokenSettlementSet struct {
	Settlement common.Address
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterSettlementSet is a free log retrieval operation binding the contract event 0x9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca99.
//
// Solidity: event SettlementSet(address indexed settlement)
func (_DPNToken *DPNTokenFilterer) FilterSettlementSet(opts *bind.FilterOpts, settlement []common.Address) (*DPNTokenSettlementSetIterator, error) {

	var settlementRule []interface{}
	for _, settlementItem := range settlement {
		settlementRule = append(settlementRule, settlementItem)
	}

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "SettlementSet", settlementRule)
	if err != nil {
		return nil, err
	}
	return &DPNTokenSettlementSetIterator{contract: _DPNToken.contract, event: "SettlementSet", logs: logs, sub: sub}, nil
}

// WatchSettlementSet is a free log subscription operation binding the contract event 0x9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca99.
//
// Solidity: event SettlementSet(address indexed settlement)
func (_DPNToken *DPNTokenFilterer) WatchSettlementSet(opts *bind.WatchOpts, sink chan<- *DPNTokenSettlementSet, settlement []common.Address) (event.Subscription, error) {

	var settlementRule []interface{}
	for _, settlementItem := range settlement {
		settlementRule = append(settlementRule, settlementItem)
	}

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "SettlementSet", settlementRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenSettlementSet)
				if err := _DPNToken.contract.UnpackLog(event, "SettlementSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSettlementSet is a log parse operation binding the contract event 0x9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca99.
//
// Solidity: event SettlementSet(address indexed settlement)
func (_DPNToken *DPNTokenFilterer) ParseSettlementSet(log types.Log) (*DPNTokenSettlementSet, error) {
	event := new(DPNTokenSettlementSet)
	if err := _DPNToken.contract.UnpackLog(event, "SettlementSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the DPNToken contract.
type DPNTokenTransferIterator struct {
	Event *DPNTokenTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenTransfer represents a Transfer event raised by the DPNToken contract.
type DPNTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_DPNToken *DPNTokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*DPNTokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &DPNTokenTransferIterator{contract: _DPNToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_DPNToken *DPNTokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *DPNTokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenTransfer)
				if err := _DPNToken.contract.UnpackLog(event, "Transfer", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_DPNToken *DPNTokenFilterer) ParseTransfer(log types.Log) (*DPNTokenTransfer, error) {
	event := new(DPNTokenTransfer)
	if err := _DPNToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DPNTokenTransferByPartitionIterator is returned from FilterTransferByPartition and is used to iterate over the raw logs and unpacked data for TransferByPartition events raised by the DPNToken contract.
type DPNTokenTransferByPartitionIterator struct {
	Event *DPNTokenTransferByPartition // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DPNTokenTransferByPartitionIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DPNTokenTransferByPartition)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DPNTokenTransferByPartition)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DPNTokenTransferByPartitionIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DPNTokenTransferByPartitionIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DPNTokenTransferByPartition represents a TransferByPartition event raised by the DPNToken contract.
type DPNTokenTransferByPartition struct {
	FromPartition [32]byte
	Operator      common.Address
	From          common.Address
	To            common.Address
	Value         *big.Int
	Data          []byte
	OperatorData  []byte
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterTransferByPartition is a free log retrieval operation binding the contract event 0xff4e9a26af4eb73b8bacfaa4abd4fea03d9448e7b912dc5ff4019048875aa2d4.
//
// Solidity: event TransferByPartition(bytes32 indexed fromPartition, address operator, address indexed from, address indexed to, uint256 value, bytes data, bytes operatorData)
func (_DPNToken *DPNTokenFilterer) FilterTransferByPartition(opts *bind.FilterOpts, fromPartition [][32]byte, from []common.Address, to []common.Address) (*DPNTokenTransferByPartitionIterator, error) {

	var fromPartitionRule []interface{}
	for _, fromPartitionItem := range fromPartition {
		fromPartitionRule = append(fromPartitionRule, fromPartitionItem)
	}

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _DPNToken.contract.FilterLogs(opts, "TransferByPartition", fromPartitionRule, fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &DPNTokenTransferByPartitionIterator{contract: _DPNToken.contract, event: "TransferByPartition", logs: logs, sub: sub}, nil
}

// WatchTransferByPartition is a free log subscription operation binding the contract event 0xff4e9a26af4eb73b8bacfaa4abd4fea03d9448e7b912dc5ff4019048875aa2d4.
//
// Solidity: event TransferByPartition(bytes32 indexed fromPartition, address operator, address indexed from, address indexed to, uint256 value, bytes data, bytes operatorData)
func (_DPNToken *DPNTokenFilterer) WatchTransferByPartition(opts *bind.WatchOpts, sink chan<- *DPNTokenTransferByPartition, fromPartition [][32]byte, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromPartitionRule []interface{}
	for _, fromPartitionItem := range fromPartition {
		fromPartitionRule = append(fromPartitionRule, fromPartitionItem)
	}

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _DPNToken.contract.WatchLogs(opts, "TransferByPartition", fromPartitionRule, fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DPNTokenTransferByPartition)
				if err := _DPNToken.contract.UnpackLog(event, "TransferByPartition", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransferByPartition is a log parse operation binding the contract event 0xff4e9a26af4eb73b8bacfaa4abd4fea03d9448e7b912dc5ff4019048875aa2d4.
//
// Solidity: event TransferByPartition(bytes32 indexed fromPartition, address operator, address indexed from, address indexed to, uint256 value, bytes data, bytes operatorData)
func (_DPNToken *DPNTokenFilterer) ParseTransferByPartition(log types.Log) (*DPNTokenTransferByPartition, error) {
	event := new(DPNTokenTransferByPartition)
	if err := _DPNToken.contract.UnpackLog(event, "TransferByPartition", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EntryPointMetaData contains all meta data concerning the EntryPoint contract.
var EntryPointMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"ret\",\"type\":\"bytes\"}],\"name\":\"DelegateAndRevert\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"opIndex\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"FailedOp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"opIndex\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"inner\",\"type\":\"bytes\"}],\"name\":\"FailedOpWithRevert\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"returnData\",\"type\":\"bytes\"}],\"name\":\"PostOpReverted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"SenderAddressResult\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"aggregator\",\"type\":\"address\"}],\"name\":\"SignatureValidationFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"userOpHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"factory\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"paymaster\",\"type\":\"address\"}],\"name\":\"AccountDeployed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"BeforeExecution\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalDeposit\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"userOpHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"revertReason\",\"type\":\"bytes\"}],\"name\":\"PostOpRevertReason\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"aggregator\",\"type\":\"address\"}],\"name\":\"SignatureAggregatorChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalStaked\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unstakeDelaySec\",\"type\":\"uint256\"}],\"name\":\"StakeLocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"withdrawTime\",\"type\":\"uint256\"}],\"name\":\"StakeUnlocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"withdrawAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"userOpHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"paymaster\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"actualGasCost\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"actualGasUsed\",\"type\":\"uint256\"}],\"name\":\"UserOperationEvent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"userOpHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"UserOperationPrefundTooLow\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"userOpHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"revertReason\",\"type\":\"bytes\"}],\"name\":\"UserOperationRevertReason\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"withdrawAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"unstakeDelaySec\",\"type\":\"uint32\"}],\"name\":\"addStake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"delegateAndRevert\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"depositTo\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getDepositInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"staked\",\"type\":\"bool\"},{\"internalType\":\"uint112\",\"name\":\"stake\",\"type\":\"uint112\"},{\"internalType\":\"uint32\",\"name\":\"unstakeDelaySec\",\"type\":\"uint32\"},{\"internalType\":\"uint48\",\"name\":\"withdrawTime\",\"type\":\"uint48\"}],\"internalType\":\"structIStakeManager.DepositInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getDomainSeparatorV4\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint192\",\"name\":\"key\",\"type\":\"uint192\"}],\"name\":\"getNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getPackedUserOpTypeHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"initCode\",\"type\":\"bytes\"}],\"name\":\"getSenderAddress\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"initCode\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callData\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"accountGasLimits\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"preVerificationGas\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"gasFees\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"paymasterAndData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structPackedUserOperation\",\"name\":\"userOp\",\"type\":\"tuple\"}],\"name\":\"getUserOpHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"initCode\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callData\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"accountGasLimits\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"preVerificationGas\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"gasFees\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"paymasterAndData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structPackedUserOperation[]\",\"name\":\"userOps\",\"type\":\"tuple[]\"},{\"internalType\":\"contractIAggregator\",\"name\":\"aggregator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structIEntryPoint.UserOpsPerAggregator[]\",\"name\":\"opsPerAggregator\",\"type\":\"tuple[]\"},{\"internalType\":\"addresspayable\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"name\":\"handleAggregatedOps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"initCode\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callData\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"accountGasLimits\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"preVerificationGas\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"gasFees\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"paymasterAndData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structPackedUserOperation[]\",\"name\":\"ops\",\"type\":\"tuple[]\"},{\"internalType\":\"addresspayable\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"name\":\"handleOps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint192\",\"name\":\"key\",\"type\":\"uint192\"}],\"name\":\"incrementNonce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"callData\",\"type\":\"bytes\"},{\"components\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"verificationGasLimit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"callGasLimit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"paymasterVerificationGasLimit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"paymasterPostOpGasLimit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"preVerificationGas\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"paymaster\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxFeePerGas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPriorityFeePerGas\",\"type\":\"uint256\"}],\"internalType\":\"structEntryPoint.MemoryUserOp\",\"name\":\"mUserOp\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"userOpHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"prefund\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"contextOffset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"preOpGas\",\"type\":\"uint256\"}],\"internalType\":\"structEntryPoint.UserOpInfo\",\"name\":\"opInfo\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"context\",\"type\":\"bytes\"}],\"name\":\"innerHandleOp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"actualGasCost\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint192\",\"name\":\"\",\"type\":\"uint192\"}],\"name\":\"nonceSequenceNumber\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"senderCreator\",\"outputs\":[{\"internalType\":\"contractISenderCreator\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unlockStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"withdrawAddress\",\"type\":\"address\"}],\"name\":\"withdrawStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"withdrawAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"withdrawAmount\",\"type\":\"uint256\"}],\"name\":\"withdrawTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x6101806040523461019557604051610018604082610199565b600781526020810190664552433433333760c81b82526040519161003d604084610199565b600183526020830191603160f81b8352610056816101bc565b61012052610063846101bc565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a081526100cc60c082610199565b5190206080523060c0526040516103cc8082016001600160401b03811183821017610181578291614231833903905ff08015610176576101605260405161400990816102288239608051816128ed015260a051816129aa015260c051816128be015260e0518161293c01526101005181612962015261012051816113110152610140518161133a0152610160518181816111a40152818161190201528181613c920152613f0c0152f35b6040513d5f823e3d90fd5b634e487b7160e01b5f52604160045260245ffd5b5f80fd5b601f909101601f19168101906001600160401b0382119082101761018157604052565b601f8151116101e75760208151910151602082106101d8571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6101606040526004361015610024575b3615610019575f80fd5b61002233612696565b005b5f610140525f3560e01c806242dc5314611d1157806301ffc9a714611bdd5780630396cb601461192657806309ccb880146118e05780630bd28e3b1461188457806313c65a6e14611867578063154e58dc1461182a5780631b2e01b8146117d0578063205c28781461169b57806322cdde4c1461165357806335567e1a146115eb5780635287ce12146114f657806370a08231146114b6578063765e827f1461141857806384b0196e146112f6578063850aaf621461124f5780639b249f691461113c578063b760faf914611119578063bb9fe6bf14610fa5578063c23a5cea14610da25763dbed18e00361000f5734610bce5761012136612305565b6101005260e052610130612b6a565b6101405190815b60e0518110610c19575061014a8261255a565b61012052610140516080526101405160c0525b60e05160c0511061028e577fbb47ee3e183a558b1a2ff0874b079f3fc5478b7454eacf2bfc5af2ff5878f9726101405161014051a161014051608081905290815b60e05181106101e1576101b4836101005161390e565b610140517f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d6101405180f35b6102366101f18260e051856126ef565b6001600160a01b0361020560208301612747565b167f575ff3acadd5ab348fe1855e217e0f3678f8d767d7494c9f9fefbee2e17cca4d6101405161014051a280612711565b9061014051915b80831061024f5750505060010161019e565b90919460019061027c61026388858761260c565b61027260805161012051612643565b5190608051613419565b0195816080510160805201919061023d565b61029d60c05160e051836126ef565b6001600160a01b036102be60206102b48480612711565b60a0529301612747565b61014051911691905b60a05181106102eb5750505060a05160805101608052600160c0510160c05261015d565b6102fc816080510161012051612643565b5161030a8260a0518561260c565b61014051915a8151926001600160a01b0361032482612747565b168452602081810135908501526fffffffffffffffffffffffffffffffff6080808301358281166060880152811c604087015260a083013560c0808801919091528301359182166101008701521c61012085015261038560e082018261275b565b9081610b34575b50506040519361039b82612416565b6020850152846040526040810151946effffffffffffffffffffffffffffff8660c08401511760608401511760808401511760a084015117610100840151176101208401511711610ae75750604081015160608201510160808201510160a08201510160c082015101610100820151029485604086015284516001600160a01b0360e08183511692610441898d61043560408b018b61275b565b92909160805101613c19565b0151169661014051978015610ab6575b8751604081015190516001600160a01b03169061014051506040519a8b8960208d01519260208301936306608bdf60e21b8552602484019261049293613fc2565b03601f1981018d526104a4908d612237565b61014051908c5190846101405190602095f161014051519a3d602003610aab575b604052156109fa575015610995575b50506001600160a01b0382511660208301519061014051526001602052604061014051206001600160c01b038260401c165f5260205267ffffffffffffffff60405f2091825492610524846123cc565b90551603610945575a8403116108f55760e001516060906001600160a01b03166106ea575b6001600160a01b03949260a0859360809360606105719801520135905a900301910152613b86565b9116850361069a5761064a5761058e6001600160a01b0391613b86565b91166105fa576105a0576001016102c7565b60a49060405190631101335b60e11b825260805101600482015260406024820152602160448201527f41413332207061796d61737465722065787069726564206f72206e6f742064756064820152606560f81b6084820152fd5b60848260405190631101335b60e11b825260805101600482015260406024820152601460448201527f41413334207369676e6174757265206572726f720000000000000000000000006064820152fd5b60848260405190631101335b60e11b825260805101600482015260406024820152601760448201527f414132322065787069726564206f72206e6f74206475650000000000000000006064820152fd5b60848360405190631101335b60e11b825260805101600482015260406024820152601460448201527f41413234207369676e6174757265206572726f720000000000000000000000006064820152fd5b9897969594505a988351996107116001600160a01b0360e08d015116604087015190613fe4565b156108a55760806314add44b60e21b9798999a9b015160405161075b8161074d60208a015160408b015190602084019d8e528960248501613fc2565b03601f198101835282612237565b865160806001600160a01b0360e08301511691015161014051918b61014051928551926101405191f1983d908161014051843e51948251604084019b8c519015918215610899575b508115610887575b5061082b5750601f01601f1916016040819052915a9003116107ce575094610549565b8088631101335b60e11b60a4935260805101600482015260406024820152602760448201527f41413336206f766572207061796d6173746572566572696669636174696f6e47606482015266185cd31a5b5a5d60ca1b6084820152fd5b8b610883610837612887565b6040519384936365c8fd4d60e01b85526080510160048501526024840152600d60648401526c10504cccc81c995d995c9d1959609a1b608484015260a0604484015260a483019061236d565b0390fd5b9050601f605f1984019101105f6107ab565b6040141591505f6107a3565b60848760405190631101335b60e11b825260805101600482015260406024820152601e60448201527f41413331207061796d6173746572206465706f73697420746f6f206c6f7700006064820152fd5b60848760405190631101335b60e11b825260805101600482015260406024820152601e60448201527f41413236206f76657220766572696669636174696f6e4761734c696d697400006064820152fd5b60848860405190631101335b60e11b825260805101600482015260406024820152601a60448201527f4141323520696e76616c6964206163636f756e74206e6f6e63650000000000006064820152fd5b61099e91613fe4565b156109aa578b806104d4565b60848860405190631101335b60e11b825260805101600482015260406024820152601760448201527f41413231206469646e2774207061792070726566756e640000000000000000006064820152fd5b8b903b610a515760849060405190631101335b60e11b825260805101600482015260406024820152601960448201527f41413230206163636f756e74206e6f74206465706c6f796564000000000000006064820152fd5b610a59612887565b906108836040519283926365c8fd4d60e01b845260805101600484015260606024840152600d60648401526c10504c8cc81c995d995c9d1959609a1b608484015260a0604484015260a483019061236d565b6101405191506104c5565b6101408051849052516020819052604090205490985081811115610ae05750610140515b97610451565b8103610ada565b8088631101335b60e11b6084935260805101600482015260406024820152601860448201527f41413934206761732076616c756573206f766572666c6f7700000000000000006064820152fd5b60348210610bd55781601411610bce5780359160248110610bce57603411610bce576024810135608090811c60a0880152601490910135811c90860152606081901c15610b8a5760601c60e0850152898061038c565b606460405162461bcd60e51b815260206004820152601660248201527f4141393820696e76616c6964207061796d6173746572000000000000000000006044820152fd5b6101405180fd5b606460405162461bcd60e51b815260206004820152601d60248201527f4141393320696e76616c6964207061796d6173746572416e64446174610000006044820152fd5b610c268160e051846126ef565b92610c318480612711565b91906001600160a01b03610c4760208801612747565b169560018714610d895786610c64575b5050019250600101610137565b806040610c7292019061275b565b91873b15610bce57916040519283917f2dd8113300000000000000000000000000000000000000000000000000000000835286604484016040600486015252606483019160648860051b85010192816101405161011e1982360301915b8b8210610d4d5750505050508291610cf7916003198483030160248501526101405195612676565b0381610140518a5af19081610d32575b50610d25578463086a9f7560e41b6101405152600452602461014051fd5b929350839260015f610c57565b61014051610d3f91612237565b61014051610bce575f610d07565b91939650919394606319898203018552863584811215610bce576020610d78600193858394016127c0565b980195019201889695949391610ccf565b8663086a9f7560e41b6101405152600452602461014051fd5b34610bce576020366003190112610bce57610dbb6122ab565b3361014051526101405160205260016040610140512001908154916dffffffffffffffffffffffffffff8360081c16928315610f615760981c65ffffffffffff168015610f1d574210610ed95780547fffffffffffffff000000000000000000000000000000000000000000000000ff169055604080516001600160a01b03831681526020810184905233917fb7c918e0e249f999e965cafeb6c664271b3f4317d296461500e71da39f0cbda391a261014051918291829182916001600160a01b03165af1610e886123e7565b5015610e95576101405180f35b606460405162461bcd60e51b815260206004820152601860248201527f6661696c656420746f207769746864726177207374616b6500000000000000006044820152fd5b606460405162461bcd60e51b815260206004820152601b60248201527f5374616b65207769746864726177616c206973206e6f742064756500000000006044820152fd5b606460405162461bcd60e51b815260206004820152601d60248201527f6d7573742063616c6c20756e6c6f636b5374616b6528292066697273740000006044820152fd5b606460405162461bcd60e51b815260206004820152601460248201527f4e6f207374616b6520746f2077697468647261770000000000000000000000006044820152fd5b34610bce5761014051366003190112610bce573361014051526101405160205260016040610140512001805463ffffffff8160781c169081156110d55760ff16156110915765ffffffffffff4216019065ffffffffffff82116110775780547fffffffffffffff000000000000ffffffffffffffffffffffffffffffffffff001665ffffffffffff60981b609884901b1617905560405165ffffffffffff909116815233907ffa9b3c14cc825c412c9ed81b3ba365a5b459439403f18829e572ed53a4180f0a90602090a26101405180f35b634e487b7160e01b61014051526011600452602461014051fd5b606460405162461bcd60e51b815260206004820152601160248201527f616c726561647920756e7374616b696e670000000000000000000000000000006044820152fd5b606460405162461bcd60e51b815260206004820152600a60248201527f6e6f74207374616b6564000000000000000000000000000000000000000000006044820152fd5b6020366003190112610bce576111356111306122ab565b612696565b6101405180f35b34610bce576020366003190112610bce5760043567ffffffffffffffff8111610bce5760206111726111949236906004016122c1565b6040519384928392632b870d1b60e11b84528560048501526024840191612676565b0381610140516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165af18015611241576001600160a01b03916101405191611212575b507f6ca7b80600000000000000000000000000000000000000000000000000000000610140515216600452602461014051fd5b611234915060203d60201161123a575b61122c8183612237565b810190612657565b826111df565b503d611222565b6040513d61014051823e3d90fd5b34610bce576040366003190112610bce576112686122ab565b60243567ffffffffffffffff8111610bce576112889036906004016122c1565b604051929181908437820190610140518252610140519280610140519303915af46112b16123e7565b906108836040519283927f994105540000000000000000000000000000000000000000000000000000000084521515600484015260406024840152604483019061236d565b34610bce5761014051366003190112610bce576113b66113357f0000000000000000000000000000000000000000000000000000000000000000613b2f565b61135e7f0000000000000000000000000000000000000000000000000000000000000000613b2f565b604051906020906113c4906113738385612237565b6101405184525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e087019061236d565b90858203604087015261236d565b4660608501523060808501526101405160a085015283810360c0850152818084519283815201930191610140515b82811061140157505050500390f35b8351855286955093810193928101926001016113f2565b34610bce5761142636612305565b611431929192612b6a565b61143a8361255a565b611445818585612bde565b5061014051927fbb47ee3e183a558b1a2ff0874b079f3fc5478b7454eacf2bfc5af2ff5878f9728480a161014051915b858310611486576101b4858561390e565b9091936001906114ac61149a87898761260c565b6114a48886612643565b519088613419565b0194019190611475565b34610bce576020366003190112610bce576001600160a01b036114d76122ab565b1661014051526101405160205260206040610140512054604051908152f35b34610bce576020366003190112610bce576001600160a01b036115176122ab565b604051611523816121ce565b6101405181526101405160208201526101405160408201526101405160608201526080610140519101521661014051526101405160205260a06040610140512065ffffffffffff604051611576816121ce565b63ffffffff60018454948584520154916dffffffffffffffffffffffffffff6020820160ff8516151581526040830190828660081c1682528660806060860195878960781c168752019660981c1686526040519788525115156020880152511660408601525116606084015251166080820152f35b34610bce576040366003190112610bce5760206116066122ab565b6001600160a01b036116166122ef565b9116610140515260018252604061014051206001600160c01b0382165f52825260405f20546040519167ffffffffffffffff199060401b16178152f35b34610bce576020366003190112610bce5760043567ffffffffffffffff8111610bce576101206003198236030112610bce57611693602091600401612416565b604051908152f35b34610bce576040366003190112610bce576116b46122ab565b602435903361014051526101405160205260406101405120805480841161178c57836116df916123da565b9055604080516001600160a01b03831681526020810184905233917fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb91a261014051918291829182916001600160a01b03165af161173b6123e7565b5015611748576101405180f35b606460405162461bcd60e51b815260206004820152601260248201527f6661696c656420746f20776974686472617700000000000000000000000000006044820152fd5b606460405162461bcd60e51b815260206004820152601960248201527f576974686472617720616d6f756e7420746f6f206c61726765000000000000006044820152fd5b34610bce576040366003190112610bce576117e96122ab565b6001600160a01b036117f96122ef565b9116610140515260016020526001600160c01b036040610140512091165f52602052602060405f2054604051908152f35b34610bce5761014051366003190112610bce5760206040517f29a0bca4af4be3421398da00295e58e6d7de38cb492214754cb6a47507dd6f8e8152f35b34610bce5761014051366003190112610bce5760206116936128b4565b34610bce576020366003190112610bce576004356001600160c01b0381168103610bce5733610140515260016020526001600160c01b036040610140512091165f5260205260405f206118d781546123cc565b90556101405180f35b34610bce5761014051366003190112610bce5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b6020366003190112610bce5760043563ffffffff8116809103610bce573361014051526101405160205260406101405120908015611b9957600182015463ffffffff8160781c168210611b5557611991906dffffffffffffffffffffffffffff349160081c166123ab565b918215611b11576dffffffffffffffffffffffffffff8311611acd5754604051611a95916119be826121ce565b8152600160208083018281526dffffffffffffffffffffffffffff87166040808601918252606086018881526101408051608089019081528151339052905195869052919094209551865591519490930180549351925191517fffffffffffffff0000000000000000000000000000000000000000000000000090941660ff951515959095169490941760089290921b6effffffffffffffffffffffffffff00169190911760789190911b72ffffffff000000000000000000000000000000161760989190911b65ffffffffffff60981b16179055565b60405191825260208201527fa5ae833d0bb1dcd632d98a8b70973e8516812898e19bf27b70071ebc8dc52c0160403392a26101405180f35b606460405162461bcd60e51b815260206004820152600e60248201527f7374616b65206f766572666c6f770000000000000000000000000000000000006044820152fd5b606460405162461bcd60e51b815260206004820152601260248201527f6e6f207374616b652073706563696669656400000000000000000000000000006044820152fd5b606460405162461bcd60e51b815260206004820152601c60248201527f63616e6e6f7420646563726561736520756e7374616b652074696d65000000006044820152fd5b606460405162461bcd60e51b815260206004820152601a60248201527f6d757374207370656369667920756e7374616b652064656c61790000000000006044820152fd5b34610bce576020366003190112610bce576004357fffffffff000000000000000000000000000000000000000000000000000000008116809103610bce57807f6930d3ee0000000000000000000000000000000000000000000000000000000060209214908115611ce7575b8115611cbd575b8115611c93575b8115611c69575b506040519015158152f35b7f01ffc9a70000000000000000000000000000000000000000000000000000000091501482611c5e565b7f3e84f0210000000000000000000000000000000000000000000000000000000081149150611c57565b7fcf28ef970000000000000000000000000000000000000000000000000000000081149150611c50565b7f989ccc580000000000000000000000000000000000000000000000000000000081149150611c49565b346120bb576102003660031901126120bb5760043567ffffffffffffffff81116120bb57366023820112156120bb57611d54903690602481600401359101612275565b36602319016101c081126120bb5761014060405191611d72836121ce565b126120bb57604051611d83816121fe565b6024356001600160a01b03811681036120bb57815260443560208201526064356040820152608435606082015260a435608082015260c43560a082015260e43560c0820152610104356001600160a01b03811681036120bb5760e082015261012435610100820152610144356101208201528152602081019161016435835260408201906101843582526101a435606084015260808301916101c43583526101e43567ffffffffffffffff81116120bb57611e429036906004016122c1565b955a9030330361218a578651606081015195603f5a0260061c61271060a08401518901011161217b575f96815191826120db575b505050505090611e8e915a9003855101963691612275565b925a93855161010081015161012082015148018082105f146120d35750975b611ecd6001600160a01b0360e084015116945182036060840151906139bd565b01925f9281611f97575050516001600160a01b0316945b5a900301019485029051928184105f14611f505750506003811015611f3657600203611f2157602092816116939293611f1c81613aaa565b6139dc565b63deadaa5160e01b6101405152602061014051fd5b634e487b7160e01b61014051526021600452602461014051fd5b81611f7992959496939603906001600160a01b03165f525f60205260405f209081540180915590565b506003841015611f365782611f92926020951590613a43565b611693565b909691878251611faa575b505050611ee4565b90919293505a9260038810156120bf5760028803611fe0575b505060a0611fd7925a9003910151906139bd565b90888080611fa2565b60a083015191803b156120bb578b925f928361203c938c8b88604051998a98899788957f7c627b21000000000000000000000000000000000000000000000000000000008752600487015260806024870152608486019061236d565b9202604484015260648301520393f190816120a6575b5061209c57610883612062612887565b6040519182917fad7954bc00000000000000000000000000000000000000000000000000000000835260206004840152602483019061236d565b60a0611fd7611fc3565b5f6120b091612237565b5f610140528a612052565b5f80fd5b634e487b7160e01b5f52602160045260245ffd5b905097611ead565b915f929183809360206001600160a01b03885116910192f115612101575b808080611e76565b611e8e9392955060405191612114612887565b90815161212d575b5050506040526001939091886120f9565b7f1c4fada7374c0a9ee8841fc38afe82932dc0f8e69012e927f061a8bae611a20190519160206001600160a01b0385511694015161217060405192839283612391565b0390a388808061211c565b63deaddead60e01b5f5260205ffd5b606460405162461bcd60e51b815260206004820152601760248201527f4141393220696e7465726e616c2063616c6c206f6e6c790000000000000000006044820152fd5b60a0810190811067ffffffffffffffff8211176121ea57604052565b634e487b7160e01b5f52604160045260245ffd5b610140810190811067ffffffffffffffff8211176121ea57604052565b6060810190811067ffffffffffffffff8211176121ea57604052565b90601f8019910116810190811067ffffffffffffffff8211176121ea57604052565b67ffffffffffffffff81116121ea57601f01601f191660200190565b92919261228182612259565b9161228f6040519384612237565b8294818452818301116120bb578281602093845f960137010152565b600435906001600160a01b03821682036120bb57565b9181601f840112156120bb5782359167ffffffffffffffff83116120bb57602083818601950101116120bb57565b602435906001600160c01b03821682036120bb57565b9060406003198301126120bb5760043567ffffffffffffffff81116120bb5760040182601f820112156120bb5780359267ffffffffffffffff84116120bb576020808301928560051b0101116120bb5791906024356001600160a01b03811681036120bb5790565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b6040906123a893928152816020820152019061236d565b90565b919082018092116123b857565b634e487b7160e01b5f52601160045260245ffd5b5f1981146123b85760010190565b919082039182116123b857565b3d15612411573d906123f882612259565b916124066040519384612237565b82523d5f602084013e565b606090565b604290612422816129d0565b61242a6128b4565b9161243481612747565b91801561252557905b60c061244c606083018361275b565b9081604051918237209161246360e082018261275b565b90816040519182372092604051946001600160a01b0360208701977f29a0bca4af4be3421398da00295e58e6d7de38cb492214754cb6a47507dd6f8e895216604087015260208301356060870152608086015260a085015260808101358285015260a081013560e0850152013561010083015261012082015261012081526124ed61014082612237565b519020604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b50612533604082018261275b565b9081604051918237209061243d565b67ffffffffffffffff81116121ea5760051b60200190565b9061256482612542565b6125716040519182612237565b8281528092612582601f1991612542565b01905f5b82811061259257505050565b6020906040516125a1816121ce565b6040516125ad816121fe565b5f81525f848201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201525f6101008201525f61012082015281525f838201525f60408201525f60608201525f608082015282828501015201612586565b919081101561262f5760051b8101359061011e19813603018212156120bb570190565b634e487b7160e01b5f52603260045260245ffd5b805182101561262f5760209160051b010190565b908160209103126120bb57516001600160a01b03811681036120bb5790565b908060209392818452848401375f828201840152601f01601f1916010190565b7f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c460206001600160a01b036126e334856001600160a01b03165f525f60205260405f209081540180915590565b936040519485521692a2565b919081101561262f5760051b81013590605e19813603018212156120bb570190565b903590601e19813603018212156120bb570180359067ffffffffffffffff82116120bb57602001918160051b360383136120bb57565b356001600160a01b03811681036120bb5790565b903590601e19813603018212156120bb570180359067ffffffffffffffff82116120bb576020019181360383136120bb57565b9035601e19823603018112156120bb57016020813591019167ffffffffffffffff82116120bb5781360383136120bb57565b8035916001600160a01b03831683036120bb576001600160a01b036123a8931681526020820135602082015261287861286c612833612818612805604087018761278e565b6101206040880152610120870191612676565b612825606087018761278e565b908683036060880152612676565b6080850135608085015260a085013560a085015260c085013560c085015261285e60e086018661278e565b9085830360e0870152612676565b9261010081019061278e565b91610100818503910152612676565b3d61080081116128ab575b604051906020818301016040528082525f602083013e90565b50610800612892565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163014806129a7575b1561290f577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a081526129a160c082612237565b51902090565b507f000000000000000000000000000000000000000000000000000000000000000046146128e6565b6129dd604082018261275b565b90916129e98284613aed565b15612b63576129f790612747565b60175f80833c5f51907fef010000000000000000000000000000000000000000000000000000000000007fffffff0000000000000000000000000000000000000000000000000000000000831603612ad5575060181b9160148211612a835750506040516bffffffffffffffffffffffff199091166020820190815260148252906129a1603482612237565b816014116120bb576040516bffffffffffffffffffffffff1990931660208481019182529093926129a192849190601319820190601401603484013781015f838201520301601f198101835282612237565b3b15612b1f57606460405162461bcd60e51b815260206004820152601860248201527f6e6f7420616e204549502d373730322064656c656761746500000000000000006044820152fd5b606460405162461bcd60e51b815260206004820152601260248201527f73656e64657220686173206e6f20636f646500000000000000000000000000006044820152fd5b5050505f90565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c612bb65760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b92919092835f5b818110612bf25750505050565b612bfc8185612643565b51612c0882848661260c565b5f915a8151926001600160a01b03612c1f82612747565b168452602081013560208501526080810135936fffffffffffffffffffffffffffffffff8560801c951694604082019060608301968752815260c0820160a0840135815260c0840135906fffffffffffffffffffffffffffffffff8260801c92169161012085019061010086019384528152612c9e60e087018761275b565b90816133b3575b5050604051612cb387612416565b9960208a019a8b528160405285519586855117825117926effffffffffffffffffffffffffffff60808a01948551179560a08b01968751178951179051171161336a575051905101905101905101905101905102956040860191878352896001600160a01b0360e08951612d3b8b8483511695612d3360408d018d61275b565b929091613c19565b015116985f998015613343575b8951604081015190516001600160a01b031680916040519d8e808d8b519360208301946306608bdf60e21b86526024840192612d8393613fc2565b03601f1981018252612d959082612237565b51905f6020948194f15f519c3d60200361333b575b60405215613292575015613231575b50506001600160a01b038451166020850151905f52600160205260405f206001600160c01b038260401c165f5260205267ffffffffffffffff60405f2091825492612e03846123cc565b905516036131e5575a860311613199576001600160a01b0360e0606094015116612fb9575b50506001600160a01b03949260a085936080936060612e529801520135905a900301910152613b86565b9116612f6d57612f2157612e6d6001600160a01b0391613b86565b9116612ed557612e7f57600101612be5565b60a49060405190631101335b60e11b8252600482015260406024820152602160448201527f41413332207061796d61737465722065787069726564206f72206e6f742064756064820152606560f81b6084820152fd5b60848260405190631101335b60e11b8252600482015260406024820152601460448201527f41413334207369676e6174757265206572726f720000000000000000000000006064820152fd5b60848260405190631101335b60e11b8252600482015260406024820152601760448201527f414132322065787069726564206f72206e6f74206475650000000000000000006064820152fd5b60848360405190631101335b60e11b8252600482015260406024820152601460448201527f41413234207369676e6174757265206572726f720000000000000000000000006064820152fd5b909c9b9a99989796505a9085519d60e08f01516001600160a01b03168151612fe091613fe4565b1561314d5761301a6314add44b60e21b999a9b9c9d9e9f608001519261074d60405193849251905190602084019d8e528960248501613fc2565b5f8088518b8260806001600160a01b0360e08501511693015192865193f1983d90815f843e51948251604084019b8c519015918215613141575b50811561312f575b506130db5750601f01601f1916016040819052915a9003116130825750948260a0612e28565b8088631101335b60e11b60a49352600482015260406024820152602760448201527f41413336206f766572207061796d6173746572566572696669636174696f6e47606482015266185cd31a5b5a5d60ca1b6084820152fd5b8b6108836130e7612887565b6040519384936365c8fd4d60e01b855260048501526024840152600d60648401526c10504cccc81c995d995c9d1959609a1b608484015260a0604484015260a483019061236d565b9050601f605f1984019101105f61305c565b6040141591505f613054565b60848960405190631101335b60e11b8252600482015260406024820152601e60448201527f41413331207061796d6173746572206465706f73697420746f6f206c6f7700006064820152fd5b60848960405190631101335b60e11b8252600482015260406024820152601e60448201527f41413236206f76657220766572696669636174696f6e4761734c696d697400006064820152fd5b60848a60405190631101335b60e11b8252600482015260406024820152601a60448201527f4141323520696e76616c6964206163636f756e74206e6f6e63650000000000006064820152fd5b61323a91613fe4565b15613246575f80612db9565b60848a60405190631101335b60e11b8252600482015260406024820152601760448201527f41413231206469646e2774207061792070726566756e640000000000000000006064820152fd5b8d903b6132e55760849060405190631101335b60e11b8252600482015260406024820152601960448201527f41413230206163636f756e74206e6f74206465706c6f796564000000000000006064820152fd5b6132ed612887565b906108836040519283926365c8fd4d60e01b8452600484015260606024840152600d60648401526c10504c8cc81c995d995c9d1959609a1b608484015260a0604484015260a483019061236d565b5f9150612daa565b9950815f525f60205260405f20548181115f1461336357505f5b99612d48565b810361335d565b808f631101335b60e11b60849352600482015260406024820152601860448201527f41413934206761732076616c756573206f766572666c6f7700000000000000006064820152fd5b60348210610bd557816014116120bb57803560601c91602481106120bb576014820135906034116120bb576fffffffffffffffffffffffffffffffff60248193013560801c1660a089015260801c1660808701528015610b8a5760e08601525f80612ca5565b9092915a60608201516040519586613434606083018361275b565b5f60038211613906575b7fffffffff0000000000000000000000000000000000000000000000000000000016638dd7712f60e01b03613807575050505f6134e261359e6134a76134bb602095868a0151604051938492638dd7712f60e01b8a8501526040602485015260648401906127c0565b90604483015203601f198101835282612237565b61074d6040519384926242dc5360e01b88850152610200602485015261022484019061236d565b61358b604484018b60806101a09161012081516001600160a01b038151168652602081015160208701526040810151604087015260608101516060870152838101518487015260a081015160a087015260c081015160c08701526001600160a01b0360e08201511660e087015261010081015161010087015201516101208501526020810151610140850152604081015161016085015260608101516101808501520151910152565b828103602319016102048401528761236d565b828151910182305af15f5196604052156135b9575b50505050565b9091929394505f3d6020146137fa575b63deaddead60e01b81036136235760848560405190631101335b60e11b8252600482015260406024820152600f60448201527f41413935206f7574206f662067617300000000000000000000000000000000006064820152fd5b929350909163deadaa5160e01b0361366d5750613652613647613662925a906123da565b6080840151906123ab565b604083015183611f1c8295613aaa565b905b5f8080806135b3565b906136d39060405160208501518551907ff62676f440ff169a3a9afdbf812e89e7f95975ee8e5c31214ffdef631c5f479260206001600160a01b038451169301516136b6612887565b906136c660405192839283612391565b0390a36040525a906123da565b6136e360808401918251906123ab565b915f905a92855161010081015161012082015148018082105f146137f25750955b6137246001600160a01b0360e084015116935182036060840151906139bd565b01925f92806137c3575050516001600160a01b0316935b5a900301019283026040850151928184105f14613784575050806137705750908161376a9293611f1c81613aaa565b90613664565b80634e487b7160e01b602492526021600452fd5b6137ac90828493979503906001600160a01b03165f525f60205260405f209081540180915590565b50613770575090825f6137be93613a43565b61376a565b959190516137d2575b5061373b565b935090506137eb5a9360a05f955a9003910151906139bd565b905f6137cc565b905095613704565b5060205f803e5f516135c9565b6138fd93506138ef91613833916242dc5360e01b60208601526102006024860152610224850191612676565b6138dc604484018860806101a09161012081516001600160a01b038151168652602081015160208701526040810151604087015260608101516060870152838101518487015260a081015160a087015260c081015160c08701526001600160a01b0360e08201511660e087015261010081015161010087015201516101208501526020810151610140850152604081015161016085015260608101516101808501520151910152565b828103602319016102048401528461236d565b03601f198101885287612237565b60205f8761359e565b50813561343e565b6001600160a01b03168015613979575f80809381935af161392d6123e7565b501561393557565b606460405162461bcd60e51b815260206004820152601f60248201527f41413931206661696c65642073656e6420746f2062656e6566696369617279006044820152fd5b606460405162461bcd60e51b815260206004820152601860248201527f4141393020696e76616c69642062656e656669636961727900000000000000006044820152fd5b90619c4082018111156139d657606491600a9103020490565b50505f90565b9190917f49628fd1471006c1482da88028e9ce4dbb080b815c9b0344d39e5a8e6ec1419f608060208301519251946001600160a01b038651169460206001600160a01b0360e089015116970151916040519283525f602084015260408301526060820152a4565b9060807f49628fd1471006c1482da88028e9ce4dbb080b815c9b0344d39e5a8e6ec1419f9160208401519351956001600160a01b038751169560206001600160a01b0360e08a015116980151926040519384521515602084015260408301526060820152a4565b60208101519051907f67b4fa9642f42120bf031f3051d1824b0fe25627945b27b8a6a65d5761d5482e6020806001600160a01b03855116940151604051908152a3565b90600211613b2a57356bffffffffffffffffffffffff19167f77020000000000000000000000000000000000000000000000000000000000001490565b505f90565b60ff811690601f8211613b5e5760405191613b4b604084612237565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b8015613c12575f60408051613b9a8161221b565b82815282602082015201526001600160a01b0381169065ffffffffffff8160a01c16908115613c04575b60409060d01c9165ffffffffffff825191613bde8361221b565b8583528460208401521691829101524211908115613bfb57509091565b90504211159091565b65ffffffffffff9150613bc4565b505f905f90565b929190915f9080613c2c575b5050505050565b8351946001600160a01b0386511695613c458386613aed565b613eec5750853b613ea05760148210613e545760408551015160206040518092632b870d1b60e11b8252826004830152818781613c86602482018a8d612676565b03926001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690f1908115613e49578491613e2a575b506001600160a01b0381168015613dde578703613d92573b15613d465750601411613d43577fd51a9c61267aa6196961883ecf5ff2da6619c37dac0fa92122513fb32c032d2d9160409150356001600160a01b0360e0602086015195510151166001600160a01b0383519260601c1682526020820152a35f80808080613c25565b80fd5b60849060405190631101335b60e11b8252600482015260406024820152602060448201527f4141313520696e6974436f6465206d757374206372656174652073656e6465726064820152fd5b60848260405190631101335b60e11b8252600482015260406024820152602060448201527f4141313420696e6974436f6465206d7573742072657475726e2073656e6465726064820152fd5b60848360405190631101335b60e11b8252600482015260406024820152601b60448201527f4141313320696e6974436f6465206661696c6564206f72204f4f4700000000006064820152fd5b613e43915060203d60201161123a5761122c8183612237565b5f613cc2565b6040513d86823e3d90fd5b60849060405190631101335b60e11b8252600482015260406024820152601760448201527f4141393920696e6974436f646520746f6f20736d616c6c0000000000000000006064820152fd5b60849060405190631101335b60e11b8252600482015260406024820152601f60448201527f414131302073656e64657220616c726561647920636f6e7374727563746564006064820152fd5b94505091905060148211613f005750505050565b60406001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001693015190826014116120bb57833b156120bb575f8094613f9196604051978896879586937fc09ad0d900000000000000000000000000000000000000000000000000000000855260048501526040602485015260146044850192601319019101612676565b0393f18015613fb757613fa7575b8080806135b3565b5f613fb191612237565b5f613f9f565b6040513d5f823e3d90fd5b613fda604092959493956060835260608301906127c0565b9460208201520152565b6001600160a01b03165f525f60205260405f20908154818110612b63570390556001905660a08060405234602f57336080526103989081610034823960805181818160a0015281816101b401526102360152f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c8063570e1a36146101d8578063b0d691fe146101955763c09ad0d91461003a575f80fd5b34610191576040366003190112610191576004356001600160a01b03811681036101915760243567ffffffffffffffff81116101915736602382011215610191575f91610092839236906024816004013591016102ae565b906100c76001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163314610333565b82602083519301915af1156100d857005b3d6108008111610188575b60c460405160208382010160405282815260208101925f843e6040519283917f65c8fd4d0000000000000000000000000000000000000000000000000000000083525f600484015260606024840152601f60648401527f4141313320454950373730322073656e64657220696e6974206661696c656400608484015260a060448401525180918160a48501528484015e5f828201840152601f01601f19168101030190fd5b506108006100e3565b5f80fd5b34610191575f3660031901126101915760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101915760203660031901126101915760043567ffffffffffffffff811161019157366023820112156101915780600401359067ffffffffffffffff8211610191573660248383010111610191575f9161025d6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163314610333565b806014116101915760209161027c5f92369060131901603884016102ae565b90826024858451940192013560601c5af16102a6575b6020906001600160a01b0360405191168152f35b505f51610292565b92919267ffffffffffffffff82116103065760405191601f8101601f19908116603f0116830167ffffffffffffffff81118482101761030657604052829481845281830111610191578281602093845f960137010152565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b1561033a57565b60646040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152602060248201527f414139372073686f756c642063616c6c2066726f6d20456e747279506f696e746044820152fd",
}

// EntryPointABI is the input ABI used to generate the binding from.
// Deprecated: Use EntryPointMetaData.ABI instead.
var EntryPointABI = EntryPointMetaData.ABI

// EntryPointBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use EntryPointMetaData.Bin instead.
var EntryPointBin = EntryPointMetaData.Bin

// DeployEntryPoint deploys a new Ethereum contract, binding an instance of EntryPoint to it.
func DeployEntryPoint(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *EntryPoint, error) {
	parsed, err := EntryPointMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(EntryPointBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &EntryPoint{EntryPointCaller: EntryPointCaller{contract: contract}, EntryPointTransactor: EntryPointTransactor{contract: contract}, EntryPointFilterer: EntryPointFilterer{contract: contract}}, nil
}

// EntryPoint is an auto generated Go binding around an Ethereum contract.
type EntryPoint struct {
	EntryPointCaller     // Read-only binding to the contract
	EntryPointTransactor // Write-only binding to the contract
	EntryPointFilterer   // Log filterer for contract events
}

// EntryPointCaller is an auto generated read-only Go binding around an Ethereum contract.
type EntryPointCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EntryPointTransactor is an auto generated write-only Go binding around an Ethereum contract.
type EntryPointTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EntryPointFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type EntryPointFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EntryPointSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type EntryPointSession struct {
	Contract     *EntryPoint       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// EntryPointCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type EntryPointCallerSession struct {
	Contract *EntryPointCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// EntryPointTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type EntryPointTransactorSession struct {
	Contract     *EntryPointTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// EntryPointRaw is an auto generated low-level Go binding around an Ethereum contract.
type EntryPointRaw struct {
	Contract *EntryPoint // Generic contract binding to access the raw methods on
}

// EntryPointCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type EntryPointCallerRaw struct {
	Contract *EntryPointCaller // Generic read-only contract binding to access the raw methods on
}

// EntryPointTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type EntryPointTransactorRaw struct {
	Contract *EntryPointTransactor // Generic write-only contract binding to access the raw methods on
}

// NewEntryPoint creates a new instance of EntryPoint, bound to a specific deployed contract.
func NewEntryPoint(address common.Address, backend bind.ContractBackend) (*EntryPoint, error) {
	contract, err := bindEntryPoint(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &EntryPoint{EntryPointCaller: EntryPointCaller{contract: contract}, EntryPointTransactor: EntryPointTransactor{contract: contract}, EntryPointFilterer: EntryPointFilterer{contract: contract}}, nil
}

// NewEntryPointCaller creates a new read-only instance of EntryPoint, bound to a specific deployed contract.
func NewEntryPointCaller(address common.Address, caller bind.ContractCaller) (*EntryPointCaller, error) {
	contract, err := bindEntryPoint(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &EntryPointCaller{contract: contract}, nil
}

// NewEntryPointTransactor creates a new write-only instance of EntryPoint, bound to a specific deployed contract.
func NewEntryPointTransactor(address common.Address, transactor bind.ContractTransactor) (*EntryPointTransactor, error) {
	contract, err := bindEntryPoint(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &EntryPointTransactor{contract: contract}, nil
}

// NewEntryPointFilterer creates a new log filterer instance of EntryPoint, bound to a specific deployed contract.
func NewEntryPointFilterer(address common.Address, filterer bind.ContractFilterer) (*EntryPointFilterer, error) {
	contract, err := bindEntryPoint(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &EntryPointFilterer{contract: contract}, nil
}

// bindEntryPoint binds a generic wrapper to an already deployed contract.
func bindEntryPoint(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := EntryPointMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_EntryPoint *EntryPointRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _EntryPoint.Contract.EntryPointCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_EntryPoint *EntryPointRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _EntryPoint.Contract.EntryPointTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_EntryPoint *EntryPointRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _EntryPoint.Contract.EntryPointTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_EntryPoint *EntryPointCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _EntryPoint.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_EntryPoint *EntryPointTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _EntryPoint.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_EntryPoint *EntryPointTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _EntryPoint.Contract.contract.Transact(opts, method, params...)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_EntryPoint *EntryPointCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _EntryPoint.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_EntryPoint *EntryPointSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _EntryPoint.Contract.BalanceOf(&_EntryPoint.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_EntryPoint *EntryPointCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _EntryPoint.Contract.BalanceOf(&_EntryPoint.CallOpts, account)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_EntryPoint *EntryPointCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _EntryPoint.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_EntryPoint *EntryPointSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _EntryPoint.Contract.Eip712Domain(&_EntryPoint.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_EntryPoint *EntryPointCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _EntryPoint.Contract.Eip712Domain(&_EntryPoint.CallOpts)
}

// GetDepositInfo is a free data retrieval call binding the contract method 0x5287ce12.
//
// Solidity: function getDepositInfo(address account) view returns((uint256,bool,uint112,uint32,uint48) info)
func (_EntryPoint *EntryPointCaller) GetDepositInfo(opts *bind.CallOpts, account common.Address) (IStakeManagerDepositInfo, error) {
	var out []interface{}
	err := _EntryPoint.contract.Call(opts, &out, "getDepositInfo", account)

	if err != nil {
		return *new(IStakeManagerDepositInfo), err
	}

	out0 := *abi.ConvertType(out[0], new(IStakeManagerDepositInfo)).(*IStakeManagerDepositInfo)

	return out0, err

}

// GetDepositInfo is a free data retrieval call binding the contract method 0x5287ce12.
//
// Solidity: function getDepositInfo(address account) view returns((uint256,bool,uint112,uint32,uint48) info)
func (_EntryPoint *EntryPointSession) GetDepositInfo(account common.Address) (IStakeManagerDepositInfo, error) {
	return _EntryPoint.Contract.GetDepositInfo(&_EntryPoint.CallOpts, account)
}

// GetDepositInfo is a free data retrieval call binding the contract method 0x5287ce12.
//
// Solidity: function getDepositInfo(address account) view returns((uint256,bool,uint112,uint32,uint48) info)
func (_EntryPoint *EntryPointCallerSession) GetDepositInfo(account common.Address) (IStakeManagerDepositInfo, error) {
	return _EntryPoint.Contract.GetDepositInfo(&_EntryPoint.CallOpts, account)
}

// GetDomainSeparatorV4 is a free data retrieval call binding the contract method 0x13c65a6e.
//
// Solidity: function getDomainSeparatorV4() view returns(bytes32)
func (_EntryPoint *EntryPointCaller) GetDomainSeparatorV4(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _EntryPoint.contract.Call(opts, &out, "getDomainSeparatorV4")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetDomainSeparatorV4 is a free data retrieval call binding the contract method 0x13c65a6e.
//
// Solidity: function getDomainSeparatorV4() view returns(bytes32)
func (_EntryPoint *EntryPointSession) GetDomainSeparatorV4() ([32]byte, error) {
	return _EntryPoint.Contract.GetDomainSeparatorV4(&_EntryPoint.CallOpts)
}

// GetDomainSeparatorV4 is a free data retrieval call binding the contract method 0x13c65a6e.
//
// Solidity: function getDomainSeparatorV4() view returns(bytes32)
func (_EntryPoint *EntryPointCallerSession) GetDomainSeparatorV4() ([32]byte, error) {
	return _EntryPoint.Contract.GetDomainSeparatorV4(&_EntryPoint.CallOpts)
}

// GetNonce is a free data retrieval call binding the contract method 0x35567e1a.
//
// Solidity: function getNonce(address sender, uint192 key) view returns(uint256 nonce)
func (_EntryPoint *EntryPointCaller) GetNonce(opts *bind.CallOpts, sender common.Address, key *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _EntryPoint.contract.Call(opts, &out, "getNonce", sender, key)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetNonce is a free data retrieval call binding the contract method 0x35567e1a.
//
// Solidity: function getNonce(address sender, uint192 key) view returns(uint256 nonce)
func (_EntryPoint *EntryPointSession) GetNonce(sender common.Address, key *big.Int) (*big.Int, error) {
	return _EntryPoint.Contract.GetNonce(&_EntryPoint.CallOpts, sender, key)
}

// GetNonce is a free data retrieval call binding the contract method 0x35567e1a.
//
// Solidity: function getNonce(address sender, uint192 key) view returns(uint256 nonce)
func (_EntryPoint *EntryPointCallerSession) GetNonce(sender common.Address, key *big.Int) (*big.Int, error) {
	return _EntryPoint.Contract.GetNonce(&_EntryPoint.CallOpts, sender, key)
}

// GetPackedUserOpTypeHash is a free data retrieval call binding the contract method 0x154e58dc.
//
// Solidity: function getPackedUserOpTypeHash() pure returns(bytes32)
func (_EntryPoint *EntryPointCaller) GetPackedUserOpTypeHash(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _EntryPoint.contract.Call(opts, &out, "getPackedUserOpTypeHash")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetPackedUserOpTypeHash is a free data retrieval call binding the contract method 0x154e58dc.
//
// Solidity: function getPackedUserOpTypeHash() pure returns(bytes32)
func (_EntryPoint *EntryPointSession) GetPackedUserOpTypeHash() ([32]byte, error) {
	return _EntryPoint.Contract.GetPackedUserOpTypeHash(&_EntryPoint.CallOpts)
}

// GetPackedUserOpTypeHash is a free data retrieval call binding the contract method 0x154e58dc.
//
// Solidity: function getPackedUserOpTypeHash() pure returns(bytes32)
func (_EntryPoint *EntryPointCallerSession) GetPackedUserOpTypeHash() ([32]byte, error) {
	return _EntryPoint.Contract.GetPackedUserOpTypeHash(&_EntryPoint.CallOpts)
}

// GetUserOpHash is a free data retrieval call binding the contract method 0x22cdde4c.
//
// Solidity: function getUserOpHash((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp) view returns(bytes32)
func (_EntryPoint *EntryPointCaller) GetUserOpHash(opts *bind.CallOpts, userOp PackedUserOperation) ([32]byte, error) {
	var out []interface{}
	err := _EntryPoint.contract.Call(opts, &out, "getUserOpHash", userOp)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetUserOpHash is a free data retrieval call binding the contract method 0x22cdde4c.
//
// Solidity: function getUserOpHash((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp) view returns(bytes32)
func (_EntryPoint *EntryPointSession) GetUserOpHash(userOp PackedUserOperation) ([32]byte, error) {
	return _EntryPoint.Contract.GetUserOpHash(&_EntryPoint.CallOpts, userOp)
}

// GetUserOpHash is a free data retrieval call binding the contract method 0x22cdde4c.
//
// Solidity: function getUserOpHash((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp) view returns(bytes32)
func (_EntryPoint *EntryPointCallerSession) GetUserOpHash(userOp PackedUserOperation) ([32]byte, error) {
	return _EntryPoint.Contract.GetUserOpHash(&_EntryPoint.CallOpts, userOp)
}

// NonceSequenceNumber is a free data retrieval call binding the contract method 0x1b2e01b8.
//
// Solidity: function nonceSequenceNumber(address , uint192 ) view returns(uint256)
func (_EntryPoint *EntryPointCaller) NonceSequenceNumber(opts *bind.CallOpts, arg0 common.Address, arg1 *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _EntryPoint.contract.Call(opts, &out, "nonceSequenceNumber", arg0, arg1)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// NonceSequenceNumber is a free data retrieval call binding the contract method 0x1b2e01b8.
//
// Solidity: function nonceSequenceNumber(address , uint192 ) view returns(uint256)
func (_EntryPoint *EntryPointSession) NonceSequenceNumber(arg0 common.Address, arg1 *big.Int) (*big.Int, error) {
	return _EntryPoint.Contract.NonceSequenceNumber(&_EntryPoint.CallOpts, arg0, arg1)
}

// NonceSequenceNumber is a free data retrieval call binding the contract method 0x1b2e01b8.
//
// Solidity: function nonceSequenceNumber(address , uint192 ) view returns(uint256)
func (_EntryPoint *EntryPointCallerSession) NonceSequenceNumber(arg0 common.Address, arg1 *big.Int) (*big.Int, error) {
	return _EntryPoint.Contract.NonceSequenceNumber(&_EntryPoint.CallOpts, arg0, arg1)
}

// SenderCreator is a free data retrieval call binding the contract method 0x09ccb880.
//
// Solidity: function senderCreator() view returns(address)
func (_EntryPoint *EntryPointCaller) SenderCreator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EntryPoint.contract.Call(opts, &out, "senderCreator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// SenderCreator is a free data retrieval call binding the contract method 0x09ccb880.
//
// Solidity: function senderCreator() view returns(address)
func (_EntryPoint *EntryPointSession) SenderCreator() (common.Address, error) {
	return _EntryPoint.Contract.SenderCreator(&_EntryPoint.CallOpts)
}

// SenderCreator is a free data retrieval call binding the contract method 0x09ccb880.
//
// Solidity: function senderCreator() view returns(address)
func (_EntryPoint *EntryPointCallerSession) SenderCreator() (common.Address, error) {
	return _EntryPoint.Contract.SenderCreator(&_EntryPoint.CallOpts)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_EntryPoint *EntryPointCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _EntryPoint.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_EntryPoint *EntryPointSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _EntryPoint.Contract.SupportsInterface(&_EntryPoint.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_EntryPoint *EntryPointCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _EntryPoint.Contract.SupportsInterface(&_EntryPoint.CallOpts, interfaceId)
}

// AddStake is a paid mutator transaction binding the contract method 0x0396cb60.
//
// Solidity: function addStake(uint32 unstakeDelaySec) payable returns()
func (_EntryPoint *EntryPointTransactor) AddStake(opts *bind.TransactOpts, unstakeDelaySec uint32) (*types.Transaction, error) {
	return _EntryPoint.contract.Transact(opts, "addStake", unstakeDelaySec)
}

// AddStake is a paid mutator transaction binding the contract method 0x0396cb60.
//
// Solidity: function addStake(uint32 unstakeDelaySec) payable returns()
func (_EntryPoint *EntryPointSession) AddStake(unstakeDelaySec uint32) (*types.Transaction, error) {
	return _EntryPoint.Contract.AddStake(&_EntryPoint.TransactOpts, unstakeDelaySec)
}

// AddStake is a paid mutator transaction binding the contract method 0x0396cb60.
//
// Solidity: function addStake(uint32 unstakeDelaySec) payable returns()
func (_EntryPoint *EntryPointTransactorSession) AddStake(unstakeDelaySec uint32) (*types.Transaction, error) {
	return _EntryPoint.Contract.AddStake(&_EntryPoint.TransactOpts, unstakeDelaySec)
}

// DelegateAndRevert is a paid mutator transaction binding the contract method 0x850aaf62.
//
// Solidity: function delegateAndRevert(address target, bytes data) returns()
func (_EntryPoint *EntryPointTransactor) DelegateAndRevert(opts *bind.TransactOpts, target common.Address, data []byte) (*types.Transaction, error) {
	return _EntryPoint.contract.Transact(opts, "delegateAndRevert", target, data)
}

// DelegateAndRevert is a paid mutator transaction binding the contract method 0x850aaf62.
//
// Solidity: function delegateAndRevert(address target, bytes data) returns()
func (_EntryPoint *EntryPointSession) DelegateAndRevert(target common.Address, data []byte) (*types.Transaction, error) {
	return _EntryPoint.Contract.DelegateAndRevert(&_EntryPoint.TransactOpts, target, data)
}

// DelegateAndRevert is a paid mutator transaction binding the contract method 0x850aaf62.
//
// Solidity: function delegateAndRevert(address target, bytes data) returns()
func (_EntryPoint *EntryPointTransactorSession) DelegateAndRevert(target common.Address, data []byte) (*types.Transaction, error) {
	return _EntryPoint.Contract.DelegateAndRevert(&_EntryPoint.TransactOpts, target, data)
}

// DepositTo is a paid mutator transaction binding the contract method 0xb760faf9.
//
// Solidity: function depositTo(address account) payable returns()
func (_EntryPoint *EntryPointTransactor) DepositTo(opts *bind.TransactOpts, account common.Address) (*types.Transaction, error) {
	return _EntryPoint.contract.Transact(opts, "depositTo", account)
}

// DepositTo is a paid mutator transaction binding the contract method 0xb760faf9.
//
// Solidity: function depositTo(address account) payable returns()
func (_EntryPoint *EntryPointSession) DepositTo(account common.Address) (*types.Transaction, error) {
	return _EntryPoint.Contract.DepositTo(&_EntryPoint.TransactOpts, account)
}

// DepositTo is a paid mutator transaction binding the contract method 0xb760faf9.
//
// Solidity: function depositTo(address account) payable returns()
func (_EntryPoint *EntryPointTransactorSession) DepositTo(account common.Address) (*types.Transaction, error) {
	return _EntryPoint.Contract.DepositTo(&_EntryPoint.TransactOpts, account)
}

// GetSenderAddress is a paid mutator transaction binding the contract method 0x9b249f69.
//
// Solidity: function getSenderAddress(bytes initCode) returns()
func (_EntryPoint *EntryPointTransactor) GetSenderAddress(opts *bind.TransactOpts, initCode []byte) (*types.Transaction, error) {
	return _EntryPoint.contract.Transact(opts, "getSenderAddress", initCode)
}

// GetSenderAddress is a paid mutator transaction binding the contract method 0x9b249f69.
//
// Solidity: function getSenderAddress(bytes initCode) returns()
func (_EntryPoint *EntryPointSession) GetSenderAddress(initCode []byte) (*types.Transaction, error) {
	return _EntryPoint.Contract.GetSenderAddress(&_EntryPoint.TransactOpts, initCode)
}

// GetSenderAddress is a paid mutator transaction binding the contract method 0x9b249f69.
//
// Solidity: function getSenderAddress(bytes initCode) returns()
func (_EntryPoint *EntryPointTransactorSession) GetSenderAddress(initCode []byte) (*types.Transaction, error) {
	return _EntryPoint.Contract.GetSenderAddress(&_EntryPoint.TransactOpts, initCode)
}

// HandleAggregatedOps is a paid mutator transaction binding the contract method 0xdbed18e0.
//
// Solidity: function handleAggregatedOps(((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes)[],address,bytes)[] opsPerAggregator, address beneficiary) returns()
func (_EntryPoint *EntryPointTransactor) HandleAggregatedOps(opts *bind.TransactOpts, opsPerAggregator []IEntryPointUserOpsPerAggregator, beneficiary common.Address) (*types.Transaction, error) {
	return _EntryPoint.contract.Transact(opts, "handleAggregatedOps", opsPerAggregator, beneficiary)
}

// HandleAggregatedOps is a paid mutator transaction binding the contract method 0xdbed18e0.
//
// Solidity: function handleAggregatedOps(((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes)[],address,bytes)[] opsPerAggregator, address beneficiary) returns()
func (_EntryPoint *EntryPointSession) HandleAggregatedOps(opsPerAggregator []IEntryPointUserOpsPerAggregator, beneficiary common.Address) (*types.Transaction, error) {
	return _EntryPoint.Contract.HandleAggregatedOps(&_EntryPoint.TransactOpts, opsPerAggregator, beneficiary)
}

// HandleAggregatedOps is a paid mutator transaction binding the contract method 0xdbed18e0.
//
// Solidity: function handleAggregatedOps(((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes)[],address,bytes)[] opsPerAggregator, address beneficiary) returns()
func (_EntryPoint *EntryPointTransactorSession) HandleAggregatedOps(opsPerAggregator []IEntryPointUserOpsPerAggregator, beneficiary common.Address) (*types.Transaction, error) {
	return _EntryPoint.Contract.HandleAggregatedOps(&_EntryPoint.TransactOpts, opsPerAggregator, beneficiary)
}

// HandleOps is a paid mutator transaction binding the contract method 0x765e827f.
//
// Solidity: function handleOps((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes)[] ops, address beneficiary) returns()
func (_EntryPoint *EntryPointTransactor) HandleOps(opts *bind.TransactOpts, ops []PackedUserOperation, beneficiary common.Address) (*types.Transaction, error) {
	return _EntryPoint.contract.Transact(opts, "handleOps", ops, beneficiary)
}

// HandleOps is a paid mutator transaction binding the contract method 0x765e827f.
//
// Solidity: function handleOps((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes)[] ops, address beneficiary) returns()
func (_EntryPoint *EntryPointSession) HandleOps(ops []PackedUserOperation, beneficiary common.Address) (*types.Transaction, error) {
	return _EntryPoint.Contract.HandleOps(&_EntryPoint.TransactOpts, ops, beneficiary)
}

// HandleOps is a paid mutator transaction binding the contract method 0x765e827f.
//
// Solidity: function handleOps((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes)[] ops, address beneficiary) returns()
func (_EntryPoint *EntryPointTransactorSession) HandleOps(ops []PackedUserOperation, beneficiary common.Address) (*types.Transaction, error) {
	return _EntryPoint.Contract.HandleOps(&_EntryPoint.TransactOpts, ops, beneficiary)
}

// IncrementNonce is a paid mutator transaction binding the contract method 0x0bd28e3b.
//
// Solidity: function incrementNonce(uint192 key) returns()
func (_EntryPoint *EntryPointTransactor) IncrementNonce(opts *bind.TransactOpts, key *big.Int) (*types.Transaction, error) {
	return _EntryPoint.contract.Transact(opts, "incrementNonce", key)
}

// IncrementNonce is a paid mutator transaction binding the contract method 0x0bd28e3b.
//
// Solidity: function incrementNonce(uint192 key) returns()
func (_EntryPoint *EntryPointSession) IncrementNonce(key *big.Int) (*types.Transaction, error) {
	return _EntryPoint.Contract.IncrementNonce(&_EntryPoint.TransactOpts, key)
}

// IncrementNonce is a paid mutator transaction binding the contract method 0x0bd28e3b.
//
// Solidity: function incrementNonce(uint192 key) returns()
func (_EntryPoint *EntryPointTransactorSession) IncrementNonce(key *big.Int) (*types.Transaction, error) {
	return _EntryPoint.Contract.IncrementNonce(&_EntryPoint.TransactOpts, key)
}

// InnerHandleOp is a paid mutator transaction binding the contract method 0x0042dc53.
//
// Solidity: function innerHandleOp(bytes callData, ((address,uint256,uint256,uint256,uint256,uint256,uint256,address,uint256,uint256),bytes32,uint256,uint256,uint256) opInfo, bytes context) returns(uint256 actualGasCost)
func (_EntryPoint *EntryPointTransactor) InnerHandleOp(opts *bind.TransactOpts, callData []byte, opInfo EntryPointUserOpInfo, context []byte) (*types.Transaction, error) {
	return _EntryPoint.contract.Transact(opts, "innerHandleOp", callData, opInfo, context)
}

// InnerHandleOp is a paid mutator transaction binding the contract method 0x0042dc53.
//
// Solidity: function innerHandleOp(bytes callData, ((address,uint256,uint256,uint256,uint256,uint256,uint256,address,uint256,uint256),bytes32,uint256,uint256,uint256) opInfo, bytes context) returns(uint256 actualGasCost)
func (_EntryPoint *EntryPointSession) InnerHandleOp(callData []byte, opInfo EntryPointUserOpInfo, context []byte) (*types.Transaction, error) {
	return _EntryPoint.Contract.InnerHandleOp(&_EntryPoint.TransactOpts, callData, opInfo, context)
}

// InnerHandleOp is a paid mutator transaction binding the contract method 0x0042dc53.
//
// Solidity: function innerHandleOp(bytes callData, ((address,uint256,uint256,uint256,uint256,uint256,uint256,address,uint256,uint256),bytes32,uint256,uint256,uint256) opInfo, bytes context) returns(uint256 actualGasCost)
func (_EntryPoint *EntryPointTransactorSession) InnerHandleOp(callData []byte, opInfo EntryPointUserOpInfo, context []byte) (*types.Transaction, error) {
	return _EntryPoint.Contract.InnerHandleOp(&_EntryPoint.TransactOpts, callData, opInfo, context)
}

// UnlockStake is a paid mutator transaction binding the contract method 0xbb9fe6bf.
//
// Solidity: function unlockStake() returns()
func (_EntryPoint *EntryPointTransactor) UnlockStake(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _EntryPoint.contract.Transact(opts, "unlockStake")
}

// UnlockStake is a paid mutator transaction binding the contract method 0xbb9fe6bf.
//
// Solidity: function unlockStake() returns()
func (_EntryPoint *EntryPointSession) UnlockStake() (*types.Transaction, error) {
	return _EntryPoint.Contract.UnlockStake(&_EntryPoint.TransactOpts)
}

// UnlockStake is a paid mutator transaction binding the contract method 0xbb9fe6bf.
//
// Solidity: function unlockStake() returns()
func (_EntryPoint *EntryPointTransactorSession) UnlockStake() (*types.Transaction, error) {
	return _EntryPoint.Contract.UnlockStake(&_EntryPoint.TransactOpts)
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xc23a5cea.
//
// Solidity: function withdrawStake(address withdrawAddress) returns()
func (_EntryPoint *EntryPointTransactor) WithdrawStake(opts *bind.TransactOpts, withdrawAddress common.Address) (*types.Transaction, error) {
	return _EntryPoint.contract.Transact(opts, "withdrawStake", withdrawAddress)
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xc23a5cea.
//
// Solidity: function withdrawStake(address withdrawAddress) returns()
func (_EntryPoint *EntryPointSession) WithdrawStake(withdrawAddress common.Address) (*types.Transaction, error) {
	return _EntryPoint.Contract.WithdrawStake(&_EntryPoint.TransactOpts, withdrawAddress)
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xc23a5cea.
//
// Solidity: function withdrawStake(address withdrawAddress) returns()
func (_EntryPoint *EntryPointTransactorSession) WithdrawStake(withdrawAddress common.Address) (*types.Transaction, error) {
	return _EntryPoint.Contract.WithdrawStake(&_EntryPoint.TransactOpts, withdrawAddress)
}

// WithdrawTo is a paid mutator transaction binding the contract method 0x205c2878.
//
// Solidity: function withdrawTo(address withdrawAddress, uint256 withdrawAmount) returns()
func (_EntryPoint *EntryPointTransactor) WithdrawTo(opts *bind.TransactOpts, withdrawAddress common.Address, withdrawAmount *big.Int) (*types.Transaction, error) {
	return _EntryPoint.contract.Transact(opts, "withdrawTo", withdrawAddress, withdrawAmount)
}

// WithdrawTo is a paid mutator transaction binding the contract method 0x205c2878.
//
// Solidity: function withdrawTo(address withdrawAddress, uint256 withdrawAmount) returns()
func (_EntryPoint *EntryPointSession) WithdrawTo(withdrawAddress common.Address, withdrawAmount *big.Int) (*types.Transaction, error) {
	return _EntryPoint.Contract.WithdrawTo(&_EntryPoint.TransactOpts, withdrawAddress, withdrawAmount)
}

// WithdrawTo is a paid mutator transaction binding the contract method 0x205c2878.
//
// Solidity: function withdrawTo(address withdrawAddress, uint256 withdrawAmount) returns()
func (_EntryPoint *EntryPointTransactorSession) WithdrawTo(withdrawAddress common.Address, withdrawAmount *big.Int) (*types.Transaction, error) {
	return _EntryPoint.Contract.WithdrawTo(&_EntryPoint.TransactOpts, withdrawAddress, withdrawAmount)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_EntryPoint *EntryPointTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _EntryPoint.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_EntryPoint *EntryPointSession) Receive() (*types.Transaction, error) {
	return _EntryPoint.Contract.Receive(&_EntryPoint.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_EntryPoint *EntryPointTransactorSession) Receive() (*types.Transaction, error) {
	return _EntryPoint.Contract.Receive(&_EntryPoint.TransactOpts)
}

// EntryPointAccountDeployedIterator is returned from FilterAccountDeployed and is used to iterate over the raw logs and unpacked data for AccountDeployed events raised by the EntryPoint contract.
type EntryPointAccountDeployedIterator struct {
	Event *EntryPointAccountDeployed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EntryPointAccountDeployedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EntryPointAccountDeployed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EntryPointAccountDeployed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EntryPointAccountDeployedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EntryPointAccountDeployedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EntryPointAccountDeployed represents a AccountDeployed event raised by the EntryPoint contract.
type EntryPointAccountDeployed struct {
	UserOpHash [32]byte
	Sender     common.Address
	Factory    common.Address
	Paymaster  common.Address
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterAccountDeployed is a free log retrieval operation binding the contract event 0xd51a9c61267aa6196961883ecf5ff2da6619c37dac0fa92122513fb32c032d2d.
//
// Solidity: event AccountDeployed(bytes32 indexed userOpHash, address indexed sender, address factory, address paymaster)
func (_EntryPoint *EntryPointFilterer) FilterAccountDeployed(opts *bind.FilterOpts, userOpHash [][32]byte, sender []common.Address) (*EntryPointAccountDeployedIterator, error) {

	var userOpHashRule []interface{}
	for _, userOpHashItem := range userOpHash {
		userOpHashRule = append(userOpHashRule, userOpHashItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _EntryPoint.contract.FilterLogs(opts, "AccountDeployed", userOpHashRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &EntryPointAccountDeployedIterator{contract: _EntryPoint.contract, event: "AccountDeployed", logs: logs, sub: sub}, nil
}

// WatchAccountDeployed is a free log subscription operation binding the contract event 0xd51a9c61267aa6196961883ecf5ff2da6619c37dac0fa92122513fb32c032d2d.
//
// Solidity: event AccountDeployed(bytes32 indexed userOpHash, address indexed sender, address factory, address paymaster)
func (_EntryPoint *EntryPointFilterer) WatchAccountDeployed(opts *bind.WatchOpts, sink chan<- *EntryPointAccountDeployed, userOpHash [][32]byte, sender []common.Address) (event.Subscription, error) {

	var userOpHashRule []interface{}
	for _, userOpHashItem := range userOpHash {
		userOpHashRule = append(userOpHashRule, userOpHashItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _EntryPoint.contract.WatchLogs(opts, "AccountDeployed", userOpHashRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EntryPointAccountDeployed)
				if err := _EntryPoint.contract.UnpackLog(event, "AccountDeployed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAccountDeployed is a log parse operation binding the contract event 0xd51a9c61267aa6196961883ecf5ff2da6619c37dac0fa92122513fb32c032d2d.
//
// Solidity: event AccountDeployed(bytes32 indexed userOpHash, address indexed sender, address factory, address paymaster)
func (_EntryPoint *EntryPointFilterer) ParseAccountDeployed(log types.Log) (*EntryPointAccountDeployed, error) {
	event := new(EntryPointAccountDeployed)
	if err := _EntryPoint.contract.UnpackLog(event, "AccountDeployed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EntryPointBeforeExecutionIterator is returned from FilterBeforeExecution and is used to iterate over the raw logs and unpacked data for BeforeExecution events raised by the EntryPoint contract.
type EntryPointBeforeExecutionIterator struct {
	Event *EntryPointBeforeExecution // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EntryPointBeforeExecutionIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EntryPointBeforeExecution)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EntryPointBeforeExecution)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EntryPointBeforeExecutionIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EntryPointBeforeExecutionIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EntryPointBeforeExecution represents a BeforeExecution event raised by the EntryPoint contract.
type EntryPointBeforeExecution struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterBeforeExecution is a free log retrieval operation binding the contract event 0xbb47ee3e183a558b1a2ff0874b079f3fc5478b7454eacf2bfc5af2ff5878f972.
//
// Solidity: event BeforeExecution()
func (_EntryPoint *EntryPointFilterer) FilterBeforeExecution(opts *bind.FilterOpts) (*EntryPointBeforeExecutionIterator, error) {

	logs, sub, err := _EntryPoint.contract.FilterLogs(opts, "BeforeExecution")
	if err != nil {
		return nil, err
	}
	return &EntryPointBeforeExecutionIterator{contract: _EntryPoint.contract, event: "BeforeExecution", logs: logs, sub: sub}, nil
}

// WatchBeforeExecution is a free log subscription operation binding the contract event 0xbb47ee3e183a558b1a2ff0874b079f3fc5478b7454eacf2bfc5af2ff5878f972.
//
// Solidity: event BeforeExecution()
func (_EntryPoint *EntryPointFilterer) WatchBeforeExecution(opts *bind.WatchOpts, sink chan<- *EntryPointBeforeExecution) (event.Subscription, error) {

	logs, sub, err := _EntryPoint.contract.WatchLogs(opts, "BeforeExecution")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EntryPointBeforeExecution)
				if err := _EntryPoint.contract.UnpackLog(event, "BeforeExecution", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBeforeExecution is a log parse operation binding the contract event 0xbb47ee3e183a558b1a2ff0874b079f3fc5478b7454eacf2bfc5af2ff5878f972.
//
// Solidity: event BeforeExecution()
func (_EntryPoint *EntryPointFilterer) ParseBeforeExecution(log types.Log) (*EntryPointBeforeExecution, error) {
	event := new(EntryPointBeforeExecution)
	if err := _EntryPoint.contract.UnpackLog(event, "BeforeExecution", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EntryPointDepositedIterator is returned from FilterDeposited and is used to iterate over the raw logs and unpacked data for Deposited events raised by the EntryPoint contract.
type EntryPointDepositedIterator struct {
	Event *EntryPointDeposited // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EntryPointDepositedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EntryPointDeposited)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EntryPointDeposited)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EntryPointDepositedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EntryPointDepositedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EntryPointDeposited represents a Deposited event raised by the EntryPoint contract.
type EntryPointDeposited struct {
	Account      common.Address
	TotalDeposit *big.Int
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterDeposited is a free log retrieval operation binding the contract event 0x2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c4.
//
// Solidity: event Deposited(address indexed account, uint256 totalDeposit)
func (_EntryPoint *EntryPointFilterer) FilterDeposited(opts *bind.FilterOpts, account []common.Address) (*EntryPointDepositedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _EntryPoint.contract.FilterLogs(opts, "Deposited", accountRule)
	if err != nil {
		return nil, err
	}
	return &EntryPointDepositedIterator{contract: _EntryPoint.contract, event: "Deposited", logs: logs, sub: sub}, nil
}

// WatchDeposited is a free log subscription operation binding the contract event 0x2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c4.
//
// Solidity: event Deposited(address indexed account, uint256 totalDeposit)
func (_EntryPoint *EntryPointFilterer) WatchDeposited(opts *bind.WatchOpts, sink chan<- *EntryPointDeposited, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _EntryPoint.contract.WatchLogs(opts, "Deposited", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EntryPointDeposited)
				if err := _EntryPoint.contract.UnpackLog(event, "Deposited", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDeposited is a log parse operation binding the contract event 0x2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c4.
//
// Solidity: event Deposited(address indexed account, uint256 totalDeposit)
func (_EntryPoint *EntryPointFilterer) ParseDeposited(log types.Log) (*EntryPointDeposited, error) {
	event := new(EntryPointDeposited)
	if err := _EntryPoint.contract.UnpackLog(event, "Deposited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EntryPointEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the EntryPoint contract.
type EntryPointEIP712DomainChangedIterator struct {
	Event *EntryPointEIP712DomainChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EntryPointEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EntryPointEIP712DomainChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EntryPointEIP712DomainChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EntryPointEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EntryPointEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EntryPointEIP712DomainChanged represents a EIP712DomainChanged event raised by the EntryPoint contract.
type EntryPointEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_EntryPoint *EntryPointFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*EntryPointEIP712DomainChangedIterator, error) {

	logs, sub, err := _EntryPoint.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &EntryPointEIP712DomainChangedIterator{contract: _EntryPoint.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_EntryPoint *EntryPointFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *EntryPointEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _EntryPoint.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EntryPointEIP712DomainChanged)
				if err := _EntryPoint.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_EntryPoint *EntryPointFilterer) ParseEIP712DomainChanged(log types.Log) (*EntryPointEIP712DomainChanged, error) {
	event := new(EntryPointEIP712DomainChanged)
	if err := _EntryPoint.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EntryPointPostOpRevertReasonIterator is returned from FilterPostOpRevertReason and is used to iterate over the raw logs and unpacked data for PostOpRevertReason events raised by the EntryPoint contract.
type EntryPointPostOpRevertReasonIterator struct {
	Event *EntryPointPostOpRevertReason // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EntryPointPostOpRevertReasonIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EntryPointPostOpRevertReason)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EntryPointPostOpRevertReason)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EntryPointPostOpRevertReasonIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EntryPointPostOpRevertReasonIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EntryPointPostOpRevertReason represents a PostOpRevertReason event raised by the EntryPoint contract.
type EntryPointPostOpRevertReason struct {
	UserOpHash   [32]byte
	Sender       common.Address
	Nonce        *big.Int
	RevertReason []byte
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterPostOpRevertReason is a free log retrieval operation binding the contract event 0xf62676f440ff169a3a9afdbf812e89e7f95975ee8e5c31214ffdef631c5f4792.
//
// Solidity: event PostOpRevertReason(bytes32 indexed userOpHash, address indexed sender, uint256 nonce, bytes revertReason)
func (_EntryPoint *EntryPointFilterer) FilterPostOpRevertReason(opts *bind.FilterOpts, userOpHash [][32]byte, sender []common.Address) (*EntryPointPostOpRevertReasonIterator, error) {

	var userOpHashRule []interface{}
	for _, userOpHashItem := range userOpHash {
		userOpHashRule = append(userOpHashRule, userOpHashItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _EntryPoint.contract.FilterLogs(opts, "PostOpRevertReason", userOpHashRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &EntryPointPostOpRevertReasonIterator{contract: _EntryPoint.contract, event: "PostOpRevertReason", logs: logs, sub: sub}, nil
}

// WatchPostOpRevertReason is a free log subscription operation binding the contract event 0xf62676f440ff169a3a9afdbf812e89e7f95975ee8e5c31214ffdef631c5f4792.
//
// Solidity: event PostOpRevertReason(bytes32 indexed userOpHash, address indexed sender, uint256 nonce, bytes revertReason)
func (_EntryPoint *EntryPointFilterer) WatchPostOpRevertReason(opts *bind.WatchOpts, sink chan<- *EntryPointPostOpRevertReason, userOpHash [][32]byte, sender []common.Address) (event.Subscription, error) {

	var userOpHashRule []interface{}
	for _, userOpHashItem := range userOpHash {
		userOpHashRule = append(userOpHashRule, userOpHashItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _EntryPoint.contract.WatchLogs(opts, "PostOpRevertReason", userOpHashRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EntryPointPostOpRevertReason)
				if err := _EntryPoint.contract.UnpackLog(event, "PostOpRevertReason", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePostOpRevertReason is a log parse operation binding the contract event 0xf62676f440ff169a3a9afdbf812e89e7f95975ee8e5c31214ffdef631c5f4792.
//
// Solidity: event PostOpRevertReason(bytes32 indexed userOpHash, address indexed sender, uint256 nonce, bytes revertReason)
func (_EntryPoint *EntryPointFilterer) ParsePostOpRevertReason(log types.Log) (*EntryPointPostOpRevertReason, error) {
	event := new(EntryPointPostOpRevertReason)
	if err := _EntryPoint.contract.UnpackLog(event, "PostOpRevertReason", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EntryPointSignatureAggregatorChangedIterator is returned from FilterSignatureAggregatorChanged and is used to iterate over the raw logs and unpacked data for SignatureAggregatorChanged events raised by the EntryPoint contract.
type EntryPointSignatureAggregatorChangedIterator struct {
	Event *EntryPointSignatureAggregatorChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EntryPointSignatureAggregatorChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EntryPointSignatureAggregatorChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EntryPointSignatureAggregatorChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EntryPointSignatureAggregatorChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EntryPointSignatureAggregatorChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EntryPointSignatureAggregatorChanged represents a SignatureAggregatorChanged event raised by the EntryPoint contract.
type EntryPointSignatureAggregatorChanged struct {
	Aggregator common.Address
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterSignatureAggregatorChanged is a free log retrieval operation binding the contract event 0x575ff3acadd5ab348fe1855e217e0f3678f8d767d7494c9f9fefbee2e17cca4d.
//
// Solidity: event SignatureAggregatorChanged(address indexed aggregator)
func (_EntryPoint *EntryPointFilterer) FilterSignatureAggregatorChanged(opts *bind.FilterOpts, aggregator []common.Address) (*EntryPointSignatureAggregatorChangedIterator, error) {

	var aggregatorRule []interface{}
	for _, aggregatorItem := range aggregator {
		aggregatorRule = append(aggregatorRule, aggregatorItem)
	}

	logs, sub, err := _EntryPoint.contract.FilterLogs(opts, "SignatureAggregatorChanged", aggregatorRule)
	if err != nil {
		return nil, err
	}
	return &EntryPointSignatureAggregatorChangedIterator{contract: _EntryPoint.contract, event: "SignatureAggregatorChanged", logs: logs, sub: sub}, nil
}

// WatchSignatureAggregatorChanged is a free log subscription operation binding the contract event 0x575ff3acadd5ab348fe1855e217e0f3678f8d767d7494c9f9fefbee2e17cca4d.
//
// Solidity: event SignatureAggregatorChanged(address indexed aggregator)
func (_EntryPoint *EntryPointFilterer) WatchSignatureAggregatorChanged(opts *bind.WatchOpts, sink chan<- *EntryPointSignatureAggregatorChanged, aggregator []common.Address) (event.Subscription, error) {

	var aggregatorRule []interface{}
	for _, aggregatorItem := range aggregator {
		aggregatorRule = append(aggregatorRule, aggregatorItem)
	}

	logs, sub, err := _EntryPoint.contract.WatchLogs(opts, "SignatureAggregatorChanged", aggregatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EntryPointSignatureAggregatorChanged)
				if err := _EntryPoint.contract.UnpackLog(event, "SignatureAggregatorChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSignatureAggregatorChanged is a log parse operation binding the contract event 0x575ff3acadd5ab348fe1855e217e0f3678f8d767d7494c9f9fefbee2e17cca4d.
//
// Solidity: event SignatureAggregatorChanged(address indexed aggregator)
func (_EntryPoint *EntryPointFilterer) ParseSignatureAggregatorChanged(log types.Log) (*EntryPointSignatureAggregatorChanged, error) {
	event := new(EntryPointSignatureAggregatorChanged)
	if err := _EntryPoint.contract.UnpackLog(event, "SignatureAggregatorChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EntryPointStakeLockedIterator is returned from FilterStakeLocked and is used to iterate over the raw logs and unpacked data for StakeLocked events raised by the EntryPoint contract.
type EntryPointStakeLockedIterator struct {
	Event *EntryPointStakeLocked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EntryPointStakeLockedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EntryPointStakeLocked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EntryPointStakeLocked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EntryPointStakeLockedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EntryPointStakeLockedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EntryPointStakeLocked represents a StakeLocked event raised by the EntryPoint contract.
type EntryPointStakeLocked struct {
	Account         common.Address
	TotalStaked     *big.Int
	UnstakeDelaySec *big.Int
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterStakeLocked is a free log retrieval operation binding the contract event 0xa5ae833d0bb1dcd632d98a8b70973e8516812898e19bf27b70071ebc8dc52c01.
//
// Solidity: event StakeLocked(address indexed account, uint256 totalStaked, uint256 unstakeDelaySec)
func (_EntryPoint *EntryPointFilterer) FilterStakeLocked(opts *bind.FilterOpts, account []common.Address) (*EntryPointStakeLockedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _EntryPoint.contract.FilterLogs(opts, "StakeLocked", accountRule)
	if err != nil {
		return nil, err
	}
	return &EntryPointStakeLockedIterator{contract: _EntryPoint.contract, event: "StakeLocked", logs: logs, sub: sub}, nil
}

// WatchStakeLocked is a free log subscription operation binding the contract event 0xa5ae833d0bb1dcd632d98a8b70973e8516812898e19bf27b70071ebc8dc52c01.
//
// Solidity: event StakeLocked(address indexed account, uint256 totalStaked, uint256 unstakeDelaySec)
func (_EntryPoint *EntryPointFilterer) WatchStakeLocked(opts *bind.WatchOpts, sink chan<- *EntryPointStakeLocked, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _EntryPoint.contract.WatchLogs(opts, "StakeLocked", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EntryPointStakeLocked)
				if err := _EntryPoint.contract.UnpackLog(event, "StakeLocked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStakeLocked is a log parse operation binding the contract event 0xa5ae833d0bb1dcd632d98a8b70973e8516812898e19bf27b70071ebc8dc52c01.
//
// Solidity: event StakeLocked(address indexed account, uint256 totalStaked, uint256 unstakeDelaySec)
func (_EntryPoint *EntryPointFilterer) ParseStakeLocked(log types.Log) (*EntryPointStakeLocked, error) {
	event := new(EntryPointStakeLocked)
	if err := _EntryPoint.contract.UnpackLog(event, "StakeLocked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EntryPointStakeUnlockedIterator is returned from FilterStakeUnlocked and is used to iterate over the raw logs and unpacked data for StakeUnlocked events raised by the EntryPoint contract.
type EntryPointStakeUnlockedIterator struct {
	Event *EntryPointStakeUnlocked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EntryPointStakeUnlockedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EntryPointStakeUnlocked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EntryPointStakeUnlocked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EntryPointStakeUnlockedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EntryPointStakeUnlockedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EntryPointStakeUnlocked represents a StakeUnlocked event raised by the EntryPoint contract.
type EntryPointStakeUnlocked struct {
	Account      common.Address
	WithdrawTime *big.Int
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterStakeUnlocked is a free log retrieval operation binding the contract event 0xfa9b3c14cc825c412c9ed81b3ba365a5b459439403f18829e572ed53a4180f0a.
//
// Solidity: event StakeUnlocked(address indexed account, uint256 withdrawTime)
func (_EntryPoint *EntryPointFilterer) FilterStakeUnlocked(opts *bind.FilterOpts, account []common.Address) (*EntryPointStakeUnlockedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _EntryPoint.contract.FilterLogs(opts, "StakeUnlocked", accountRule)
	if err != nil {
		return nil, err
	}
	return &EntryPointStakeUnlockedIterator{contract: _EntryPoint.contract, event: "StakeUnlocked", logs: logs, sub: sub}, nil
}

// WatchStakeUnlocked is a free log subscription operation binding the contract event 0xfa9b3c14cc825c412c9ed81b3ba365a5b459439403f18829e572ed53a4180f0a.
//
// Solidity: event StakeUnlocked(address indexed account, uint256 withdrawTime)
func (_EntryPoint *EntryPointFilterer) WatchStakeUnlocked(opts *bind.WatchOpts, sink chan<- *EntryPointStakeUnlocked, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _EntryPoint.contract.WatchLogs(opts, "StakeUnlocked", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EntryPointStakeUnlocked)
				if err := _EntryPoint.contract.UnpackLog(event, "StakeUnlocked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStakeUnlocked is a log parse operation binding the contract event 0xfa9b3c14cc825c412c9ed81b3ba365a5b459439403f18829e572ed53a4180f0a.
//
// Solidity: event StakeUnlocked(address indexed account, uint256 withdrawTime)
func (_EntryPoint *EntryPointFilterer) ParseStakeUnlocked(log types.Log) (*EntryPointStakeUnlocked, error) {
	event := new(EntryPointStakeUnlocked)
	if err := _EntryPoint.contract.UnpackLog(event, "StakeUnlocked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EntryPointStakeWithdrawnIterator is returned from FilterStakeWithdrawn and is used to iterate over the raw logs and unpacked data for StakeWithdrawn events raised by the EntryPoint contract.
type EntryPointStakeWithdrawnIterator struct {
	Event *EntryPointStakeWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EntryPointStakeWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EntryPointStakeWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EntryPointStakeWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EntryPointStakeWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EntryPointStakeWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EntryPointStakeWithdrawn represents a StakeWithdrawn event raised by the EntryPoint contract.
type EntryPointStakeWithdrawn struct {
	Account         common.Address
	WithdrawAddress common.Address
	Amount          *big.Int
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterStakeWithdrawn is a free log retrieval operation binding the contract event 0xb7c918e0e249f999e965cafeb6c664271b3f4317d296461500e71da39f0cbda3.
//
// Solidity: event StakeWithdrawn(address indexed account, address withdrawAddress, uint256 amount)
func (_EntryPoint *EntryPointFilterer) FilterStakeWithdrawn(opts *bind.FilterOpts, account []common.Address) (*EntryPointStakeWithdrawnIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _EntryPoint.contract.FilterLogs(opts, "StakeWithdrawn", accountRule)
	if err != nil {
		return nil, err
	}
	return &EntryPointStakeWithdrawnIterator{contract: _EntryPoint.contract, event: "StakeWithdrawn", logs: logs, sub: sub}, nil
}

// WatchStakeWithdrawn is a free log subscription operation binding the contract event 0xb7c918e0e249f999e965cafeb6c664271b3f4317d296461500e71da39f0cbda3.
//
// Solidity: event StakeWithdrawn(address indexed account, address withdrawAddress, uint256 amount)
func (_EntryPoint *EntryPointFilterer) WatchStakeWithdrawn(opts *bind.WatchOpts, sink chan<- *EntryPointStakeWithdrawn, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _EntryPoint.contract.WatchLogs(opts, "StakeWithdrawn", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EntryPointStakeWithdrawn)
				if err := _EntryPoint.contract.UnpackLog(event, "StakeWithdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStakeWithdrawn is a log parse operation binding the contract event 0xb7c918e0e249f999e965cafeb6c664271b3f4317d296461500e71da39f0cbda3.
//
// Solidity: event StakeWithdrawn(address indexed account, address withdrawAddress, uint256 amount)
func (_EntryPoint *EntryPointFilterer) ParseStakeWithdrawn(log types.Log) (*EntryPointStakeWithdrawn, error) {
	event := new(EntryPointStakeWithdrawn)
	if err := _EntryPoint.contract.UnpackLog(event, "StakeWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EntryPointUserOperationEventIterator is returned from FilterUserOperationEvent and is used to iterate over the raw logs and unpacked data for UserOperationEvent events raised by the EntryPoint contract.
type EntryPointUserOperationEventIterator struct {
	Event *EntryPointUserOperationEvent // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EntryPointUserOperationEventIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EntryPointUserOperationEvent)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EntryPointUserOperationEvent)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EntryPointUserOperationEventIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EntryPointUserOperationEventIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EntryPointUserOperationEvent represents a UserOperationEvent event raised by the EntryPoint contract.
type EntryPointUserOperationEvent struct {
	UserOpHash    [32]byte
	Sender        common.Address
	Paymaster     common.Address
	Nonce         *big.Int
	Success       bool
	ActualGasCost *big.Int
	ActualGasUsed *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterUserOperationEvent is a free log retrieval operation binding the contract event 0x49628fd1471006c1482da88028e9ce4dbb080b815c9b0344d39e5a8e6ec1419f.
//
// Solidity: event UserOperationEvent(bytes32 indexed userOpHash, address indexed sender, address indexed paymaster, uint256 nonce, bool success, uint256 actualGasCost, uint256 actualGasUsed)
func (_EntryPoint *EntryPointFilterer) FilterUserOperationEvent(opts *bind.FilterOpts, userOpHash [][32]byte, sender []common.Address, paymaster []common.Address) (*EntryPointUserOperationEventIterator, error) {

	var userOpHashRule []interface{}
	for _, userOpHashItem := range userOpHash {
		userOpHashRule = append(userOpHashRule, userOpHashItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var paymasterRule []interface{}
	for _, paymasterItem := range paymaster {
		paymasterRule = append(paymasterRule, paymasterItem)
	}

	logs, sub, err := _EntryPoint.contract.FilterLogs(opts, "UserOperationEvent", userOpHashRule, senderRule, paymasterRule)
	if err != nil {
		return nil, err
	}
	return &EntryPointUserOperationEventIterator{contract: _EntryPoint.contract, event: "UserOperationEvent", logs: logs, sub: sub}, nil
}

// WatchUserOperationEvent is a free log subscription operation binding the contract event 0x49628fd1471006c1482da88028e9ce4dbb080b815c9b0344d39e5a8e6ec1419f.
//
// Solidity: event UserOperationEvent(bytes32 indexed userOpHash, address indexed sender, address indexed paymaster, uint256 nonce, bool success, uint256 actualGasCost, uint256 actualGasUsed)
func (_EntryPoint *EntryPointFilterer) WatchUserOperationEvent(opts *bind.WatchOpts, sink chan<- *EntryPointUserOperationEvent, userOpHash [][32]byte, sender []common.Address, paymaster []common.Address) (event.Subscription, error) {

	var userOpHashRule []interface{}
	for _, userOpHashItem := range userOpHash {
		userOpHashRule = append(userOpHashRule, userOpHashItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var paymasterRule []interface{}
	for _, paymasterItem := range paymaster {
		paymasterRule = append(paymasterRule, paymasterItem)
	}

	logs, sub, err := _EntryPoint.contract.WatchLogs(opts, "UserOperationEvent", userOpHashRule, senderRule, paymasterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EntryPointUserOperationEvent)
				if err := _EntryPoint.contract.UnpackLog(event, "UserOperationEvent", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUserOperationEvent is a log parse operation binding the contract event 0x49628fd1471006c1482da88028e9ce4dbb080b815c9b0344d39e5a8e6ec1419f.
//
// Solidity: event UserOperationEvent(bytes32 indexed userOpHash, address indexed sender, address indexed paymaster, uint256 nonce, bool success, uint256 actualGasCost, uint256 actualGasUsed)
func (_EntryPoint *EntryPointFilterer) ParseUserOperationEvent(log types.Log) (*EntryPointUserOperationEvent, error) {
	event := new(EntryPointUserOperationEvent)
	if err := _EntryPoint.contract.UnpackLog(event, "UserOperationEvent", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EntryPointUserOperationPrefundTooLowIterator is returned from FilterUserOperationPrefundTooLow and is used to iterate over the raw logs and unpacked data for UserOperationPrefundTooLow events raised by the EntryPoint contract.
type EntryPointUserOperationPrefundTooLowIterator struct {
	Event *EntryPointUserOperationPrefundTooLow // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EntryPointUserOperationPrefundTooLowIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EntryPointUserOperationPrefundTooLow)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EntryPointUserOperationPrefundTooLow)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EntryPointUserOperationPrefundTooLowIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EntryPointUserOperationPrefundTooLowIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EntryPointUserOperationPrefundTooLow represents a UserOperationPrefundTooLow event raised by the EntryPoint contract.
type EntryPointUserOperationPrefundTooLow struct {
	UserOpHash [32]byte
	Sender     common.Address
	Nonce      *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterUserOperationPrefundTooLow is a free log retrieval operation binding the contract event 0x67b4fa9642f42120bf031f3051d1824b0fe25627945b27b8a6a65d5761d5482e.
//
// Solidity: event UserOperationPrefundTooLow(bytes32 indexed userOpHash, address indexed sender, uint256 nonce)
func (_EntryPoint *EntryPointFilterer) FilterUserOperationPrefundTooLow(opts *bind.FilterOpts, userOpHash [][32]byte, sender []common.Address) (*EntryPointUserOperationPrefundTooLowIterator, error) {

	var userOpHashRule []interface{}
	for _, userOpHashItem := range userOpHash {
		userOpHashRule = append(userOpHashRule, userOpHashItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _EntryPoint.contract.FilterLogs(opts, "UserOperationPrefundTooLow", userOpHashRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &EntryPointUserOperationPrefundTooLowIterator{contract: _EntryPoint.contract, event: "UserOperationPrefundTooLow", logs: logs, sub: sub}, nil
}

// WatchUserOperationPrefundTooLow is a free log subscription operation binding the contract event 0x67b4fa9642f42120bf031f3051d1824b0fe25627945b27b8a6a65d5761d5482e.
//
// Solidity: event UserOperationPrefundTooLow(bytes32 indexed userOpHash, address indexed sender, uint256 nonce)
func (_EntryPoint *EntryPointFilterer) WatchUserOperationPrefundTooLow(opts *bind.WatchOpts, sink chan<- *EntryPointUserOperationPrefundTooLow, userOpHash [][32]byte, sender []common.Address) (event.Subscription, error) {

	var userOpHashRule []interface{}
	for _, userOpHashItem := range userOpHash {
		userOpHashRule = append(userOpHashRule, userOpHashItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _EntryPoint.contract.WatchLogs(opts, "UserOperationPrefundTooLow", userOpHashRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EntryPointUserOperationPrefundTooLow)
				if err := _EntryPoint.contract.UnpackLog(event, "UserOperationPrefundTooLow", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUserOperationPrefundTooLow is a log parse operation binding the contract event 0x67b4fa9642f42120bf031f3051d1824b0fe25627945b27b8a6a65d5761d5482e.
//
// Solidity: event UserOperationPrefundTooLow(bytes32 indexed userOpHash, address indexed sender, uint256 nonce)
func (_EntryPoint *EntryPointFilterer) ParseUserOperationPrefundTooLow(log types.Log) (*EntryPointUserOperationPrefundTooLow, error) {
	event := new(EntryPointUserOperationPrefundTooLow)
	if err := _EntryPoint.contract.UnpackLog(event, "UserOperationPrefundTooLow", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EntryPointUserOperationRevertReasonIterator is returned from FilterUserOperationRevertReason and is used to iterate over the raw logs and unpacked data for UserOperationRevertReason events raised by the EntryPoint contract.
type EntryPointUserOperationRevertReasonIterator struct {
	Event *EntryPointUserOperationRevertReason // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EntryPointUserOperationRevertReasonIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EntryPointUserOperationRevertReason)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EntryPointUserOperationRevertReason)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EntryPointUserOperationRevertReasonIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EntryPointUserOperationRevertReasonIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EntryPointUserOperationRevertReason represents a UserOperationRevertReason event raised by the EntryPoint contract.
type EntryPointUserOperationRevertReason struct {
	UserOpHash   [32]byte
	Sender       common.Address
	Nonce        *big.Int
	RevertReason []byte
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterUserOperationRevertReason is a free log retrieval operation binding the contract event 0x1c4fada7374c0a9ee8841fc38afe82932dc0f8e69012e927f061a8bae611a201.
//
// Solidity: event UserOperationRevertReason(bytes32 indexed userOpHash, address indexed sender, uint256 nonce, bytes revertReason)
func (_EntryPoint *EntryPointFilterer) FilterUserOperationRevertReason(opts *bind.FilterOpts, userOpHash [][32]byte, sender []common.Address) (*EntryPointUserOperationRevertReasonIterator, error) {

	var userOpHashRule []interface{}
	for _, userOpHashItem := range userOpHash {
		userOpHashRule = append(userOpHashRule, userOpHashItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _EntryPoint.contract.FilterLogs(opts, "UserOperationRevertReason", userOpHashRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &EntryPointUserOperationRevertReasonIterator{contract: _EntryPoint.contract, event: "UserOperationRevertReason", logs: logs, sub: sub}, nil
}

// WatchUserOperationRevertReason is a free log subscription operation binding the contract event 0x1c4fada7374c0a9ee8841fc38afe82932dc0f8e69012e927f061a8bae611a201.
//
// Solidity: event UserOperationRevertReason(bytes32 indexed userOpHash, address indexed sender, uint256 nonce, bytes revertReason)
func (_EntryPoint *EntryPointFilterer) WatchUserOperationRevertReason(opts *bind.WatchOpts, sink chan<- *EntryPointUserOperationRevertReason, userOpHash [][32]byte, sender []common.Address) (event.Subscription, error) {

	var userOpHashRule []interface{}
	for _, userOpHashItem := range userOpHash {
		userOpHashRule = append(userOpHashRule, userOpHashItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _EntryPoint.contract.WatchLogs(opts, "UserOperationRevertReason", userOpHashRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EntryPointUserOperationRevertReason)
				if err := _EntryPoint.contract.UnpackLog(event, "UserOperationRevertReason", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUserOperationRevertReason is a log parse operation binding the contract event 0x1c4fada7374c0a9ee8841fc38afe82932dc0f8e69012e927f061a8bae611a201.
//
// Solidity: event UserOperationRevertReason(bytes32 indexed userOpHash, address indexed sender, uint256 nonce, bytes revertReason)
func (_EntryPoint *EntryPointFilterer) ParseUserOperationRevertReason(log types.Log) (*EntryPointUserOperationRevertReason, error) {
	event := new(EntryPointUserOperationRevertReason)
	if err := _EntryPoint.contract.UnpackLog(event, "UserOperationRevertReason", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EntryPointWithdrawnIterator is returned from FilterWithdrawn and is used to iterate over the raw logs and unpacked data for Withdrawn events raised by the EntryPoint contract.
type EntryPointWithdrawnIterator struct {
	Event *EntryPointWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EntryPointWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EntryPointWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EntryPointWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EntryPointWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EntryPointWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EntryPointWithdrawn represents a Withdrawn event raised by the EntryPoint contract.
type EntryPointWithdrawn struct {
	Account         common.Address
	WithdrawAddress common.Address
	Amount          *big.Int
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterWithdrawn is a free log retrieval operation binding the contract event 0xd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb.
//
// Solidity: event Withdrawn(address indexed account, address withdrawAddress, uint256 amount)
func (_EntryPoint *EntryPointFilterer) FilterWithdrawn(opts *bind.FilterOpts, account []common.Address) (*EntryPointWithdrawnIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _EntryPoint.contract.FilterLogs(opts, "Withdrawn", accountRule)
	if err != nil {
		return nil, err
	}
	return &EntryPointWithdrawnIterator{contract: _EntryPoint.contract, event: "Withdrawn", logs: logs, sub: sub}, nil
}

// WatchWithdrawn is a free log subscription operation binding the contract event 0xd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb.
//
// Solidity: event Withdrawn(address indexed account, address withdrawAddress, uint256 amount)
func (_EntryPoint *EntryPointFilterer) WatchWithdrawn(opts *bind.WatchOpts, sink chan<- *EntryPointWithdrawn, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _EntryPoint.contract.WatchLogs(opts, "Withdrawn", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EntryPointWithdrawn)
				if err := _EntryPoint.contract.UnpackLog(event, "Withdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawn is a log parse operation binding the contract event 0xd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb.
//
// Solidity: event Withdrawn(address indexed account, address withdrawAddress, uint256 amount)
func (_EntryPoint *EntryPointFilterer) ParseWithdrawn(log types.Log) (*EntryPointWithdrawn, error) {
	event := new(EntryPointWithdrawn)
	if err := _EntryPoint.contract.UnpackLog(event, "Withdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// KYCRegistryMetaData contains all meta data concerning the KYCRegistry contract.
var KYCRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"verified\",\"type\":\"bool\"}],\"name\":\"VerificationSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isVerified\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"bool\",\"name\":\"verified\",\"type\":\"bool\"}],\"name\":\"setVerified\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60803460c157601f6104e638819003918201601f19168301916001600160401b0383118484101760c55780849260209460405283398101031260c157516001600160a01b0381169081900360c157801560ae57600180546001600160a01b03199081169091555f80549182168317815560405192916001600160a01b0316907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a361040c90816100da8239f35b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c8063345dab691461026c578063715018a61461020557806379ba5097146101655780638da5cb5b14610140578063b9209e3314610100578063e30c3978146100da5763f2fde38b14610066575f80fd5b346100d65760203660031901126100d6576004356001600160a01b0381168091036100d6576100936103f9565b806001600160a01b031960015416176001556001600160a01b035f54167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227005f80a3005b5f80fd5b346100d6575f3660031901126100d65760206001600160a01b0360015416604051908152f35b346100d65760203660031901126100d6576004356001600160a01b0381168091036100d6575f526002602052602060ff60405f2054166040519015158152f35b346100d6575f3660031901126100d65760206001600160a01b035f5416604051908152f35b346100d6575f3660031901126100d657336001600160a01b0360015416036101d9576001600160a01b0319600154166001555f54336001600160a01b03198216175f556001600160a01b033391167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3005b7f118cdaa7000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346100d6575f3660031901126100d65761021d6103f9565b6001600160a01b0319600154166001555f6001600160a01b0381546001600160a01b031981168355167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b346100d65760403660031901126100d65760043567ffffffffffffffff81116100d657366023820112156100d657806004013567ffffffffffffffff81116100d6576024820191602436918360051b0101116100d6576024358015158091036100d65782906102d96103f9565b60ff8116925f5b8181106102e957005b6001600160a01b036103046102ff8385886103a8565b6103e5565b161561038057806001600160a01b036103236102ff60019486896103a8565b165f52600260205260405f208660ff198254161790556001600160a01b0361034f6102ff8386896103a8565b167ff44ce59c56529957d59178accf620034c06ae9411bff6ba27df6116c6e0cdfe46020604051878152a2016102e0565b7fd92e233d000000000000000000000000000000000000000000000000000000005f5260045ffd5b91908110156103b85760051b0190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b356001600160a01b03811681036100d65790565b6001600160a01b035f541633036101d95756",
}

// KYCRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use KYCRegistryMetaData.ABI instead.
var KYCRegistryABI = KYCRegistryMetaData.ABI

// KYCRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use KYCRegistryMetaData.Bin instead.
var KYCRegistryBin = KYCRegistryMetaData.Bin

// DeployKYCRegistry deploys a new Ethereum contract, binding an instance of KYCRegistry to it.
func DeployKYCRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, owner_ common.Address) (common.Address, *types.Transaction, *KYCRegistry, error) {
	parsed, err := KYCRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(KYCRegistryBin), backend, owner_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &KYCRegistry{KYCRegistryCaller: KYCRegistryCaller{contract: contract}, KYCRegistryTransactor: KYCRegistryTransactor{contract: contract}, KYCRegistryFilterer: KYCRegistryFilterer{contract: contract}}, nil
}

// KYCRegistry is an auto generated Go binding around an Ethereum contract.
type KYCRegistry struct {
	KYCRegistryCaller     // Read-only binding to the contract
	KYCRegistryTransactor // Write-only binding to the contract
	KYCRegistryFilterer   // Log filterer for contract events
}

// KYCRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type KYCRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KYCRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type KYCRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KYCRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type KYCRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KYCRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type KYCRegistrySession struct {
	Contract     *KYCRegistry      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// KYCRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type KYCRegistryCallerSession struct {
	Contract *KYCRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// KYCRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type KYCRegistryTransactorSession struct {
	Contract     *KYCRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// KYCRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type KYCRegistryRaw struct {
	Contract *KYCRegistry // Generic contract binding to access the raw methods on
}

// KYCRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type KYCRegistryCallerRaw struct {
	Contract *KYCRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// KYCRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type KYCRegistryTransactorRaw struct {
	Contract *KYCRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewKYCRegistry creates a new instance of KYCRegistry, bound to a specific deployed contract.
func NewKYCRegistry(address common.Address, backend bind.ContractBackend) (*KYCRegistry, error) {
	contract, err := bindKYCRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &KYCRegistry{KYCRegistryCaller: KYCRegistryCaller{contract: contract}, KYCRegistryTransactor: KYCRegistryTransactor{contract: contract}, KYCRegistryFilterer: KYCRegistryFilterer{contract: contract}}, nil
}

// NewKYCRegistryCaller creates a new read-only instance of KYCRegistry, bound to a specific deployed contract.
func NewKYCRegistryCaller(address common.Address, caller bind.ContractCaller) (*KYCRegistryCaller, error) {
	contract, err := bindKYCRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &KYCRegistryCaller{contract: contract}, nil
}

// NewKYCRegistryTransactor creates a new write-only instance of KYCRegistry, bound to a specific deployed contract.
func NewKYCRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*KYCRegistryTransactor, error) {
	contract, err := bindKYCRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &KYCRegistryTransactor{contract: contract}, nil
}

// NewKYCRegistryFilterer creates a new log filterer instance of KYCRegistry, bound to a specific deployed contract.
func NewKYCRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*KYCRegistryFilterer, error) {
	contract, err := bindKYCRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &KYCRegistryFilterer{contract: contract}, nil
}

// bindKYCRegistry binds a generic wrapper to an already deployed contract.
func bindKYCRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := KYCRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_KYCRegistry *KYCRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _KYCRegistry.Contract.KYCRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_KYCRegistry *KYCRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KYCRegistry.Contract.KYCRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_KYCRegistry *KYCRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _KYCRegistry.Contract.KYCRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_KYCRegistry *KYCRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _KYCRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_KYCRegistry *KYCRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KYCRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_KYCRegistry *KYCRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _KYCRegistry.Contract.contract.Transact(opts, method, params...)
}

// IsVerified is a free data retrieval call binding the contract method 0xb9209e33.
//
// Solidity: function isVerified(address account) view returns(bool)
func (_KYCRegistry *KYCRegistryCaller) IsVerified(opts *bind.CallOpts, account common.Address) (bool, error) {
	var out []interface{}
	err := _KYCRegistry.contract.Call(opts, &out, "isVerified", account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsVerified is a free data retrieval call binding the contract method 0xb9209e33.
//
// Solidity: function isVerified(address account) view returns(bool)
func (_KYCRegistry *KYCRegistrySession) IsVerified(account common.Address) (bool, error) {
	return _KYCRegistry.Contract.IsVerified(&_KYCRegistry.CallOpts, account)
}

// IsVerified is a free data retrieval call binding the contract method 0xb9209e33.
//
// Solidity: function isVerified(address account) view returns(bool)
func (_KYCRegistry *KYCRegistryCallerSession) IsVerified(account common.Address) (bool, error) {
	return _KYCRegistry.Contract.IsVerified(&_KYCRegistry.CallOpts, account)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_KYCRegistry *KYCRegistryCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _KYCRegistry.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_KYCRegistry *KYCRegistrySession) Owner() (common.Address, error) {
	return _KYCRegistry.Contract.Owner(&_KYCRegistry.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_KYCRegistry *KYCRegistryCallerSession) Owner() (common.Address, error) {
	return _KYCRegistry.Contract.Owner(&_KYCRegistry.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_KYCRegistry *KYCRegistryCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _KYCRegistry.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_KYCRegistry *KYCRegistrySession) PendingOwner() (common.Address, error) {
	return _KYCRegistry.Contract.PendingOwner(&_KYCRegistry.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_KYCRegistry *KYCRegistryCallerSession) PendingOwner() (common.Address, error) {
	return _KYCRegistry.Contract.PendingOwner(&_KYCRegistry.CallOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_KYCRegistry *KYCRegistryTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KYCRegistry.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_KYCRegistry *KYCRegistrySession) AcceptOwnership() (*types.Transaction, error) {
	return _KYCRegistry.Contract.AcceptOwnership(&_KYCRegistry.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_KYCRegistry *KYCRegistryTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _KYCRegistry.Contract.AcceptOwnership(&_KYCRegistry.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_KYCRegistry *KYCRegistryTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KYCRegistry.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_KYCRegistry *KYCRegistrySession) RenounceOwnership() (*types.Transaction, error) {
	return _KYCRegistry.Contract.RenounceOwnership(&_KYCRegistry.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_KYCRegistry *KYCRegistryTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _KYCRegistry.Contract.RenounceOwnership(&_KYCRegistry.TransactOpts)
}

// SetVerified is a paid mutator transaction binding the contract method 0x345dab69.
//
// Solidity: function setVerified(address[] accounts, bool verified) returns()
func (_KYCRegistry *KYCRegistryTransactor) SetVerified(opts *bind.TransactOpts, accounts []common.Address, verified bool) (*types.Transaction, error) {
	return _KYCRegistry.contract.Transact(opts, "setVerified", accounts, verified)
}

// SetVerified is a paid mutator transaction binding the contract method 0x345dab69.
//
// Solidity: function setVerified(address[] accounts, bool verified) returns()
func (_KYCRegistry *KYCRegistrySession) SetVerified(accounts []common.Address, verified bool) (*types.Transaction, error) {
	return _KYCRegistry.Contract.SetVerified(&_KYCRegistry.TransactOpts, accounts, verified)
}

// SetVerified is a paid mutator transaction binding the contract method 0x345dab69.
//
// Solidity: function setVerified(address[] accounts, bool verified) returns()
func (_KYCRegistry *KYCRegistryTransactorSession) SetVerified(accounts []common.Address, verified bool) (*types.Transaction, error) {
	return _KYCRegistry.Contract.SetVerified(&_KYCRegistry.TransactOpts, accounts, verified)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_KYCRegistry *KYCRegistryTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _KYCRegistry.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_KYCRegistry *KYCRegistrySession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _KYCRegistry.Contract.TransferOwnership(&_KYCRegistry.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_KYCRegistry *KYCRegistryTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _KYCRegistry.Contract.TransferOwnership(&_KYCRegistry.TransactOpts, newOwner)
}

// KYCRegistryOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the KYCRegistry contract.
type KYCRegistryOwnershipTransferStartedIterator struct {
	Event *KYCRegistryOwnershipTransferStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *KYCRegistryOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KYCRegistryOwnershipTransferStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(KYCRegistryOwnershipTransferStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *KYCRegistryOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KYCRegistryOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KYCRegistryOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the KYCRegistry contract.
type KYCRegistryOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_KYCRegistry *KYCRegistryFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*KYCRegistryOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _KYCRegistry.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &KYCRegistryOwnershipTransferStartedIterator{contract: _KYCRegistry.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_KYCRegistry *KYCRegistryFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *KYCRegistryOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _KYCRegistry.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KYCRegistryOwnershipTransferStarted)
				if err := _KYCRegistry.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferStarted is a log parse operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_KYCRegistry *KYCRegistryFilterer) ParseOwnershipTransferStarted(log types.Log) (*KYCRegistryOwnershipTransferStarted, error) {
	event := new(KYCRegistryOwnershipTransferStarted)
	if err := _KYCRegistry.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// KYCRegistryOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the KYCRegistry contract.
type KYCRegistryOwnershipTransferredIterator struct {
	Event *KYCRegistryOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *KYCRegistryOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KYCRegistryOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(KYCRegistryOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *KYCRegistryOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KYCRegistryOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KYCRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the KYCRegistry contract.
type KYCRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_KYCRegistry *KYCRegistryFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*KYCRegistryOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _KYCRegistry.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &KYCRegistryOwnershipTransferredIterator{contract: _KYCRegistry.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_KYCRegistry *KYCRegistryFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *KYCRegistryOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _KYCRegistry.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KYCRegistryOwnershipTransferred)
				if err := _KYCRegistry.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_KYCRegistry *KYCRegistryFilterer) ParseOwnershipTransferred(log types.Log) (*KYCRegistryOwnershipTransferred, error) {
	event := new(KYCRegistryOwnershipTransferred)
	if err := _KYCRegistry.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// KYCRegistryVerificationSetIterator is returned from FilterVerificationSet and is used to iterate over the raw logs and unpacked data for VerificationSet events raised by the KYCRegistry contract.
type KYCRegistryVerificationSetIterator struct {
	Event *KYCRegistryVerificationSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *KYCRegistryVerificationSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KYCRegistryVerificationSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(KYCRegistryVerificationSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *KYCRegistryVerificationSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KYCRegistryVerificationSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KYCRegistryVerificationSet represents a VerificationSet event raised by the KYCRegistry contract.
type KYCRegistryVerificationSet struct {
	Account  common.Address
	Verified bool
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterVerificationSet is a free log retrieval operation binding the contract event 0xf44ce59c56529957d59178accf620034c06ae9411bff6ba27df6116c6e0cdfe4.
//
// Solidity: event VerificationSet(address indexed account, bool verified)
func (_KYCRegistry *KYCRegistryFilterer) FilterVerificationSet(opts *bind.FilterOpts, account []common.Address) (*KYCRegistryVerificationSetIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _KYCRegistry.contract.FilterLogs(opts, "VerificationSet", accountRule)
	if err != nil {
		return nil, err
	}
	return &KYCRegistryVerificationSetIterator{contract: _KYCRegistry.contract, event: "VerificationSet", logs: logs, sub: sub}, nil
}

// WatchVerificationSet is a free log subscription operation binding the contract event 0xf44ce59c56529957d59178accf620034c06ae9411bff6ba27df6116c6e0cdfe4.
//
// Solidity: event VerificationSet(address indexed account, bool verified)
func (_KYCRegistry *KYCRegistryFilterer) WatchVerificationSet(opts *bind.WatchOpts, sink chan<- *KYCRegistryVerificationSet, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _KYCRegistry.contract.WatchLogs(opts, "VerificationSet", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KYCRegistryVerificationSet)
				if err := _KYCRegistry.contract.UnpackLog(event, "VerificationSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseVerificationSet is a log parse operation binding the contract event 0xf44ce59c56529957d59178accf620034c06ae9411bff6ba27df6116c6e0cdfe4.
//
// Solidity: event VerificationSet(address indexed account, bool verified)
func (_KYCRegistry *KYCRegistryFilterer) ParseVerificationSet(log types.Log) (*KYCRegistryVerificationSet, error) {
	event := new(KYCRegistryVerificationSet)
	if err := _KYCRegistry.contract.UnpackLog(event, "VerificationSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SimpleAccountMetaData contains all meta data concerning the SimpleAccount contract.
var SimpleAccountMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIEntryPoint\",\"name\":\"anEntryPoint\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"error\",\"type\":\"bytes\"}],\"name\":\"ExecuteError\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"contractIEntryPoint\",\"name\":\"entryPoint\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"SimpleAccountInitialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"addDeposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"entryPoint\",\"outputs\":[{\"internalType\":\"contractIEntryPoint\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"execute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"internalType\":\"structBaseAccount.Call[]\",\"name\":\"calls\",\"type\":\"tuple[]\"}],\"name\":\"executeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"anOwner\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"initCode\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callData\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"accountGasLimits\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"preVerificationGas\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"gasFees\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"paymasterAndData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structPackedUserOperation\",\"name\":\"userOp\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"userOpHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"missingAccountFunds\",\"type\":\"uint256\"}],\"name\":\"validateUserOp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"validationData\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"withdrawAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawDepositTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x60c03461014757601f6114e338819003918201601f19168301916001600160401b0383118484101761014b5780849260209460405283398101031261014757516001600160a01b0381168103610147573060805260a0525f5160206114c35f395f51905f525460ff8160401c16610138576002600160401b03196001600160401b038216016100e2575b604051611363908161016082396080518181816106ef01526107a0015260a0518181816101a7015281816103040152818161049c0152818161062501528181610a1f01528181610ac901528181610c9301526110250152f35b6001600160401b0319166001600160401b039081175f5160206114c35f395f51905f52556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d290602090a15f610089565b63f92ee8a960e01b5f5260045ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe608080604052600436101561001c575b50361561001a575f80fd5b005b5f905f3560e01c90816301ffc9a714610db057508063150b7a0214610d5a57806319822f7c14610c5457806334fcd5be14610b4d5780634a58db1914610ab35780634d44560d146109e65780634f1ef2861461074e57806352d1902d146106d45780638da5cb5b146106ae578063ad3cb1cc14610649578063b0d691fe14610605578063b61d27f614610589578063bc197c81146104d5578063c399ec881461044e578063c4d66de814610224578063d087d288146101535763f23a6e610361000f57346101505760a0366003190112610150576100f8610e66565b50610101610e7c565b5060843567ffffffffffffffff811161014e57610122903690600401610e92565b505060206040517ff23a6e61000000000000000000000000000000000000000000000000000000008152f35b505b80fd5b5034610150578060031936011261015057604051907f35567e1a0000000000000000000000000000000000000000000000000000000082523060048301528060248301526020826044816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa90811561021857906101e1575b602090604051908152f35b506020813d602011610210575b816101fb60209383610ef1565b8101031261020c57602090516101d6565b5f80fd5b3d91506101ee565b604051903d90823e3d90fd5b50346101505760203660031901126101505761023e610e66565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00549060ff8260401c16159167ffffffffffffffff811680159081610446575b600114908161043c575b159081610433575b5061040b5767ffffffffffffffff1981166001177ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00556001600160a01b039190836103cc575b5016908173ffffffffffffffffffffffffffffffffffffffff19845416178355604051916001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f47e55c76e7a6f1fd8996a1da8008c1ea29699cca35e7bcd057f2dec313b6e5de8580a3610350575080f35b60207fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29168ff0000000000000000197ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0054167ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a005560018152a180f35b68ffffffffffffffffff191668010000000000000001177ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00555f6102d6565b6004847ff92ee8a9000000000000000000000000000000000000000000000000000000008152fd5b9050155f610290565b303b159150610288565b84915061027e565b5034610150578060031936011261015057604051907f70a082310000000000000000000000000000000000000000000000000000000082523060048301526020826024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa90811561021857906101e157602090604051908152f35b50346101505760a0366003190112610150576104ef610e66565b506104f8610e7c565b5060443567ffffffffffffffff811161014e57610519903690600401610ec0565b505060643567ffffffffffffffff811161014e5761053b903690600401610ec0565b505060843567ffffffffffffffff811161014e5761055d903690600401610e92565b505060206040517fbc197c81000000000000000000000000000000000000000000000000000000008152f35b503461015057606036600319011261015057806105a4610e66565b60443567ffffffffffffffff81116106015782916105c96105dc923690600401610e92565b92906105d361101b565b5a933691610f43565b916020835193019160243591f1156105f15780f35b6105f96110ac565b602081519101fd5b5050fd5b503461015057806003193601126101505760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b5034610150578060031936011261015057506106aa60405161066c604082610ef1565b600581527f352e302e300000000000000000000000000000000000000000000000000000006020820152604051918291602083526020830190610f79565b0390f35b50346101505780600319360112610150576001600160a01b036020915416604051908152f35b50346101505780600319360112610150576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361073f5760206040517f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc8152f35b8063703e46dd60e11b60049252fd5b50604036600319011261015057610763610e66565b9060243567ffffffffffffffff811161014e573660238201121561014e57610795903690602481600401359101610f43565b916001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168030149081156109b1575b506109a2576107d86110c6565b6001600160a01b03811690604051937f52d1902d000000000000000000000000000000000000000000000000000000008552602085600481865afa8095859661096a575b506108345760248484634c9c8ce360e01b8252600452fd5b9091847f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc810361093f5750823b1561092d578073ffffffffffffffffffffffffffffffffffffffff197f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc5416177f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc557fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b8480a28051156108fb576108f791611227565b5080f35b5050346109055780f35b807fb398979f0000000000000000000000000000000000000000000000000000000060049252fd5b634c9c8ce360e01b8452600452602483fd5b7faa1d49a4000000000000000000000000000000000000000000000000000000008552600452602484fd5b9095506020813d60201161099a575b8161098660209383610ef1565b810103126109965751945f61081c565b8480fd5b3d9150610979565b60048263703e46dd60e11b8152fd5b90506001600160a01b037f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc541614155f6107cb565b503461015057604036600319011261015057806004356001600160a01b038116809103610ab057610a156110c6565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690813b156106015782916044839260405194859384927f205c2878000000000000000000000000000000000000000000000000000000008452600484015260243560248401525af18015610aa557610a945750f35b81610a9e91610ef1565b6101505780f35b6040513d84823e3d90fd5b50fd5b505f36600319011261020c576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016803b1561020c575f602491604051928380927fb760faf900000000000000000000000000000000000000000000000000000000825230600483015234905af18015610b4257610b36575080f35b61001a91505f90610ef1565b6040513d5f823e3d90fd5b3461020c57602036600319011261020c5760043567ffffffffffffffff811161020c57610b7e903690600401610ec0565b610b8661101b565b36829003605e19015f5b8281101561001a578060051b8401358281121561020c5784018035906001600160a01b038216820361020c575f9181610bdb610bd0604086950183610f9d565b91905a923691610f43565b926020808551950193013591f115610bf557600101610b90565b60018303610c05576105f96110ac565b610c0d6110ac565b90610c506040519283927f5a1546750000000000000000000000000000000000000000000000000000000084526004840152604060248401526044830190610f79565b0390fd5b3461020c57606036600319011261020c5760043567ffffffffffffffff811161020c57610120600319823603011261020c576044356001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163303610d1657610ccb60209260243590600401610fd0565b9080610cdb575b50604051908152f35b5f80808093335af1503d15610d11573d610cf481610f27565b90610d026040519283610ef1565b81525f833d92013e5b82610cd2565b610d0b565b606460405162461bcd60e51b815260206004820152601c60248201527f6163636f756e743a206e6f742066726f6d20456e747279506f696e74000000006044820152fd5b3461020c57608036600319011261020c57610d73610e66565b50610d7c610e7c565b5060643567ffffffffffffffff811161020c57610d9d903690600401610e92565b50506020604051630a85bd0160e11b8152f35b3461020c57602036600319011261020c57600435907fffffffff00000000000000000000000000000000000000000000000000000000821680920361020c5781630a85bd0160e11b60209314908115610e3c575b8115610e12575b5015158152f35b7f01ffc9a70000000000000000000000000000000000000000000000000000000091501483610e0b565b7f4e2312e00000000000000000000000000000000000000000000000000000000081149150610e04565b600435906001600160a01b038216820361020c57565b602435906001600160a01b038216820361020c57565b9181601f8401121561020c5782359167ffffffffffffffff831161020c576020838186019501011161020c57565b9181601f8401121561020c5782359167ffffffffffffffff831161020c576020808501948460051b01011161020c57565b90601f8019910116810190811067ffffffffffffffff821117610f1357604052565b634e487b7160e01b5f52604160045260245ffd5b67ffffffffffffffff8111610f1357601f01601f191660200190565b929192610f4f82610f27565b91610f5d6040519384610ef1565b82948184528183011161020c578281602093845f960137010152565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b903590601e198136030182121561020c570180359067ffffffffffffffff821161020c5760200191813603831361020c57565b9061100c6110036001600160a01b0392610ffd610ff6855f541696610100810190610f9d565b3691610f43565b9061112e565b90929192611168565b1603611016575f90565b600190565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633148015611099575b1561105557565b606460405162461bcd60e51b815260206004820152602060248201527f6163636f756e743a206e6f74204f776e6572206f7220456e747279506f696e746044820152fd5b506001600160a01b035f5416331461104e565b3d604051906020818301016040528082525f602083013e90565b6001600160a01b035f541633148015611125575b156110e157565b606460405162461bcd60e51b815260206004820152600a60248201527f6f6e6c79206f776e6572000000000000000000000000000000000000000000006044820152fd5b503033146110da565b815191906041830361115e576111579250602082015190606060408401519301515f1a906112e1565b9192909190565b50505f9160029190565b6004811015611213578061117a575050565b600181036111aa577ff645eedf000000000000000000000000000000000000000000000000000000005f5260045ffd5b600281036111de57507ffce698f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6003146111e85750565b7fd78bce0c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b905f8091602081519101845af480806112ce575b1561125b5750506040513d81523d5f602083013e60203d82010160405290565b15611295576001600160a01b03907f9996b315000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b3d156112a6576040513d5f823e3d90fd5b7fd6bda275000000000000000000000000000000000000000000000000000000005f5260045ffd5b503d15158061123b5750813b151561123b565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411611358579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15610b42575f516001600160a01b0381161561134e57905f905f90565b505f906001905f90565b5050505f916003919056f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00",
}

// SimpleAccountABI is the input ABI used to generate the binding from.
// Deprecated: Use SimpleAccountMetaData.ABI instead.
var SimpleAccountABI = SimpleAccountMetaData.ABI

// SimpleAccountBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SimpleAccountMetaData.Bin instead.
var SimpleAccountBin = SimpleAccountMetaData.Bin

// DeploySimpleAccount deploys a new Ethereum contract, binding an instance of SimpleAccount to it.
func DeploySimpleAccount(auth *bind.TransactOpts, backend bind.ContractBackend, anEntryPoint common.Address) (common.Address, *types.Transaction, *SimpleAccount, error) {
	parsed, err := SimpleAccountMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SimpleAccountBin), backend, anEntryPoint)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &SimpleAccount{SimpleAccountCaller: SimpleAccountCaller{contract: contract}, SimpleAccountTransactor: SimpleAccountTransactor{contract: contract}, SimpleAccountFilterer: SimpleAccountFilterer{contract: contract}}, nil
}

// SimpleAccount is an auto generated Go binding around an Ethereum contract.
type SimpleAccount struct {
	SimpleAccountCaller     // Read-only binding to the contract
	SimpleAccountTransactor // Write-only binding to the contract
	SimpleAccountFilterer   // Log filterer for contract events
}

// SimpleAccountCaller is an auto generated read-only Go binding around an Ethereum contract.
type SimpleAccountCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SimpleAccountTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SimpleAccountTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SimpleAccountFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SimpleAccountFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SimpleAccountSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SimpleAccountSession struct {
	Contract     *SimpleAccount    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// SimpleAccountCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SimpleAccountCallerSession struct {
	Contract *SimpleAccountCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// SimpleAccountTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SimpleAccountTransactorSession struct {
	Contract     *SimpleAccountTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// SimpleAccountRaw is an auto generated low-level Go binding around an Ethereum contract.
type SimpleAccountRaw struct {
	Contract *SimpleAccount // Generic contract binding to access the raw methods on
}

// SimpleAccountCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SimpleAccountCallerRaw struct {
	Contract *SimpleAccountCaller // Generic read-only contract binding to access the raw methods on
}

// SimpleAccountTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SimpleAccountTransactorRaw struct {
	Contract *SimpleAccountTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSimpleAccount creates a new instance of SimpleAccount, bound to a specific deployed contract.
func NewSimpleAccount(address common.Address, backend bind.ContractBackend) (*SimpleAccount, error) {
	contract, err := bindSimpleAccount(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &SimpleAccount{SimpleAccountCaller: SimpleAccountCaller{contract: contract}, SimpleAccountTransactor: SimpleAccountTransactor{contract: contract}, SimpleAccountFilterer: SimpleAccountFilterer{contract: contract}}, nil
}

// NewSimpleAccountCaller creates a new read-only instance of SimpleAccount, bound to a specific deployed contract.
func NewSimpleAccountCaller(address common.Address, caller bind.ContractCaller) (*SimpleAccountCaller, error) {
	contract, err := bindSimpleAccount(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SimpleAccountCaller{contract: contract}, nil
}

// NewSimpleAccountTransactor creates a new write-only instance of SimpleAccount, bound to a specific deployed contract.
func NewSimpleAccountTransactor(address common.Address, transactor bind.ContractTransactor) (*SimpleAccountTransactor, error) {
	contract, err := bindSimpleAccount(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SimpleAccountTransactor{contract: contract}, nil
}

// NewSimpleAccountFilterer creates a new log filterer instance of SimpleAccount, bound to a specific deployed contract.
func NewSimpleAccountFilterer(address common.Address, filterer bind.ContractFilterer) (*SimpleAccountFilterer, error) {
	contract, err := bindSimpleAccount(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SimpleAccountFilterer{contract: contract}, nil
}

// bindSimpleAccount binds a generic wrapper to an already deployed contract.
func bindSimpleAccount(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SimpleAccountMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SimpleAccount *SimpleAccountRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SimpleAccount.Contract.SimpleAccountCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SimpleAccount *SimpleAccountRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SimpleAccount.Contract.SimpleAccountTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SimpleAccount *SimpleAccountRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SimpleAccount.Contract.SimpleAccountTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SimpleAccount *SimpleAccountCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SimpleAccount.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SimpleAccount *SimpleAccountTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SimpleAccount.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SimpleAccount *SimpleAccountTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SimpleAccount.Contract.contract.Transact(opts, method, params...)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_SimpleAccount *SimpleAccountCaller) UPGRADEINTERFACEVERSION(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _SimpleAccount.contract.Call(opts, &out, "UPGRADE_INTERFACE_VERSION")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_SimpleAccount *SimpleAccountSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _SimpleAccount.Contract.UPGRADEINTERFACEVERSION(&_SimpleAccount.CallOpts)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_SimpleAccount *SimpleAccountCallerSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _SimpleAccount.Contract.UPGRADEINTERFACEVERSION(&_SimpleAccount.CallOpts)
}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_SimpleAccount *SimpleAccountCaller) EntryPoint(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SimpleAccount.contract.Call(opts, &out, "entryPoint")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_SimpleAccount *SimpleAccountSession) EntryPoint() (common.Address, error) {
	return _SimpleAccount.Contract.EntryPoint(&_SimpleAccount.CallOpts)
}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_SimpleAccount *SimpleAccountCallerSession) EntryPoint() (common.Address, error) {
	return _SimpleAccount.Contract.EntryPoint(&_SimpleAccount.CallOpts)
}

// GetDeposit is a free data retrieval call binding the contract method 0xc399ec88.
//
// Solidity: function getDeposit() view returns(uint256)
func (_SimpleAccount *SimpleAccountCaller) GetDeposit(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SimpleAccount.contract.Call(opts, &out, "getDeposit")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetDeposit is a free data retrieval call binding the contract method 0xc399ec88.
//
// Solidity: function getDeposit() view returns(uint256)
func (_SimpleAccount *SimpleAccountSession) GetDeposit() (*big.Int, error) {
	return _SimpleAccount.Contract.GetDeposit(&_SimpleAccount.CallOpts)
}

// GetDeposit is a free data retrieval call binding the contract method 0xc399ec88.
//
// Solidity: function getDeposit() view returns(uint256)
func (_SimpleAccount *SimpleAccountCallerSession) GetDeposit() (*big.Int, error) {
	return _SimpleAccount.Contract.GetDeposit(&_SimpleAccount.CallOpts)
}

// GetNonce is a free data retrieval call binding the contract method 0xd087d288.
//
// Solidity: function getNonce() view returns(uint256)
func (_SimpleAccount *SimpleAccountCaller) GetNonce(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SimpleAccount.contract.Call(opts, &out, "getNonce")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetNonce is a free data retrieval call binding the contract method 0xd087d288.
//
// Solidity: function getNonce() view returns(uint256)
func (_SimpleAccount *SimpleAccountSession) GetNonce() (*big.Int, error) {
	return _SimpleAccount.Contract.GetNonce(&_SimpleAccount.CallOpts)
}

// GetNonce is a free data retrieval call binding the contract method 0xd087d288.
//
// Solidity: function getNonce() view returns(uint256)
func (_SimpleAccount *SimpleAccountCallerSession) GetNonce() (*big.Int, error) {
	return _SimpleAccount.Contract.GetNonce(&_SimpleAccount.CallOpts)
}

// OnERC1155BatchReceived is a free data retrieval call binding the contract method 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) pure returns(bytes4)
func (_SimpleAccount *SimpleAccountCaller) OnERC1155BatchReceived(opts *bind.CallOpts, arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([4]byte, error) {
	var out []interface{}
	err := _SimpleAccount.contract.Call(opts, &out, "onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)

	if err != nil {
		return *new([4]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)

	return out0, err

}

// OnERC1155BatchReceived is a free data retrieval call binding the contract method 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) pure returns(bytes4)
func (_SimpleAccount *SimpleAccountSession) OnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([4]byte, error) {
	return _SimpleAccount.Contract.OnERC1155BatchReceived(&_SimpleAccount.CallOpts, arg0, arg1, arg2, arg3, arg4)
}

// OnERC1155BatchReceived is a free data retrieval call binding the contract method 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) pure returns(bytes4)
func (_SimpleAccount *SimpleAccountCallerSession) OnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([4]byte, error) {
	return _SimpleAccount.Contract.OnERC1155BatchReceived(&_SimpleAccount.CallOpts, arg0, arg1, arg2, arg3, arg4)
}

// OnERC1155Received is a free data retrieval call binding the contract method 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) pure returns(bytes4)
func (_SimpleAccount *SimpleAccountCaller) OnERC1155Received(opts *bind.CallOpts, arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([4]byte, error) {
	var out []interface{}
	err := _SimpleAccount.contract.Call(opts, &out, "onERC1155Received", arg0, arg1, arg2, arg3, arg4)

	if err != nil {
		return *new([4]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)

	return out0, err

}

// OnERC1155Received is a free data retrieval call binding the contract method 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) pure returns(bytes4)
func (_SimpleAccount *SimpleAccountSession) OnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([4]byte, error) {
	return _SimpleAccount.Contract.OnERC1155Received(&_SimpleAccount.CallOpts, arg0, arg1, arg2, arg3, arg4)
}

// OnERC1155Received is a free data retrieval call binding the contract method 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) pure returns(bytes4)
func (_SimpleAccount *SimpleAccountCallerSession) OnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([4]byte, error) {
	return _SimpleAccount.Contract.OnERC1155Received(&_SimpleAccount.CallOpts, arg0, arg1, arg2, arg3, arg4)
}

// OnERC721Received is a free data retrieval call binding the contract method 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) pure returns(bytes4)
func (_SimpleAccount *SimpleAccountCaller) OnERC721Received(opts *bind.CallOpts, arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([4]byte, error) {
	var out []interface{}
	err := _SimpleAccount.contract.Call(opts, &out, "onERC721Received", arg0, arg1, arg2, arg3)

	if err != nil {
		return *new([4]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)

	return out0, err

}

// OnERC721Received is a free data retrieval call binding the contract method 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) pure returns(bytes4)
func (_SimpleAccount *SimpleAccountSession) OnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([4]byte, error) {
	return _SimpleAccount.Contract.OnERC721Received(&_SimpleAccount.CallOpts, arg0, arg1, arg2, arg3)
}

// OnERC721Received is a free data retrieval call binding the contract method 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) pure returns(bytes4)
func (_SimpleAccount *SimpleAccountCallerSession) OnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([4]byte, error) {
	return _SimpleAccount.Contract.OnERC721Received(&_SimpleAccount.CallOpts, arg0, arg1, arg2, arg3)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_SimpleAccount *SimpleAccountCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SimpleAccount.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_SimpleAccount *SimpleAccountSession) Owner() (common.Address, error) {
	return _SimpleAccount.Contract.Owner(&_SimpleAccount.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_SimpleAccount *SimpleAccountCallerSession) Owner() (common.Address, error) {
	return _SimpleAccount.Contract.Owner(&_SimpleAccount.CallOpts)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_SimpleAccount *SimpleAccountCaller) ProxiableUUID(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SimpleAccount.contract.Call(opts, &out, "proxiableUUID")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_SimpleAccount *SimpleAccountSession) ProxiableUUID() ([32]byte, error) {
	return _SimpleAccount.Contract.ProxiableUUID(&_SimpleAccount.CallOpts)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_SimpleAccount *SimpleAccountCallerSession) ProxiableUUID() ([32]byte, error) {
	return _SimpleAccount.Contract.ProxiableUUID(&_SimpleAccount.CallOpts)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_SimpleAccount *SimpleAccountCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _SimpleAccount.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_SimpleAccount *SimpleAccountSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _SimpleAccount.Contract.SupportsInterface(&_SimpleAccount.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_SimpleAccount *SimpleAccountCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _SimpleAccount.Contract.SupportsInterface(&_SimpleAccount.CallOpts, interfaceId)
}

// AddDeposit is a paid mutator transaction binding the contract method 0x4a58db19.
//
// Solidity: function addDeposit() payable returns()
func (_SimpleAccount *SimpleAccountTransactor) AddDeposit(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SimpleAccount.contract.Transact(opts, "addDeposit")
}

// AddDeposit is a paid mutator transaction binding the contract method 0x4a58db19.
//
// Solidity: function addDeposit() payable returns()
func (_SimpleAccount *SimpleAccountSession) AddDeposit() (*types.Transaction, error) {
	return _SimpleAccount.Contract.AddDeposit(&_SimpleAccount.TransactOpts)
}

// AddDeposit is a paid mutator transaction binding the contract method 0x4a58db19.
//
// Solidity: function addDeposit() payable returns()
func (_SimpleAccount *SimpleAccountTransactorSession) AddDeposit() (*types.Transaction, error) {
	return _SimpleAccount.Contract.AddDeposit(&_SimpleAccount.TransactOpts)
}

// Execute is a paid mutator transaction binding the contract method 0xb61d27f6.
//
// Solidity: function execute(address target, uint256 value, bytes data) returns()
func (_SimpleAccount *SimpleAccountTransactor) Execute(opts *bind.TransactOpts, target common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _SimpleAccount.contract.Transact(opts, "execute", target, value, data)
}

// Execute is a paid mutator transaction binding the contract method 0xb61d27f6.
//
// Solidity: function execute(address target, uint256 value, bytes data) returns()
func (_SimpleAccount *SimpleAccountSession) Execute(target common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _SimpleAccount.Contract.Execute(&_SimpleAccount.TransactOpts, target, value, data)
}

// Execute is a paid mutator transaction binding the contract method 0xb61d27f6.
//
// Solidity: function execute(address target, uint256 value, bytes data) returns()
func (_SimpleAccount *SimpleAccountTransactorSession) Execute(target common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _SimpleAccount.Contract.Execute(&_SimpleAccount.TransactOpts, target, value, data)
}

// ExecuteBatch is a paid mutator transaction binding the contract method 0x34fcd5be.
//
// Solidity: function executeBatch((address,uint256,bytes)[] calls) returns()
func (_SimpleAccount *SimpleAccountTransactor) ExecuteBatch(opts *bind.TransactOpts, calls []BaseAccountCall) (*types.Transaction, error) {
	return _SimpleAccount.contract.Transact(opts, "executeBatch", calls)
}

// ExecuteBatch is a paid mutator transaction binding the contract method 0x34fcd5be.
//
// Solidity: function executeBatch((address,uint256,bytes)[] calls) returns()
func (_SimpleAccount *SimpleAccountSession) ExecuteBatch(calls []BaseAccountCall) (*types.Transaction, error) {
	return _SimpleAccount.Contract.ExecuteBatch(&_SimpleAccount.TransactOpts, calls)
}

// ExecuteBatch is a paid mutator transaction binding the contract method 0x34fcd5be.
//
// Solidity: function executeBatch((address,uint256,bytes)[] calls) returns()
func (_SimpleAccount *SimpleAccountTransactorSession) ExecuteBatch(calls []BaseAccountCall) (*types.Transaction, error) {
	return _SimpleAccount.Contract.ExecuteBatch(&_SimpleAccount.TransactOpts, calls)
}

// Initialize is a paid mutator transaction binding the contract method 0xc4d66de8.
//
// Solidity: function initialize(address anOwner) returns()
func (_SimpleAccount *SimpleAccountTransactor) Initialize(opts *bind.TransactOpts, anOwner common.Address) (*types.Transaction, error) {
	return _SimpleAccount.contract.Transact(opts, "initialize", anOwner)
}

// Initialize is a paid mutator transaction binding the contract method 0xc4d66de8.
//
// Solidity: function initialize(address anOwner) returns()
func (_SimpleAccount *SimpleAccountSession) Initialize(anOwner common.Address) (*types.Transaction, error) {
	return _SimpleAccount.Contract.Initialize(&_SimpleAccount.TransactOpts, anOwner)
}

// Initialize is a paid mutator transaction binding the contract method 0xc4d66de8.
//
// Solidity: function initialize(address anOwner) returns()
func (_SimpleAccount *SimpleAccountTransactorSession) Initialize(anOwner common.Address) (*types.Transaction, error) {
	return _SimpleAccount.Contract.Initialize(&_SimpleAccount.TransactOpts, anOwner)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_SimpleAccount *SimpleAccountTransactor) UpgradeToAndCall(opts *bind.TransactOpts, newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _SimpleAccount.contract.Transact(opts, "upgradeToAndCall", newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_SimpleAccount *SimpleAccountSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _SimpleAccount.Contract.UpgradeToAndCall(&_SimpleAccount.TransactOpts, newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_SimpleAccount *SimpleAccountTransactorSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _SimpleAccount.Contract.UpgradeToAndCall(&_SimpleAccount.TransactOpts, newImplementation, data)
}

// ValidateUserOp is a paid mutator transaction binding the contract method 0x19822f7c.
//
// Solidity: function validateUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, bytes32 userOpHash, uint256 missingAccountFunds) returns(uint256 validationData)
func (_SimpleAccount *SimpleAccountTransactor) ValidateUserOp(opts *bind.TransactOpts, userOp PackedUserOperation, userOpHash [32]byte, missingAccountFunds *big.Int) (*types.Transaction, error) {
	return _SimpleAccount.contract.Transact(opts, "validateUserOp", userOp, userOpHash, missingAccountFunds)
}

// ValidateUserOp is a paid mutator transaction binding the contract method 0x19822f7c.
//
// Solidity: function validateUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, bytes32 userOpHash, uint256 missingAccountFunds) returns(uint256 validationData)
func (_SimpleAccount *SimpleAccountSession) ValidateUserOp(userOp PackedUserOperation, userOpHash [32]byte, missingAccountFunds *big.Int) (*types.Transaction, error) {
	return _SimpleAccount.Contract.ValidateUserOp(&_SimpleAccount.TransactOpts, userOp, userOpHash, missingAccountFunds)
}

// ValidateUserOp is a paid mutator transaction binding the contract method 0x19822f7c.
//
// Solidity: function validateUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, bytes32 userOpHash, uint256 missingAccountFunds) returns(uint256 validationData)
func (_SimpleAccount *SimpleAccountTransactorSession) ValidateUserOp(userOp PackedUserOperation, userOpHash [32]byte, missingAccountFunds *big.Int) (*types.Transaction, error) {
	return _SimpleAccount.Contract.ValidateUserOp(&_SimpleAccount.TransactOpts, userOp, userOpHash, missingAccountFunds)
}

// WithdrawDepositTo is a paid mutator transaction binding the contract method 0x4d44560d.
//
// Solidity: function withdrawDepositTo(address withdrawAddress, uint256 amount) returns()
func (_SimpleAccount *SimpleAccountTransactor) WithdrawDepositTo(opts *bind.TransactOpts, withdrawAddress common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SimpleAccount.contract.Transact(opts, "withdrawDepositTo", withdrawAddress, amount)
}

// WithdrawDepositTo is a paid mutator transaction binding the contract method 0x4d44560d.
//
// Solidity: function withdrawDepositTo(address withdrawAddress, uint256 amount) returns()
func (_SimpleAccount *SimpleAccountSession) WithdrawDepositTo(withdrawAddress common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SimpleAccount.Contract.WithdrawDepositTo(&_SimpleAccount.TransactOpts, withdrawAddress, amount)
}

// WithdrawDepositTo is a paid mutator transaction binding the contract method 0x4d44560d.
//
// Solidity: function withdrawDepositTo(address withdrawAddress, uint256 amount) returns()
func (_SimpleAccount *SimpleAccountTransactorSession) WithdrawDepositTo(withdrawAddress common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SimpleAccount.Contract.WithdrawDepositTo(&_SimpleAccount.TransactOpts, withdrawAddress, amount)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_SimpleAccount *SimpleAccountTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SimpleAccount.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_SimpleAccount *SimpleAccountSession) Receive() (*types.Transaction, error) {
	return _SimpleAccount.Contract.Receive(&_SimpleAccount.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_SimpleAccount *SimpleAccountTransactorSession) Receive() (*types.Transaction, error) {
	return _SimpleAccount.Contract.Receive(&_SimpleAccount.TransactOpts)
}

// SimpleAccountInitializedIterator is returned from FilterInitialized and is used to iterate over the raw logs and unpacked data for Initialized events raised by the SimpleAccount contract.
type SimpleAccountInitializedIterator struct {
	Event *SimpleAccountInitialized // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SimpleAccountInitializedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SimpleAccountInitialized)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SimpleAccountInitialized)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SimpleAccountInitializedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SimpleAccountInitializedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SimpleAccountInitialized represents a Initialized event raised by the SimpleAccount contract.
type SimpleAccountInitialized struct {
	Version uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterInitialized is a free log retrieval operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_SimpleAccount *SimpleAccountFilterer) FilterInitialized(opts *bind.FilterOpts) (*SimpleAccountInitializedIterator, error) {

	logs, sub, err := _SimpleAccount.contract.FilterLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return &SimpleAccountInitializedIterator{contract: _SimpleAccount.contract, event: "Initialized", logs: logs, sub: sub}, nil
}

// WatchInitialized is a free log subscription operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_SimpleAccount *SimpleAccountFilterer) WatchInitialized(opts *bind.WatchOpts, sink chan<- *SimpleAccountInitialized) (event.Subscription, error) {

	logs, sub, err := _SimpleAccount.contract.WatchLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SimpleAccountInitialized)
				if err := _SimpleAccount.contract.UnpackLog(event, "Initialized", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseInitialized is a log parse operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_SimpleAccount *SimpleAccountFilterer) ParseInitialized(log types.Log) (*SimpleAccountInitialized, error) {
	event := new(SimpleAccountInitialized)
	if err := _SimpleAccount.contract.UnpackLog(event, "Initialized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SimpleAccountSimpleAccountInitializedIterator is returned from FilterSimpleAccountInitialized and is used to iterate over the raw logs and unpacked data for SimpleAccountInitialized events raised by the SimpleAccount contract.
type SimpleAccountSimpleAccountInitializedIterator struct {
	Event *SimpleAccountSimpleAccountInitialized // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SimpleAccountSimpleAccountInitializedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SimpleAccountSimpleAccountInitialized)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SimpleAccountSimpleAccountInitialized)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SimpleAccountSimpleAccountInitializedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SimpleAccountSimpleAccountInitializedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SimpleAccountSimpleAccountInitialized represents a SimpleAccountInitialized event raised by the SimpleAccount contract.
type SimpleAccountSimpleAccountInitialized struct {
	EntryPoint common.Address
	Owner      common.Address
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterSimpleAccountInitialized is a free log retrieval operation binding the contract event 0x47e55c76e7a6f1fd8996a1da8008c1ea29699cca35e7bcd057f2dec313b6e5de.
//
// Solidity: event SimpleAccountInitialized(address indexed entryPoint, address indexed owner)
func (_SimpleAccount *SimpleAccountFilterer) FilterSimpleAccountInitialized(opts *bind.FilterOpts, entryPoint []common.Address, owner []common.Address) (*SimpleAccountSimpleAccountInitializedIterator, error) {

	var entryPointRule []interface{}
	for _, entryPointItem := range entryPoint {
		entryPointRule = append(entryPointRule, entryPointItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _SimpleAccount.contract.FilterLogs(opts, "SimpleAccountInitialized", entryPointRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &SimpleAccountSimpleAccountInitializedIterator{contract: _SimpleAccount.contract, event: "SimpleAccountInitialized", logs: logs, sub: sub}, nil
}

// WatchSimpleAccountInitialized is a free log subscription operation binding the contract event 0x47e55c76e7a6f1fd8996a1da8008c1ea29699cca35e7bcd057f2dec313b6e5de.
//
// Solidity: event SimpleAccountInitialized(address indexed entryPoint, address indexed owner)
func (_SimpleAccount *SimpleAccountFilterer) WatchSimpleAccountInitialized(opts *bind.WatchOpts, sink chan<- *SimpleAccountSimpleAccountInitialized, entryPoint []common.Address, owner []common.Address) (event.Subscription, error) {

	var entryPointRule []interface{}
	for _, entryPointItem := range entryPoint {
		entryPointRule = append(entryPointRule, entryPointItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _SimpleAccount.contract.WatchLogs(opts, "SimpleAccountInitialized", entryPointRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SimpleAccountSimpleAccountInitialized)
				if err := _SimpleAccount.contract.UnpackLog(event, "SimpleAccountInitialized", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSimpleAccountInitialized is a log parse operation binding the contract event 0x47e55c76e7a6f1fd8996a1da8008c1ea29699cca35e7bcd057f2dec313b6e5de.
//
// Solidity: event SimpleAccountInitialized(address indexed entryPoint, address indexed owner)
func (_SimpleAccount *SimpleAccountFilterer) ParseSimpleAccountInitialized(log types.Log) (*SimpleAccountSimpleAccountInitialized, error) {
	event := new(SimpleAccountSimpleAccountInitialized)
	if err := _SimpleAccount.contract.UnpackLog(event, "SimpleAccountInitialized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SimpleAccountUpgradedIterator is returned from FilterUpgraded and is used to iterate over the raw logs and unpacked data for Upgraded events raised by the SimpleAccount contract.
type SimpleAccountUpgradedIterator struct {
	Event *SimpleAccountUpgraded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SimpleAccountUpgradedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SimpleAccountUpgraded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SimpleAccountUpgraded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SimpleAccountUpgradedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SimpleAccountUpgradedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SimpleAccountUpgraded represents a Upgraded event raised by the SimpleAccount contract.
type SimpleAccountUpgraded struct {
	Implementation common.Address
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterUpgraded is a free log retrieval operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_SimpleAccount *SimpleAccountFilterer) FilterUpgraded(opts *bind.FilterOpts, implementation []common.Address) (*SimpleAccountUpgradedIterator, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _SimpleAccount.contract.FilterLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return &SimpleAccountUpgradedIterator{contract: _SimpleAccount.contract, event: "Upgraded", logs: logs, sub: sub}, nil
}

// WatchUpgraded is a free log subscription operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_SimpleAccount *SimpleAccountFilterer) WatchUpgraded(opts *bind.WatchOpts, sink chan<- *SimpleAccountUpgraded, implementation []common.Address) (event.Subscription, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _SimpleAccount.contract.WatchLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SimpleAccountUpgraded)
				if err := _SimpleAccount.contract.UnpackLog(event, "Upgraded", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUpgraded is a log parse operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_SimpleAccount *SimpleAccountFilterer) ParseUpgraded(log types.Log) (*SimpleAccountUpgraded, error) {
	event := new(SimpleAccountUpgraded)
	if err := _SimpleAccount.contract.UnpackLog(event, "Upgraded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SimpleAccountFactoryMetaData contains all meta data concerning the SimpleAccountFactory contract.
var SimpleAccountFactoryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIEntryPoint\",\"name\":\"_entryPoint\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"accountImplementation\",\"outputs\":[{\"internalType\":\"contractSimpleAccount\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"salt\",\"type\":\"uint256\"}],\"name\":\"createAccount\",\"outputs\":[{\"internalType\":\"contractSimpleAccount\",\"name\":\"ret\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"salt\",\"type\":\"uint256\"}],\"name\":\"getAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"senderCreator\",\"outputs\":[{\"internalType\":\"contractISenderCreator\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60c0806040523461010c57602081611cc1803803809161001f8285610137565b83398101031261010c57516001600160a01b0381169081900361010c576040516114e3808201906001600160401b038211838310176101235760209183916107de83398481520301905ff08015610118576080526040516213997160e71b815290602090829060049082905afa908115610118575f916100d2575b5060a052604051610683908161015b823960805181818160ae015281816102650152610387015260a05181818160ef01526101cd0152f35b90506020813d602011610110575b816100ed60209383610137565b8101031261010c57516001600160a01b038116810361010c575f61009a565b5f80fd5b3d91506100e0565b6040513d5f823e3d90fd5b634e487b7160e01b5f52604160045260245ffd5b601f909101601f19168101906001600160401b038211908210176101235760405256fe6080806040526004361015610012575f80fd5b5f3560e01c90816309ccb880146100d25750806311464fbe1461008f5780635fbfb9cf1461007657638cb84e1814610048575f80fd5b3461007257602061006161005b36610113565b90610319565b6001600160a01b0360405191168152f35b5f80fd5b3461007257602061006161008936610113565b906101c3565b34610072575f3660031901126100725760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610072575f366003190112610072576020906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b6040906003190112610072576004356001600160a01b0381168103610072579060243590565b90601f8019910116810190811067ffffffffffffffff82111761015b57604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b906060926001600160a01b036020921683526040828401528051918291826040860152018484015e5f828201840152601f01601f1916010190565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633036102bb576101fd8282610319565b803b6102ac57506001600160a01b036040519163189acdbd60e31b602084015216602482015260248152610232604482610139565b604051906102778083019183831067ffffffffffffffff84111761015b57839261028b9261040c85396001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690610188565b03905ff580156102a1576001600160a01b031690565b6040513d5f823e3d90fd5b6001600160a01b031692915050565b60646040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152602060248201527f6f6e6c792063616c6c61626c652066726f6d2053656e64657243726561746f726044820152fd5b600b6001600160a01b0392605592610277906103ec6040519261033f6020820185610139565b808452602084019061040c8239876040519363189acdbd60e31b602086015216602484015260248352610373604484610139565b6020604051936103bb856103ad848201938d7f00000000000000000000000000000000000000000000000000000000000000001685610188565b03601f198101875286610139565b60405194859383850197518091895e840190838201905f8252519283915e01015f815203601f198101835282610139565b5190209060405191604083015260208201523081520160ff815320169056fe6080604052610277803803806100148161016e565b9283398101604082820312610156578151916001600160a01b03831690818403610156576020810151906001600160401b038211610156570182601f82011215610156578051906001600160401b03821161015a5761007c601f8301601f191660200161016e565b938285526020838301011161015657815f9260208093018387015e8401015281511561014757823b15610135577f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc80546001600160a01b031916821790557fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b5f80a280511561011e5761010e91610193565b505b604051605790816102208239f35b505034156101105763b398979f60e01b5f5260045ffd5b634c9c8ce360e01b5f5260045260245ffd5b6330a289cf60e21b5f5260045ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b6040519190601f01601f191682016001600160401b0381118382101761015a57604052565b905f8091602081519101845af4808061020c575b156101c75750506040513d81523d5f602083013e60203d82010160405290565b156101ec57639996b31560e01b5f9081526001600160a01b0391909116600452602490fd5b3d156101fd576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b503d1515806101a75750813b15156101a756fe60806040525f8073ffffffffffffffffffffffffffffffffffffffff7f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc5416368280378136915af43d5f803e156053573d5ff35b3d5ffd60c03461014757601f6114e338819003918201601f19168301916001600160401b0383118484101761014b5780849260209460405283398101031261014757516001600160a01b0381168103610147573060805260a0525f5160206114c35f395f51905f525460ff8160401c16610138576002600160401b03196001600160401b038216016100e2575b604051611363908161016082396080518181816106ef01526107a0015260a0518181816101a7015281816103040152818161049c0152818161062501528181610a1f01528181610ac901528181610c9301526110250152f35b6001600160401b0319166001600160401b039081175f5160206114c35f395f51905f52556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d290602090a15f610089565b63f92ee8a960e01b5f5260045ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe608080604052600436101561001c575b50361561001a575f80fd5b005b5f905f3560e01c90816301ffc9a714610db057508063150b7a0214610d5a57806319822f7c14610c5457806334fcd5be14610b4d5780634a58db1914610ab35780634d44560d146109e65780634f1ef2861461074e57806352d1902d146106d45780638da5cb5b146106ae578063ad3cb1cc14610649578063b0d691fe14610605578063b61d27f614610589578063bc197c81146104d5578063c399ec881461044e578063c4d66de814610224578063d087d288146101535763f23a6e610361000f57346101505760a0366003190112610150576100f8610e66565b50610101610e7c565b5060843567ffffffffffffffff811161014e57610122903690600401610e92565b505060206040517ff23a6e61000000000000000000000000000000000000000000000000000000008152f35b505b80fd5b5034610150578060031936011261015057604051907f35567e1a0000000000000000000000000000000000000000000000000000000082523060048301528060248301526020826044816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa90811561021857906101e1575b602090604051908152f35b506020813d602011610210575b816101fb60209383610ef1565b8101031261020c57602090516101d6565b5f80fd5b3d91506101ee565b604051903d90823e3d90fd5b50346101505760203660031901126101505761023e610e66565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00549060ff8260401c16159167ffffffffffffffff811680159081610446575b600114908161043c575b159081610433575b5061040b5767ffffffffffffffff1981166001177ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00556001600160a01b039190836103cc575b5016908173ffffffffffffffffffffffffffffffffffffffff19845416178355604051916001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f47e55c76e7a6f1fd8996a1da8008c1ea29699cca35e7bcd057f2dec313b6e5de8580a3610350575080f35b60207fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29168ff0000000000000000197ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0054167ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a005560018152a180f35b68ffffffffffffffffff191668010000000000000001177ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00555f6102d6565b6004847ff92ee8a9000000000000000000000000000000000000000000000000000000008152fd5b9050155f610290565b303b159150610288565b84915061027e565b5034610150578060031936011261015057604051907f70a082310000000000000000000000000000000000000000000000000000000082523060048301526020826024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa90811561021857906101e157602090604051908152f35b50346101505760a0366003190112610150576104ef610e66565b506104f8610e7c565b5060443567ffffffffffffffff811161014e57610519903690600401610ec0565b505060643567ffffffffffffffff811161014e5761053b903690600401610ec0565b505060843567ffffffffffffffff811161014e5761055d903690600401610e92565b505060206040517fbc197c81000000000000000000000000000000000000000000000000000000008152f35b503461015057606036600319011261015057806105a4610e66565b60443567ffffffffffffffff81116106015782916105c96105dc923690600401610e92565b92906105d361101b565b5a933691610f43565b916020835193019160243591f1156105f15780f35b6105f96110ac565b602081519101fd5b5050fd5b503461015057806003193601126101505760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b5034610150578060031936011261015057506106aa60405161066c604082610ef1565b600581527f352e302e300000000000000000000000000000000000000000000000000000006020820152604051918291602083526020830190610f79565b0390f35b50346101505780600319360112610150576001600160a01b036020915416604051908152f35b50346101505780600319360112610150576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361073f5760206040517f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc8152f35b8063703e46dd60e11b60049252fd5b50604036600319011261015057610763610e66565b9060243567ffffffffffffffff811161014e573660238201121561014e57610795903690602481600401359101610f43565b916001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168030149081156109b1575b506109a2576107d86110c6565b6001600160a01b03811690604051937f52d1902d000000000000000000000000000000000000000000000000000000008552602085600481865afa8095859661096a575b506108345760248484634c9c8ce360e01b8252600452fd5b9091847f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc810361093f5750823b1561092d578073ffffffffffffffffffffffffffffffffffffffff197f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc5416177f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc557fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b8480a28051156108fb576108f791611227565b5080f35b5050346109055780f35b807fb398979f0000000000000000000000000000000000000000000000000000000060049252fd5b634c9c8ce360e01b8452600452602483fd5b7faa1d49a4000000000000000000000000000000000000000000000000000000008552600452602484fd5b9095506020813d60201161099a575b8161098660209383610ef1565b810103126109965751945f61081c565b8480fd5b3d9150610979565b60048263703e46dd60e11b8152fd5b90506001600160a01b037f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc541614155f6107cb565b503461015057604036600319011261015057806004356001600160a01b038116809103610ab057610a156110c6565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690813b156106015782916044839260405194859384927f205c2878000000000000000000000000000000000000000000000000000000008452600484015260243560248401525af18015610aa557610a945750f35b81610a9e91610ef1565b6101505780f35b6040513d84823e3d90fd5b50fd5b505f36600319011261020c576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016803b1561020c575f602491604051928380927fb760faf900000000000000000000000000000000000000000000000000000000825230600483015234905af18015610b4257610b36575080f35b61001a91505f90610ef1565b6040513d5f823e3d90fd5b3461020c57602036600319011261020c5760043567ffffffffffffffff811161020c57610b7e903690600401610ec0565b610b8661101b565b36829003605e19015f5b8281101561001a578060051b8401358281121561020c5784018035906001600160a01b038216820361020c575f9181610bdb610bd0604086950183610f9d565b91905a923691610f43565b926020808551950193013591f115610bf557600101610b90565b60018303610c05576105f96110ac565b610c0d6110ac565b90610c506040519283927f5a1546750000000000000000000000000000000000000000000000000000000084526004840152604060248401526044830190610f79565b0390fd5b3461020c57606036600319011261020c5760043567ffffffffffffffff811161020c57610120600319823603011261020c576044356001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163303610d1657610ccb60209260243590600401610fd0565b9080610cdb575b50604051908152f35b5f80808093335af1503d15610d11573d610cf481610f27565b90610d026040519283610ef1565b81525f833d92013e5b82610cd2565b610d0b565b606460405162461bcd60e51b815260206004820152601c60248201527f6163636f756e743a206e6f742066726f6d20456e747279506f696e74000000006044820152fd5b3461020c57608036600319011261020c57610d73610e66565b50610d7c610e7c565b5060643567ffffffffffffffff811161020c57610d9d903690600401610e92565b50506020604051630a85bd0160e11b8152f35b3461020c57602036600319011261020c57600435907fffffffff00000000000000000000000000000000000000000000000000000000821680920361020c5781630a85bd0160e11b60209314908115610e3c575b8115610e12575b5015158152f35b7f01ffc9a70000000000000000000000000000000000000000000000000000000091501483610e0b565b7f4e2312e00000000000000000000000000000000000000000000000000000000081149150610e04565b600435906001600160a01b038216820361020c57565b602435906001600160a01b038216820361020c57565b9181601f8401121561020c5782359167ffffffffffffffff831161020c576020838186019501011161020c57565b9181601f8401121561020c5782359167ffffffffffffffff831161020c576020808501948460051b01011161020c57565b90601f8019910116810190811067ffffffffffffffff821117610f1357604052565b634e487b7160e01b5f52604160045260245ffd5b67ffffffffffffffff8111610f1357601f01601f191660200190565b929192610f4f82610f27565b91610f5d6040519384610ef1565b82948184528183011161020c578281602093845f960137010152565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b903590601e198136030182121561020c570180359067ffffffffffffffff821161020c5760200191813603831361020c57565b9061100c6110036001600160a01b0392610ffd610ff6855f541696610100810190610f9d565b3691610f43565b9061112e565b90929192611168565b1603611016575f90565b600190565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633148015611099575b1561105557565b606460405162461bcd60e51b815260206004820152602060248201527f6163636f756e743a206e6f74204f776e6572206f7220456e747279506f696e746044820152fd5b506001600160a01b035f5416331461104e565b3d604051906020818301016040528082525f602083013e90565b6001600160a01b035f541633148015611125575b156110e157565b606460405162461bcd60e51b815260206004820152600a60248201527f6f6e6c79206f776e6572000000000000000000000000000000000000000000006044820152fd5b503033146110da565b815191906041830361115e576111579250602082015190606060408401519301515f1a906112e1565b9192909190565b50505f9160029190565b6004811015611213578061117a575050565b600181036111aa577ff645eedf000000000000000000000000000000000000000000000000000000005f5260045ffd5b600281036111de57507ffce698f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6003146111e85750565b7fd78bce0c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b905f8091602081519101845af480806112ce575b1561125b5750506040513d81523d5f602083013e60203d82010160405290565b15611295576001600160a01b03907f9996b315000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b3d156112a6576040513d5f823e3d90fd5b7fd6bda275000000000000000000000000000000000000000000000000000000005f5260045ffd5b503d15158061123b5750813b151561123b565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411611358579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15610b42575f516001600160a01b0381161561134e57905f905f90565b505f906001905f90565b5050505f916003919056f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00",
}

// SimpleAccountFactoryABI is the input ABI used to generate the binding from.
// Deprecated: Use SimpleAccountFactoryMetaData.ABI instead.
var SimpleAccountFactoryABI = SimpleAccountFactoryMetaData.ABI

// SimpleAccountFactoryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SimpleAccountFactoryMetaData.Bin instead.
var SimpleAccountFactoryBin = SimpleAccountFactoryMetaData.Bin

// DeploySimpleAccountFactory deploys a new Ethereum contract, binding an instance of SimpleAccountFactory to it.
func DeploySimpleAccountFactory(auth *bind.TransactOpts, backend bind.ContractBackend, _entryPoint common.Address) (common.Address, *types.Transaction, *SimpleAccountFactory, error) {
	parsed, err := SimpleAccountFactoryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SimpleAccountFactoryBin), backend, _entryPoint)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &SimpleAccountFactory{SimpleAccountFactoryCaller: SimpleAccountFactoryCaller{contract: contract}, SimpleAccountFactoryTransactor: SimpleAccountFactoryTransactor{contract: contract}, SimpleAccountFactoryFilterer: SimpleAccountFactoryFilterer{contract: contract}}, nil
}

// SimpleAccountFactory is an auto generated Go binding around an Ethereum contract.
type SimpleAccountFactory struct {
	SimpleAccountFactoryCaller     // Read-only binding to the contract
	SimpleAccountFactoryTransactor // Write-only binding to the contract
	SimpleAccountFactoryFilterer   // Log filterer for contract events
}

// SimpleAccountFactoryCaller is an auto generated read-only Go binding around an Ethereum contract.
type SimpleAccountFactoryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SimpleAccountFactoryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SimpleAccountFactoryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SimpleAccountFactoryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SimpleAccountFactoryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SimpleAccountFactorySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SimpleAccountFactorySession struct {
	Contract     *SimpleAccountFactory // Generic contract binding to set the session for
	CallOpts     bind.CallOpts         // Call options to use throughout this session
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// SimpleAccountFactoryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SimpleAccountFactoryCallerSession struct {
	Contract *SimpleAccountFactoryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts               // Call options to use throughout this session
}

// SimpleAccountFactoryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SimpleAccountFactoryTransactorSession struct {
	Contract     *SimpleAccountFactoryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts               // Transaction auth options to use throughout this session
}

// SimpleAccountFactoryRaw is an auto generated low-level Go binding around an Ethereum contract.
type SimpleAccountFactoryRaw struct {
	Contract *SimpleAccountFactory // Generic contract binding to access the raw methods on
}

// SimpleAccountFactoryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SimpleAccountFactoryCallerRaw struct {
	Contract *SimpleAccountFactoryCaller // Generic read-only contract binding to access the raw methods on
}

// SimpleAccountFactoryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SimpleAccountFactoryTransactorRaw struct {
	Contract *SimpleAccountFactoryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSimpleAccountFactory creates a new instance of SimpleAccountFactory, bound to a specific deployed contract.
func NewSimpleAccountFactory(address common.Address, backend bind.ContractBackend) (*SimpleAccountFactory, error) {
	contract, err := bindSimpleAccountFactory(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &SimpleAccountFactory{SimpleAccountFactoryCaller: SimpleAccountFactoryCaller{contract: contract}, SimpleAccountFactoryTransactor: SimpleAccountFactoryTransactor{contract: contract}, SimpleAccountFactoryFilterer: SimpleAccountFactoryFilterer{contract: contract}}, nil
}

// NewSimpleAccountFactoryCaller creates a new read-only instance of SimpleAccountFactory, bound to a specific deployed contract.
func NewSimpleAccountFactoryCaller(address common.Address, caller bind.ContractCaller) (*SimpleAccountFactoryCaller, error) {
	contract, err := bindSimpleAccountFactory(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SimpleAccountFactoryCaller{contract: contract}, nil
}

// NewSimpleAccountFactoryTransactor creates a new write-only instance of SimpleAccountFactory, bound to a specific deployed contract.
func NewSimpleAccountFactoryTransactor(address common.Address, transactor bind.ContractTransactor) (*SimpleAccountFactoryTransactor, error) {
	contract, err := bindSimpleAccountFactory(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SimpleAccountFactoryTransactor{contract: contract}, nil
}

// NewSimpleAccountFactoryFilterer creates a new log filterer instance of SimpleAccountFactory, bound to a specific deployed contract.
func NewSimpleAccountFactoryFilterer(address common.Address, filterer bind.ContractFilterer) (*SimpleAccountFactoryFilterer, error) {
	contract, err := bindSimpleAccountFactory(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SimpleAccountFactoryFilterer{contract: contract}, nil
}

// bindSimpleAccountFactory binds a generic wrapper to an already deployed contract.
func bindSimpleAccountFactory(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SimpleAccountFactoryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SimpleAccountFactory *SimpleAccountFactoryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SimpleAccountFactory.Contract.SimpleAccountFactoryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SimpleAccountFactory *SimpleAccountFactoryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SimpleAccountFactory.Contract.SimpleAccountFactoryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SimpleAccountFactory *SimpleAccountFactoryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SimpleAccountFactory.Contract.SimpleAccountFactoryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SimpleAccountFactory *SimpleAccountFactoryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SimpleAccountFactory.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SimpleAccountFactory *SimpleAccountFactoryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SimpleAccountFactory.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SimpleAccountFactory *SimpleAccountFactoryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SimpleAccountFactory.Contract.contract.Transact(opts, method, params...)
}

// AccountImplementation is a free data retrieval call binding the contract method 0x11464fbe.
//
// Solidity: function accountImplementation() view returns(address)
func (_SimpleAccountFactory *SimpleAccountFactoryCaller) AccountImplementation(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SimpleAccountFactory.contract.Call(opts, &out, "accountImplementation")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// AccountImplementation is a free data retrieval call binding the contract method 0x11464fbe.
//
// Solidity: function accountImplementation() view returns(address)
func (_SimpleAccountFactory *SimpleAccountFactorySession) AccountImplementation() (common.Address, error) {
	return _SimpleAccountFactory.Contract.AccountImplementation(&_SimpleAccountFactory.CallOpts)
}

// AccountImplementation is a free data retrieval call binding the contract method 0x11464fbe.
//
// Solidity: function accountImplementation() view returns(address)
func (_SimpleAccountFactory *SimpleAccountFactoryCallerSession) AccountImplementation() (common.Address, error) {
	return _SimpleAccountFactory.Contract.AccountImplementation(&_SimpleAccountFactory.CallOpts)
}

// GetAddress is a free data retrieval call binding the contract method 0x8cb84e18.
//
// Solidity: function getAddress(address owner, uint256 salt) view returns(address)
func (_SimpleAccountFactory *SimpleAccountFactoryCaller) GetAddress(opts *bind.CallOpts, owner common.Address, salt *big.Int) (common.Address, error) {
	var out []interface{}
	err := _SimpleAccountFactory.contract.Call(opts, &out, "getAddress", owner, salt)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// GetAddress is a free data retrieval call binding the contract method 0x8cb84e18.
//
// Solidity: function getAddress(address owner, uint256 salt) view returns(address)
func (_SimpleAccountFactory *SimpleAccountFactorySession) GetAddress(owner common.Address, salt *big.Int) (common.Address, error) {
	return _SimpleAccountFactory.Contract.GetAddress(&_SimpleAccountFactory.CallOpts, owner, salt)
}

// GetAddress is a free data retrieval call binding the contract method 0x8cb84e18.
//
// Solidity: function getAddress(address owner, uint256 salt) view returns(address)
func (_SimpleAccountFactory *SimpleAccountFactoryCallerSession) GetAddress(owner common.Address, salt *big.Int) (common.Address, error) {
	return _SimpleAccountFactory.Contract.GetAddress(&_SimpleAccountFactory.CallOpts, owner, salt)
}

// SenderCreator is a free data retrieval call binding the contract method 0x09ccb880.
//
// Solidity: function senderCreator() view returns(address)
func (_SimpleAccountFactory *SimpleAccountFactoryCaller) SenderCreator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SimpleAccountFactory.contract.Call(opts, &out, "senderCreator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// SenderCreator is a free data retrieval call binding the contract method 0x09ccb880.
//
// Solidity: function senderCreator() view returns(address)
func (_SimpleAccountFactory *SimpleAccountFactorySession) SenderCreator() (common.Address, error) {
	return _SimpleAccountFactory.Contract.SenderCreator(&_SimpleAccountFactory.CallOpts)
}

// SenderCreator is a free data retrieval call binding the contract method 0x09ccb880.
//
// Solidity: function senderCreator() view returns(address)
func (_SimpleAccountFactory *SimpleAccountFactoryCallerSession) SenderCreator() (common.Address, error) {
	return _SimpleAccountFactory.Contract.SenderCreator(&_SimpleAccountFactory.CallOpts)
}

// CreateAccount is a paid mutator transaction binding the contract method 0x5fbfb9cf.
//
// Solidity: function createAccount(address owner, uint256 salt) returns(address ret)
func (_SimpleAccountFactory *SimpleAccountFactoryTransactor) CreateAccount(opts *bind.TransactOpts, owner common.Address, salt *big.Int) (*types.Transaction, error) {
	return _SimpleAccountFactory.contract.Transact(opts, "createAccount", owner, salt)
}

// CreateAccount is a paid mutator transaction binding the contract method 0x5fbfb9cf.
//
// Solidity: function createAccount(address owner, uint256 salt) returns(address ret)
func (_SimpleAccountFactory *SimpleAccountFactorySession) CreateAccount(owner common.Address, salt *big.Int) (*types.Transaction, error) {
	return _SimpleAccountFactory.Contract.CreateAccount(&_SimpleAccountFactory.TransactOpts, owner, salt)
}

// CreateAccount is a paid mutator transaction binding the contract method 0x5fbfb9cf.
//
// Solidity: function createAccount(address owner, uint256 salt) returns(address ret)
func (_SimpleAccountFactory *SimpleAccountFactoryTransactorSession) CreateAccount(owner common.Address, salt *big.Int) (*types.Transaction, error) {
	return _SimpleAccountFactory.Contract.CreateAccount(&_SimpleAccountFactory.TransactOpts, owner, salt)
}
