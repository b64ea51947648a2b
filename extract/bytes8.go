package extract

// Scans that look for a few kinds of bytes (capitals, digits) in long text
// read it eight bytes at a time: one word tells whether any of its bytes
// is of the kind, and most words hold none.

// load8 returns the eight bytes of s from i on as one word, byte i in its
// lowest bits.
func load8(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// ones8 is a byte of one in each of a word's eight bytes: c*ones8 is c in
// each.
const ones8 = 0x0101010101010101

// zeroBytes returns the high bit of each zero byte of x set, and of no byte
// below the lowest zero one: a byte above a zero one may be marked too
// (the borrow of the subtraction), so only the lowest bit is exact.
func zeroBytes(x uint64) uint64 {
	return (x - ones8) & ^x & (0x80 * ones8)
}

// bytesIn returns the bytes of x in lo..hi, ASCII both (lo at least 1),
// one bit for each: the high bit of byte k of the result is set when byte
// k of x is in lo..hi. Each byte's sum below stays within the byte, so no
// byte's answer spills into the next.
func bytesIn(x uint64, lo, hi byte) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low := x & (ones * 0x7f) // each byte's low seven bits
	// 128+hi-low has its high bit set when low <= hi; low+128-lo when
	// low >= lo; ^x when the byte is ASCII.
	return (ones*(128+uint64(hi)) - low) & (low + ones*(128-uint64(lo))) & ^x & highs
}
