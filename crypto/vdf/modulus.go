package vdf

import "math/big"

// rsa2048Decimal is RSA-2048 from the RSA Factoring Challenge (RSA Laboratories,
// 1991): 617 decimal digits, 2048 bits. Its prime factors were destroyed when it
// was generated and have never been published, so nobody knows the order of
// Z_N^*, which is what makes repeated squaring in this group sequential.
const rsa2048Decimal = "" +
	"2519590847565789349402718324004839857142928212620403202777713783604366202070" +
	"7595556264018525880784406918290641249515082189298559149176184502808489120072" +
	"8449926873928072877767359714183472702618963750149718246911650776133798590957" +
	"0009733045974880842840179742910064245869181719511874612151517265463228221686" +
	"9987549182422433637259085141865462043576798423387184774447920739934236584823" +
	"8242811981638150106748104516603773060562016196762561338441436038339044149526" +
	"3443219011465754445417842402092461651572335077870774981712577246796292638635" +
	"6373289912154831438167899885040445364023527381951378636564391212010397122822" +
	"120720357"

// ElementSize is the length in bytes of an encoded group element: the modulus
// length, big-endian, left-padded with zeros.
const ElementSize = 256

var (
	modulus     = mustDecimal(rsa2048Decimal)
	halfModulus = new(big.Int).Rsh(modulus, 1) // (N-1)/2, N is odd
)

// Modulus returns a copy of N, the RSA-2048 challenge modulus.
func Modulus() *big.Int { return new(big.Int).Set(modulus) }

func mustDecimal(s string) *big.Int {
	n, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("vdf: bad modulus constant")
	}
	return n
}
