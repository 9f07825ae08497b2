pragma circom 2.0.0;

// CheckedProduct: the prover claims a·b = c for a public c. Inputs with
// a·b ≠ c violate the constraint and must yield no proof.
template CheckedProduct() {
    signal input a;
    signal input b;
    signal input c;
    signal p;
    p <== a * b;
    p === c;
}

component main {public [c]} = CheckedProduct();
