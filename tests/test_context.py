"""Measure, actor and target: one table per cue family, each case a sentence and the facts' labels."""
from __future__ import annotations

import pytest

from econfacts import context, extract_text
from econfacts._data import table


def labels(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(f.surface, f.measure, f.actor, f.target) for f in extract_text(text)]


def label_of(text: str, surface: str) -> tuple[str | None, str | None, str | None]:
    [row] = [row[1:] for row in labels(text) if row[0] == surface]
    return row


MEASURES = [
    # tariff: duties, levies, the value of goods a tariff covers
    ("Washington imposed a 25% tariff on steel imports.", "25%", "tariff"),
    ("The additional 25 per cent import duty announced by US President Donald Trump on Indian goods.", "25 per cent", "tariff"),
    ("The U.S. hit back with tariffs on 1,300 Chinese goods worth $50 billion.", "$50 billion", "tariff"),
    pytest.param("Beijing is targeting $60 billion in U.S. imports with tariffs.", "$60 billion", "tariff",
                 marks=pytest.mark.xfail(strict=True, reason="the value a tariff covers, with 'imports' nearer than "
                                                             "'tariffs': read as trade since the model was retrained on "
                                                             "this stop's readings (trade 0.19 confidence)")),
    # price cap
    ("The G7 set a price cap of $60 a barrel on Russian crude.", "$60 a barrel", "price_cap"),
    # sanctions: listed vessels, frozen assets
    ("OFAC announced new sanctions on 29 shadow vessels on Thursday.", "29 shadow vessels", "sanctions"),
    ("About €210 billion of Russian central bank assets are frozen in the EU.", "€210 billion", "sanctions"),
    # trade: exports, imports, purchases, surpluses
    ("Iran was exporting over 2.2 million barrels of oil per day in October.", "2.2 million barrels of oil per day", "trade"),
    ("China's rare earths imports last month slid nearly 4% on the year.", "4%", "trade"),
    ("China's surplus came in at around $295.8 billion in 2019.", "$295.8 billion", "trade"),
    # revenue
    ("Toyota now sees ¥3.2 trillion in operating income for the year.", "¥3.2 trillion", "revenue"),
    ("Gazprom's oil and gas revenue fell to $40 billion.", "$40 billion", "revenue"),
    # the value of banned imports is the scope of sanctions, as the guideline says (was trade)
    ("The new package bans imports of Russian aluminium worth €6 billion a year.", "€6 billion a year", "sanctions"),
    # aid
    ("Brazil responded with a $5.7 billion support package for its exporters.", "$5.7 billion", "aid"),
    ("The IMF approved a $15.6 billion loan for Ukraine.", "$15.6 billion", "aid"),
    # penalty
    ("The bank agreed to pay a $4.3 billion fine to settle the case.", "$4.3 billion", "penalty"),
    ("OFAC has taken 19 public enforcement actions this year.", "19 public enforcement actions", "penalty"),
    # price
    ("Brent crude rose 2% to $85 a barrel.", "$85 a barrel", "price"),
    ("Orange juice futures in New York jumped 6% on the news.", "6%", "price"),
    # production
    ("Russia produced about 12 percent of the world's crude oil supply in 2024.", "12 percent", "production"),
    ("Saudi output rose to 9 million barrels per day.", "9 million barrels per day", "production"),
    # spending: budgets, costs, tariff costs to firms
    ("Ford sees a net tariff impact of $2 billion this year.", "$2 billion", "spending"),
    ("The defence budget will reach €80 billion.", "€80 billion", "spending"),
    # macro
    ("Autos account for nearly 10% of Mexico's economy.", "10%", "macro"),
    ("Inflation in Russia slowed to 8.1%.", "8.1%", "macro"),
    ("The deficit will be 4.4% of output in 2027.", "4.4%", "macro"),  # a share "of output" is one of GDP, as "of GDP" is
    ("Public debt climbed to 92% of economic output.", "92%", "macro"),
    # a central bank that holds its rates, or a rate named by its market (was read as a tariff:
    # "rates" alone is no cue, and the bloc named is the story's party)
    ("The ECB held rates at 2%.", "2%", "macro"),
    ("The Reserve Bank of India left the repo rate at 5.5%.", "5.5%", "macro"),
    # other: counts of countries and people, shares of nothing in particular
    ("The plan was backed by 26 countries on Thursday.", "26 countries", "other"),
    pytest.param("Credit must reach MSMEs, which make up 90 per cent of the industry.", "90 per cent", "other",
                 marks=pytest.mark.xfail(strict=True, reason="a share of firms with no cue of its own: read as trade "
                                                             "(confidence 0.23) since this stop's retrained model")),
]


@pytest.mark.parametrize(("text", "surface", "measure"), MEASURES)
def test_measure_cues(text, surface, measure):
    assert label_of(text, surface)[0] == measure


def test_every_measure_cue_is_read_whole_and_with_its_own_measure():
    """A cue that extends a starred one ("budget deficit" after "budget*", "export controls" after
    "export*", "products" after "produc*") is read whole: the trie tries the longer cue first (the
    starred one had won, and a budget deficit was read as spending and trade)."""
    misread = []
    for row in table("measure_cues"):
        text = row["cue"].rstrip("*")
        found = [(cue.measure, text[cue.start : cue.end]) for cue in context.cues(text)]
        if found != [(row["measure"], text)]:
            misread.append((row["cue"], found))
    assert misread == []


