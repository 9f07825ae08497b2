package bundler

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/dpn-network/dpn/bridge/revert"
)

// JSON-RPC error codes of ERC-4337's bundler API (ERC-7769). The bundler does not trace
// opcodes, so it never answers CodeOpcode; the code is listed because wallets switch on it.
const (
	CodeInvalidFields        = -32602 // a field is malformed or out of the bundler's bounds
	CodeRejectedByEntryPoint = -32500 // the EntryPoint refused the account or its factory
	CodeRejectedByPaymaster  = -32501 // the paymaster refused it (validation or postOp)
	CodeOpcode               = -32502 // a forbidden opcode in validation (not checked here)
	CodeOutOfTimeRange       = -32503 // validAfter/validUntil exclude the next block
	CodeSignature            = -32507 // the account's signature check failed
	CodeExecutionReverted    = -32521 // validation passes but the call would revert
	CodeInternal             = -32603 // the L2 node failed; try again
)

// Error is an RPC error: the code and message a wallet sees, the data it may decode, and the
// reason the rejection metric counts it under (a bounded set: the bundler's own checks, the
// EntryPoint's AA codes, the contracts' error names).
type Error struct {
	Code    int
	Message string
	Data    any
	Reason  string
}

func (e *Error) Error() string { return e.Message }

// ErrorCode is the JSON-RPC code.
func (e *Error) ErrorCode() int { return e.Code }

// ErrorData is the JSON-RPC error's data (nil leaves it out).
func (e *Error) ErrorData() any { return e.Data }

func invalid(reason, format string, a ...any) *Error {
	return &Error{Code: CodeInvalidFields, Message: fmt.Sprintf(format, a...), Reason: reason}
}

func internal(err error) *Error {
	return &Error{Code: CodeInternal, Message: "L2 node: " + err.Error(), Reason: "l2_error"}
}

// revertData is an error's data when a contract's revert explains it.
type revertData struct {
	// Reason is the EntryPoint's AA code and text ("AA33 reverted"), when it gave one.
	Reason string `json:"reason,omitempty"`
	// Error is the contract's custom error name ("SenderBalanceTooLow"), "Error" for a
	// require message, empty when the revert carried no known error.
	Error string `json:"error,omitempty"`
	// Args are the custom error's arguments, as text.
	Args []string `json:"args,omitempty"`
	// Revert is the raw revert data the error was decoded from.
	Revert hexutil.Bytes `json:"revertData,omitempty"`
}

func describe(re *revert.Error) (name string, args []string, text string) {
	if re == nil {
		return "", nil, ""
	}
	for _, a := range re.Args {
		args = append(args, fmt.Sprint(a))
	}
	if re.Name == "" {
		if len(re.Data) == 0 {
			return "", nil, "no revert data"
		}
		return "", nil, fmt.Sprintf("revert data %x", re.Data)
	}
	return re.Name, args, fmt.Sprintf("%s(%s)", re.Name, strings.Join(args, ", "))
}

// failedOpError turns the EntryPoint's FailedOp / FailedOpWithRevert into the ERC-4337 code:
// AA3x is the paymaster's, AA24 the signature, AA22/AA32 the time range, the rest the
// account's or the factory's.
func failedOpError(reason string, inner *revert.Error) *Error {
	code := CodeRejectedByEntryPoint
	switch aa := aaCode(reason); {
	case aa == "AA24" || aa == "AA34":
		code = CodeSignature
	case aa == "AA22" || aa == "AA32":
		code = CodeOutOfTimeRange
	case strings.HasPrefix(aa, "AA3"):
		code = CodeRejectedByPaymaster
	}
	name, args, text := describe(inner)
	msg := reason
	label := "entrypoint:" + aaCode(reason)
	if text != "" {
		msg += ": " + text
	}
	if name != "" {
		label += ":" + name
	}
	d := revertData{Reason: reason, Error: name, Args: args}
	if inner != nil {
		d.Revert = inner.Data
	}
	return &Error{Code: code, Message: msg, Data: d, Reason: label}
}

// aaCode is the "AA33" of "AA33 reverted"; the whole reason (bounded by the EntryPoint's
// code) when it has no such prefix.
func aaCode(reason string) string {
	if len(reason) >= 4 && strings.HasPrefix(reason, "AA") {
		return reason[:4]
	}
	if len(reason) > 32 {
		return "other"
	}
	return reason
}

// executionError is an operation whose validation passes but whose call (or the
// paymaster's postOp) would revert: it would be charged and, with DPN's paymaster, leave the
// sender in debt.
func executionError(inPostOp bool, re *revert.Error) *Error {
	name, args, text := describe(re)
	code, label, msg := CodeExecutionReverted, "execution", "the operation's call would revert"
	if inPostOp {
		code, label, msg = CodeRejectedByPaymaster, "postop", "the paymaster's postOp would revert"
	}
	if text != "" {
		msg += ": " + text
	}
	if name != "" {
		label += ":" + name
	}
	d := revertData{Error: name, Args: args}
	if re != nil {
		d.Revert = re.Data
	}
	return &Error{Code: code, Message: msg, Data: d, Reason: label}
}
