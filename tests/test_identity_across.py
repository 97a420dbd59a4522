"""One id per real thing across the documents of a run (kg.identity_across), spellings of one
transliterated name among them: sentences written for these tests."""
import pytest

from kg import identity_across
from kg.identity_across import join
from kg.schema import Article, Document, Entity, Statement


def ids(doc, type_=None):
    return {e.name: e.id for e in doc.entities if type_ is None or e.type == type_}


def the(doc, name):
    found = [e for e in doc.entities if e.name == name or name in e.aliases]
    assert found, f"no entity {name!r} in {sorted(e.name for e in doc.entities)}"
    return found[0]


# -- a single name joins the full name another document gives -----------------------------------

@pytest.mark.parametrize("full, short, name", [
    ("Finance Minister Jim Ortega presented the budget on Monday.",
     "Ortega said the deficit would fall next year.", "Jim Ortega"),
    ("Opposition leader Amara Nwosu called for new elections on Sunday.",
     "Mrs Nwosu said she would run again.", "Amara Nwosu"),
    ("The striker Luka Petrovic scored twice in the final.",
     "Fans chanted the name of Petrovic outside the stadium.", "Luka Petrovic"),
])
def test_a_surname_alone_joins_the_full_name_of_another_document(extract_run, full, short, name):
    first, second = extract_run(full, short)
    assert the(second, name).id == the(first, name).id
    assert the(second, name).name == name   # named as the run names that person


def test_the_join_does_not_depend_on_the_order_of_the_documents(extract_run):
    full = "Finance Minister Jim Ortega presented the budget on Monday."
    short = "Ortega said the deficit would fall next year."
    a = extract_run(full, short)
    b = extract_run(short, full)
    assert the(a[1], "Ortega").id == the(b[0], "Ortega").id == the(a[0], "Jim Ortega").id


def test_negative_a_surname_two_people_of_the_run_bear_stays_apart(extract_run):
    docs = extract_run("Senator Maria Okonkwo voted against the bill on Monday.",
                       "Governor Daniel Okonkwo signed the decree on Tuesday.",
                       "Okonkwo said the vote was a mistake.")
    short = the(docs[2], "Okonkwo")
    assert short.id not in {the(docs[0], "Maria Okonkwo").id, the(docs[1], "Daniel Okonkwo").id}


@pytest.mark.parametrize("full, text, part, name", [
    ("Chief prosecutor Mohammad Tajul Islam told reporters the case was closed.",
     "Prosecutor Tajul Islam said Bangladesh would ask for her return.", "Tajul Islam", "Mohammad Tajul Islam"),
    ("Former home minister Asaduzzaman Khan Kamal was also sentenced.",
     "She was tried alongside her ex-interior minister Asaduzzaman Khan, who is in India.", "Asaduzzaman Khan",
     "Asaduzzaman Khan Kamal"),
    ("Defence Minister Gilberto Carlos Ramos signed the order on Friday.",
     "Carlos Ramos told reporters the troops would stay.", "Carlos Ramos", "Gilberto Carlos Ramos"),
    ("Former president Josep Maria Bartomeu was charged.", "Josep Bartomeu was sent to trial.", "Josep Bartomeu",
     "Josep Maria Bartomeu"),
    ("The Royal Spanish Football Federation (RFEF) said it was following the case.",
     "The Spanish Football Federation declined to comment.", "Spanish Football Federation",
     "Royal Spanish Football Federation"),
    ("The attack was blamed on the Lazarus Group, a hacking organisation.",
     "Analysts said the attack was carried out by North Korea's Lazarus group.", "Lazarus", "Lazarus Group"),
])
def test_a_shorter_name_joins_the_one_longer_name_of_the_run(extract_run, full, text, part, name):
    """Two words that start or end a longer name, a name without its middle name, an honorific or
    a head word ("Tajul Islam", "Josep Bartomeu", "Spanish Football Federation", "Lazarus")."""
    first, second = extract_run(full, text)
    assert the(second, part).id == the(first, name).id