PARTIES = [
    # direction words: on / against / to / from / with, and "by X"
    ("Trump imposed 25% tariffs on India.", "25%", "US", "IN"),
    ("China slapped 25 percent tariffs against the United States.", "25 percent", "CN", "US"),
    ("India's exports to the US may fall 30 pc this year.", "30 pc", "IN", "US"),
    ("Russia received €1.1 billion in fuel sales from the EU in one year.", "€1.1 billion", "RU", "EU"),
    ("China's surplus with the United States was $23.2 billion in December.", "$23.2 billion", "CN", "US"),
    ("A 25 per cent import duty announced by the United States on Indian goods.", "25 per cent", "US", "IN"),
    # demonyms and adjectives: goods of a country under a tariff are its target
    ("Washington maintains 25 percent tariffs on about $250 billion worth of Chinese imports.", "$250 billion", "US", "CN"),
    # capitals and institutions stand for their country or bloc
    ("Moscow earned $1 billion from oil exports to Beijing last week.", "$1 billion", "RU", "CN"),
    ("The Financial Conduct Authority imposed a £102m fine on Standard Chartered.", "£102m", "GB", None),
    ("Brussels agreed a €50 billion aid package for Kyiv.", "€50 billion", "EU", "UA"),
    # a name of the places table written with "the" is the same name opening a sentence (was nobody)
    ("The Commission fined the search group €2.95 billion for abusing its dominance.", "€2.95 billion", "EU", None),
    # "X faces", "X (N%)": the one named is hit by the rate
    ("India now faces a 25 per cent tariff on its exports.", "25 per cent", None, "IN"),
    # several countries: no single target
    ("India and Brazil have been hit the hardest with a 50 per cent tariff.", "50 per cent", None, None),
    # a figure whose own phrase is the world's belongs to no party, though the sentence names one
    # (the party named had been its actor); "share of global", "the world's biggest buyer" and
    # "worldwide exports" are a party's
    ("Saudi Arabia said on Monday that global oil demand would rise by 1.3 million barrels per day.",
     "1.3 million barrels per day", None, None),
    ("India's steel ministry expects worldwide demand to grow 1.2% next year.", "1.2%", None, None),
    ("China's share of global exports rose to 14% last year.", "14%", "CN", None),
    ("The world's biggest soybean buyer, China, bought 9 million tonnes in May.", "9 million tonnes", "CN", None),
    ("China's worldwide exports rose 8% in July.", "8%", "CN", None),
    # the world's own figure, not a party named by what it is (had been the US's)
    ("The US added terminals. The world's liquefaction capacity reached 480 million tonnes a year in 2024.",
     "480 million tonnes a year", None, None),
    ("Brazil gained. The world's second-largest buyer, China, bought 9 million tonnes.", "9 million tonnes", "CN", None),
    # "the Council" is the EU's (GUIDELINE), unless the story named another council before: then that one
    ("The Council sanctioned five individuals on Monday.", "five individuals", "EU", None),
    ("The Security Council capped refined fuel sales to the North. The monitors said the Council's cap of 500,000 "
     "barrels was breached.", "500,000 barrels", "UN", None),
    # the agent of a passive lends (this row's measure is a close call of the model, aid or macro
    # at 0.33 each since this stop's retraining: the parties are what it checks)
    ("Kenya was lent $1 billion by China last year.", "$1 billion", "CN", "KE"),
    # a company's figures have no actor
    ("Toyota sees a ¥1.4 trillion hit to operating income from U.S. tariffs.", "¥1.4 trillion", None, None),
    # a count of countries is a set of parties, nobody's own
    ("Chile and Peru signed the accord, and the two countries agreed to cut duties.", "two countries", None, None),
]


@pytest.mark.parametrize(("text", "surface", "actor", "target"), PARTIES)
def test_actor_and_target(text, surface, actor, target):
    _, got_actor, got_target = label_of(text, surface)
    assert (got_actor, got_target) == (actor, target)


def test_rates_listed_by_country_belong_to_the_imposer_of_the_passage():
    text = ("Trump imposed a 50% tariff on Brazil. Competitors such as Vietnam (20 per cent) "
            "and Bangladesh (18 per cent) enjoy lower rates.")
    assert [row for row in labels(text) if row[0] != "50%"] == [
        ("20 per cent", "tariff", "US", "VN"), ("18 per cent", "tariff", "US", "BD")]


def test_previous_sentence_carries_the_subject():
    text = "China's exports of rare earths stood at 4,785 tons last month. That compared to 4,566 tons a year earlier."
    assert labels(text) == [("4,785 tons", "trade", "CN", None), ("4,566 tons", "trade", "CN", None)]


def test_pronoun_subject_falls_back_on_the_main_agent():
    text = ("President Trump said Europe must stop buying Russian oil. The president was referring to "
            "the recent imposition of 25% tariffs on all imported Indian goods.")
    assert label_of(text, "25%") == ("tariff", "US", "IN")


@pytest.mark.xfail(strict=True, reason="the cost to a country is read as spending, not as the sanctions' scope")
def test_cost_to_a_country_of_sanctions_is_a_sanctions_figure():
    text = "Trump put secondary sanctions on India, an action that costs hundreds of billions of dollars to Russia."
    assert label_of(text, "hundreds of billions of dollars") == ("sanctions", "US", "RU")


@pytest.mark.parametrize("text", [
    "Toyota warned of a ¥1.4 trillion ($9.5 billion) hit to operating income.",
    # each of these was labelled apart from its amount before the conversion rule ("(about", "or", "=")
    "Imports of Russian coal by EU buyers came to nearly €4 billion, or $4.4 billion, each year.",
    "Nissan expects a ¥300 billion (around $2 billion) hit from the tariffs this year.",
    "India's oil bill fell by Rs 25,000 crore (approximately $3 billion) in the first half, officials said.",
    "The bank wrote off R$ 1.2 billion = US$ 240 million in bad loans last quarter.",
    # "(or about": was labelled apart (a loan's conversion read as macro)
    "Lenders and Kenya agreed on a facility of SDR 2,400 million (or about USD 3.2 billion) on March 3.",
])
def test_a_conversion_shares_the_context_of_its_amount(text):
    import econfacts

    first, second = [f for f in econfacts.extract_text(text, published="2025-09-04") if f.kind == "money"][:2]
    fields = ("measure", "actor", "target", "change", "status", "period", "period_start", "period_end", "source")
    assert [getattr(second, name) for name in fields] == [getattr(first, name) for name in fields]


def test_cause_is_not_the_subject():
    text = "India's exports to US may fall to USD 60.6 bn this fiscal due to Trump tariff."
    assert label_of(text, "USD 60.6 bn") == ("trade", "IN", "US")


