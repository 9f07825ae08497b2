pragma circom 2.0.0;

// ManyPublic(r, c): a public r×c matrix and a public vector; the output is
// the sum of squares of the matrix plus the dot product of the vector with
// a private weight vector.
template ManyPublic(r, c) {
    signal input m[r][c];
    signal input v[c];
    signal input wt[c];
    signal output out;
    signal sq[r][c];
    signal dot[c];
    var acc = 0;
    for (var i = 0; i < r; i++) {
        for (var j = 0; j < c; j++) {
            sq[i][j] <== m[i][j] * m[i][j];
            acc += sq[i][j];
        }
    }
    for (var j = 0; j < c; j++) {
        dot[j] <== v[j] * wt[j];
        acc += dot[j];
    }
    out <== acc;
}

component main {public [m, v]} = ManyPublic(4, 6);