@pytest.mark.parametrize("full, text, short, name", [
    ("Shares in Halvorsen Copper Resources fell 4% after its mine flooded.",
     "The miner Halvorsen Copper said it would restart the pumps.", "Halvorsen Copper", "Halvorsen Copper Resources"),
    ("Ulaan Tengis Coal JSC signed the export contract on Monday.",
     "Ulaan Tengis Coal said the first trains would leave in May.", "Ulaan Tengis Coal", "Ulaan Tengis Coal JSC"),
    ("Brightwater Marine Holdings agreed to buy two tankers.",
     "Analysts said Brightwater Marine had paid too much for the ships.", "Brightwater Marine",
     "Brightwater Marine Holdings"),
])
def test_a_company_named_without_its_last_word_joins_its_full_name_in_another_document(extract_run, full, text,
                                                                                          short, name):
    """A legal form or a word of its trade left off ("Resources", "JSC", "Holdings")."""
    first, second = extract_run(full, text)
    assert the(second, short).id == the(first, name).id


def test_negative_a_company_and_its_foundation_stay_apart(extract_run):
    first, second = extract_run("The Halvorsen Copper Foundation funds two schools in the valley.",
                                "The miner Halvorsen Copper said it would restart the pumps.")
    assert the(second, "Halvorsen Copper").type == "Organization"
    assert the(second, "Halvorsen Copper").id != the(first, "Halvorsen Copper Foundation").id


def test_a_body_named_after_its_countrys_people_joins_the_one_named_after_the_country(extract_run):
    first, second = extract_run("The Japan Coast Guard said two Chinese ships had entered the waters.",
                                "Japan's coastguard said the ships left the territorial waters on Monday.")
    assert the(second, "Japanese Coastguard").id == the(first, "Japan Coast Guard").id


def test_negative_two_countries_bodies_of_one_name_stay_apart(extract_run):
    first, second = extract_run("The Japan Coast Guard said two Chinese ships had entered the waters.",
                                "Greece's coast guard said 40 migrants had been rescued off Crete.")
    assert the(second, "Greek Coast Guard").id != the(first, "Japan Coast Guard").id


@pytest.mark.parametrize("full, bare, name, short", [
    ("Ghana's Minerals Commission said it had not received an application.",
     "Ghana's parliament must approve the deal. The Minerals Commission said it was yet to be notified.",
     "Ghanaian Minerals Commission", "Minerals Commission"),
    ("The Kenyan Health Ministry said 12 counties had reported cases.",
     "Doctors in Kenya went on strike. The Health Ministry said talks would resume.",
     "Kenyan Health Ministry", "Health Ministry"),
    ("Peru's Energy Ministry said the road would reopen.",
     "Protesters in Peru blocked the road. The Energy Ministry called for talks.",
     "Peruvian Energy Ministry", "Energy Ministry"),
])
def test_a_body_named_without_its_country_joins_the_one_named_with_the_country_its_article_names(
        extract_run, full, bare, name, short):
    first, second = extract_run(full, bare)
    assert the(second, short).id == the(first, name).id


def test_negative_a_body_named_without_a_country_its_article_does_not_name_stays_apart(extract_run):
    first, second = extract_run("Ghana's Minerals Commission said it had not received an application.",
                                "Mining in Zambia grew. The Minerals Commission said output would rise.")
    assert the(second, "Minerals Commission").id != the(first, "Ghanaian Minerals Commission").id


def test_negative_a_two_word_name_two_longer_names_share_stays_apart(extract_run):
    docs = extract_run("Senator Maria Elena Okonkwo voted against the bill.",
                       "Governor Maria Elena Duarte signed the decree.",
                       "Maria Elena said the vote was a mistake.")
    assert the(docs[2], "Maria Elena").id not in {the(docs[0], "Maria Elena Okonkwo").id,
                                                   the(docs[1], "Maria Elena Duarte").id}


@pytest.mark.parametrize("full, short", [
    ("The Government of National Unity (GNU) said on Monday that it had opened an inquiry.",
     "The GNU said the talks would resume."),
    ("The Kenya Wildlife Service (KWS) said two rangers were injured.",
     "Rangers from the KWS tracked the herd for a week."),
    ("The National Electoral Commission (NEC) published the results on Friday.",
     "The NEC said turnout was 61 percent."),
])
def test_an_acronym_alone_joins_the_organisation_another_document_defines(extract_run, full, short):
    first, second = extract_run(full, short)
    assert set(ids(second, "Organization").values()) <= set(ids(first, "Organization").values())


def test_negative_an_acronym_no_document_defines_stays_apart(extract_run):
    first, second = extract_run("The National Electoral Commission published the results on Friday.",
                                "The QZX said turnout was 61 percent.")
    assert ids(second, "Organization")["QZX"] not in ids(first, "Organization").values()


