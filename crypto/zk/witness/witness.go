// Package witness runs a Circom witness-calculator WASM module (the
// `circom --wasm` output) in wazero and turns input.json into the full
// witness vector, as the reference witness_calculator.js does.
//
// The module imports four host functions from "runtime" (exceptionHandler,
// printErrorMessage, writeBufferMessage, showSharedRWMemory) and exports the
// calculator API (init, getInputSignalSize, setInputSignal, getWitness,
// read/writeSharedRWMemory, ...). A failed `assert` or `===` in the circuit
// surfaces as exceptionHandler(4) and is returned as ErrAssertFailed.
package witness

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
)

var (
	// ErrModule means the WASM module is not a Circom witness calculator
	// for BN254 (missing exports, wrong version or prime).
	ErrModule = errors.New("witness: not a BN254 Circom witness calculator")
	// ErrSignalNotFound means input.json names a signal the circuit lacks.
	ErrSignalNotFound = errors.New("witness: input signal not found")
	// ErrInputCount means a signal got too few or too many values, or inputs are missing.
	ErrInputCount = errors.New("witness: wrong number of input values")
	// ErrAssertFailed means the inputs violate a constraint or assert of the circuit.
	ErrAssertFailed = errors.New("witness: assert failed (inputs violate a circuit constraint)")
	// ErrRuntime is any other failure reported by the calculator.
	ErrRuntime = errors.New("witness: calculator error")
)

// runtime exception codes of the Circom calculator.
var exceptionText = map[uint32]string{
	1: "signal not found",
	2: "too many signals set",
	3: "signal already set",
	4: "assert failed",
	5: "not enough memory",
	6: "input signal array access exceeds the size",
	7: "out of bounds array access",
}

// Calculator is a compiled witness calculator; Calculate may be called many
// times (each call runs a fresh instance) but not concurrently.
type Calculator struct {
	rt       wazero.Runtime
	compiled wazero.CompiledModule
	state    *callState
	// Log receives the circuit's log() output, one line per call; may be nil.
	Log func(line string)
}

type callState struct {
	exc    uint32
	errMsg strings.Builder
	logBuf []string
	log    func(string)
}

// Option configures the runtime a calculator runs in.
type Option func(wazero.RuntimeConfig) wazero.RuntimeConfig

// WithMemoryLimit bounds the module's linear memory to pages of 64 KiB; a module that asks
// for more fails to instantiate or to grow. Use it for calculators of untrusted origin.
func WithMemoryLimit(pages uint32) Option {
	return func(c wazero.RuntimeConfig) wazero.RuntimeConfig { return c.WithMemoryLimitPages(pages) }
}

// New compiles the calculator module. The runtime stops a running calculation when its
// context ends, so a deadline on Calculate's context bounds its time.
func New(ctx context.Context, wasm []byte, opts ...Option) (*Calculator, error) {
	cfg := wazero.NewRuntimeConfig().WithCloseOnContextDone(true)
	for _, o := range opts {
		cfg = o(cfg)
	}
	rt := wazero.NewRuntimeWithConfig(ctx, cfg)
	c := &Calculator{rt: rt, state: &callState{}}
	st := c.state
	_, err := rt.NewHostModuleBuilder("runtime").
		NewFunctionBuilder().WithFunc(func(ctx context.Context, m api.Module, code uint32) {
		st.exc = code
		if code == 0 {
			st.exc = 255
		}
		// Unwinds the WASM call; Calculate reads st.exc to type the error.
		panic(fmt.Errorf("circom runtime exception %d", code))
	}).Export("exceptionHandler").
		NewFunctionBuilder().WithFunc(func(ctx context.Context, m api.Module) {
		st.errMsg.WriteString(message(ctx, m))
		st.errMsg.WriteString("\n")
	}).Export("printErrorMessage").
		NewFunctionBuilder().WithFunc(func(ctx context.Context, m api.Module) {
		msg := message(ctx, m)
		if msg == "\n" {
			if st.log != nil {
				st.log(strings.Join(st.logBuf, " "))
			}
			st.logBuf = st.logBuf[:0]
			return
		}
		st.logBuf = append(st.logBuf, msg)
	}).Export("writeBufferMessage").
		NewFunctionBuilder().WithFunc(func(ctx context.Context, m api.Module) {
		v, err := readShared(ctx, m)
		if err == nil {
			st.logBuf = append(st.logBuf, v.String())
		}
	}).Export("showSharedRWMemory").
		Instantiate(ctx)
	if err != nil {
		rt.Close(ctx)
		return nil, err
	}
	c.compiled, err = rt.CompileModule(ctx, wasm)
	if err != nil {
		rt.Close(ctx)
		return nil, fmt.Errorf("%w: %v", ErrModule, err)
	}
	for _, name := range []string{"getVersion", "getFieldNumLen32", "getRawPrime", "readSharedRWMemory",
		"writeSharedRWMemory", "init", "getInputSignalSize", "setInputSignal", "getWitnessSize",
		"getInputSize", "getWitness", "getMessageChar", "getSharedRWMemoryStart"} {
		if _, ok := c.compiled.ExportedFunctions()[name]; !ok {
			rt.Close(ctx)
			return nil, fmt.Errorf("%w: missing export %s", ErrModule, name)
		}
	}
	return c, nil
}

// Close releases the runtime.
func (c *Calculator) Close(ctx context.Context) error { return c.rt.Close(ctx) }

func message(ctx context.Context, m api.Module) string {
	f := m.ExportedFunction("getMessageChar")
	var sb strings.Builder
	for i := 0; i < 1<<16; i++ {
		r, err := f.Call(ctx)
		if err != nil || len(r) == 0 || uint32(r[0]) == 0 {
			break
		}
		sb.WriteByte(byte(r[0]))
	}
	return sb.String()
}

