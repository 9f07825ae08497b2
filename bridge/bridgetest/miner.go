package bridgetest

import (
	"context"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/dpn-network/dpn/contracts/l2sim"
)

// Miner seals a block on the simulated L2 whenever transactions are pending, as an L2
// sequencer would, at most once per interval. It is the only thing that may seal while it
// runs; pause it before sealing by hand (l2sim.Env.Mine).
type Miner struct {
	env    *l2sim.Env
	every  time.Duration
	mu     sync.Mutex
	paused bool
	stop   chan struct{}
	done   chan struct{}
}

// StartMiner starts sealing on env.
func StartMiner(env *l2sim.Env, every time.Duration) *Miner {
	m := &Miner{env: env, every: every, stop: make(chan struct{}), done: make(chan struct{})}
	go m.loop()
	return m
}

func (m *Miner) loop() {
	defer close(m.done)
	t := time.NewTicker(m.every)
	defer t.Stop()
	for {
		select {
		case <-m.stop:
			return
		case <-t.C:
		}
		m.mu.Lock()
		if !m.paused && m.pending() > 0 {
			m.env.Backend.Commit()
		}
		m.mu.Unlock()
	}
}

// pending counts the pool's executable transactions. The pending block the node serves
// (eth_getBlockTransactionCountByNumber) is cached for seconds, so the pool is asked.
func (m *Miner) pending() uint64 {
	rpcClient, ok := m.env.Client.(interface{ Client() *rpc.Client })
	if !ok {
		return 1
	}
	var status struct{ Pending hexutil.Uint64 }
	if err := rpcClient.Client().CallContext(context.Background(), &status, "txpool_status"); err != nil {
		return 1
	}
	return uint64(status.Pending)
}

// Pause stops sealing; when it returns, no seal is under way.
func (m *Miner) Pause() {
	m.mu.Lock()
	m.paused = true
	m.mu.Unlock()
}

// Resume starts sealing again.
func (m *Miner) Resume() {
	m.mu.Lock()
	m.paused = false
	m.mu.Unlock()
}

// Do runs f (sealing by hand, say) with the miner held off.
func (m *Miner) Do(f func()) {
	m.mu.Lock()
	defer m.mu.Unlock()
	f()
}

// Stop ends the miner.
func (m *Miner) Stop() {
	close(m.stop)
	<-m.done
}
