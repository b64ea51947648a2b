package fuse

import "slices"

// placeKey is an indexKey without its day: the place part of the key.
type placeKey struct {
	kind int32
	name int32
	x, y int32
}

// dayLists are the open events filed under one place, by day: days[i]
// holds those of day first+i, in the order they were filed.
type dayLists struct {
	first int32
	days  [][]*cluster
}

// eventIndex files the open events by place, then by day. An incident
// looks up a dozen places over one to three days: one hash lookup a place
// (rather than a place and a day) finds every day's events, and most of
// the places (the cells around a point) hold none.
type eventIndex map[placeKey]*dayLists

func (k indexKey) place() placeKey { return placeKey{kind: k.kind, name: k.name, x: k.x, y: k.y} }

// add files c under k (after those filed there before).
func (ix eventIndex) add(k indexKey, c *cluster) {
	p := k.place()
	e := ix[p]
	if e == nil {
		ix[p] = &dayLists{first: k.day, days: [][]*cluster{{c}}}
		return
	}
	if len(e.days) == 0 {
		e.first = k.day
	}
	if k.day < e.first {
		e.days = append(make([][]*cluster, e.first-k.day, int(e.first-k.day)+len(e.days)), e.days...)
		e.first = k.day
	}
	for int(k.day-e.first) >= len(e.days) {
		e.days = append(e.days, nil)
	}
	i := k.day - e.first
	e.days[i] = append(e.days[i], c)
}

// remove takes c out of k's list.
func (ix eventIndex) remove(k indexKey, c *cluster) {
	p := k.place()
	e := ix[p]
	if e == nil || k.day < e.first || int(k.day-e.first) >= len(e.days) {
		return
	}
	i := k.day - e.first
	list := e.days[i]
	if j := slices.Index(list, c); j >= 0 {
		list = slices.Delete(list, j, j+1)
	}
	e.days[i] = list
	if len(list) > 0 {
		return
	}
	for len(e.days) > 0 && len(e.days[0]) == 0 {
		e.days = e.days[1:]
		e.first++
	}
	for len(e.days) > 0 && len(e.days[len(e.days)-1]) == 0 {
		e.days = e.days[:len(e.days)-1]
	}
	if len(e.days) == 0 {
		delete(ix, p)
	}
}

// day returns the events filed under k (its place and day).
func (ix eventIndex) day(k indexKey) []*cluster {
	e := ix[k.place()]
	if e == nil || k.day < e.first || int(k.day-e.first) >= len(e.days) {
		return nil
	}
	return e.days[k.day-e.first]
}

// span returns the lists of the events filed under place p on days d0 to
// d1, the first of them day max(d0, first).
func (ix eventIndex) span(p placeKey, d0, d1 int32) [][]*cluster {
	e := ix[p]
	if e == nil {
		return nil
	}
	lo, hi := max(d0, e.first), min(d1, e.first+int32(len(e.days))-1)
	if lo > hi {
		return nil
	}
	return e.days[lo-e.first : hi-e.first+1]
}
