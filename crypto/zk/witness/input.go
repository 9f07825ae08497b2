package witness

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
)

// ErrInput means input.json is malformed or holds a value that is not an integer.
var ErrInput = errors.New("witness: bad input")

// Signal is one qualified input signal name with its flattened values.
type Signal struct {
	Name   string
	Values []*big.Int
}

// ParseInput decodes a Circom input.json: an object whose values are integers
// (JSON numbers, decimal or 0x-hex strings, possibly negative), arbitrarily
// nested arrays of them, or nested objects (bus/struct inputs, qualified as
// "a.b"; arrays of objects as "a[0].b"), as the reference calculator does.
// Signals come back sorted by name so that runs are deterministic.
func ParseInput(data []byte) ([]Signal, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var root any
	if err := dec.Decode(&root); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInput, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data after the JSON object", ErrInput)
	}
	obj, ok := root.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%w: top level must be an object", ErrInput)
	}
	out := map[string][]*big.Int{}
	if err := qualify("", obj, out); err != nil {
		return nil, err
	}
	sigs := make([]Signal, 0, len(out))
	for k, v := range out {
		sigs = append(sigs, Signal{Name: k, Values: v})
	}
	sort.Slice(sigs, func(i, j int) bool { return sigs[i].Name < sigs[j].Name })
	return sigs, nil
}

func qualify(prefix string, v any, out map[string][]*big.Int) error {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			name := k
			if prefix != "" {
				name = prefix + "." + k
			}
			if err := qualify(name, e, out); err != nil {
				return err
			}
		}
		return nil
	case []any:
		if hasObjects(x) {
			for i, e := range x {
				if err := qualify(fmt.Sprintf("%s[%d]", prefix, i), e, out); err != nil {
					return err
				}
			}
			return nil
		}
	}
	vals, err := flatten(prefix, v, nil)
	if err != nil {
		return err
	}
	if _, dup := out[prefix]; dup {
		return fmt.Errorf("%w: signal %q given twice", ErrInput, prefix)
	}
	out[prefix] = vals
	return nil
}

func hasObjects(a []any) bool {
	for _, e := range a {
		switch y := e.(type) {
		case map[string]any:
			return true
		case []any:
			if hasObjects(y) {
				return true
			}
		}
	}
	return false
}

func flatten(name string, v any, acc []*big.Int) ([]*big.Int, error) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			var err error
			if acc, err = flatten(name, e, acc); err != nil {
				return nil, err
			}
		}
		return acc, nil
	case json.Number:
		n, ok := new(big.Int).SetString(string(x), 10)
		if !ok {
			return nil, fmt.Errorf("%w: signal %q: %s is not an integer", ErrInput, name, x)
		}
		return append(acc, n), nil
	case string:
		n, err := parseInt(x)
		if err != nil {
			return nil, fmt.Errorf("%w: signal %q: %v", ErrInput, name, err)
		}
		return append(acc, n), nil
	default:
		return nil, fmt.Errorf("%w: signal %q: unsupported value %v", ErrInput, name, v)
	}
}

func parseInt(s string) (*big.Int, error) {
	t := strings.TrimSpace(s)
	neg := strings.HasPrefix(t, "-")
	if neg {
		t = t[1:]
	}
	base := 10
	if strings.HasPrefix(t, "0x") || strings.HasPrefix(t, "0X") {
		base, t = 16, t[2:]
	}
	if t == "" || strings.ContainsAny(t, "+-") {
		return nil, fmt.Errorf("%q is not an integer", s)
	}
	n, ok := new(big.Int).SetString(t, base)
	if !ok {
		return nil, fmt.Errorf("%q is not an integer", s)
	}
	if neg {
		n.Neg(n)
	}
	return n, nil
}
