package aggregator

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// Post sends one heartbeat to the aggregator at baseURL.
func Post(ctx context.Context, client *http.Client, baseURL string, hb Heartbeat) error {
	body, err := json.Marshal(hb)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimRight(baseURL, "/")+HeartbeatPath, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := client.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode == http.StatusAccepted {
		return nil
	}
	var r reply
	msg, _ := io.ReadAll(io.LimitReader(res.Body, maxBody))
	if json.Unmarshal(msg, &r) == nil && r.Error != "" {
		return fmt.Errorf("aggregator %s: %s", baseURL, r.Error)
	}
	return fmt.Errorf("aggregator %s: HTTP %d", baseURL, res.StatusCode)
}

// NewHeartbeat encodes a signature for Post.
func NewHeartbeat(epoch, index uint64, sig []byte) Heartbeat {
	return Heartbeat{Epoch: epoch, NodeIndex: index, Signature: hex.EncodeToString(sig)}
}
