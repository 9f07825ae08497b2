package feed

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
)

// Source is one place prices come from.
type Source interface {
	// Name identifies the source in logs.
	Name() string
	// Fetch reads the source's current document; it returns when ctx ends.
	Fetch(ctx context.Context) (Observation, error)
}

// NewSource builds a source from its configured address: an http:// or https:// URL that
// answers GET with a Document, or file:///path to a Document on disk (for tests and for
// operators who fetch prices by other means).
func NewSource(spec string) (Source, error) {
	u, err := url.Parse(spec)
	if err != nil {
		return nil, fmt.Errorf("price source %q: %w", spec, err)
	}
	switch u.Scheme {
	case "http", "https":
		if u.Host == "" {
			return nil, fmt.Errorf("price source %q: no host", spec)
		}
		return HTTPSource{URL: spec, Client: http.DefaultClient}, nil
	case "file":
		if u.Path == "" {
			return nil, fmt.Errorf("price source %q: no path", spec)
		}
		return FileSource{Path: u.Path}, nil
	}
	return nil, fmt.Errorf("price source %q: scheme must be http, https or file", spec)
}

// HTTPSource reads a Document by HTTP GET.
type HTTPSource struct {
	URL    string
	Client *http.Client
}

// Name returns the URL.
func (s HTTPSource) Name() string { return s.URL }

// Fetch GETs the document; anything but 200 with a valid document is an error.
func (s HTTPSource) Fetch(ctx context.Context) (Observation, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.URL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")
	res, err := s.Client.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: HTTP %d", s.URL, res.StatusCode)
	}
	bz, err := io.ReadAll(io.LimitReader(res.Body, MaxDocumentBytes+1))
	if err != nil {
		return nil, err
	}
	return ParseDocument(bz)
}

// FileSource reads a Document from a file, afresh on every fetch.
type FileSource struct{ Path string }

// Name returns the path.
func (s FileSource) Name() string { return "file://" + s.Path }

// Fetch reads and parses the file.
func (s FileSource) Fetch(ctx context.Context) (Observation, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	f, err := os.Open(s.Path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	bz, err := io.ReadAll(io.LimitReader(f, MaxDocumentBytes+1))
	if err != nil {
		return nil, err
	}
	return ParseDocument(bz)
}

func trimmed(list []string) []string {
	var out []string
	for _, s := range list {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