@pytest.mark.parametrize(("name", "code"), [
    ("India", "IN"), ("Indian", "IN"), ("Russian", "RU"), ("Moscow", "RU"), ("Kremlin", "RU"),
    ("White House", "US"), ("U.S.", "US"), ("Brussels", "EU"), ("Beijing", "CN"), ("New Delhi", "IN"),
    ("North Korea", "KP"), ("Vietnam", "VN"), ("British", "GB"), ("G7", "G7"), ("OPEC", "OPEC"),
    ("UAE", "AE"), ("Saudi", "SA"), ("Korea", "KR"), ("Türkiye", "TR"), ("euro area", "EU"), ("Eurostat", "EU"),
    ("Rosstat", "RU"), ("Census Bureau", "US"), ("Bank of Canada", "CA"), ("Macron", "FR"), ("Lagarde", "EU"),
    ("Sitharaman", "IN"), ("BoJ", "JP"), ("Bundestag", "DE"), ("Riksbank", "SE"), ("Brasília", "BR"), ("Quai d'Orsay", "FR"),
    ("Nato", "NATO"), ("Saudis", "SA"), ("PRC", "CN"), ("DPRK", "KP"), ("ROK", "KR"), ("euro-area", "EU"),
    ("the Commission", "EU"), ("The Commission", "EU"), ("HM Treasury", "GB"), ("Lok Sabha", "IN"),
    ("National People's Congress", "CN"), ("PBoC", "CN"), ("Eurogroup", "EU"), ("NBU", "UA"), ("the Council", "EU"),
    ("Urals", "RU"), ("the Islamic Republic", "IR"),
])
def test_place_names_come_from_the_country_library_and_the_places_table(name, code):
    assert context.place_names()[name][0] == code


# The role the words before a place give it: a preposition that points at the side acted on, read
# past determiners and a participle ("on all imported Indian goods"), but not a verb's subject.
PLACE_ROLES = [
    ("tariffs on all imported Indian goods", [("IN", "target")]),
    ("duties on imported Chinese steel", [("CN", "target")]),
    ("sanctions against listed Russian banks", [("RU", "target")]),
    ("India imported Russian oil", [("IN", "subject"), ("RU", "modifier")]),
    ("measures imposed by Washington", [("US", "actor")]),
    ("shipments to the UAE rose", [("AE", "target")]),
    # "from" after a noun of sending names the sender; after one of taking in, the other side
    ("shoes worth $4 billion in exports from Vietnam", [("VN", "actor")]),
    ("shipments from Ukraine fell", [("UA", "actor")]),
    ("imports from Russia fell", [("RU", "target")]),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_ROLES)
def test_the_words_before_a_place_give_its_role(text, expected):
    assert [(p.code, p.role) for p in context.places(text)] == expected


# The way a figure flows that the verbs of its clause say; a passive verb turns it round.
FLOWS = [
    ("Serbia received a loan", ["acquire"]),
    ("Serbia was granted a loan", ["acquire"]),
    ("the EU granted Serbia a loan", ["provide"]),
    ("the EU has quietly granted a loan", ["provide"]),
    ("Serbia was quietly granted a loan", ["acquire"]),
    ("Chinese firms were slapped with duties", ["undergo"]),
    ("Washington slapped duties on steel", ["impose"]),
    ("the stake was bought by Qatar", ["provide"]),
    ("India is importing more crude", ["acquire"]),  # a present participle is no passive
]


@pytest.mark.parametrize(("text", "flows"), FLOWS)
def test_the_clause_verbs_say_which_way_a_figure_flows(text, flows):
    lower = text.lower().split()
    assert context.clause_flows(lower, [w[: context.STEM] for w in lower], 0, len(lower)) == flows


def test_cue_words_do_not_match_inside_other_words():
    assert [c.measure for c in context.cues("Bangladesh said important banners were shown")] == []


