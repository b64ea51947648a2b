package dataset

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// maxFile is the largest news_dev or seed file read.
const maxFile = 20 << 20

// ReadNewsDev reads the news_dev folder: one JSON object per .json file
// ({id, title, date, source, url, lang, event, text, …}), each an item
// handed whole to the report readers (which take its date as the
// publication day). There is no gold beyond the event label, kept as the
// item's Group.
func ReadNewsDev(ctx context.Context, dir string) (Set, error) {
	s := Set{Name: "news_dev", Title: "news_dev (news excerpts, blockade waves 2022 and 2025)", Path: dir}
	err := eachFile(ctx, dir, ".json", func(name string, data []byte) {
		s.Rows++
		// The id and event are read when the file is an object that has
		// them as strings or numbers; the file goes to the readers anyway.
		var head map[string]json.RawMessage
		_ = json.Unmarshal(data, &head)
		id := rawString(head["id"])
		if id == "" {
			id = name
		}
		var event string
		_ = json.Unmarshal(head["event"], &event)
		s.Items = append(s.Items, Item{ID: name, Split: SplitOf("news_dev:" + id), File: name, Data: data, Group: event})
	})
	return s, err
}

// ReadSeeds reads the seed documents (.txt files), each an item handed
// whole to the report readers.
func ReadSeeds(ctx context.Context, dir string) (Set, error) {
	s := Set{Name: "seeds", Title: "seeds (the five starting documents)", Path: dir}
	err := eachFile(ctx, dir, ".txt", func(name string, data []byte) {
		s.Rows++
		s.Items = append(s.Items, Item{ID: name, Split: SplitOf("seeds:" + name), File: name, Data: data})
	})
	return s, err
}

// eachFile calls fn with the name and content of every file of dir with
// the extension, in name order.
func eachFile(ctx context.Context, dir, ext string, fn func(name string, data []byte)) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return err
		}
		if e.IsDir() || !strings.EqualFold(filepath.Ext(e.Name()), ext) {
			continue
		}
		if info, err := e.Info(); err != nil || info.Size() > maxFile {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return fmt.Errorf("reading %s: %w", filepath.Join(dir, e.Name()), err)
		}
		fn(e.Name(), data)
	}
	return nil
}
