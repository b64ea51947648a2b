// Package clip bounds untrusted text before it reaches a log line or an
// error message.
package clip

// String returns s cut to at most n bytes on a character boundary, marked
// "…" when cut; s itself when it is no longer than n.
func String(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}