# -- spellings of one transliterated name --------------------------------------------------------

@pytest.mark.parametrize("first, second, name", [
    ("Crowds cheered the fall of Muammar Gaddafi in 2011.",
     "Moammar Gadhafi ruled Libya for 42 years.", "Muammar Gaddafi"),
    ("Crown Prince Mohammed bin Salman met the envoy on Monday.",
     "Crown Prince Muhammad bin Salman said the talks had been useful.", "Mohammed bin Salman"),
    ("The son of Muammar Gaddafi spoke to reporters on Monday.",
     "Gadhafi himself was wanted by the court when he was killed.", "Muammar Gaddafi"),
    # (one name in the other order; Ukrainian and Russian forms of one first name)
    ("Defence Minister Shinjiro Koizumi visited the island on Monday.",
     "Defence Minister Koizumi Shinjiro said the radar would be moved.", "Shinjiro Koizumi"),
    ("Ombudsman Dmytro Lubinets thanked the mediators on Saturday.",
     "Ombudsman Dmitry Lubinets received a list of civilians.", "Dmytro Lubinets"),
    ("Interior Minister Ihor Klymenko visited the front on Friday.",
     "Interior Minister Igor Klymenko said the police were ready.", "Ihor Klymenko"),
])
def test_transliterations_are_one_entity_across_documents(extract_run, first, second, name):
    a, b = extract_run(first, second)
    person = the(a, name)
    assert any(e.id == person.id for e in b.entities if e.type == "Person")


def test_transliterations_are_one_entity_in_one_document(extract_text):
    doc = extract_text("Muammar Gaddafi ruled Libya for 42 years. Rebels captured Moammar Gadhafi in 2011.")
    assert len([e for e in doc.entities if e.type == "Person"]) == 1


# -- the join itself ------------------------------------------------------------------------------

def _doc(name, entities, statements=()):
    article = Article(id=name, file=name, text="")
    return Document(article=article, sentences=[], entities=entities, statements=list(statements), relations=[])


def test_a_joined_entity_moves_its_statements_and_merges_with_the_same_entity_in_the_document():
    full = _doc("a", [Entity(id="person:jim-ortega", name="Jim Ortega", type="Person")])
    other = _doc("b", [Entity(id="person:ortega", name="Ortega", type="Person"),
                       Entity(id="person:jim-ortiga", name="Jim Ortiga", type="Person")],
                 [Statement(id="s", speaker="person:ortega", kind="said", negated=False, content="x",
                            content_start=0, content_end=1, sentence=0, start=0, end=1, cue="said",
                            about=["person:jim-ortiga", "person:ortega"])])
    _, b = list(join([full, other]))
    assert [e.id for e in b.entities] == ["person:jim-ortega"]
    assert set(b.entities[0].aliases) == {"Ortega", "Jim Ortiga"}
    assert b.statements[0].speaker == "person:jim-ortega" and b.statements[0].about == ["person:jim-ortega"]


def test_documents_come_out_in_their_order():
    docs = [_doc(str(i), [Entity(id=f"person:p{i}", name=f"P{i} Q", type="Person")]) for i in range(5)]
    assert [d.article.id for d in join(iter(docs))] == ["0", "1", "2", "3", "4"]


def test_documents_past_those_held_in_memory_pass_through_the_file_joined_alike(monkeypatch):
    def run():
        full = _doc("a", [Entity(id="person:jim-ortega", name="Jim Ortega", type="Person")])
        others = [_doc(f"b{i}", [Entity(id="person:ortega", name="Ortega", type="Person")]) for i in range(3)]
        return [(d.article.id, [(e.id, e.name, e.aliases) for e in d.entities]) for d in join([full, *others])]
    held = run()
    monkeypatch.setattr(identity_across, "HELD_IN_MEMORY", 1)
    assert run() == held
    assert [entities for _, entities in held[1:]] == [[("person:jim-ortega", "Jim Ortega", ["Ortega"])]] * 3


def test_negative_initials_no_document_defines_join_nothing(extract_run):
    first, second = extract_run("Amnesty International said the workers faced serious risks.",
                                "The company said it would make more AI chips in Arizona.")
    assert not set(ids(second, "Organization").values()) & set(ids(first, "Organization").values())