# How news assigns roles (examples written for econfacts): a party named earlier or by an
# institution, role frames of the verb, a measure set by a word far from the figure, counts of
# listed entities. Each row: text, figure, measure, actor, target.
FRAMES = [
    # a party named once and then referred to
    ("China's customs office released the data on Monday. Exports rose 4.1% in October from a year earlier.",
     "4.1%", "trade", "CN", None),
    # "the president", "the country", "the bloc": the last one of that kind named before
    ("Donald Trump spoke to Volodymyr Zelensky on Monday. Ukraine asked for more air defence. "
     "The president was speaking of the 25% tariffs on Indian goods.", "25%", "tariff", "US", "IN"),
    ("Ukraine pressed for more aid on Monday, and Ukraine's allies met in Berlin. Emmanuel Macron hosted the talks. "
     "The president pledged 300 million euros.", "300 million euros", "aid", "FR", None),
    # the party the sentence before is about, not the last one it names
    ("Armenia relies on Iran for much of its gas. Last year the country paid $120 million for gas imports.",
     "$120 million", "trade", "AM", None),
    pytest.param("Kenya's central bank held rates. Kenya and Uganda signed a trade pact. Officials from Ghana arrived on "
                 "Tuesday. The country will cut spending by 3% next year.", "3%", "spending", "GH", None,
                 marks=pytest.mark.xfail(strict=True, reason="'the country' after a party named once: the model "
                                                             "prefers none or the most named one")),
    # a party named by what it is: "the South Asian nation", "the West African nation"
    ("India buys more Russian oil than before. The South Asian nation imported 1.9 million barrels per day in May.",
     "1.9 million barrels per day", "trade", "IN", None),
    ("Ghana signed a deal with the IMF. The West African nation will receive a $3 billion loan.", "$3 billion", "aid", "IMF", "GH"),
    # a document that names a company about as often as any party is the company's story: its
    # figures are the company's, no party's
    ("Halvard Motors said it would leave Russia. Halvard Motors sold its plant near Moscow. Halvard Motors expects a "
     "charge of €1.8 billion this year, and Halvard Motors shares fell 4%.", "€1.8 billion", "spending", None, None),
    # a figure in a country's own currency: rupees are India's, even where Brazil is named more
    ("Brazil and India talked trade on Monday. Brazil's team left early. Mills in Tiruppur lost Rs 3,000 crore of orders.",
     "Rs 3,000 crore", "trade", "IN", None),
    # a company's figure: "the carmaker" refers back to a company, whose figures have no country as actor
    ("Brazil cut rates in May. The miner said its revenue rose 6% to $2.1 billion.", "$2.1 billion", "revenue", None, None),
    # institutions and capitals stand for their country or bloc
    ("The Kremlin said oil and gas income fell 20% in July.", "20%", "revenue", "RU", None),
    ("The Federal Reserve raised interest rates by 0.25 percentage points.", "0.25 percentage points", "macro", "US", None),
    ("Opec+ agreed to raise output by 411,000 barrels per day in July.", "411,000 barrels per day", "production", "OPEC", None),
    # role frames: the recipient of a loan is the target; the buyer acts, the seller is bought from
    ("Ukraine received a €4 billion loan from the EU in March.", "€4 billion", "aid", "EU", "UA"),
    ("Japan will give Ukraine another $300 million in financial support.", "$300 million", "aid", "JP", "UA"),
    ("India imports 36 per cent of its crude from Russia.", "36 per cent", "trade", "IN", "RU"),
    ("Russia's budget revenues fell to 8.48 trillion roubles in the first half.", "8.48 trillion roubles", "revenue", "RU", None),
    ("Beijing put 34% tariffs on all goods from the United States.", "34%", "tariff", "CN", "US"),
    # counts of listed entities in a sanctions package
    ("Brussels imposed restrictions on 30 companies in its latest package against Moscow.", "30 companies", "sanctions", "EU", "RU"),
    ("Washington listed 75 individuals in its new Russia sanctions on Friday.", "75 individuals", "sanctions", "US", "RU"),
    # a company's own figures have no party
    ("Toyota said its operating profit fell 20% to ¥1.17 trillion.", "¥1.17 trillion", "revenue", None, None),
    # a document about a company (it refers back to "the company", "the group"): its figures are the
    # company's, though the company's country is named
    ("Norvik Steel, a mill based in Sweden, cut its forecast on Monday. The company said revenue fell 12% in the quarter, "
     "and the group now expects an operating margin of 8%.", "8%", "revenue", None, None),
    pytest.param("Kestrel Air is one of Brazil's largest carriers. The airline said passenger numbers rose 9% in June.",
                 "9%", "other", None, None,
                 marks=pytest.mark.xfail(strict=True, reason="a company named as one of a country's: the country is read as the "
                                                             "actor, the passenger count as trade")),
    # "the bloc" after the EU is named; "froze" is a sanctions cue (was read as macro)
    ("The EU agreed its 19th package on Thursday. The bloc also froze €2 billion of assets held by Russian banks.",
     "€2 billion", "sanctions", "EU", "RU"),
    # passive: "were hit with sanctions by Washington"
    ("Three Iranian refineries were hit with sanctions by Washington, covering $300 million of fuel.",
     "$300 million", "sanctions", "US", "IR"),
    # the party a story names first is its subject: a later figure with no party of its own is that party's,
    # not the one named last (was AF and DE)
    ("Kazakhstan could export as much as 11 million tons of wheat this season, with Uzbekistan, China and Afghanistan "
     "its main buyers. Shipments to Uzbekistan rose 40% to 900,000 tons. By the end of October, 5.8 million tons had been "
     "shipped abroad.", "5.8 million tons", "trade", "KZ", None),
    ("Turkish exports set a monthly record in May, the trade minister said. Germany, France and Italy were the largest "
     "buyers. Imports fell 12 percent to $21 billion in the month.", "$21 billion", "trade", "TR", None),
    pytest.param("Germany's factories cut output again in May, and Berlin trimmed its growth forecast.\nSpain was the bright "
                 "spot. Tourism receipts rose 9% in June.", "9%", "macro", "ES", None,
                 marks=pytest.mark.xfail(strict=True, reason="the party a later paragraph names first: the story's lede "
                                                             "outweighs it (the paragraph's first party is an actor feature, "
                                                             "+0.004 actor by group, too light here)")),
    # a passive verb turns its flow round: the subject of "was granted" receives, of "was slapped with" is hit
    ("Georgia was granted a $280 million loan by the IMF.", "$280 million", "aid", "IMF", "GE"),
    # the agent of a passive acts on the figure: "by" and a party after a participle of acting on
    # (data/passive_agents.csv); were strict xfail rows: the party named first (the lede) had won
    ("Indian steel was slapped with a 25% duty by the EU.", "25%", "tariff", "EU", "IN"),
    ("Brazilian beef faces a 10% levy imposed by China.", "10%", "tariff", "CN", "BR"),
    # the agent may be named with its leader or body after it ("by US President Donald Trump"; the
    # two parties had been swapped)
    ("Seoul and Washington agreed to cut the duty on Korean cars to 15% from 25% imposed in April by US President Donald Trump.",
     "25%", "tariff", "US", "KR"),
    ("Russian banks holding $20 billion were sanctioned by the UK.", "$20 billion", "sanctions", "GB", "RU"),
    ("Britain has listed 73 tankers, against 39 listed by Washington and 19 by the EU.", "19", "sanctions", "EU", None),
    # "by" before sanctions names them, not their agent; a figure outside the participle's reach keeps its own
    ("Iran's oil exports of 1.5 million barrels a day were targeted by US sanctions.", "1.5 million barrels a day", "trade", "IR", None),
    ("Russia's Urals crude sold for an average of $74 per barrel in May, far above the $60 ceiling set by the G7.",
     "$60", "price_cap", "G7", "RU"),
    ("Russia's Urals crude sold for an average of $74 per barrel in May, far above the $60 ceiling set by the G7.",
     "$74 per barrel", "price", "RU", None),
    # the party right after a verb of giving receives the figure (were read as its actor)
    ("The World Bank lent Pakistan $1.5 billion.", "$1.5 billion", "aid", None, "PK"),
    ("The Gulf fund lent Egypt $5 billion in 2023.", "$5 billion", "aid", None, "EG"),
    ("Norway supplied Germany with 40% of its gas.", "40%", "trade", "NO", "DE"),
    # the receiver of a payment is its target, but the payee of a tariff or penalty charges it (the
    # payee had been the target of the tariff, and the payer its actor)
    ("Germany paid Qatar $3 billion for LNG imports last year.", "$3 billion", "trade", "DE", "QA"),
    ("Argentina will pay Washington a 10% tariff on steel under the deal.", "10%", "tariff", "US", "AR"),
    # the subject of an active verb of flow just before the figure gives, takes or imposes it (the
    # buyer of a list's first member, or the sentence's opening party, had been read as the actor)
    ("India took about 1.6 million bpd of that, while China bought 1.1 million bpd.", "1.1 million bpd", "trade", "CN", None),
    ("Shares in Tokyo fell as Washington slapped a 25% levy on Japanese cars.", "25%", "tariff", "US", "JP"),
    # a figure in brackets just after a party is that party's: hit by a tariff, or its own share
    # (the story's target, Brazil, had been read as the target of each)
    ("Washington's 40% duty on Brazil dwarfs the rates on Chile (10 per cent) and Peru (15 per cent).",
     "15 per cent", "tariff", "US", "PE"),
    ("Among suppliers of gas to the EU, Norway (30 per cent) leads ahead of Algeria (19 per cent).", "19 per cent",
     "trade", "DZ", "EU"),
    # "the $350 billion economy": a noun that refers back, with a figure among its modifiers (the
    # lender named before had been its actor)
    ("Egypt secured new funds from the IMF. The $400 billion economy still owes $30 billion this year.", "$400 billion",
     "macro", "EG", None),
    # "It" opening a sentence is the party the sentence before opens with; after a company, nobody
    # (the receiver of aid had been read as its giver)
    ("Moldova is short of cash. It will receive $300 million in the second tranche.", "$300 million", "aid", None, "MD"),
    ("Norvik Steel cut jobs. It sold 3 million tonnes in May.", "3 million tonnes", "trade", None, None),
    # "the Gulf state", "the West African nation": a noun that refers back, named by its part of the world
    ("Qatar expanded its LNG fleet. The Gulf state sold 80 million tonnes in 2024.", "80 million tonnes", "trade", "QA", None),
    # "the Islamic Republic" is Iran (its figure had been the buyer's)
    ("The Islamic Republic shipped 1.6 million barrels per day to Chinese refiners in July.", "1.6 million barrels per day",
     "trade", "IR", "CN"),
    # a list of subjects is led by its first party (the last one, next to the verb, had been the actor)
    ("In September the G7 nations, the EU and New Zealand imposed a $47.60 ceiling on Russian crude.", "$47.60",
     "price_cap", "G7", "RU"),
    pytest.param("South Africa's rand weakened after Washington imposed a 30% duty on its goods.", "30%", "tariff", "US", "ZA",
                 marks=pytest.mark.xfail(strict=True, reason="'its goods' after the imposer: the possessive's party is not "
                                                             "read as the target")),
    # who faces a tariff, or is subject to it, is its target, and the other party imposes it (the two
    # had been swapped); several parties that face it are no one target
    ("Chinese exporters now face a 145% tariff at American ports.", "145%", "tariff", "US", "CN"),
    ("Brazilian coffee is subject to a 50% US tariff.", "50%", "tariff", "US", "BR"),
    ("Swiss watches face a 39% tariff under the new US schedule.", "39%", "tariff", "US", "CH"),
    ("Canada, Mexico and the EU would face duties of 25 percent on steel, the White House said.", "25 percent", "tariff",
     "US", None),
    # auxiliaries and adverbs may stand before "face" (the list's first member had been the target)
    ("Goods shipped to the US from Chile, Peru and Ecuador are now set to face 20% tariffs.", "20%", "tariff", "US", None),
    ("Vietnamese furniture will also face a 46% duty under the US plan.", "46%", "tariff", "US", "VN"),
    # a body of several countries named with a place's adjective is no party ("European" had made the EU lend)
    ("The European Bank for Reconstruction and Development lent Serbia €300 million.", "€300 million", "aid", None, "RS"),
    ("The Asian Development Bank will lend Sri Lanka $200 million.", "$200 million", "aid", None, "LK"),
    # goods "from" a party that face a tariff: the party is hit (it had been read as a partner)
    ("Wine from Australia has faced a 200 percent duty on entering China since 2021.", "200 percent", "tariff", "CN", "AU"),
    # "to the US" names the partner of a flow, not who faces the tariff
    ("Half of what India sells to the US faces a 50 per cent tariff.", "50 per cent", "tariff", "US", "IN"),
    # a part of the world with no code is a partner but no target (the story's partner had been
    # carried to it); "Latin America" is read whole, not as "America" (it had made the US the actor)
    ("China's exports to the US fell 33% in August, while shipments to Africa grew 22%.", "22%", "trade", "CN", None),
    ("China's exports to the US fell 33% in August, while shipments to Latin America grew 22%.", "22%", "trade", "CN", None),
    ("China's exports to the US fell 33% in August, while shipments to Japan grew 22%.", "22%", "trade", "CN", "JP"),
    # where an investment goes, after "in", is its target (was left empty)
    ("The emirate pledged to invest $1.4 trillion in the United States.", "$1.4 trillion", "other", None, "US"),
    ("Japan will invest $550 billion in the United States.", "$550 billion", "other", "JP", "US"),
    # investment "in" a place before the figure says where, not where to
    ("Foreign investment in Vietnam rose 8% in the first half.", "8%", "macro", "VN", None),
    # a nationality after the verb names the goods, not their receiver
    ("Kazakhstan supplied Chinese steel worth $1 billion to Uzbekistan.", "$1 billion", "trade", "KZ", "UZ"),
    # members of a list share the list's target; each has its own actor
    ("In May Saudi Arabia supplied 21 per cent of India's crude, ahead of Iraq on 19 per cent.", "21 per cent", "trade", "SA", "IN"),
    # a list member after a party ("with Brazil at 12%", "ahead of Iraq for 20%") takes the role its
    # list's head has in the figure before; the party named as an owner ("Peru's") is shared (the first
    # buyer had been kept as the actor; "for" had not been read)
    ("Chile took 40% of Peru's copper exports, with Brazil at 12% and Mexico at 5%.", "12%", "trade", "BR", "PE"),
    ("Russian crude made up 22% of India's imports, ahead of Iraq for 20% and Saudi Arabia for 16%.", "16%", "trade", "SA", "IN"),
    # a supplier's share of a buyer's imports: the supplier acts, the buyer is the target (the
    # guideline's hard case; the buyer had been the actor)
    ("Norwegian gas made up 30 percent of Germany's imports last year.", "30 percent", "trade", "NO", "DE"),
    # several members share the figure: no one party
    ("Chile took 40% of Peru's copper exports, with Brazil and Mexico at 12% each.", "12%", "trade", None, "PE"),
    ("In May Saudi Arabia supplied 21 per cent of India's crude, ahead of Iraq on 19 per cent.", "19 per cent", "trade", "IQ", "IN"),
    # a tranche or payment "of" the figure after a verb of receiving: its receiver is the target (was the actor)
    ("Moldova will receive the second tranche of EUR 1.2 billion under the new facility in June.", "EUR 1.2 billion",
     "aid", None, "MD"),
    # a relative clause belongs to the party before it ("Norway, whose deliveries rose 12%"), not to a
    # flow's partner ("imports from Chile, which came to ..."); a party's name then a verb of flow read
    # as a noun elsewhere ("Russia supplies about 20%") is its subject
    ("Spain buys more uranium. Kazakhstan supplies about 30% of the uranium Spain uses.", "30%", "trade", "KZ", "ES"),
    # "put" before a tariff, sanctions or a penalty imposes it (it says no flow on its own, and had
    # left the story's imposer as the actor)
    ("Washington raised duties on Chinese goods to 145%, while China put 125% tariffs on American farm goods.", "125%",
     "tariff", "CN", "US"),
    # the party named right before the noun of a tariff, sanctions, a cap, a penalty or aid owns it
    # ("the 50% US tariff", "a US tariff of 30%"): it imposes or gives it (the party that faces it had
    # been read as the actor)
    ("Brazilian beef exporters are bracing for the 50% US levy.", "50%", "tariff", "US", "BR"),
    ("Vietnamese shoes now pay an average US tariff of 20%.", "20%", "tariff", "US", "VN"),
    ("American soybeans face a 23% Chinese tariff.", "23%", "tariff", "CN", "US"),
    # a clause that opens with a participle after a comma ("..., targeting", "after listing") has the
    # subject of the clause before it (the story's own imposer had been read as the actor)
    ("Brussels adopted its new sanctions on Moscow. On Monday Britain announced a further round, listing 90 more "
     "tankers, after earlier designating about 120 vessels.", "90 more tankers", "sanctions", "GB", "RU"),
    ("Brussels adopted its new sanctions on Moscow. On Monday Britain announced a further round, listing 90 more "
     "tankers, after earlier designating about 120 vessels.", "120 vessels", "sanctions", "GB", "RU"),
    ("Tokyo raised its aid again. Canada sent a new package to Ukraine, pledging C$500 million for air defence.",
     "C$500 million", "aid", "CA", "UA"),
    # but not after a participle of taking in, whose subject may be either side, nor after "citing"
    ("Norway was the largest supplier of gas to Germany last year, covering 48% of its needs.", "48%", "trade", "NO", "DE"),
    pytest.param("The EU lowered its price cap on Russian crude. From 1 February it stands at $44.10 per barrel.",
                 "$44.10 per barrel", "price_cap", "EU", "RU",
                 marks=pytest.mark.xfail(strict=True, reason="the cap is named in the sentence before: read as a price")),
]


