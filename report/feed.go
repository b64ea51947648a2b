package report

import (
	"bytes"
	"fmt"

	"github.com/mmcdole/gofeed"

	"github.com/atalaya/atalaya/model"
)

// parseFeed reads an RSS or Atom document, one report per item. An item's
// text is its content, else its description, else its title (headline-only
// alert feeds); an item with none of them is a problem.
func parseFeed(name string, data []byte, opts Options, skip func(Problem)) ([]model.Report, error) {
	if err := checkUTF8(data); err != nil {
		return nil, err
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("malformed feed: %w", err)
	}
	if len(feed.Items) == 0 {
		return nil, fmt.Errorf("malformed feed: %w: no items", ErrNoText)
	}
	source := opts.Source
	if source == "" {
		source = oneLine(htmlText(feed.Title))
	}
	now := opts.now()
	var reports []model.Report
	for i, it := range feed.Items {
		if it == nil {
			continue
		}
		r := model.Report{
			GivenID:   it.GUID,
			Source:    source,
			URL:       it.Link,
			Kind:      defaultKind(opts, model.KindNews),
			Title:     oneLine(htmlText(it.Title)),
			Published: opts.Published,
		}
		switch {
		case it.PublishedParsed != nil:
			r.Published = localDate(*it.PublishedParsed)
		case it.UpdatedParsed != nil:
			r.Published = localDate(*it.UpdatedParsed)
		}
		r.Text = htmlText(it.Content)
		if r.Text == "" {
			r.Text = htmlText(it.Description)
		}
		if r.Text == "" {
			r.Text = r.Title
		}
		if r.Text == "" {
			skip(Problem{Path: name, Err: fmt.Errorf("item %d: %w", i+1, ErrNoText)})
			continue
		}
		r = finish(r, name, now)
		reports = append(reports, r)
	}
	return reports, nil
}
