// Package clip bounds untrusted text before it reaches a log line or an
// error message.
package clip

import "strconv"

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

// Value is how many bytes of an untrusted value Quote keeps: enough to
// tell a date, a kind or a code, not a whole text pasted in its place.
const Value = 80

// Quote returns s cut to Value bytes (String) and quoted in Go syntax,
// for naming an untrusted value in an error: `date "2026-13-01" is not
// ...`. No control character of s reaches a terminal.
func Quote(s string) string { return strconv.Quote(String(s, Value)) }

// Error returns err with its message cut to n bytes (String), for an error
// of a decoder that quotes its input whole (encoding/json names an unknown
// key so); errors.Is and errors.As still see err. Nil for nil.
func Error(err error, n int) error {
	if err == nil {
		return nil
	}
	return cut{err, String(err.Error(), n)}
}

// cut is an error whose message is cut.
type cut struct {
	err error
	msg string
}

func (c cut) Error() string { return c.msg }
func (c cut) Unwrap() error { return c.err }
