package metrics_test

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/dpn-network/dpn/bridge/metrics"
)

func TestHandlerServesMetricsAndHealth(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := metrics.New(reg)
	m.Submissions.WithLabelValues("optimism", metrics.KindBatch, metrics.ResultLostRace).Inc()
	h := metrics.NewHealth(time.Minute, "optimism", "arbitrum")
	srv := httptest.NewServer(metrics.Handler(reg, h))
	defer srv.Close()

	get := func(path string) (int, string) {
		t.Helper()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("/metrics"); code != 200 || !strings.Contains(body, `dpn_relayer_submissions_total{destination="optimism",kind="batch",result="lost_race"} 1`) {
		t.Fatalf("/metrics %d:\n%s", code, body)
	}
	if code, body := get("/healthz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "arbitrum") {
		t.Fatalf("/healthz before any poll: %d %s", code, body)
	}
	h.Report("optimism", nil)
	h.Report("arbitrum", errors.New("dial tcp: connection refused"))
	if code, body := get("/healthz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "connection refused") || strings.Contains(body, "optimism") {
		t.Fatalf("/healthz with one L2 down: %d %s", code, body)
	}
	h.Report("arbitrum", nil)
	if code, _ := get("/healthz"); code != 200 {
		t.Fatalf("/healthz all current: %d", code)
	}
}
