pragma circom 2.0.0;

include "circomlib/circuits/poseidon.circom";

// PoseidonChain(n) hashes seed n times: h[i+1] = Poseidon(h[i], i).
template PoseidonChain(n) {
    signal input seed;
    signal output out;
    component h[n];
    signal acc[n + 1];
    acc[0] <== seed;
    for (var i = 0; i < n; i++) {
        h[i] = Poseidon(2);
        h[i].inputs[0] <== acc[i];
        h[i].inputs[1] <== i;
        acc[i + 1] <== h[i].out;
    }
    out <== acc[n];
}

component main = PoseidonChain(2);
