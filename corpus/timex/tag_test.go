package timex

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals/annals/model"
)

// find returns the expression whose text is exactly s, or nil.
func find(tx []model.Timex, s string) *model.Timex {
	for i := range tx {
		if tx[i].Text == s {
			return &tx[i]
		}
	}
	return nil
}

type want struct{ text, typ, value, mod string }

func TestEaster(t *testing.T) {
	for y, want := range map[int]string{1998: "1998-04-12", 2000: "2000-04-23", 2024: "2024-03-31", 2025: "2025-04-20"} {
		if got := fmtDay(easter(y)); got != want {
			t.Errorf("easter(%d) = %s, want %s", y, got, want)
		}
	}
}

func TestPhenomena(t *testing.T) {
	cases := []struct {
		name, text, dct string
		want            []want
	}{
		{"day month, past", "Fuad Shukr was killed in Beirut on 30 July.", "2024-08-19",
			[]want{{"30 July", "DATE", "2024-07-30", ""}}},
		{"years ago before year 1", "Lao Tzu was born 2,500 years ago in Henan.", "2006-11-20",
			[]want{{"2,500 years ago", "DATE", "BC0495", ""}}},
		{"a day set for ahead, whatever the tense", "A hartal was called for Thursday.", "2005-11-29",
			[]want{{"Thursday", "DATE", "2005-12-01", ""}}},
		{"the fall of a government is no season", "The fall of the government came on Monday.", "2005-11-29",
			[]want{{"Monday", "DATE", "2005-11-28", ""}}},
		{"month day, future election", "Iran may attack before the Nov. 5 U.S. presidential election.", "2024-11-01",
			[]want{{"Nov. 5", "DATE", "2024-11-05", ""}}},
		{"month day past across year", "The group began launching attacks on U.S. bases on October 18.", "2024-02-03",
			[]want{{"October 18", "DATE", "2023-10-18", ""}}},
		{"past event almost a year back", "The war was triggered by Hamas's October 7 attack.", "2024-08-19",
			[]want{{"October 7", "DATE", "2023-10-07", ""}}},
		{"deadline ahead despite past verb", "The service decided the boy should go home by Jan. 14.", "2000-01-05",
			[]want{{"Jan. 14", "DATE", "2000-01-14", ""}}},
		{"passive future", "The increased dividend will be paid Dec. 14 to holders.", "1989-10-26",
			[]want{{"Dec. 14", "DATE", "1989-12-14", ""}}},
		{"past month last year", "Attacks have continued since October.", "2024-08-19",
			[]want{{"October", "DATE", "2023-10", ""}}},
		{"past month this year", "Tensions subsided after Iran intervened in February.", "2024-11-01",
			[]want{{"February", "DATE", "2024-02", ""}}},
		{"future month", "The talks will resume in March.", "2024-02-10",
			[]want{{"March", "DATE", "2024-03", ""}}},
		{"daily as adverb and adjective", "Rallies were held daily; Qantas plans daily flights.", "2000-01-07",
			[]want{{"daily", "SET", "P1D", ""}}},
		{"days from a year stay in it", "The majority elected in 2005, a day earlier vowed to resist.", "2006-12-20",
			[]want{{"a day earlier", "DATE", "2005", ""}}},
		{"each night", "Workers return home each night.", "2006-11-20",
			[]want{{"each night", "SET", "XXXX-XX-XXTNI", ""}}},
		{"spoken year after a month or season", "Prices fell in January nineteen ninety-seven, after the winter of nineteen ninety-four.", "1998-02-27",
			[]want{{"January nineteen ninety-seven", "DATE", "1997-01", ""}, {"the winter of nineteen ninety-four", "DATE", "1994-WI", ""}}},
		{"vague amount later is a duration", "A few days later, the company sued. A minute and a half later, it crashed.", "1989-10-27",
			[]want{{"A few days", "DURATION", "PXD", ""}, {"A minute and a half", "DURATION", "PT1M30S", ""}}},
		{"and a half", "He served two and a half years. Two and a half years ago, he left.", "1998-02-27",
			[]want{{"two and a half years", "DURATION", "P2Y6M", ""}, {"Two and a half years ago", "DATE", "1995-08", ""}}},
		{"halves", "Talks ran one and a half years; the raid took half an hour and half a day.", "1998-02-27",
			[]want{{"one and a half years", "DURATION", "P1Y6M", ""}, {"half an hour", "DURATION", "PT30M", ""}, {"half a day", "DURATION", "PT12H", ""}}},
		{"a plan now past", "The convoy was supposed to leave on Friday, but rebels blocked it.", "1997-04-21",
			[]want{{"Friday", "DATE", "1997-04-18", ""}}},
		{"a plan ahead", "The talks, which are supposed to conclude by May, invited Sinn Fein.", "1998-03-22",
			[]want{{"May", "DATE", "1998-05", ""}}},
		{"month with a relative year", "Sales peaked in July last year and will recover in early April next year, as on June 5 last year.", "1998-12-03",
			[]want{{"July last year", "DATE", "1997-07", ""}, {"early April next year", "DATE", "1999-04", "START"}, {"June 5 last year", "DATE", "1997-06-05", ""}}},
		{"tomorrow's vote", "The results of tomorrow's vote matter.", "1989-11-02",
			[]want{{"tomorrow", "DATE", "1989-11-03", ""}}},
		{"today's event", "The authors of today's attack fled.", "2000-01-07",
			[]want{{"today", "DATE", "2000-01-07", ""}}},
		{"day range with a dash", "Leaders meet in Busan on Nov. 18-19.", "2005-11-16",
			[]want{{"Nov. 18", "DATE", "2005-11-18", ""}, {"19", "DATE", "2005-11-19", ""}}},
		{"day range closed by a year", "Bombs fell on Hiroshima and Nagasaki on August 6 and 9, 1945.", "2005-12-10",
			[]want{{"August 6", "DATE", "1945-08-06", ""}, {"9, 1945", "DATE", "1945-08-09", ""}}},
		{"day-first range", "Talks on 3 and 4 October 2005 ended; the summit on 16-17 June was held.", "2005-11-16",
			[]want{{"3", "DATE", "2005-10-03", ""}, {"4 October 2005", "DATE", "2005-10-04", ""}, {"16", "DATE", "2005-06-16", ""}, {"17 June", "DATE", "2005-06-17", ""}}},
		{"ordinal day range", "Kasuri will visit Kabul from 7th to 9th December.", "2006-11-21",
			[]want{{"7th", "DATE", "2006-12-07", ""}, {"9th December", "DATE", "2006-12-09", ""}}},
		{"modal have is ahead", "We can have a deal maybe in February or March, he said.", "2005-11-22",
			[]want{{"February", "DATE", "2006-02", ""}, {"March", "DATE", "2006-03", ""}}},
		{"that same day", "He was arrested on Oct. 23. Police searched his home that same day.", "1998-11-20",
			[]want{{"that same day", "DATE", "1998-10-23", ""}}},
		{"that same day in a month", "Kopp was seen in October. His car crossed the border that same day.", "1999-02-06",
			[]want{{"that same day", "DATE", "1998-10-XX", ""}}},
		{"last month-name just past", "Suicide attacks on Bali last October killed 19.", "2006-11-22",
			[]want{{"last October", "DATE", "2005-10", ""}}},
		{"last month-name as a period end", "The net loss in the 12 months to last March was large.", "1997-04-25",
			[]want{{"last March", "DATE", "1997-03", ""}}},
		{"unit-long compounds", "A day-long strike ended a decades-long silence after a year- long race.", "2006-12-12",
			[]want{{"day-long", "DURATION", "P1D", ""}, {"decades-long", "DURATION", "PXDE", ""}, {"year- long", "DURATION", "P1Y", ""}}},
		{"fronted adverbial takes the main verb", "In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, a bomb exploded at a clinic.", "1998-10-25",
			[]want{{"January", "DATE", "1998-01", ""}}},
		{"must is ahead", "By Friday morning, police must charge or release a man they had arrested on Monday.", "2006-12-21",
			[]want{{"Friday morning", "DATE", "2006-12-22", ""}}},
		{"BC years anchor nothing", "The boy king governed Egypt from 1354 to 1345 B.C. Police arrested the driver two hours later.", "1997-04-22",
			[]want{{"1354", "DATE", "BC1354", ""}, {"1345 B.C.", "DATE", "BC1345", ""}, {"two hours later", "DATE", "1997-04-22", ""}}},
		{"BC century", "Laozi lived in the Zhou Dynasty (11th Century B.C. -- 221 B.C.).", "2006-11-21",
			[]want{{"11th Century B.C.", "DATE", "BC10", ""}}},
		{"in the day is the news day", "Saigon fell on April 30, 1975, ending the war. Earlier in the day Rubin visited a school.", "1997-04-08",
			[]want{{"Earlier in the day", "DATE", "1997-04-08", ""}}},
		{"end of the year ahead", "Italy sent troops in 2003 and is to shut the units by the end of the year.", "2006-11-01",
			[]want{{"the end of the year", "DATE", "2006", "END"}}},
		{"end of the year in a past narrative", "In 1998 sales rose, and by the end of the year profits had doubled.", "2006-11-01",
			[]want{{"the end of the year", "DATE", "1998", "END"}}},
		{"year-to-date range fronted", "From January to October, Shanghai's external trade amounted to 100 billion dollars.", "2006-11-10",
			[]want{{"January", "DATE", "2006-01", ""}, {"October", "DATE", "2006-10", ""}}},
		{"year-to-date range", "China recorded 532,101 accidents between January and October, killing 92,437 people.", "2006-11-16",
			[]want{{"January", "DATE", "2006-01", ""}, {"October", "DATE", "2006-10", ""}}},
		{"in a month after a past verb", "Hamas formed the government after winning parliamentary elections in January.", "2006-12-02",
			[]want{{"January", "DATE", "2006-01", ""}}},
		{"have the cup is not a perfect", "Then we have the Gulf Cup in the UAE in January.", "2006-12-14",
			[]want{{"January", "DATE", "2007-01", ""}}},
		{"looking forward", "Beijing was looking forward to Chirac's visit in May.", "1997-04-07",
			[]want{{"May", "DATE", "1997-05", ""}}},
		{"went ahead is past", "Koizumi later went ahead with the trip in late October.", "2005-11-13",
			[]want{{"late October", "DATE", "2005-10", "END"}}},
		{"slated is ahead", "The summit slated for Nov. 4 will open.", "2006-11-03",
			[]want{{"Nov. 4", "DATE", "2006-11-04", ""}}},
		{"past weekday", "The ministry said on Tuesday that it would respond.", "2024-08-21",
			[]want{{"Tuesday", "DATE", "2024-08-20", ""}}},
		{"weekday = DCT", "Iraqi authorities on Monday condemned the attack.", "2024-01-29",
			[]want{{"Monday", "DATE", "2024-01-29", ""}}},
		{"clock anchored past an aside", "The blast occurred at 7 a.m. (0400 GMT) on Friday.", "1998-08-12",
			[]want{{"7 a.m.", "TIME", "1998-08-07T07:00", ""}, {"Friday", "DATE", "1998-08-07", ""}}},
		{"deadline weekday", "Officials postponed until Tuesday morning any action.", "2000-03-30",
			[]want{{"Tuesday morning", "DATE", "2000-04-04", ""}}},
		{"the year reported on", "Shares hit a high for the year in June; for the year ended Sept. 30 it earned more.", "1989-11-02",
			[]want{{"the year", "DATE", "1989", ""}}},
		{"year-ago quarter after the closing day", "Coast lost $92 million for the third quarter ended Sept. 30. It earned $10 million in the year-ago quarter.", "1989-11-01",
			[]want{{"the year-ago quarter", "DATE", "1988-Q3", ""}}},
		{"pluperfect plan is past", "The offer had been due to expire Friday evening.", "1989-10-30",
			[]want{{"Friday evening", "TIME", "1989-10-27TEV", ""}}},
		{"weekday afternoon is a time", "Pope John Paul II arrived in Prague Friday afternoon.", "1997-04-25",
			[]want{{"Friday afternoon", "TIME", "1997-04-25TAF", ""}}},
		{"weekday night is a time", "Thousands rallied Wednesday night in Havana.", "2000-02-16",
			[]want{{"Wednesday night", "TIME", "2000-02-16TNI", ""}}},
		{"last half of a year", "Earnings will be lower for the last half of 1989 and for 1990.", "1989-10-26",
			[]want{{"the last half of 1989", "DATE", "1989-H2", ""}, {"1990", "DATE", "1990", ""}}},
		{"first two quarters of a year", "The slump will last through at least the first two quarters of 1990.", "1989-10-26",
			[]want{{"the first two quarters of 1990", "DATE", "1990-H1", ""}}},
		{"half of a decade is the decade", "Sales followed the trend of the last half of the '80s.", "1989-10-26",
			[]want{{"the '80s", "DATE", "198", ""}}},
		{"loans through a coming month", "Lenders have extended the company up to $90 million in revolving loans through January.", "1989-10-30",
			[]want{{"January", "DATE", "1990-01", ""}}},
		{"this year through a past month", "Sales changed little this year through August.", "1989-10-27",
			[]want{{"this year", "DATE", "1989", ""}, {"August", "DATE", "1989-08", ""}}},
		{"a quarter named in passing keeps the report's quarter", "Kimberly-Clark posted a gain in third-quarter net income. Net rose from $90 million a year ago. Sales rose. After a flat second quarter, the company attributed the gain to diapers. Those gains came from prices. Results were depressed. The comparison was enhanced by charges in the year-earlier period. In the 1989 period also, rates were lower.", "1989-11-01",
			[]want{{"third-quarter", "DATE", "1989-Q3", ""}, {"a year ago", "DATE", "1988-Q3", ""}, {"second quarter", "DATE", "1989-Q2", ""}, {"the year-earlier period", "DATE", "1988-Q3", ""}, {"the 1989 period", "DATE", "1989-Q3", ""}}},
		{"the period after a count of months is those months", "Earnings rose in the third quarter. In the first nine months, net was $306 million; the 1988 period had a loss.", "1989-11-02",
			[]want{{"the third quarter", "DATE", "1989-Q3", ""}, {"the first nine months", "DURATION", "P9M", ""}, {"the 1988 period", "DATE", "1988", ""}}},
		{"the latest period is the fiscal quarter named", "National Steel posted net income for the fiscal second quarter of $8.6 million. The latest period includes gains.", "1989-10-26",
			[]want{{"the fiscal second quarter", "DATE", "1989-Q2", ""}, {"The latest period", "DATE", "1989-Q2", ""}}},
		{"a quarter ending in July is mostly the second", "In the quarter ended July 31, Jayark had 5.6 million shares outstanding.", "1989-10-30",
			[]want{{"the quarter", "DATE", "1989-Q2", ""}, {"July 31", "DATE", "1989-07-31", ""}}},
		{"weekday nights are a schedule", "Two new flights would leave Bombay on Monday and Tuesday nights from March 30.", "1998-02-13",
			[]want{{"Monday", "SET", "XXXX-WXX-1TNI", ""}, {"Tuesday nights", "SET", "XXXX-WXX-2TNI", ""}, {"March 30", "DATE", "1998-03-30", ""}}},
		{"a weekday's ruling has happened", "The relatives said they would look for ways to get around Wednesday's ruling.", "2000-01-07",
			[]want{{"Wednesday", "DATE", "2000-01-05", ""}}},
		{"planned a rally is ahead", "Protesters planned a large demonstration in Little Havana on Saturday.", "2000-01-07",
			[]want{{"Saturday", "DATE", "2000-01-08", ""}}},
		{"a past verb ten words back dates the month", "The operator changed from a fiscal year to a calendar year in December.", "1989-10-27",
			[]want{{"December", "DATE", "1988-12", ""}}},
		{"a wish is not dated by the verb of saying", "Supporters of Tokyo's claim said they wanted to land there in May.", "1997-04-30",
			[]want{{"May", "DATE", "1997-05", ""}}},
		{"a conditional transfer is ahead", "The British-controlled Maysan province could transfer to Iraqi control in January.", "2006-11-27",
			[]want{{"January", "DATE", "2007-01", ""}}},
		{"an assassination has happened", "The Council should aim to bring to light all behind the Feb. 14 assassination of Hariri.", "2005-11-01",
			[]want{{"Feb. 14", "DATE", "2005-02-14", ""}}},
		{"a bomb blast has happened", "Syria denied a report implicating its officials in a February bomb blast.", "2005-12-10",
			[]want{{"February", "DATE", "2005-02", ""}}},
		{"a month's figures are out after it", "Releases will be front-and-center, especially Friday's November employment report.", "2006-12-04",
			[]want{{"November", "DATE", "2006-11", ""}}},
		{"a modal after the month", "Leading indicators increased 0.2 percent in October, suggesting slow growth will continue.", "2006-11-20",
			[]want{{"October", "DATE", "2006-10", ""}}},
		{"would have risen is past", "Without food prices, core inflation would have risen by 0.1 percent in October.", "2006-11-14",
			[]want{{"October", "DATE", "2006-10", ""}}},
		{"would have been a birthday says nothing", "A concert will be held at Wembley Stadium on July 1, which would have been her 46th birthday.", "2006-12-12",
			[]want{{"July 1", "DATE", "2007-07-01", ""}}},
		{"elections due in a month", "Socialists voted to back Royal in the next elections due in April and May.", "2006-12-10",
			[]want{{"April", "DATE", "2007-04", ""}, {"May", "DATE", "2007-05", ""}}},
		{"should begin is ahead", "A start-up operation is expected to open next May, and construction work should begin in July.", "2006-11-06",
			[]want{{"July", "DATE", "2007-07", ""}}},
		{"a day named with next after it", "The deficit for the fiscal year ending June 30 next is 4 billion dollars.", "1997-04-12",
			[]want{{"June 30 next", "DATE", "1997-06-30", ""}}},
		{"the year closing a range of days", "The expo will be held from May 1 to October 31, 2010, in Shanghai. They served from November 20 to November 21, 1991.", "2005-11-28",
			[]want{{"May 1", "DATE", "2010-05-01", ""}, {"October 31, 2010", "DATE", "2010-10-31", ""}, {"November 20", "DATE", "1991-11-20", ""}}},
		{"a month before next year's", "Cards were revalidated for use in the April next year's presidential elections.", "2006-12-20",
			[]want{{"April next year", "DATE", "2007-04", ""}}},
		{"the same period last year is the year-ago quarter", "Output grew 2.7 percent in the third quarter compared with output in the same period last year and 0.7 percent from the second quarter.", "2006-12-21",
			[]want{{"the third quarter", "DATE", "2006-Q3", ""}, {"the same period last year", "DATE", "2005-Q3", ""}, {"the second quarter", "DATE", "2006-Q2", ""}}},
		{"the corresponding period after the closing day", "It lost $8.1 million for the third quarter ended Sept. 30.\n\nThese results compare with income for the corresponding period last year.", "1989-11-01",
			[]want{{"the corresponding period last year", "DATE", "1988-Q3", ""}}},
		{"the same period after months is not a quarter", "From January to September 2006, the index rose 5.6 percent compared with the same period last year.", "2006-11-13",
			[]want{{"last year", "DATE", "2005", ""}}},
		{"Easter week", "Protesters prayed as Easter week began.", "2000-04-17",
			[]want{{"Easter week", "DATE", "2000-W16", ""}}},
		{"Good Friday past", "He left on Good Friday.", "2000-04-17",
			[]want{{"Good Friday", "DATE", "1999-04-02", ""}}},
		{"Election Day ahead", "Clinic violence will be a theme from now to Election Day.", "1998-10-26",
			[]want{{"Election Day", "DATE", "1998-11-03", ""}}},
		{"Memorial Day next", "The Memorial Day parade will go ahead.", "2024-08-19",
			[]want{{"Memorial Day", "DATE", "2025-05-26", ""}}},
		{"hour in the morning", "The father will leave at 4 in the morning.", "2000-04-05",
			[]want{{"4 in the morning", "TIME", "2000-04-05T04:00", ""}}},
		{"the day before a named day", "The day before last Tuesday's hearing, Manuel went to the house.", "2000-02-24",
			[]want{{"The day before last Tuesday", "DATE", "2000-02-21", ""}}},
		{"mid-afternoon yesterday", "In London at mid-afternoon yesterday, shares were up.", "1989-11-02",
			[]want{{"mid-afternoon yesterday", "TIME", "1989-11-01TAF", ""}}},
		{"compound modifying a noun", "The year-ago results were restated.", "1989-11-02",
			[]want{{"year-ago", "DATE", "1988", ""}}},
		{"over as a preposition", "Prices rose over the past four months.", "1998-02-06",
			[]want{{"the past four months", "DURATION", "P4M", ""}}},
		{"over as more than", "The tour is likely to last over a week.", "1998-02-06",
			[]want{{"over a week", "DURATION", "P1W", "MORE_THAN"}}},
		{"until ... when looks back", "His escape was kept secret by the military until Tuesday when prosecutors said so.", "2005-11-02",
			[]want{{"Tuesday", "DATE", "2005-11-01", ""}}},
		{"and without between is no range", "Critics decry festivals like Valentine's Day and Christmas.", "2005-11-16",
			[]want{{"Christmas", "DATE", "2005-12-25", ""}}},
		{"clock before an aside and a date", "The soldier died at 8:25 am (0525 GMT) Nov. 17, the military said.", "2005-11-18",
			[]want{{"8:25 am", "TIME", "2005-11-17T08:25", ""}, {"Nov. 17", "DATE", "2005-11-17", ""}}},
		{"the year of", "The year of 2006 marks the 45th anniversary.", "2006-11-07",
			[]want{{"The year of 2006", "DATE", "2006", ""}}},
		{"possessive weekday ahead", "China will face Korea in Sunday's final.", "2005-11-05",
			[]want{{"Sunday", "DATE", "2005-11-06", ""}}},
		{"possessive weekday market close", "The rand was bid at 6.51 from Thursday's close of 6.50.", "2005-11-28",
			[]want{{"Thursday", "DATE", "2005-11-24", ""}}},
		{"untensed weekday nearer ahead", "Juventus entertain Cagliari on Sunday.", "2005-12-10",
			[]want{{"Sunday", "DATE", "2005-12-11", ""}}},
		{"a decade ago", "A decade ago the three were under Soviet rule.", "1999-03-12",
			[]want{{"A decade ago", "DATE", "1989", ""}}},
		{"future weekday", "The minister will travel to Cairo on Thursday.", "2024-08-19",
			[]want{{"Thursday", "DATE", "2024-08-22", ""}}},
		{"late weekday", "Axios reported late Thursday that Iran is preparing.", "2024-11-01",
			[]want{{"late Thursday", "DATE", "2024-10-31", "END"}}},
		{"mid month", "Since mid-October there have been 150 attacks.", "2024-01-29",
			[]want{{"mid-October", "DATE", "2023-10", "MID"}}},
		{"early year", "Elections are planned for early 2025.", "2024-08-19",
			[]want{{"early 2025", "DATE", "2025", "START"}}},
		{"this week", "Talks are scheduled to resume in Cairo this week.", "2024-08-19",
			[]want{{"this week", "DATE", "2024-W34", ""}}},
		{"last week", "Israel's attacks on Iran last week drew threats.", "2024-11-01",
			[]want{{"last week", "DATE", "2024-W43", ""}}},
		{"next month", "The vote is due next month.", "2024-08-19",
			[]want{{"next month", "DATE", "2024-09", ""}}},
		{"years ago", "The base was built two years ago.", "2024-08-19",
			[]want{{"two years ago", "DATE", "2022", ""}}},
		{"earlier this year", "A series of attacks earlier this year ended.", "2024-08-19",
			[]want{{"earlier this year", "DATE", "2024", ""}}},
		{"a year ago", "Prices rose from a year ago.", "2024-08-19",
			[]want{{"a year ago", "DATE", "2023", ""}}},
		{"anaphoric following day", "The strike came on 5 August 2024. The following day, the militia warned Washington.", "2024-08-19",
			[]want{{"5 August 2024", "DATE", "2024-08-05", ""}, {"The following day", "DATE", "2024-08-06", ""}}},
		{"anaphoric same day", "Rockets hit the base on March 3, 2023. That day the embassy closed.", "",
			[]want{{"March 3, 2023", "DATE", "2023-03-03", ""}, {"That day", "DATE", "2023-03-03", ""}}},
		{"range year logic", "Militias attacked US forces between October 2023 and January.", "2024-08-21",
			[]want{{"October 2023", "DATE", "2023-10", ""}, {"January", "DATE", "2024-01", ""}}},
		{"range through", "It prodded them to attack between October 2023 through January.", "2024-08-21",
			[]want{{"October 2023", "DATE", "2023-10", ""}, {"January", "DATE", "2024-01", ""}}},
		{"duration past", "Two visits in the past two months have failed.", "2024-11-01",
			[]want{{"the past two months", "DURATION", "P2M", ""}}},
		{"duration decades", "Two decades after the invasion, Iraq is stable.", "2024-11-01",
			[]want{{"Two decades", "DURATION", "P20Y", ""}}},
		{"duration more than", "The siege lasted more than a year.", "2024-11-01",
			[]want{{"more than a year", "DURATION", "P1Y", "MORE_THAN"}}},
		{"duration about", "The talks lasted about three hours.", "2024-11-01",
			[]want{{"about three hours", "DURATION", "PT3H", "APPROX"}}},
		{"bare plural duration", "It led to months of tit-for-tat attacks.", "2024-11-01",
			[]want{{"months", "DURATION", "PXM", ""}}},
		{"set every day", "For every day that passes, they will pay a price.", "2024-01-29",
			[]want{{"every day", "SET", "P1D", ""}}},
		{"set daily", "Rallies are held daily.", "2024-01-29",
			[]want{{"daily", "SET", "P1D", ""}}},
		{"clock time", "The blast came at 10:35 a.m. on Friday.", "1998-08-07",
			[]want{{"10:35 a.m. on Friday", "TIME", "1998-08-07T10:35", ""}}},
		{"refs", "Iraq fears now what it did in the past, and recent strikes and the coming days matter.", "2024-08-21",
			[]want{{"now", "DATE", "PRESENT_REF", ""}, {"the past", "DATE", "PAST_REF", ""}, {"recent", "DATE", "PAST_REF", ""}, {"the coming days", "DATE", "FUTURE_REF", ""}}},
		{"recent years", "Attacks on US forces in recent years", "2024-08-21",
			[]want{{"recent years", "DATE", "PAST_REF", ""}}},
		{"today", "The US should leave today.", "2024-01-29",
			[]want{{"today", "DATE", "2024-01-29", ""}}},
		{"yesterday", "Shares fell yesterday.", "1989-11-02",
			[]want{{"yesterday", "DATE", "1989-11-01", ""}}},
		{"header date", "Saturday, May 4, 2024\n\nBaghdad", "2024-01-29",
			[]want{{"Saturday, May 4, 2024", "DATE", "2024-05-04", ""}}},
		{"year", "US forces have been there since 2014.", "2024-08-21",
			[]want{{"2014", "DATE", "2014", ""}}},
		{"month year", "In January 2020, the US killed Soleimani.", "2024-08-21",
			[]want{{"January 2020", "DATE", "2020-01", ""}}},
		{"quarter", "Profit rose in the third quarter.", "1989-10-30",
			[]want{{"the third quarter", "DATE", "1989-Q3", ""}}},
		{"decade", "Violence peaked in the 1990s.", "1998-10-25",
			[]want{{"the 1990s", "DATE", "199", ""}}},
		{"season", "Fighting resumed last summer.", "2024-01-29",
			[]want{{"last summer", "DATE", "2023-SU", ""}}},
		{"iso date", "Published 2024-08-05 by the agency.", "",
			[]want{{"2024-08-05", "DATE", "2024-08-05", ""}}},
		{"weekday with explicit date picks year", "The vote is on Monday, Oct. 26.", "1998-10-20",
			[]want{{"Monday, Oct. 26", "DATE", "1998-10-26", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tx := Tag(c.text, c.dct)
			for _, w := range c.want {
				x := find(tx, w.text)
				if x == nil {
					t.Fatalf("%q: no expression %q in %+v", c.text, w.text, tx)
				}
				if x.Type != w.typ || x.Value != w.value || x.Mod != w.mod {
					t.Errorf("%q: %q = %s %s %s, want %s %s %s", c.text, w.text, x.Type, x.Value, x.Mod, w.typ, w.value, w.mod)
				}
				if c.text[x.Start:x.End] != x.Text {
					t.Errorf("offsets %d:%d do not cover %q", x.Start, x.End, x.Text)
				}
			}
		})
	}
}

// TestNoFalseDates holds the tagger to silence on numbers and words that
// only look like dates.
func TestNoFalseDates(t *testing.T) {
	cases := []struct{ name, text string }{
		{"thousands", "They demanded the withdrawal of 2,500 US personnel."},
		{"tens of thousands", "Israel's war has killed over 40,000 Palestinians."},
		{"tower number", "The attack against Tower 22 killed three US troops."},
		{"counted soldiers", "A militia wounded five US soldiers in a rocket attack."},
		{"decimal", "The index rose 1.5 points."},
		{"colour codes and script numbers", `divWithLink.style.border = "solid 1px #cb0f3e"; s.backgroundColor = "#122952"; s.lineHeight = "1.5"; s.marginTop = "15px"; s.width = "100%";`},
		{"file name numbers", "shangri la 326122 1280"},
		{"May as a name", "Theresa May met the envoy."},
		{"may as a verb", "Iran may also be telling its militias to hold off."},
		{"May at sentence start as a verb", "May they succeed."},
		{"a march", "Thousands joined a march through Baghdad."},
		{"Nov. inside a name", "He met officials of Nov. Petrograd Holdings."},
		{"Jan as a name", "Jan Egeland visited the camp."},
		{"we", "We will continue, we said."},
		{"twenty on", "killed two soldiers and wounded more than 20 on the border"},
		{"resolution number", "Resolution 2334 was adopted."},
		{"ages", "A 6-year-old boy was injured."},
		{"fall as verb", "Prices will fall further."},
		{"spring as noun", "Water from a spring was used."},
		{"newspaper", "The Communist Party daily Granma compared Elian with Marti."},
		{"newspaper as source", "The mob was large, the Jayakarta daily said. He told the daily. The China Daily reported it. The leading economic daily said so."},
		{"race time", "Kipsang won the marathon in 2:06:35."},
		{"score", "The Lakers won 2:1 in the final."},
		{"fraction", "Three quarters of the budget went to defence."},
		{"age in years", "Mr. Reupke, 52 years old, resigned."},
		{"programme title", `Baker, speaking on ABC News' "This Week," said so.`},
		{"good news", "Good news came in the end."},
		{"surname Easter", "Charlton lost to Jermaine Easter's goal."},
		{"labor party", "The Labor Party won; election day turnout was high."},
		{"early hours and minutes apart", "The two blasts went off minutes apart in the early hours."},
		{"round the clock", "Police guard the clinic 24 hours a day, seven days a week."},
		{"high noon", "The poster showed Gary Cooper in High Noon; for Poland, high noon has come."},
		{"idiom long run", "Iraq will lose in the long run; in the short run, defendants suffer."},
		{"programme and newspaper titles", "Gonzalez said on CBS's ''60 Minutes.'' USA Today quoted him; India Today magazine did too. This is VOA Today."},
		{"unit-to-unit comparisons", "Sales rose 20 percent, a year-on-year rise; the quarter-to-quarter comparison improved."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if tx := Tag(c.text, "2024-08-19"); len(tx) != 0 {
				t.Errorf("%q: false expressions %+v", c.text, tx)
			}
		})
	}
	// "20 on October 4" tags October 4 alone
	tx := Tag("wounded more than 20 on October 4, the sources said", "2024-11-01")
	if len(tx) != 1 || tx[0].Text != "October 4" || tx[0].Value != "2024-10-04" {
		t.Errorf("20 on October 4: %+v", tx)
	}
}

