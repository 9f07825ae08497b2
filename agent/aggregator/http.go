package aggregator

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

// HeartbeatPath is where nodes POST their heartbeats; StatusPath serves the counters.
const (
	HeartbeatPath = "/v1/heartbeat"
	StatusPath    = "/v1/status"
	// maxBody bounds a request: a heartbeat is well under 1 KiB.
	maxBody = 4096
)

// Heartbeat is the body of a POST to HeartbeatPath.
type Heartbeat struct {
	Epoch     uint64 `json:"epoch"`
	NodeIndex uint64 `json:"node_index"`
	// Signature is the hex of the 96-byte BLS signature of types.HeartbeatSignBytes.
	Signature string `json:"signature"`
}

type reply struct {
	Status string `json:"status,omitempty"`
	Error  string `json:"error,omitempty"`
}

// Handler serves the aggregator's HTTP API.
func (a *Aggregator) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST "+HeartbeatPath, a.serveHeartbeat)
	mux.HandleFunc("GET "+StatusPath, func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, a.Status())
	})
	return mux
}

func (a *Aggregator) serveHeartbeat(w http.ResponseWriter, r *http.Request) {
	var hb Heartbeat
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&hb); err != nil {
		writeJSON(w, http.StatusBadRequest, reply{Error: "malformed heartbeat: " + err.Error()})
		return
	}
	sig, err := hex.DecodeString(hb.Signature)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, reply{Error: "signature is not hex"})
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()
	switch err := a.Add(ctx, hb.Epoch, hb.NodeIndex, sig); {
	case err == nil:
		writeJSON(w, http.StatusAccepted, reply{Status: "accepted"})
	case errors.Is(err, ErrWrongEpoch):
		writeJSON(w, http.StatusConflict, reply{Error: err.Error()})
	case errors.Is(err, ErrBadSignature), errors.Is(err, ErrNodeInactive), errors.Is(err, ErrUnknownNode):
		writeJSON(w, http.StatusBadRequest, reply{Error: err.Error()})
	default:
		writeJSON(w, http.StatusBadGateway, reply{Error: err.Error()})
	}
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

// Run refreshes the epoch and submits pending heartbeats every interval until ctx ends.
func (a *Aggregator) Run(ctx context.Context, interval time.Duration) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if _, err := a.Refresh(ctx); err != nil {
			a.log.Warn("reading the epoch", "err", err)
		} else if _, err := a.Submit(ctx); err != nil {
			a.log.Warn("submitting heartbeats", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}
