// Package blobs is a node's content-addressed store and its HTTP endpoint: jobs' modules,
// inputs and keys too large to travel in a transaction are uploaded to a dpn-node, which
// keeps them under their SHA-256 and serves them to the nodes that run the job. Every read
// and every write checks the hash, so a blob endpoint cannot hand out the wrong bytes.
package blobs

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// Path is the endpoint's route: GET and PUT /v1/blobs/<sha256 hex>.
const Path = "/v1/blobs/"

// Errors of the store and the endpoint.
var (
	ErrNotFound     = errors.New("blobs: not found")
	ErrHashMismatch = errors.New("blobs: content does not match its hash")
	ErrTooLarge     = errors.New("blobs: content above the size limit")
	ErrBadHash      = errors.New("blobs: not a SHA-256 in hex")
)

// Store keeps blobs in a directory, one file per hash.
type Store struct {
	Dir string
	// MaxBytes bounds one blob.
	MaxBytes int64
}

func (s Store) path(sum []byte) string { return filepath.Join(s.Dir, hex.EncodeToString(sum)) }

// Put stores data under its SHA-256, which must equal sum.
func (s Store) Put(sum, data []byte) error {
	if int64(len(data)) > s.MaxBytes {
		return fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(data), s.MaxBytes)
	}
	if got := sha256.Sum256(data); !bytes.Equal(got[:], sum) {
		return fmt.Errorf("%w: %x, not %x", ErrHashMismatch, got, sum)
	}
	if err := os.MkdirAll(s.Dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(s.Dir, ".upload-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), s.path(sum))
}

// Get returns the blob with hash sum, checked.
func (s Store) Get(sum []byte) ([]byte, error) {
	data, err := os.ReadFile(s.path(sum))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: %x", ErrNotFound, sum)
	}
	if err != nil {
		return nil, err
	}
	if got := sha256.Sum256(data); !bytes.Equal(got[:], sum) {
		return nil, fmt.Errorf("%w: stored %x is corrupt", ErrHashMismatch, sum)
	}
	return data, nil
}

// Has reports whether the store holds a blob named sum.
func (s Store) Has(sum []byte) bool {
	_, err := os.Stat(s.path(sum))
	return err == nil
}

// ParseHash reads a hex SHA-256.
func ParseHash(s string) ([]byte, error) {
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != sha256.Size {
		return nil, fmt.Errorf("%w: %q", ErrBadHash, s)
	}
	return b, nil
}

// Handler serves GET (download) and PUT (upload) of blobs.
func (s Store) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+Path+"{hash}", func(w http.ResponseWriter, r *http.Request) {
		sum, err := ParseHash(r.PathValue("hash"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		data, err := s.Get(sum)
		switch {
		case errors.Is(err, ErrNotFound):
			http.Error(w, err.Error(), http.StatusNotFound)
		case err != nil:
			http.Error(w, err.Error(), http.StatusInternalServerError)
		default:
			w.Header().Set("Content-Type", "application/octet-stream")
			_, _ = w.Write(data)
		}
	})
	mux.HandleFunc("PUT "+Path+"{hash}", func(w http.ResponseWriter, r *http.Request) {
		sum, err := ParseHash(r.PathValue("hash"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.MaxBytes))
		if err != nil {
			http.Error(w, fmt.Sprintf("%v: %v", ErrTooLarge, err), http.StatusRequestEntityTooLarge)
			return
		}
		switch err := s.Put(sum, data); {
		case errors.Is(err, ErrHashMismatch):
			http.Error(w, err.Error(), http.StatusBadRequest)
		case err != nil:
			http.Error(w, err.Error(), http.StatusInternalServerError)
		default:
			w.WriteHeader(http.StatusCreated)
		}
	})
	return mux
}

// Fetch downloads the blob with hash sum and size from the endpoint at baseURL and checks it.
func Fetch(ctx context.Context, client *http.Client, baseURL string, sum []byte, size uint64, maxBytes int64) ([]byte, error) {
	if size > uint64(maxBytes) {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, size, maxBytes)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimRight(baseURL, "/")+Path+hex.EncodeToString(sum), nil)
	if err != nil {
		return nil, err
	}
	res, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	if res.StatusCode == http.StatusNotFound {
		return nil, fmt.Errorf("%w: %x at %s", ErrNotFound, sum, baseURL)
	}
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("blobs: %s answered HTTP %d", baseURL, res.StatusCode)
	}
	data, err := io.ReadAll(io.LimitReader(res.Body, int64(size)+1))
	if err != nil {
		return nil, err
	}
	if got := sha256.Sum256(data); !bytes.Equal(got[:], sum) || uint64(len(data)) != size {
		return nil, fmt.Errorf("%w: %s sent %d bytes hashing to %x", ErrHashMismatch, baseURL, len(data), got)
	}
	return data, nil
}

// Upload sends data to the endpoint at baseURL under its SHA-256.
func Upload(ctx context.Context, client *http.Client, baseURL string, data []byte) error {
	sum := sha256.Sum256(data)
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, strings.TrimRight(baseURL, "/")+Path+hex.EncodeToString(sum[:]), bytes.NewReader(data))
	if err != nil {
		return err
	}
	res, err := client.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusCreated {
		msg, _ := io.ReadAll(io.LimitReader(res.Body, 1024))
		return fmt.Errorf("blobs: upload to %s: HTTP %d: %s", baseURL, res.StatusCode, strings.TrimSpace(string(msg)))
	}
	return nil
}