// TestRangeDayNotCount: the number after "June 5 and" is a day only when
// nothing makes it a count.
func TestRangeDayNotCount(t *testing.T) {
	tx := Tag("On June 5 and 6 soldiers died; the score was 16-17.", "2024-08-19")
	if len(tx) != 1 || tx[0].Text != "June 5" {
		t.Errorf("want June 5 alone, got %+v", tx)
	}
}

// TestUnknownDCT: without a document date, relative values stay
// unresolved rather than borrowing today's date.
func TestUnknownDCT(t *testing.T) {
	tx := Tag("The attack on October 4 came on Thursday, last week, in October, today.", "")
	want := map[string]string{"October 4": "XXXX-10-04", "Thursday": "XXXX-WXX-4", "last week": "XXXX-WXX", "October": "XXXX-10", "today": "XXXX-XX-XX"}
	for text, v := range want {
		x := find(tx, text)
		if x == nil || x.Value != v {
			t.Errorf("%s: got %+v, want %s", text, x, v)
		}
	}
}

// TestSeed000 is the acceptance example of issue 3.
func TestSeed000(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(shared, "corpus", "seed", "000_01614c609a75e138.txt"))
	if err != nil {
		t.Skip("no seed corpus")
	}
	tx := Tag(string(raw), "2024-08-19")
	for text, v := range map[string]string{"30 July": "2024-07-30", "31 July": "2024-07-31", "5 August": "2024-08-05", "January": "2024-01", "October": "2023-10", "this week": "2024-W34"} {
		if x := find(tx, text); x == nil || x.Value != v {
			t.Errorf("%s: %+v, want %s", text, x, v)
		}
	}
	for _, x := range tx {
		if strings.Contains(x.Text, "40") || strings.Contains(x.Text, "2,500") {
			t.Errorf("false date %+v", x)
		}
	}
}

