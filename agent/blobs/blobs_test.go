package blobs

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestUploadFetch(t *testing.T) {
	ctx := context.Background()
	s := Store{Dir: t.TempDir(), MaxBytes: 1 << 20}
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()

	data := bytes.Repeat([]byte("dpn"), 50_000)
	require.NoError(t, Upload(ctx, srv.Client(), srv.URL, data))
	sum := sha256.Sum256(data)
	got, err := Fetch(ctx, srv.Client(), srv.URL, sum[:], uint64(len(data)), 1<<20)
	require.NoError(t, err)
	require.Equal(t, data, got)

	// Unknown blob, wrong size claimed, size over the reader's limit.
	other := sha256.Sum256([]byte("other"))
	_, err = Fetch(ctx, srv.Client(), srv.URL, other[:], 5, 1<<20)
	require.ErrorIs(t, err, ErrNotFound)
	_, err = Fetch(ctx, srv.Client(), srv.URL, sum[:], uint64(len(data))-1, 1<<20)
	require.ErrorIs(t, err, ErrHashMismatch)
	_, err = Fetch(ctx, srv.Client(), srv.URL, sum[:], uint64(len(data)), 10)
	require.ErrorIs(t, err, ErrTooLarge)
}

func TestUploadRejects(t *testing.T) {
	s := Store{Dir: t.TempDir(), MaxBytes: 1024}
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	put := func(hash string, body []byte) int {
		req, err := http.NewRequest(http.MethodPut, srv.URL+Path+hash, bytes.NewReader(body))
		require.NoError(t, err)
		res, err := srv.Client().Do(req)
		require.NoError(t, err)
		res.Body.Close()
		return res.StatusCode
	}
	sum := sha256.Sum256([]byte("right"))
	require.Equal(t, http.StatusBadRequest, put(hex.EncodeToString(sum[:]), []byte("wrong")), "hash mismatch")
	require.Equal(t, http.StatusBadRequest, put("zz", []byte("x")), "not a hash")
	big := bytes.Repeat([]byte{1}, 2048)
	bigSum := sha256.Sum256(big)
	require.Equal(t, http.StatusRequestEntityTooLarge, put(hex.EncodeToString(bigSum[:]), big))
	entries, err := os.ReadDir(s.Dir)
	if err == nil {
		require.Empty(t, entries, "nothing stored after rejections")
	}
	require.Equal(t, http.StatusCreated, put(hex.EncodeToString(sum[:]), []byte("right")))
}

// TestCorruptStoreNotServed: a blob altered on disk is refused, not served.
func TestCorruptStoreNotServed(t *testing.T) {
	s := Store{Dir: t.TempDir(), MaxBytes: 1024}
	sum := sha256.Sum256([]byte("blob"))
	require.NoError(t, s.Put(sum[:], []byte("blob")))
	require.NoError(t, os.WriteFile(filepath.Join(s.Dir, hex.EncodeToString(sum[:])), []byte("blub"), 0o644))
	_, err := s.Get(sum[:])
	require.ErrorIs(t, err, ErrHashMismatch)
}

// FuzzHandler sends arbitrary paths and bodies: nothing panics and nothing is stored under
// a hash its bytes do not have.
func FuzzHandler(f *testing.F) {
	f.Add("0000", []byte("x"))
	sum := sha256.Sum256([]byte("ok"))
	f.Add(hex.EncodeToString(sum[:]), []byte("ok"))
	dir := f.TempDir()
	s := Store{Dir: dir, MaxBytes: 4096}
	h := s.Handler()
	f.Fuzz(func(t *testing.T, hash string, body []byte) {
		for _, m := range []string{http.MethodPut, http.MethodGet} {
			req, err := http.NewRequest(m, "http://x"+Path+hash, bytes.NewReader(body))
			if err != nil {
				return
			}
			h.ServeHTTP(httptest.NewRecorder(), req)
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			return
		}
		for _, e := range entries {
			b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
			got := sha256.Sum256(b)
			if hex.EncodeToString(got[:]) != e.Name() {
				t.Fatalf("%s holds bytes hashing to %x", e.Name(), got)
			}
		}
	})
}