@pytest.mark.parametrize(("text", "surface", "measure", "actor", "target"), [
    # an exchange rate is the price of the currency's party, named or not (was nobody's)
    ("The rouble weakened to 96 per dollar on Tuesday.", "96 per dollar", "price", "RU", None),
    ("Traders saw the rupee at 88.1 against the dollar.", "88.1", "price", "IN", None),
    # a price per pound is of a weight, not an exchange rate (its actor had been the dollar's US)
    ("Copper rose to $4.50 a pound on Monday.", "$4.50 a pound", "price", None, None),
    # a currency named as its clause's subject is what a figure in another currency prices (was trade)
    ("The euro climbed to $1.18 on Friday.", "$1.18", "price", "EU", None),
    ("Sterling slipped 0.4% to $1.27 in London.", "$1.27", "price", "GB", None),
    ("The dollar bought 151 yen in Tokyo.", "151 yen", "price", "US", None),
    ("The Kenyan shilling depreciated 3 percent against the dollar this year.", "3 percent", "price", "KE", None),
    ("The Egyptian pound plunged 14 percent after the float.", "14 percent", "price", "EG", None),
    # not a currency that is no subject of a move
    ("Exports to the euro zone rose to $5 billion.", "$5 billion", "trade", "EU", None),
    # an exchange-rate note after a story: a currency's price, nobody's (was read as the story's trade or revenue)
    ("Riyadh's exports rose to 120 billion riyals. ($1 = 3.75 riyals)", "$1", "price", None, None),
    ("Riyadh's exports rose to 120 billion riyals. ($1 = 3.75 riyals)", "3.75 riyals", "price", None, None),
    ("Ottawa and Beijing signed a swap of 200 billion yuan. (1 US dollar = 1.36 Canadian dollar)", "1.36 Canadian dollar", "price", None, None),
])
def test_an_exchange_rate_note_is_a_currency_price(text, surface, measure, actor, target):
    assert label_of(text, surface) == (measure, actor, target)