def test_negative_a_short_organisation_two_longer_ones_end_with_stays_apart(extract_run):
    docs = extract_run("The Royal Spanish Football Federation met.", "The Mexican Spanish Football Federation met.",
                       "The Spanish Football Federation declined to comment.")
    assert the(docs[2], "Spanish Football Federation").id not in {
        the(docs[0], "Royal Spanish Football Federation").id, the(docs[1], "Mexican Spanish Football Federation").id}


def test_an_initial_and_a_surname_join_the_full_name_another_document_gives(extract_run):
    first, second = extract_run("Prime Minister Gombojav Zandanshatar told lawmakers the railway was vital.",
                                "Prime Minister G.Zandanshatar said the railway would cut costs.")
    assert ids(second, "Person")["G.Zandanshatar"] == ids(first, "Person")["Gombojav Zandanshatar"]


def test_negative_an_initial_of_another_first_name_stays_apart(extract_run):
    first, second = extract_run("Prime Minister Gombojav Zandanshatar told lawmakers the railway was vital.",
                                "Prime Minister B.Zandanshatar said the railway would cut costs.")
    assert ids(second, "Person")["B.Zandanshatar"] not in ids(first, "Person").values()


# -- a name with a second surname, middle names or an initial joins the name without them ------

@pytest.mark.parametrize("texts, longer, shorter", [
    (("Voters backed Tomás Ignacio Vidal on Sunday.", "Tomás Ignacio Vidal promised lower taxes.",
      "Tomás Ignacio Vidal Soto was sworn in as mayor."), "Tomás Ignacio Vidal Soto", "Tomás Ignacio Vidal"),
    (("Lawmakers questioned Carmen Rosa Paredes on Monday.", "Carmen Rosa Paredes defended the budget.",
      "Senator Carmen Rosa Paredes Ibarra resigned."), "Carmen Rosa Paredes Ibarra", "Carmen Rosa Paredes"),
    (("The coach Rafael Mendes Braga picked three new players.", "Fans cheered Rafael Mendes Braga in Lisbon.",
      "The club sacked Rafael Mendes Braga Pinto on Friday."), "Rafael Mendes Braga Pinto", "Rafael Mendes Braga"),
    (("Speaker Paul D. Renwick opened the session.", "Speaker Paul Renwick said the vote would wait.",
      "Speaker Paul Renwick adjourned the house."), "Paul D. Renwick", "Paul Renwick"),
    (("The engineer Magda Maria de Regina Calloway took office.",
      "The new chief executive, Magda Calloway, promised to build new refineries.",
      "Chief executive Magda Calloway met the board on Friday."), "Magda Maria de Regina Calloway", "Magda Calloway"),
    (("The former chief Jean Paul Terra Vasquez left the company.",
      "Former chief executive Jean Paul Vasquez said he left with a clear conscience.",
      "Investors missed former chief executive Jean Paul Vasquez."), "Jean Paul Terra Vasquez", "Jean Paul Vasquez"),
])
def test_a_longer_form_of_a_name_joins_the_name_more_documents_give(extract_run, texts, longer, shorter):
    docs = extract_run(*texts)
    longer_doc = next(d for d in docs if any(e.name == longer for e in d.entities))
    assert the(longer_doc, longer).id == the(docs[1], shorter).id


def test_negative_a_son_named_junior_stays_apart_from_his_father(extract_run):
    docs = extract_run("Voters cheered Marcus Allen Hale in Ohio.", "Marcus Allen Hale spoke in Texas.",
                       "Marcus Allen Hale Jr. spoke in Iowa.")
    junior = [e for e in docs[2].entities if e.type == "Person"]
    assert junior and all(e.id != the(docs[0], "Marcus Allen Hale").id for e in junior)


# -- a person's name one article reads as an organisation's --------------------------------------

def _person(name, role=None, aliases=()):
    return Entity(id="person:" + name.lower().replace(" ", "-"), name=name, type="Person", role=role,
                  aliases=list(aliases))


def _organization(name, text=""):
    from kg.schema import Mention
    start = text.find(name)
    return Entity(id="organization:" + name.lower().replace(" ", "-"), name=name, type="Organization",
                  mentions=[Mention(start=start, end=start + len(name), text=name, sentence=0)] if start >= 0 else [])


def _doc_of(name, text, entities):
    article = Article(id=name, file=name, text=text)
    return Document(article=article, sentences=[], entities=entities, statements=[], relations=[])


