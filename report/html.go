package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/atalaya/atalaya/model"
)

// pageMeta is what an HTML page says about itself outside its main text.
type pageMeta struct {
	canonical, ogURL, siteName, title, timeAttr, metaDate, ldDate string
}

// parseHTML extracts the main text of a page with readability, after
// dropping the page furniture readability may keep (navigation, headers,
// footers, asides, forms, cookie banners, comment sections).
//
// A page that is not UTF-8 is read only when it declares its charset (a
// BOM or <meta charset>); otherwise invalid UTF-8 is an error.
func parseHTML(data []byte, opts Options) (model.Report, error) {
	if err := checkUTF8(data); err != nil {
		decoded, ok := decodeDeclared(data)
		if !ok {
			return model.Report{}, err
		}
		data = decoded
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return model.Report{}, fmt.Errorf("malformed HTML: %w", err)
	}
	var meta pageMeta
	collectMeta(doc, &meta)
	stripFurniture(doc)

	pageURL := firstNonEmpty(meta.canonical, meta.ogURL)
	u, err := url.Parse(strings.TrimSpace(pageURL))
	if err != nil || !u.IsAbs() {
		u = nil
		pageURL = ""
	} else {
		pageURL = u.String()
	}
	parser := readability.NewParser()
	parser.MaxElemsToParse = 200000
	art, err := parser.ParseAndMutate(doc, u)
	if err != nil {
		return model.Report{}, fmt.Errorf("malformed HTML: %w", err)
	}
	if art.Node == nil {
		return model.Report{}, fmt.Errorf("malformed HTML: %w", ErrNoText)
	}
	text := normalize(render.InnerText(art.Node))
	if text == "" {
		return model.Report{}, fmt.Errorf("malformed HTML: %w", ErrNoText)
	}
	r := model.Report{
		URL:   pageURL,
		Title: oneLine(firstNonEmpty(art.Title(), meta.title)),
		Text:  text,
		Kind:  defaultKind(opts, model.KindNews),
	}
	r.Source = opts.Source
	if r.Source == "" {
		r.Source = oneLine(firstNonEmpty(art.SiteName(), meta.siteName))
	}
	// Dates the page states win over Options.Published; a date without a
	// zone is taken in Mexico City (readability would take it as UTC).
	r.Published = opts.Published
	if t, err := parseTime(meta.metaDate); err == nil {
		r.Published = localDate(t)
	} else if t, err := parseTime(meta.ldDate); err == nil {
		r.Published = localDate(t)
	} else if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
		r.Published = localDate(t)
	} else if t, err := parseTime(meta.timeAttr); err == nil {
		r.Published = localDate(t)
	}
	return r, nil
}

// collectMeta walks the page for the canonical URL, og:site_name, the
// first <time datetime> and date meta tags.
func collectMeta(n *html.Node, m *pageMeta) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
				m.canonical = attr(n, "href")
			}
		case atom.Meta:
			key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
			val := strings.TrimSpace(attr(n, "content"))
			switch key {
			case "og:url":
				if m.ogURL == "" {
					m.ogURL = val
				}
			case "og:site_name":
				if m.siteName == "" {
					m.siteName = val
				}
			case "article:published_time", "datepublished", "date", "dc.date", "dc.date.issued", "dcterms.created", "pubdate", "publishdate", "og:published_time":
				if m.metaDate == "" {
					m.metaDate = val
				}
			}
		case atom.Script:
			if m.ldDate == "" && strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				var v any
				if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
					m.ldDate = findDatePublished(v, 0)
				}
			}
		case atom.Time:
			if m.timeAttr == "" {
				m.timeAttr = strings.TrimSpace(attr(n, "datetime"))
			}
		case atom.Title:
			if m.title == "" && n.FirstChild != nil {
				m.title = n.FirstChild.Data
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		collectMeta(c, m)
	}
}

