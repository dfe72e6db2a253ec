// Command corpus builds a benchmark corpus of N real news articles from the
// annotated data next to the project (../shared/data): ECB+ (982 articles,
// detokenised), TempEval-3 AQUAINT and platinum (TimeML with the markup
// stripped) and PolNeAR (plain text). Each article gets YAML front matter
// with its title and, where the data gives one, its publication date. When N
// is larger than the data, the articles are used again under new names, as a
// day's wire copy repeats stories.
//
//	go run ./bench/corpus -data ../shared/data -n 2000 -out /tmp/corpus-2000
package main

import (
	"encoding/xml"
	"flag"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

type article struct {
	title, published, body string
}

func main() {
	data := flag.String("data", "../shared/data", "the shared data directory")
	n := flag.Int("n", 2000, "number of articles")
	out := flag.String("out", "", "directory to write (created; must be empty or absent)")
	flag.Parse()
	if *out == "" || *n <= 0 {
		fmt.Fprintln(os.Stderr, "usage: corpus -data DIR -n N -out DIR")
		os.Exit(2)
	}
	var arts []article
	for _, src := range []func(string) ([]article, error){ecbplus, timeml, polnear} {
		a, err := src(*data)
		if err != nil {
			fmt.Fprintln(os.Stderr, "corpus:", err)
			os.Exit(1)
		}
		arts = append(arts, a...)
	}
	if len(arts) == 0 {
		fmt.Fprintln(os.Stderr, "corpus: no articles found under", *data)
		os.Exit(1)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "corpus:", err)
		os.Exit(1)
	}
	words := 0
	for i := 0; i < *n; i++ {
		a := arts[i%len(arts)]
		var b strings.Builder
		b.WriteString("---\ntitle: " + strconv.Quote(a.title) + "\n")
		if a.published != "" {
			b.WriteString("published: " + a.published + "\n")
		}
		b.WriteString("---\n" + a.body + "\n")
		words += len(strings.Fields(a.body))
		// Stories of 50 articles a folder, as a desk files them.
		dir := filepath.Join(*out, fmt.Sprintf("story-%04d", i/50))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			fmt.Fprintln(os.Stderr, "corpus:", err)
			os.Exit(1)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%06d.md", i)), []byte(b.String()), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "corpus:", err)
			os.Exit(1)
		}
	}
	fmt.Printf("%d articles (%d distinct), %d words of prose, in %s\n", *n, len(arts), words, *out)
}

// ecbplus reads ECB+'s tokenised articles and puts their words back together.
func ecbplus(data string) ([]article, error) {
	files, _ := filepath.Glob(filepath.Join(data, "ecbplus", "ECB+", "*", "*.xml"))
	sort.Strings(files)
	var out []article
	for _, f := range files {
		r, err := os.Open(f)
		if err != nil {
			return nil, err
		}
		dec := xml.NewDecoder(r)
		var sents [][]string
		sent := -1
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				r.Close()
				return nil, fmt.Errorf("%s: %v", f, err)
			}
			se, ok := tok.(xml.StartElement)
			if !ok || se.Name.Local != "token" {
				continue
			}
			var text string
			if err := dec.DecodeElement(&text, &se); err != nil {
				r.Close()
				return nil, fmt.Errorf("%s: %v", f, err)
			}
			s := 0
			for _, a := range se.Attr {
				if a.Name.Local == "sentence" {
					s, _ = strconv.Atoi(a.Value)
				}
			}
			if s != sent {
				sents = append(sents, nil)
				sent = s
			}
			sents[len(sents)-1] = append(sents[len(sents)-1], text)
		}
		r.Close()
		if len(sents) < 2 {
			continue
		}
		var paras []string
		for i := 1; i < len(sents); i += 3 {
			var p []string
			for j := i; j < i+3 && j < len(sents); j++ {
				p = append(p, detokenize(sents[j]))
			}
			paras = append(paras, strings.Join(p, " "))
		}
		out = append(out, article{title: detokenize(sents[0]), body: strings.Join(paras, "\n\n")})
	}
	return out, nil
}