def test_an_amount_and_its_conversion_after_equals_is_no_rate_note():
    measure, actor, _ = label_of("Brazil's central bank wrote off R$ 1.2 billion = US$ 240 million in bad loans.", "R$ 1.2 billion")
    assert (measure != "price", actor) == (True, "BR")


@pytest.mark.parametrize(("text", "surface", "measure", "actor", "target"), FRAMES)
def test_frames_of_news_writing(text, surface, measure, actor, target):
    assert label_of(text, surface) == (measure, actor, target)


def test_every_fact_has_a_context_confidence_between_0_and_1():
    facts = extract_text("Japan will give Ukraine another $300 million. Exports rose 4.1% in October.")
    assert facts and all(0.0 <= f.context_confidence <= 1.0 for f in facts)


def test_each_context_field_has_its_own_confidence_and_the_joint_one_is_their_product():
    facts = extract_text("Japan will give Ukraine another $300 million. Exports rose 4.1% in October.")
    for f in facts:
        fields = (f.measure_confidence, f.actor_confidence, f.target_confidence)
        assert all(0.0 <= c <= 1.0 for c in fields)
        assert f.context_confidence == pytest.approx(fields[0] * fields[1] * fields[2], abs=1e-3)


def test_the_change_has_its_own_confidence_higher_where_the_verb_says_it():
    """A figure right after "fell" is surely a fall; a bare level in a list of shares is less sure
    of being neither."""
    [fell] = extract_text("Exports fell 4.1% in October.")
    assert fell.change == "down" and 0.9 <= fell.change_confidence <= 1.0
    facts = extract_text("Crude made up 31% of the total, gas 12% and coal 9%, up from 7%.")
    assert all(0.0 <= f.change_confidence <= 1.0 for f in facts)
    assert min(f.change_confidence for f in facts) < fell.change_confidence