@pytest.mark.parametrize("person, text", [
    (_person("Lena Marquardt", role="President"), "Gains by Lena Marquardt's party surprised analysts."),
    (_person("Tomas Okafor", aliases=["Okafor"]), "Voters turned against Tomas Okafor in the north."),
    (_person("Ines Baptista", role="Senator"), "Ines Baptista's campaign raised $2 million."),
])
def test_a_persons_name_read_as_an_organisations_joins_the_person_another_document_shows(person, text):
    name = person.name
    a, b = join([_doc_of("a", "", [person]), _doc_of("b", text, [_organization(name, text)])])
    joined = [e for e in b.entities if e.name == name]
    assert [(e.id, e.type) for e in joined] == [(person.id, "Person")]


def test_negative_an_organisation_named_after_the_stays_an_organisation():
    text = "Members of the Harbour Workers Caucus met on Monday."
    a, b = join([_doc_of("a", "", [_person("Harbour Workers Caucus", aliases=["Caucus"])]),
                 _doc_of("b", text, [_organization("Harbour Workers Caucus", text)])])
    assert [e.type for e in b.entities] == ["Organization"]


def test_negative_a_person_no_article_shows_as_one_does_not_take_an_organisation():
    text = "The deal was signed by Viva Nova in May."
    a, b = join([_doc_of("a", "", [_person("Viva Nova")]), _doc_of("b", text, [_organization("Viva Nova", text)])])
    assert [e.type for e in b.entities] == ["Organization"]


# -- Korean surnames romanised several ways -------------------------------------------------------

@pytest.mark.parametrize("first, second, name", [
    ("Governor Rhee Chang-yong kept rates on hold.", "Governor Lee Chang-yong said inflation was easing.",
     "Rhee Chang-yong"),
    ("Park Ji-hoon won the Seoul marathon on Sunday.", "Pak Ji-hoon said he would run again next year.",
     "Park Ji-hoon"),
    ("Vice Foreign Minister Choe Min-seo led the delegation.", "Vice Foreign Minister Choi Min-seo said the talks went well.",
     "Choe Min-seo"),
])
def test_korean_surnames_romanised_two_ways_are_one_person_across_documents(extract_run, first, second, name):
    a, b = extract_run(first, second)
    person = the(a, name)
    assert any(e.id == person.id for e in b.entities if e.type == "Person")


def test_negative_two_koreans_of_one_surname_stay_apart(extract_run):
    a, b = extract_run("Governor Rhee Chang-yong kept rates on hold.",
                       "President Lee Jae-myung said growth must come first.")
    assert the(a, "Rhee Chang-yong").id != the(b, "Lee Jae-myung").id


# -- a short or full form of a first name ---------------------------------------------------------

@pytest.mark.parametrize("texts, other, name", [
    (("Envoy Steven Halloway arrived in Muscat.", "Envoy Steve Halloway met the minister.",
      "Envoy Steve Halloway flew home on Sunday."), "Steven Halloway", "Steve Halloway"),
    (("Coach Xabier Ugarte Olano praised the squad.", "Coach Xabi Ugarte picked three new players.",
      "Coach Xabi Ugarte said the team was ready."), "Xabier Ugarte Olano", "Xabi Ugarte"),
    (("The winger Nicolás Ferrando Arce signed for the club.", "The winger Nico Ferrando scored twice.",
      "Fans cheered the winger Nico Ferrando."), "Nicolás Ferrando Arce", "Nico Ferrando"),
])
def test_a_short_form_of_a_first_name_is_one_person_across_documents(extract_run, texts, other, name):
    docs = extract_run(*texts)
    assert the(docs[0], other).id == the(docs[1], name).id == the(docs[2], name).id


def test_negative_a_first_name_and_its_feminine_form_stay_apart(extract_run):
    docs = extract_run("Senator Daniel Orlov voted on Monday.", "Senator Daniela Orlov voted on Tuesday.",
                       "Senator Daniela Orlov spoke on Friday.")
    assert the(docs[0], "Daniel Orlov").id != the(docs[1], "Daniela Orlov").id


def test_negative_a_name_with_another_initial_stays_apart(extract_run):
    docs = extract_run("Former US president George H. W. Bellamy died in 2018.",
                       "US President George W. Bellamy spoke in Texas on Monday.",
                       "US President George W. Bellamy left Texas on Friday.")
    assert the(docs[0], "George H. W. Bellamy").id != the(docs[1], "George W. Bellamy").id