var noSpaceBefore = map[string]bool{",": true, ".": true, ";": true, ":": true, "!": true, "?": true, ")": true,
	"'s": true, "n't": true, "'re": true, "'ve": true, "'ll": true, "'d": true, "'m": true, "''": true, "%": true}

// detokenize joins tokens with spaces where prose has them.
func detokenize(toks []string) string {
	var b strings.Builder
	quoteOpen := false
	for i, t := range toks {
		switch t {
		case "``":
			t = "\""
		case "''":
			t = "\""
		case "-LRB-":
			t = "("
		case "-RRB-":
			t = ")"
		}
		space := i > 0 && !noSpaceBefore[toks[i]]
		if i > 0 {
			prev := toks[i-1]
			if prev == "``" || prev == "(" || prev == "-LRB-" || prev == "$" {
				space = false
			}
		}
		if toks[i] == "``" {
			quoteOpen = true
		} else if toks[i] == "''" && quoteOpen {
			quoteOpen = false
		}
		if space {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	return b.String()
}

var (
	tag      = regexp.MustCompile(`<[^>]+>`)
	dct      = regexp.MustCompile(`functionInDocument="CREATION_TIME"[^>]*>(\d{4}-\d{2}-\d{2})`)
	dctValue = regexp.MustCompile(`value="(\d{4}-\d{2}-\d{2})[^"]*"[^>]*functionInDocument="CREATION_TIME"`)
	titleRe  = regexp.MustCompile(`(?s)<TITLE>(.*?)</TITLE>`)
	textRe   = regexp.MustCompile(`(?s)<TEXT>(.*?)</TEXT>`)
)

// blankLines are runs of empty lines, one paragraph break however many.
var blankLines = regexp.MustCompile(`\n\s*\n+`)

// globAll returns the files under data that match any of the patterns,
// sorted, so that a corpus comes out the same on every machine.
func globAll(data string, patterns ...string) []string {
	var files []string
	for _, pat := range patterns {
		m, _ := filepath.Glob(filepath.Join(data, pat))
		files = append(files, m...)
	}
	sort.Strings(files)
	return files
}

// timeml reads TempEval-3's AQUAINT and platinum articles without their markup.
func timeml(data string) ([]article, error) {
	files := globAll(data, "tempeval3/aquaint-gold/*.tml", "tempeval3/platinum-input/*.TE3input")
	var out []article
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		s := string(raw)
		m := textRe.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		body := html.UnescapeString(tag.ReplaceAllString(m[1], ""))
		body = strings.TrimSpace(blankLines.ReplaceAllString(body, "\n\n"))
		a := article{body: body}
		if t := titleRe.FindStringSubmatch(s); t != nil {
			a.title = strings.TrimSpace(html.UnescapeString(tag.ReplaceAllString(t[1], "")))
		}
		if a.title == "" {
			a.title = strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		}
		if d := dctValue.FindStringSubmatch(s); d != nil {
			a.published = d[1]
		} else if d := dct.FindStringSubmatch(s); d != nil {
			a.published = d[1]
		}
		out = append(out, a)
	}
	return out, nil
}

var polnearDate = regexp.MustCompile(`_(\d{4}-\d{2}-\d{2})_`)

// polnear reads PolNeAR's article texts; the first line is the headline.
func polnear(data string) ([]article, error) {
	files := globAll(data, "polnear/dev/text/*.txt", "polnear/test/text/*.txt")
	var out []article
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		title, body, _ := strings.Cut(strings.TrimSpace(string(raw)), "\n")
		a := article{title: strings.TrimSpace(title), body: strings.TrimSpace(body)}
		if d := polnearDate.FindStringSubmatch(filepath.Base(f)); d != nil {
			a.published = d[1]
		}
		out = append(out, a)
	}
	return out, nil
}