// stripFurniture removes elements that are never main text.
func stripFurniture(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && isFurniture(c) && !(byLabel(c) && paragraphText(c, 0) > 600) {
			n.RemoveChild(c)
		} else {
			stripFurniture(c)
		}
		c = next
	}
}

func isFurniture(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Footer, atom.Aside, atom.Form, atom.Script, atom.Style, atom.Noscript,
		atom.Iframe, atom.Button, atom.Select, atom.Template, atom.Dialog, atom.Svg:
		return true
	case atom.Header:
		// A page header holds navigation; an article's own header may hold
		// its headline, which readability takes from metadata anyway.
		return true
	case atom.Body, atom.Html, atom.Article, atom.Main:
		return false
	}
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search":
		return true
	}
	label := strings.ToLower(attr(n, "id") + " " + attr(n, "class"))
	if label == " " {
		return false
	}
	for _, w := range [...]string{"cookie", "consent", "gdpr", "comment", "related", "relacionad", "recomendad", "newsletter", "share", "compartir", "social", "breadcrumb", "sidebar", "footer", "menu", "subscribe", "suscri", "paywall", "advert", "publicidad", "popup", "modal", "promo", "outbrain", "taboola"} {
		if strings.Contains(label, w) {
			return true
		}
	}
	return false
}

// byLabel reports whether n is furniture only by its id or class, which
// may be wrong for a wrapper ("layout with-sidebar") around the article.
func byLabel(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Footer, atom.Aside, atom.Form, atom.Script, atom.Style, atom.Noscript,
		atom.Iframe, atom.Button, atom.Select, atom.Template, atom.Dialog, atom.Svg, atom.Header:
		return false
	}
	label := strings.ToLower(attr(n, "id") + " " + attr(n, "class"))
	return !strings.Contains(label, "cookie") && !strings.Contains(label, "consent")
}

// paragraphText returns the length of the text inside <p> elements under
// n, stopping early once it passes 4096.
func paragraphText(n *html.Node, inP int) int {
	total := 0
	for c := n.FirstChild; c != nil && total <= 4096; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && inP > 0:
			total += len(strings.TrimSpace(c.Data))
		case c.Type == html.ElementNode && c.DataAtom == atom.P:
			total += paragraphText(c, inP+1)
		case c.Type == html.ElementNode:
			total += paragraphText(c, inP)
		}
	}
	return total
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// htmlText turns an HTML fragment (a feed item's content) into text.
func htmlText(s string) string {
	if strings.IndexByte(s, '<') < 0 && strings.IndexByte(s, '&') < 0 {
		return normalize(s)
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return normalize(s)
	}
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, c := range nodes {
		if c.Parent != nil {
			c.Parent.RemoveChild(c)
		}
		root.AppendChild(c)
	}
	stripFurniture(root)
	return normalize(render.InnerText(root))
}

// decodeDeclared converts a page that declares a charset other than UTF-8
// to UTF-8.
func decodeDeclared(data []byte) ([]byte, bool) {
	head := bytes.ToLower(data[:min(len(data), 1024)])
	if !bytes.Contains(head, []byte("charset")) {
		return nil, false
	}
	enc, name, _ := charset.DetermineEncoding(data, "")
	if enc == nil || name == "utf-8" {
		return nil, false
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil || !utf8.Valid(out) {
		return nil, false
	}
	return out, true
}

// findDatePublished returns the first "datePublished" string in a JSON-LD
// value (objects, arrays, @graph), looking at most a few levels deep.
func findDatePublished(v any, depth int) string {
	if depth > 4 {
		return ""
	}
	switch v := v.(type) {
	case map[string]any:
		if s, ok := v["datePublished"].(string); ok && s != "" {
			return s
		}
		for _, k := range [...]string{"@graph", "mainEntity", "mainEntityOfPage"} {
			if s := findDatePublished(v[k], depth+1); s != "" {
				return s
			}
		}
	case []any:
		for _, e := range v {
			if s := findDatePublished(e, depth+1); s != "" {
				return s
			}
		}
	}
	return ""
}