def test_a_single_name_joins_the_middle_name_news_uses_of_a_long_name(extract_run):
    docs = extract_run("President Luiz Inácio Lula da Silva met the board.", "Lula said Petrobras must think about Brazil.")
    assert the(docs[1], "Lula").id == the(docs[0], "Luiz Inácio Lula da Silva").id


# -- a company or club named with a legal form or a club's affix in one article ------------------

@pytest.mark.parametrize("texts, longer, shorter", [
    (("Spanish club Real Valdora CF confirmed the signing on Tuesday.", "The club Real Valdora said it paid the release clause.",
      "Spanish club Real Valdora won the league on Sunday."), "Real Valdora CF", "Real Valdora"),
    (("Shares of Andes Meridian Resources fell.", "Andes Meridian said the mine would reopen.",
      "Andes Meridian hired a new chief executive."), "Andes Meridian Resources", "Andes Meridian"),
    (("Norvik Shipping ASA reported a loss on Monday.", "The shipowner Norvik Shipping said freight rates fell.",
      "The shipowner Norvik Shipping said it ordered two new vessels."), "Norvik Shipping ASA", "Norvik Shipping"),
])
def test_a_company_named_with_one_more_word_joins_the_name_more_documents_give(extract_run, texts, longer, shorter):
    docs = extract_run(*texts)
    orgs = [the(d, n) for d, n in zip(docs, (longer, shorter, shorter))]
    assert len({e.id for e in orgs}) == 1


def test_negative_a_banks_research_unit_stays_apart_from_the_bank(extract_run):
    docs = extract_run("Analysts at Deutsche Bank Research cut their forecast on Monday.",
                       "Deutsche Bank said on Monday that its profits rose.", "Deutsche Bank hired 200 traders in London.")
    assert the(docs[0], "Deutsche Bank Research").id != the(docs[1], "Deutsche Bank").id


# -- a one-word place no gazetteer knows that another article defines as an organisation's acronym --

@pytest.mark.parametrize("full, short, acronym", [
    ("The Servicio Electoral (Servel) counted 98% of the ballots on Sunday.",
     "With 98% of ballots counted, Kast led, Servel said.", "Servel"),
    ("The Autoridad Nacional de Aduanas (Anadu) seized the cargo in the port.",
     "The cargo was seized in the port, Anadu said on Monday.", "Anadu"),
    ("The Instituto Nacional de Vias (Invias) closed the road on Friday.",
     "Invias closed the road after the landslide, officials said.", "Invias"),
])
def test_an_unknown_place_another_article_defines_as_an_acronym_is_that_organisation(full, short, acronym):
    # (the model reads a name it has not seen, "Servel said", as a place; the ids are as kg makes them)
    from kg.schema import Mention
    org_name = full[len("The "):full.index(" (")]
    org = Entity(id="organization:" + org_name.lower().replace(" ", "-"), name=org_name, type="Organization",
                 aliases=[acronym])
    place = Entity(id="place:" + acronym.lower(), name=acronym, type="Place",
                   mentions=[Mention(start=short.index(acronym), end=short.index(acronym) + len(acronym), text=acronym,
                                     sentence=0)])
    a, b = join([_doc_of("a", full, [org]), _doc_of("b", short, [place])])
    assert [(e.id, e.type) for e in b.entities] == [(org.id, "Organization")]


def test_negative_a_place_an_organisation_is_only_called_by_stays_a_place():
    # ("England won" read as the cricket board in one article; "in England" stays the place)
    board = Entity(id="organization:england-and-wales-cricket-board", name="England and Wales Cricket Board",
                   type="Organization", aliases=["England"])
    place = Entity(id="place:england", name="England", type="Place")
    a, b = join([_doc_of("a", "England won the toss.", [board]), _doc_of("b", "Rain fell in England.", [place])])
    assert [(e.id, e.type) for e in b.entities] == [("place:england", "Place")]


# -- one name in the other order; Ukrainian and Russian forms of one first name --------------------

def test_negative_a_name_in_the_other_order_in_the_same_article_stays_apart(extract_run):
    a, b = extract_run("Coach Daniel Rossi met the striker Rossi Daniel on Monday.",
                       "Coach Daniel Rossi said the team was ready.")
    assert the(a, "Daniel Rossi").id != the(a, "Rossi Daniel").id