// BenchmarkTag measures tagging speed over the news-1997 corpus text.
func BenchmarkTag(b *testing.B) {
	f, err := os.Open(filepath.Join(shared, "corpus", "news-1997.jsonl"))
	if err != nil {
		b.Skip("no news-1997 corpus")
	}
	defer f.Close()
	type rec struct {
		Text      string `json:"text"`
		Published string `json:"published"`
	}
	var docs []rec
	size := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r rec
		if json.Unmarshal(sc.Bytes(), &r) == nil {
			docs = append(docs, r)
			size += len(r.Text)
		}
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Tag(d.Text, d.Published)
		}
	}
}

// TestNoPanicOnTruncation tags every prefix of a text dense with
// expressions, so no rule reads past the last token, and checks offsets.
func TestNoPanicOnTruncation(t *testing.T) {
	text := "Saturday, May 4, 2024: on 5 Aug. 2024 at 10:35 a.m. EDT Thursday, the third-quarter, the year-earlier period, " +
		"more than two decades ago, late Thursday, mid-, the end of the year, every other day, the next morning, 2 1/2 years, the week of March 6, " +
		"Christmas Eve, New Year's Day, nineteen ninety-six, the '90s, 1990s, 2024-08-05, 8/5/24, twice a week, a year-earlier loss"
	for _, dct := range []string{"", "2024-08-19"} {
		for i := 0; i <= len(text); i++ {
			for _, x := range Tag(text[:i], dct) {
				if x.Start < 0 || x.End > i || x.Start >= x.End || text[x.Start:x.End] != x.Text {
					t.Fatalf("prefix %d: bad span %+v", i, x)
				}
			}
		}
	}
}

// FuzzTag checks that any input tags without panicking and with spans
// inside the text.
func FuzzTag(f *testing.F) {
	f.Add("On 5 August 2024, late Thursday, the past two months.", "2024-08-19")
	f.Add("\xff\xfe May 1.5 #122952 2,500", "")
	f.Fuzz(func(t *testing.T, text, dct string) {
		for _, x := range Tag(text, dct) {
			if x.Start < 0 || x.End > len(text) || x.Start >= x.End || text[x.Start:x.End] != x.Text {
				t.Fatalf("bad span %+v", x)
			}
		}
	})
}