# (actor probabilities, target probabilities over nobody + parties, the pair chosen)
PAIRS = [
    ([0.1, 0.8, 0.1], [0.1, 0.1, 0.8], (1, 2)),  # no conflict: each its best
    ([0.2, 0.5, 0.3], [0.05, 0.9, 0.05], (2, 1)),  # party 1 likelier target (0.3*0.9 > 0.5*0.05): the actor is the next best
    ([0.05, 0.9, 0.05], [0.1, 0.5, 0.4], (1, 2)),  # party 1 likelier actor: the target is the next best
    ([0.6, 0.2, 0.2], [0.7, 0.2, 0.1], (0, 0)),  # nobody on both sides is allowed
    ([0.1, 0.9], [0.3, 0.7], (1, 0)),  # one party only: the other side is nobody
]


@pytest.mark.parametrize(("actor_p", "target_p", "pair"), PAIRS)
def test_actor_and_target_are_the_most_probable_pair_of_different_parties(actor_p, target_p, pair):
    assert context.best_pair(actor_p, target_p) == pair


def test_coverage_ranks_each_field_by_its_own_confidence():
    from econfacts.evaluate import Result, coverage

    result = Result()
    # joint confidence, each field's own, right or wrong: the measure is sure and right where the
    # joint confidence is low (an unsure actor), so ranking by it keeps the right measures
    result.judged = [
        (0.9, {"measure": 0.2, "actor": 0.9, "target": 0.9, "change": 0.9}, {"measure": False, "actor": True, "target": True, "change": True}),
        (0.1, {"measure": 0.95, "actor": 0.1, "target": 0.9, "change": 0.1}, {"measure": True, "actor": False, "target": True, "change": True}),
    ]
    assert coverage(result)[0.5]["measure"] == 0.0  # the top half by the joint confidence
    assert coverage(result, own=True)[0.5]["measure"] == 1.0
    assert coverage(result, own=True)[0.5]["actor"] == 1.0 and coverage(result, own=True)[1.0]["actor"] == 0.5


def test_a_retrained_model_is_used_when_given(tmp_path):
    """The labeller reads the weights it is given: a model that knows nothing says 'tariff' (its
    first label) with a uniform confidence, not what the shipped weights say."""
    import numpy as np

    from econfacts import linear
    from econfacts.model import Document
    from econfacts.pipeline import extract_document

    def blank(questions):
        return linear.ChoiceModel(tuple(questions), {}, np.zeros((1, len(questions))))

    model = linear.ContextModel(blank(context.MEASURES), blank(context.CHANGES), blank(("actor", "target")))
    [fact] = extract_document(Document("d", "Exports rose 4.1% in October."), model=model)
    assert (fact.measure, fact.change) == ("tariff", None)
    assert fact.context_confidence == round(1 / len(context.MEASURES), 4)


# the change of a figure: its verb in any form, and the change of the list it belongs to
CHANGE_CASES = [
    ("Coal shipments were tumbling 40 percent.", "40 percent", "down"),
    ("The index is shedding 0.7% this morning.", "0.7%", "down"),
    ("Car sales are surging 12% this spring.", "12%", "up"),
    ("Tea, coffee and cocoa sales fell by 21.4, 8.6 and 3.1 percent respectively.", "8.6", "down"),
    ("Tea, coffee and cocoa sales fell by 21.4, 8.6 and 3.1 percent respectively.", "3.1 percent", "down"),
    ("Building output shrinks by 2.9% and farm output by 0.6%.", "0.6%", "down"),
    ("Exports rose 4% in May.", "4%", "up"),
    # the nearest change verb before a list: every member of the list is a rise or fall
    ("Sales to Chile climbed 15% and those to Peru 12% in the year.", "12%", "up"),
    ("Wheat output slumped 9% in Kansas, 6% in Iowa and 4% in Ohio.", "4%", "down"),
    ("Output will grow by 1.1% in 2026, 1.4% in 2027 and 1.6% in 2028.", "1.6%", "up"),
    ("The group posted a leap of no less than 40% in orders.", "40%", "up"),
    ("Profit was $3 billion, an increase of 12% on the year.", "12%", "up"),
    ("Profit was $3 billion, an increase of 12% on the year.", "$3 billion", None),
    # a word of time or kind between the figure and its change noun (had been no change)
    ("The drop followed a 6.2 percent year-on-year decline in March.", "6.2 percent", "down"),
    ("Exporters reported a 4% annual rise in orders.", "4%", "up"),
    ("The 5% annual levy stays.", "5%", None),
]


@pytest.mark.parametrize(("text", "surface", "change"), CHANGE_CASES)
def test_change_of_a_figure(text, surface, change):
    [fact] = [f for f in extract_text(text) if f.surface == surface]
    assert fact.change == change


