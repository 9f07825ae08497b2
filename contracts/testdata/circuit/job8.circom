pragma circom 2.2.3;

// A small job circuit with eight public signals (the output and seven inputs), the size
// the on-chain verifier's gas goal is stated for: out = w^3 + sum(a[i] * w).
template Job8() {
    signal input a[7];
    signal input w;
    signal output out;

    signal w2;
    signal w3;
    signal t[7];
    w2 <== w * w;
    w3 <== w2 * w;
    var acc = w3;
    for (var i = 0; i < 7; i++) {
        t[i] <== a[i] * w;
        acc += t[i];
    }
    out <== acc;
}

component main {public [a]} = Job8();
