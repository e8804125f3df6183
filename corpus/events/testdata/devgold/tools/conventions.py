import json
_seed = json.load(open("/work/shared/eval/seed-gold.json", encoding="utf-8"))["conventions"]
CONVENTIONS = (
    "Annotated by hand before any system run, under the seed-gold conventions, quoted here: <<" + _seed + ">> "
    "Additions for this set (see PROTOCOL.md): "
    "(1) Time anchor: an event needs a time expression, or an explicit relation to a dated event ('following', 'after', "
    "'in the wake of', 'ahead of'); present-perfect or undated statements without one are omitted (as Cordone's 'has warned' "
    "in the seed); an undated statement about a dated happening is a source of that happening. Its date is the window the "
    "anchors allow, at week/month precision when no day is given ('in the wake of' a Wednesday attack, DCT Sunday = that ISO week). "
    "'Meanwhile' / 'also' after a dated statement by another speaker dates the second statement to the same day. "
    "(2) Statements by different speakers are different happenings (seed e12/e13); one speaker's lead, quotes and "
    "paraphrases on one occasion are one event; a planned or scheduled happening with a date is annotated at its date "
    "(seed e27). (3) A claim of responsibility is a source of the attack it claims (issue 10 §1), even when dated later; "
    "so is a toll update without its own dated report. (4) Actors: officials acting in office are listed with their "
    "state/organisation (person first, as seed e10/e12/e25); agencies (CDC, HPA, foreign ministry, police, Cobra) map to "
    "their state; international organisations (World Health Organization, European Union) are their own actor; "
    "full names as written in the text ('Sajida Mubarak Atrous al-Rishawi'), English spellings "
    "('al-Qaeda in Iraq', 'World Health Organization'). (5) Types: an epidemic outbreak is 'disaster'; a dated count "
    "of cases or deaths reported on its own is 'casualties'; a cull ordered by a government is 'announcement'; "
    "market moves are 'economy'; a visit or summit is 'meeting'; a deal is 'agreement', talks toward it 'negotiation'. "
    "(6) Mentions may sit in the front-matter title of the news-1997 files (byte offsets are into the whole raw file)."
)