def test_a_party_is_known_by_its_code_and_the_measure():
    """Each candidate carries its own code by measure, so the model learns news habits across
    stories (the IMF lends, the US imposes tariffs); the shipped model has learned some."""
    from econfacts.grammar import find_mentions
    from econfacts.linear import shipped
    from econfacts.sentences import split

    text = "Ghana took in a $600 million tranche from the IMF."
    labeller = context.Labeller(text, split(text), None, None)
    [mention] = find_mentions(text)
    codes, features = labeller.party_candidates(0, mention, "aid")
    for code, own in zip(codes[1:], features[1:]):
        assert f"code={code}|m=aid" in own
    assert any(shipped().parties.pairs.get(f"code={code}|m=aid") for code in ("IMF", "US", "EU"))


def test_an_unsure_measure_weighs_the_parties_of_each_likely_one():
    """When the measure model is unsure, each party's probability is its mean under the likely
    measures, weighted by theirs: a wrong first measure no longer decides the parties alone."""
    from econfacts.grammar import find_mentions
    from econfacts.sentences import split

    text = "Beijing's purchases of American soybeans rose 12% after the levies were lifted."
    labeller = context.Labeller(text, split(text), None, None)
    [mention] = find_mentions(text)
    measures = labeller.choose_measure(0, mention)
    assert measures[0][1] >= max(p for _, p in measures)
    assert all(p >= context.MEASURE_MIX for _, p in measures[1:]) and len(measures) <= context.MIX_MEASURES
    mixed = [("tariff", 0.6), ("trade", 0.4)]
    codes, a_tariff, t_tariff = labeller._party_probs(0, mention, "tariff")
    _, a_trade, t_trade = labeller._party_probs(0, mention, "trade")
    actor, target, p_actor, _ = labeller.choose_parties(0, mention, mixed)
    a_mean = [0.6 * x + 0.4 * y for x, y in zip(a_tariff, a_trade)]
    assert p_actor == pytest.approx(a_mean[codes.index(actor)])
    sure = labeller.choose_parties(0, mention, [("tariff", 1.0)])
    assert sure[2] == pytest.approx(a_tariff[codes.index(sure[0])])


@pytest.mark.parametrize(("measures", "status"), [
    ([("tariff", 1.0)], "proposed"),
    ([("tariff", 0.6), ("trade", 0.4)], "proposed"),
    ([("tariff", 0.3), ("trade", 0.7)], "actual"),
])
def test_the_status_of_an_unsure_measure_weighs_each_likely_one(measures, status):
    """A status model that reads only the measure: tariffs are proposed, trade actual (weights made
    for this test); the status is the one most probable under the measures' mix."""
    import dataclasses

    import numpy as np

    from econfacts.grammar import find_mentions
    from econfacts.linear import ChoiceModel, shipped
    from econfacts.sentences import split

    weights = np.array([[0.0, 0.0, 3.0], [3.0, 0.0, 0.0], [0.0, 0.0, 0.0]])  # rows: m=tariff, m=trade, unknown
    status_model = ChoiceModel(context.STATUSES, {"m=tariff": 0, "m=trade": 1}, weights)
    model = dataclasses.replace(shipped(), status=status_model)
    text = "Steel shipments were worth $3 billion."
    labeller = context.Labeller(text, split(text), model, None)
    [mention] = find_mentions(text)
    assert labeller.choose_status(0, mention, measures, None) == status


# Noun phrases that refer back to a party (data/referring.csv): the party of that kind named last,
# the first named as a name in that sentence; none where the phrase holds a name or nothing precedes.
REFERRING = [
    ("India buys Russian crude. The South Asian nation paid less.", "The South Asian nation", "IN"),
    ("Iran's exports to China rose; the country shipped more.", "the country", "IR"),
    ("The EU met on Monday. The 27-nation bloc agreed a package.", "The 27-nation bloc", "EU"),
    ("Saudi Arabia raised output. The Gulf kingdom pumps more.", "The Gulf kingdom", "SA"),
    ("China's exports rose. The world's second-largest economy grew 5%.", "The world's second-largest economy", "CN"),
    ("The bloc agreed a package.", "The bloc", None),  # nothing named before it
    ("India grew fast. The global economy slowed.", "The global economy", None),  # no reference
    ("Prague met Vienna. The Czech Republic signed.", "The Czech Republic", None),  # a name, not a reference
    ("The EU met. The bloc agreed. India signed. The country paid.", "The country", "IN"),
    ("Kenya signed. The IMF agreed. The bloc paid.", "The bloc", "IMF"),
    ("Pakistan signed. The $350 billion economy owes more.", "The $350 billion economy", "PK"),
    ("Ghana grew. It rained. It rained. It rained. It rained. It rained. The country paid.", "The country", None),  # too far back
]


@pytest.mark.parametrize(("text", "phrase", "code"), REFERRING)
def test_a_phrase_naming_a_party_by_what_it_is_refers_to_the_last_one_named(text, phrase, code):
    from econfacts.sentences import split

    sentences = split(text)
    labeller = context.Labeller(text, sentences, None, None)
    labeller.document()
    referred = {text[sentences[i].start + a : sentences[i].start + b]: c
                for i, found in labeller._referred_in.items() for a, b, c, _ in found}
    assert referred.get(phrase) == code


@pytest.mark.parametrize(("text", "surface", "actor"), [
    # a relative clause belongs to the party before it, which acts (the buyer named before had acted)
    ("Russia sold less grain to Egypt. Egypt turned to France, which shipped 2 million tonnes.", "2 million tonnes", "FR"),
    ("Russia cut its gas deliveries. The gap was filled by Norway, whose deliveries grew 12%.", "12%", "NO"),
])
def test_a_relative_clause_belongs_to_the_party_before_it(text, surface, actor):
    assert label_of(text, surface)[1] == actor


def test_the_agent_named_with_its_leader_acts_whatever_the_other_party():
    # the frame decides the actor; the target is the model's choice ("car duties" names no one hit)
    text = "Seoul and Washington agreed to cut car duties to 15% from 25% imposed in April by US President Donald Trump."
    assert label_of(text, "25%")[:2] == ("tariff", "US")
