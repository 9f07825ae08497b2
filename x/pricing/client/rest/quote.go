// Package rest holds the REST route of x/pricing that grpc-gateway cannot generate: the
// quote, whose resources are decimals that the gateway's query-parameter parser refuses
// (a cosmos.Dec field is a message to it, not a scalar).
package rest

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"

	gwruntime "github.com/grpc-ecosystem/grpc-gateway/runtime"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"cosmossdk.io/math"

	"github.com/dpn-network/dpn/x/pricing/types"
)

// QuotePath is where the quote answers GET.
const QuotePath = "/dpn/pricing/v1/quote"

// quotePattern is the generated route's pattern: registered before it, this handler takes
// its place (the gateway serves the first handler whose pattern matches).
var quotePattern = gwruntime.MustPattern(gwruntime.NewPattern(1, []int{2, 0, 2, 1, 2, 2, 2, 3},
	[]string{"dpn", "pricing", "v1", "quote"}, "", gwruntime.AssumeColonVerbOpt(false)))

// decimalFields are the resources' scalar fields, also accepted one by one as
// resources.<field>=<decimal>.
var decimalFields = []string{"vcpus", "memory_gib", "storage_gib", "bandwidth_gb"}

// RegisterQuoteRoute serves GET /dpn/pricing/v1/quote?duration_seconds=N&resources=JSON, the
// JSON being what `dpnd q pricing quote --resources` takes ({"vcpus":"4","gpus":[...]}),
// or with resources.vcpus=4&resources.memory_gib=0.5… for the scalar fields.
func RegisterQuoteRoute(mux *gwruntime.ServeMux, client types.QueryClient) {
	mux.Handle(http.MethodGet, quotePattern, func(w http.ResponseWriter, req *http.Request, _ map[string]string) {
		ctx, cancel := context.WithCancel(req.Context())
		defer cancel()
		_, outbound := gwruntime.MarshalerForRequest(mux, req)
		fail := func(err error) { gwruntime.HTTPError(ctx, mux, outbound, w, req, err) }
		rctx, err := gwruntime.AnnotateContext(ctx, mux, req)
		if err != nil {
			fail(err)
			return
		}
		if err := req.ParseForm(); err != nil {
			fail(status.Errorf(codes.InvalidArgument, "%v", err))
			return
		}
		qreq, err := QuoteRequest(req.Form)
		if err != nil {
			fail(status.Error(codes.InvalidArgument, err.Error()))
			return
		}
		res, err := client.Quote(rctx, qreq)
		if err != nil {
			fail(err)
			return
		}
		gwruntime.ForwardResponseMessage(ctx, mux, outbound, w, req, res, mux.GetForwardResponseOptions()...)
	})
}

// QuoteRequest reads the quote's query parameters.
func QuoteRequest(form url.Values) (*types.QueryQuoteRequest, error) {
	seconds, err := strconv.ParseUint(form.Get("duration_seconds"), 10, 64)
	if err != nil {
		return nil, types.ErrInvalidDuration.Wrapf("duration_seconds %q: %v", form.Get("duration_seconds"), err)
	}
	obj := map[string]json.RawMessage{}
	if js := form.Get("resources"); js != "" {
		if err := json.Unmarshal([]byte(js), &obj); err != nil {
			return nil, types.ErrInvalidResources.Wrapf("resources: %v", err)
		}
	}
	for _, f := range decimalFields {
		v := form.Get("resources." + f)
		if v == "" {
			continue
		}
		if _, err := math.LegacyNewDecFromStr(v); err != nil {
			return nil, types.ErrInvalidResources.Wrapf("resources.%s %q is not a decimal", f, v)
		}
		bz, _ := json.Marshal(v)
		obj[f] = bz
	}
	bz, err := json.Marshal(obj)
	if err != nil {
		return nil, err
	}
	r, err := types.ParseResources(bz)
	if err != nil {
		return nil, err
	}
	return &types.QueryQuoteRequest{DurationSeconds: seconds, Resources: r}, nil
}
