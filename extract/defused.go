package extract

import "strings"

// defused reports whether folded sentence f tells of a device defused or
// deactivated ("Police defuse bomb outside bank", "desactivan artefacto
// explosivo") and of no blast: a device made safe is a find, no attack.
// "Bomb explodes before police could defuse it" tells the blast.
func defused(f string) bool {
	if !strings.Contains(f, "defus") && !strings.Contains(f, "desactiv") {
		return false
	}
	return !explodedWords.in(f)
}

// explodedWords tell that a device went off (defused).
var explodedWords = newNeedles("explod", "explosion", "blast", "detonated", "went off", "estall", "explot", "detono")