func readShared(ctx context.Context, m api.Module) (*big.Int, error) {
	nr, err := m.ExportedFunction("getFieldNumLen32").Call(ctx)
	if err != nil {
		return nil, err
	}
	n32 := int(uint32(nr[0]))
	be := make([]byte, 4*n32)
	rd := m.ExportedFunction("readSharedRWMemory")
	for j := 0; j < n32; j++ {
		r, err := rd.Call(ctx, uint64(j))
		if err != nil {
			return nil, err
		}
		binary.BigEndian.PutUint32(be[4*(n32-1-j):], uint32(r[0]))
	}
	return new(big.Int).SetBytes(be), nil
}

// instance wraps one module instance with typed calls.
type instance struct {
	ctx context.Context
	m   api.Module
	st  *callState
	err error
}

func (in *instance) call(name string, args ...uint64) uint64 {
	if in.err != nil {
		return 0
	}
	r, err := in.m.ExportedFunction(name).Call(in.ctx, args...)
	if err != nil {
		in.err = in.typed(name, err)
		return 0
	}
	if len(r) == 0 {
		return 0
	}
	return r[0]
}

func (in *instance) typed(name string, err error) error {
	msg := strings.TrimSpace(in.st.errMsg.String())
	if msg != "" {
		msg = ": " + msg
	}
	switch in.st.exc {
	case 0:
		return fmt.Errorf("%w: %s: %v", ErrRuntime, name, err)
	case 1:
		return fmt.Errorf("%w%s", ErrSignalNotFound, msg)
	case 4:
		return fmt.Errorf("%w%s", ErrAssertFailed, msg)
	default:
		txt, ok := exceptionText[in.st.exc]
		if !ok {
			txt = fmt.Sprintf("unknown exception %d", in.st.exc)
		}
		return fmt.Errorf("%w: %s%s", ErrRuntime, txt, msg)
	}
}

// fnv1a64 is the signal-name hash the calculator indexes inputs by.
func fnv1a64(s string) uint64 {
	h := uint64(0xCBF29CE484222325)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 0x100000001B3
	}
	return h
}

// Calculate runs the circuit on the given inputs and returns the witness.
func (c *Calculator) Calculate(ctx context.Context, inputs []Signal) ([]fr.Element, error) {
	st := c.state
	*st = callState{log: c.Log}
	m, err := c.rt.InstantiateModule(ctx, c.compiled, wazero.NewModuleConfig().WithName(""))
	if err != nil {
		return nil, fmt.Errorf("%w: instantiate: %v", ErrModule, err)
	}
	defer m.Close(ctx)
	in := &instance{ctx: ctx, m: m, st: st}

	if v := in.call("getVersion"); in.err == nil && v != 2 {
		return nil, fmt.Errorf("%w: calculator version %d, want 2", ErrModule, v)
	}
	n32 := int(uint32(in.call("getFieldNumLen32")))
	if in.err == nil && n32 != 8 {
		return nil, fmt.Errorf("%w: field of %d words", ErrModule, n32)
	}
	in.call("getRawPrime")
	if in.err != nil {
		return nil, in.err
	}
	p, err := readShared(ctx, m)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModule, err)
	}
	prime := fr.Modulus()
	if p.Cmp(prime) != 0 {
		return nil, fmt.Errorf("%w: prime %s", ErrModule, p)
	}
	nWit := int(uint32(in.call("getWitnessSize")))
	start := uint32(in.call("getSharedRWMemoryStart"))
	in.call("init", 0)
	if in.err != nil {
		return nil, in.err
	}
	mem := m.Memory()
	set := 0
	var word [32]byte
	for _, sig := range inputs {
		h := fnv1a64(sig.Name)
		hMSB, hLSB := uint64(uint32(h>>32)), uint64(uint32(h))
		size := int32(uint32(in.call("getInputSignalSize", hMSB, hLSB)))
		if in.err != nil {
			return nil, in.err
		}
		// Unknown names come back negative or, in circom 2.2, as 0; no real
		// input signal has zero values.
		if size <= 0 {
			return nil, fmt.Errorf("%w: %q", ErrSignalNotFound, sig.Name)
		}
		if len(sig.Values) != int(size) {
			return nil, fmt.Errorf("%w: signal %q takes %d values, got %d", ErrInputCount, sig.Name, size, len(sig.Values))
		}
		for i, v := range sig.Values {
			x := new(big.Int).Mod(v, prime)
			x.FillBytes(word[:])
			for j := 0; j < 8; j++ {
				in.call("writeSharedRWMemory", uint64(j), uint64(binary.BigEndian.Uint32(word[4*(7-j):])))
			}
			in.call("setInputSignal", hMSB, hLSB, uint64(i))
			if in.err != nil {
				return nil, fmt.Errorf("signal %q[%d]: %w", sig.Name, i, in.err)
			}
			set++
		}
	}
	if want := int(uint32(in.call("getInputSize"))); in.err == nil && set < want {
		return nil, fmt.Errorf("%w: only %d of %d inputs set", ErrInputCount, set, want)
	}
	if in.err != nil {
		return nil, in.err
	}
	w := make([]fr.Element, nWit)
	for i := range w {
		in.call("getWitness", uint64(i))
		if in.err != nil {
			return nil, in.err
		}
		// The value sits in the shared RW memory as 8 little-endian words.
		b, ok := mem.Read(start, 32)
		if !ok {
			return nil, fmt.Errorf("%w: shared memory out of range", ErrModule)
		}
		e, err := fr.LittleEndian.Element((*[32]byte)(b))
		if err != nil {
			return nil, fmt.Errorf("%w: witness %d not canonical", ErrRuntime, i)
		}
		w[i] = e
	}
	return w, nil
}
