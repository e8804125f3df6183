// Package clean turns the raw bytes of a plain-text article into cleaned,
// classified blocks (title, byline, dateline, caption, heading, body) whose
// every byte maps back to the exact raw bytes it came from.
//
// The rules are general: page chrome (menu words, script fragments, image
// file names, repeated headlines) is recognized by its shape, not by the
// names of particular sites.
package clean
