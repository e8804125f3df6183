// Package seed embeds the sample corpus: five messy real news articles and
// the manifest.json that dates them. annals opens on it when no path is
// given, so the files are kept byte-identical to the shared originals.
package seed

import "embed"

// FS holds the sample articles and manifest.json at its root.
//
//go:embed *.txt manifest.json
var FS embed.FS
