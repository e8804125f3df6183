# Hand annotation of /work/devgold/holdout (clusters N3, H3). See ../PROTOCOL.md.
from conventions import CONVENTIONS

M214 = "XIN_ENG_20061129.0214.md"  # Maliki arrives (Wed 29 Nov 2006)
M322 = "XIN_ENG_20061129.0322.md"  # Sadr bloc suspends
M392 = "XIN_ENG_20061129.0392.md"  # Hadley memo (NYT)
M438 = "XIN_ENG_20061129.0438.md"  # summit put off to Thursday
M486 = "XIN_ENG_20061129.0486.md"  # Abdullah-Bush talks
B69 = "2009-04-29_bbc_69.md"       # Egypt pig cull (Wed 29 Apr 2009)
R773 = "2009-04-29_reuters_773.md" # 91 US cases
R843 = "2009-04-29_reuters_843.md" # FAO criticises cull
R36 = "2009-04-30_reuters_36.md"   # WHO renames (Thu 30 Apr)
R876 = "2009-04-30_reuters_876.md" # 109 US cases

EVENTS = [
# ---------------- N3: Bush-Maliki in Amman ----------------
dict(date="2006-11-08", precision="day", type="report",
     actors=["Stephen Hadley", "United States", "Nuri al-Maliki"],
     summary="National security adviser Hadley's memo for Bush doubts Maliki's capacity to control sectarian violence and recommends steps to strengthen him",
     mentions=[
    (M392, "In his Nov. 8 memorandum prepared for Bush, Hadley recommended that the U.S. take new steps to strengthen the Iraqi leader's position."),
    (M392, "\"His (Maliki) intentions seem good when he talks with Americans. ..But the reality on the streets of Baghdad suggest Maliki is either ignorant of what is going on, misrepresenting his intentions, or that his capabilities are not yet sufficient to turn his good intentions into action,\" the memo said."),
    (M392, "Hadley suggests that if Maliki fails to carry out series of specified steps, it may ultimately be necessary to press him to reconfigure his parliamentary bloc"),
    (M392, "U.S. President George W. Bush's national security adviser Stephen Hadley has expressed serious doubts about Iraqi Prime Minister Nuri Malik's capacity to control sectarian violence in the war-torn country"),
]),
dict(date="2006-11-29", precision="day", type="report",
     actors=["The New York Times", "Stephen Hadley", "Nuri al-Maliki"],
     summary="The New York Times reports Hadley's memo doubting Maliki",
     mentions=[
    (M392, "Bush's adviser expresses doubts about Iraqi PM"),
    (M392, "U.S. President George W. Bush's national security adviser Stephen Hadley has expressed serious doubts about Iraqi Prime Minister Nuri Malik's capacity to control sectarian violence in the war-torn country, the New York Times reported Wednesday."),
]),
dict(date="2006-11-29", precision="day", type="meeting", actors=["Nuri al-Maliki", "Iraq"], place="Amman",
     summary="Iraqi PM Maliki arrives in Amman for talks with Bush",
     mentions=[
    (M214, "Iraq's Maliki arrives in Amman for talks with Bush"),
    (M214, "Iraqi Prime Minister Nuri al-Maliki arrived here Wednesday"),
]),
dict(date="2006-11-29", precision="day", type="meeting",
     actors=["Abdullah II", "Jordan", "George W. Bush", "United States"], place="Raghadan Palace, Amman",
     summary="Bush arrives in Jordan and holds talks with King Abdullah II at Raghadan Palace (Palestinian issue, Iraq, Lebanon, Iran)",
     mentions=[
    (M438, "shortly after Bush arrived in Jordan Wednesday evening for talks with Jordan's King Abdullah II and al-Maliki"),
    (M438, "The Bush-Abdullah II meeting will proceed as scheduled."),
    (M486, "Jordanian king, U.S. president probe regional situation"),
    (M486, "Jordanian King Abdullah II on Wednesday held talks with visiting U.S. President George W. Bush at Raghadan Palace Wednesday night to discuss regional conflicts and the situation in Iraq."),
    (M486, "During the talks, the king explained Jordan's position"),
    (M486, "During the talks, the king urged Bush to work on moving the peace process forward by bringing together Palestinian and Israeli points of views in a bid to resume negotiations as soon as possible."),
    (M486, "For his part, Bush said that the United States was committed to a two-state solution to the conflict, adding that it is necessary to create appropriate circumstances to move the peace process forward."),
    (M486, "The two leaders also discussed sectarian violence in Iraq, Khatib said."),
    (M486, "The two leaders agreed that the Lebanese should be allowed to resolve political tension in their country without outside influence."),
    (M486, "They also discussed Iran's nuclear standoff."),
]),
dict(date="2006-11-29", precision="day", type="announcement", actors=[],
     summary="The Bush-Maliki summit is put off until Thursday",
     mentions=[
    (M438, "A summit between U.S. President George W. Bush and Iraqi Prime Minister Nuri al-Maliki was put off until Thursday, local media reported on Wednesday."),
    (M438, "The postponement was announced shortly after Bush arrived in Jordan Wednesday evening"),
]),
dict(date="2006-11-30", precision="day", type="meeting",
     actors=["George W. Bush", "United States", "Nuri al-Maliki", "Iraq"], place="Amman",
     summary="Bush and Maliki hold their summit in Amman on halting violence in Iraq (postponed from Wednesday)",
     mentions=[
    (M214, "for talks with U.S. President George W. Bush on ways to halt violence in his war-torn country"),
    (M392, "who is due to meet Bush in Jordan later Wednesday"),
    (M438, "Bush, al-Maliki to meet Thursday: media"),
    (M438, "A summit between U.S. President George W. Bush and Iraqi Prime Minister Nuri al-Maliki was put off until Thursday"),
    (M438, "Bush and al-Maliki are expected to discuss the worsening security situation and ways to stem mounting violence in the war- torn country."),
    (M322, "Iraqi prime minister's meeting with U.S. President George W. Bush"),
]),
dict(date="2006-11-29", precision="day", type="announcement", actors=["Sadr bloc", "Muqtada al-Sadr"],
     summary="The Sadr bloc suspends its participation in parliament and government to protest Maliki's meeting with Bush",
     mentions=[
    (M322, "Sadr bloc suspends role in government, parliament"),
    (M322, "The political bloc loyal to Iraqi Shiite cleric Muqtada al-Sadr Wednesday announced suspension of their role in the parliament and government to protest Iraqi prime minister's meeting with U.S. President George W. Bush."),
]),
# ---------------- H3: swine flu, 29-30 April 2009 ----------------
dict(date="1918", precision="year", type="disaster", actors=[],
     summary="The 1918 influenza pandemic kills an estimated 40 million people or more",
     mentions=[
    (R36, "the strain that caused the 1918 influenza pandemic that killed an estimated 40 million people or more"),
]),
dict(date="2004", precision="year", type="disaster", actors=["Egypt"], place="Egypt",
     summary="H5N1 bird flu outbreak in Egypt (2004-2008, 22 deaths), hitting its poultry industry",
     mentions=[
    (B69, "Egypt suffered during the outbreak of bird flu, between 2004 and 2008, with 22 deaths reported."),
    (R843, "a country hard hit by bird flu"),
    (R843, "Egypt, harder hit by the H5N1 bird flu virus than any other country outside Asia"),
]),
dict(date="2009-04-28", precision="day", type="casualties", actors=["United States", "Richard Besser"],
     summary="US health officials (CDC's Besser) confirm 91 human H1N1 cases across the country",
     mentions=[
    (R773, "U.S. health officials confirmed a total of 91 human cases of H1N1 swine flu across the country on Tuesday."),
    (R773, "\"We're reporting 91 confirmed cases in the United States,\" Dr. Richard Besser, acting director of the Centers for Disease Control and Prevention, told a news briefing."),
    (R773, "Besser said the current confirmed caseload included 51 cases in New York, 16 in Texas, 14 in California, and cases in Massachusetts, Michigan, Arizona, Nevada, Indiana, Kansas and Ohio."),
]),
dict(date="2009-04-29", precision="day", type="announcement", actors=["Egypt", "Hatem el-Gabali"], place="Egypt",
     summary="Egypt orders the slaughter of all its pigs (250,000-400,000) as a precaution against swine flu and begins the cull",
     mentions=[
    (B69, "Egypt has begun a mass slaughter of thousands of pigs in an effort to prevent swine flu spreading."),
    (B69, "The cull was going ahead despite there being no cases of swine flu in Egypt."),
    (B69, "\"It is decided to slaughter all swine herds present in Egypt, starting from today,\" said Health Minister Hatem el-Gabali, according to Mena news agency."),
    (B69, "Estimates of the number of pigs range from 250,000 to 400,000."),
    (R843, "UN agency criticises Egypt order to cull pigs"),
    (R843, "Egypt's order on Wednesday to cull all the country's pigs"),
    (R843, "Egypt, where pigs are mainly raised by the country's Christian minority, described the order to slaughter the animals as a precautionary measure in a country hard hit by bird flu."),
    (R843, "Up to 400,000 pigs could be culled, a cabinet spokesman said."),
    (R843, "Egypt's al-Ahram newspaper said owners of culled pigs could receive 1,000 Egyptian pounds ($177) per animal in compensation, although an Egyptian cabinet spokesman said the issue was still under discussion."),
    (R36, "authorities in Egypt have ordered a cull of pigs"),
]),
dict(date="2009-04-29", precision="day", type="statement",
     actors=["Joseph Domenech", "Food and Agriculture Organization"],
     summary="FAO chief vet Joseph Domenech calls Egypt's pig cull 'a real mistake' and renews calls to drop the name 'swine flu'",
     mentions=[
    (R843, "Egypt's order on Wednesday to cull all the country's pigs is \"a real mistake\" and another reason why the world needs to rethink using \"swine flu\" to describe a virus affecting humans, a U.N. agency official said."),
    (R843, "Joseph Domenech, the chief veterinary officer at the U.N. Food and Agriculture Organisation, told Reuters his staff were trying to reach Egyptian authorities to correct any confusion about a virus that has killed humans but not been found in pigs."),
    (R843, "It's not a swine influenza, it's a human influenza,\" said Domenech, adding the FAO had been trying to reach Egyptian officials but has so far been unsuccessful."),
    (R843, "\"There is certainly no support from FAO for that decision.\""),
    (R843, "That's why the FAO and OIE are fighting to get that name changed because it's a totally undue focus on swine,\" he said."),
]),
dict(date="2009-04-29", precision="day", type="casualties", actors=["United States"], place="Texas",
     summary="CDC says a 22-month-old Mexican boy who died of swine flu in Texas is the only US fatality and the only death outside Mexico",
     mentions=[
    (R876, "The CDC said on Wednesday that a 22-month old Mexican boy who died of swine flu in Texas was the only U.S. fatality so far, the only person outside of Mexico to die in the outbreak."),
    (R773, "which has killed a toddler in Texas"),
    (R843, "a 23-month-old boy in the United States"),
]),
dict(date="2009-04-29", precision="day", type="announcement", actors=["Golden Rule Charter School"],
     place="Dallas, Texas",
     summary="A suspected swine flu case closes the Golden Rule Charter School in Dallas",
     mentions=[
    (R773, "A worker carries a fan into the Golden Rule Charter School after a suspected case of swine flu caused the school to close in Dallas, Texas April 29, 2009."),
]),
dict(date="2009-04-30", precision="day", type="casualties", actors=["United States"],
     summary="US officials (CDC) say confirmed H1N1 cases have risen to 109 (NY 50, Texas 26, California 14, 10 new in South Carolina), one death",
     mentions=[
    (R876, "U.S. officials said on Thursday the national total of confirmed H1N1 swine flu cases had risen to 109, but that the country had still only recorded one fatality in the outbreak."),
    (R876, "The Centers for Disease Control and Prevention said on its website that New York was lead the case tally with 50, while Texas reported 26 and California 14."),
    (R876, "South Carolina had confirmed 10 new cases, it said."),
]),
dict(date="2009-04-30", precision="day", type="announcement", actors=["World Health Organization"],
     summary="WHO says it will call the virus influenza A (H1N1), not swine flu, after pressure from meat producers and governments",
     mentions=[
    (R36, "The World Health Organisation (WHO), bowing to pressure from meat industry producers and concerned governments, said on Thursday it would refer to a deadly new virus strain as influenza A (H1N1), not swine flu."),
]),
dict(date="2009-04-30", precision="day", type="statement", actors=["World Health Organization"],
     summary="WHO says on its website there is no risk of infection from well-cooked pork",
     mentions=[
    (R36, "WHO has consistently said the disease can not be caught from eating pork if it is prepared properly."),
    (R36, "\"There is also no risk of infection from this virus from consumption of well-cooked pork and pork products,\" it said on its website on Thursday."),
]),
]
