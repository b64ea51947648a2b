package fuse

// Prepared is an item made ready for matching by a Preparer: what Add
// and Replay compute of the item alone (its interval, place, evidence
// words), done before the Fuser needs it.
type Prepared struct{ m *member }

// Preparer prepares items for the Fusers of one configuration. It holds
// no state of theirs, so a caller may prepare items on a goroutine of its
// own while a Fuser matches the ones before (AddPrepared). A Preparer is
// not safe for concurrent use by several goroutines; each may have one.
type Preparer struct{ f Fuser }

// NewPreparer returns a Preparer for Fusers of configuration cfg.
func NewPreparer(cfg Config) *Preparer { return &Preparer{f: Fuser{cfg: cfg}} }

// Prepare readies it for AddPrepared or ReplayPrepared.
func (p *Preparer) Prepare(it Item) Prepared { return Prepared{p.f.newMember(it)} }

// Item returns the item p was prepared from.
func (p Prepared) Item() *Item { return &p.m.it }

// AddPrepared is Add of an item prepared (Prepare) with the Fuser's
// configuration; a Prepared is added once.
func (f *Fuser) AddPrepared(p Prepared) error { return f.add(p.m) }
