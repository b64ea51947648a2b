package fuse

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// An incremental fusion restores the events open at the point it resumes
// at (the earliest new item's key, From) as a rebuild had them there, from
// what the run that stored them recorded, and matches every item from
// that point on. It decides nothing again before From: what happened
// there is what happened in the run that stored the events, which saw
// the same items (every new one is at or after From).
//
// Three records make that exact. Each member's trail: the events it was
// in before the one it ended in (a merge, a state-only event absorbed or
// scattered, a member the pair model joined sent off by the rules), each
// with the key of the item during whose matching it left (Stay), and
// whether the pair model joined it; an event's closing key, that of the
// item during whose matching it was emitted (math.MaxInt64 when at
// Close); and its holds (the buckets until which it was kept open for a
// state-only event, each with the key of the item that set it). An event
// is open at From when its closing key is at or after From, and a member
// is there in the event its trail names at From. Every key recorded is an
// item's key, so "before From" means the same in the run that recorded it
// and in the one that reads it.

// Stay is a stretch of a member in an event other than the one it ends
// in: the event's id, the key (Unix seconds) of the item during whose
// matching it left it, and whether the pair model joined it there
// (member.overruled).
type Stay struct {
	Event     string
	Until     int64
	Overruled bool
}

// Hold is an event held open (cluster.hold): At is the key of the item
// during whose matching it was held, Bucket the bucket until which.
type Hold struct {
	At, Bucket int64
}

// Stored is what the store keeps of an incident's fusion for Replay: the
// event it is in, its trail (Fused.Trails) and its event's holds
// (Fused.Holds).
type Stored struct {
	Event string
	Trail string
	Holds string
}

// Open reports whether an event emitted with closing key closed (Fused.Closed)
// is still open at from: whether an incremental run resuming at from must
// replay it.
func Open(closed int64, from time.Time) bool { return closed >= from.Unix() }

// trail encodes m's stays and whether the pair model joined it to the
// event it is in: "" for a member that was only ever in that event, joined
// by the rules; else space-separated "id@until", with "!" after the ones
// the pair model joined, and a last "!" when it joined the event it is in.
func (m *member) trail() string {
	if len(m.past) == 0 && !m.overruled {
		return ""
	}
	var b strings.Builder
	for i, s := range m.past {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s.Event)
		b.WriteByte('@')
		b.WriteString(strconv.FormatInt(s.Until, 10))
		if s.Overruled {
			b.WriteByte('!')
		}
	}
	if m.overruled {
		if len(m.past) > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('!')
	}
	return b.String()
}

// parseTrail decodes a trail (member.trail): the stays, and whether the
// pair model joined the member to its last event.
func parseTrail(s string) (past []Stay, overruled bool, err error) {
	for _, f := range strings.Fields(s) {
		if f == "!" {
			overruled = true
			continue
		}
		st := Stay{}
		if st.Overruled = strings.HasSuffix(f, "!"); st.Overruled {
			f = f[:len(f)-1]
		}
		id, until, ok := strings.Cut(f, "@")
		if st.Until, err = strconv.ParseInt(until, 10, 64); !ok || err != nil || id == "" {
			return nil, false, fmt.Errorf("fuse: bad trail %q", s)
		}
		st.Event = id
		past = append(past, st)
	}
	return past, overruled, nil
}

// holdsText encodes holds as space-separated "at@bucket" ("" for none).
func holdsText(hs []Hold) string {
	var b strings.Builder
	for i, h := range hs {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.FormatInt(h.At, 10))
		b.WriteByte('@')
		b.WriteString(strconv.FormatInt(h.Bucket, 10))
	}
	return b.String()
}

// parseHolds decodes holdsText.
func parseHolds(s string) ([]Hold, error) {
	var out []Hold
	for _, f := range strings.Fields(s) {
		at, b, ok := strings.Cut(f, "@")
		h := Hold{}
		var e1, e2 error
		h.At, e1 = strconv.ParseInt(at, 10, 64)
		h.Bucket, e2 = strconv.ParseInt(b, 10, 64)
		if !ok || e1 != nil || e2 != nil {
			return nil, fmt.Errorf("fuse: bad holds %q", s)
		}
		out = append(out, h)
	}
	return out, nil
}

// Replay puts an item before the point an incremental fusion resumes at
// (from) back in the event it was in there, as recorded in s, without
// matching it: Stored's event, or the one its trail names at from. Feed
// the items of every event open at from (Open), in fusion order, then
// call Resume before the first item matched.
func (f *Fuser) Replay(it Item, s Stored, from time.Time) error {
	if f.err != nil {
		return f.err
	}
	return f.replay(f.newMember(it), s, from)
}

// ReplayPrepared is Replay of an item prepared (Prepare) with the
// Fuser's configuration.
func (f *Fuser) ReplayPrepared(p Prepared, s Stored, from time.Time) error {
	return f.replay(p.m, s, from)
}

// replay is Replay of an item already prepared (newMember).
func (f *Fuser) replay(m *member, s Stored, from time.Time) error {
	if f.err != nil {
		return f.err
	}
	it := &m.it
	if err := f.order(it); err != nil {
		return err
	}
	f.numbers(m)
	if !m.hasKey {
		return fmt.Errorf("fuse: replaying incident %q without a time", it.Incident.ID)
	}
	if !f.started {
		// The buckets before this item's reach hold nothing: every
		// event open at from is due at or after it.
		f.started = true
		f.low = bucketOf(m.key.Add(-maxBefore))
	}
	past, overruled, err := parseTrail(s.Trail)
	if err != nil {
		return fmt.Errorf("replaying incident %q: %w", it.Incident.ID, err)
	}
	id, fu := s.Event, from.Unix()
	for i, st := range past {
		if st.Until >= fu {
			// It left this one at or after from: it is there.
			id, past, overruled = st.Event, past[:i], st.Overruled
			break
		}
	}
	m.past, m.overruled = past, overruled
	c, ok := f.byID[id]
	if ok {
		f.join(c, m)
	} else {
		c = f.newCluster(m)
		if c.id != id {
			delete(f.byID, c.id)
			c.id = id
			f.byID[c.id] = c
		}
	}
	if id != s.Event || s.Holds == "" || f.holds[c] != nil {
		return f.err
	}
	// The event it ends in, held open before from (only an event that
	// ends so does: one held is past any item's reach, so it is merged
	// into none).
	hs, err := parseHolds(s.Holds)
	if err != nil {
		return fmt.Errorf("replaying incident %q: %w", it.Incident.ID, err)
	}
	for _, h := range hs {
		if h.At < fu {
			f.hold(c, h)
		}
	}
	if c.hold > 0 {
		f.schedule(c)
	}
	return f.err
}

// hold keeps c open until h's bucket, and records it.
func (f *Fuser) hold(c *cluster, h Hold) {
	c.hold = h.Bucket
	if f.holds == nil {
		f.holds = map[*cluster][]Hold{}
	}
	f.holds[c] = append(f.holds[c], h)
}

// closing is the key recorded as an event's closing one when it is
// emitted at Close.
const closing = math.MaxInt64
