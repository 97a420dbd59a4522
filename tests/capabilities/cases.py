"""Capability cases in the CheckList style: minimal sentences, written for these tests on varied
topics, each with the extraction a careful reader expects. ``expect`` holds (speaker, kind,
negated) triples that must be found, ``absent`` triples (or speaker names) that must not be,
``content`` a text the statement of the first expected triple must contain, ``excluded`` a
text it must not contain. Cases marked ``known_gap`` state a capability kg does not have yet:
they run as strict expected failures, so the day one passes the suite says so.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Case:
    capability: str
    text: str
    expect: set[tuple[str, str, bool]] = field(default_factory=set)
    absent: set = field(default_factory=set)
    content: str | None = None
    excluded: str | None = None
    published: str | None = "2025-03-14"   # a Friday
    date: str | None = None                # the day of the first expected statement ("none": no day)
    date_text: str | None = None
    reported_by: str | None = None         # the outlet carrying the first expected statement
    count: int | None = None               # how many statements in all
    known_gap: bool = False

    @property
    def negative(self) -> bool:
        return not self.expect


def S(speaker: str, kind: str = "said", negated: bool = False) -> tuple[str, str, bool]:
    return (speaker, kind, negated)


STATEMENTS = [
    # Coordination of speakers
    Case("coordinated speakers", "Finance Minister Ana Silva and Economy Minister Rui Costa said the budget would be balanced.",
         {S("Ana Silva"), S("Rui Costa")}),
    Case("coordinated speakers", "The World Bank and the International Monetary Fund warned that growth would slow.",
         {S("World Bank", "warned"), S("International Monetary Fund", "warned")}),
    Case("coordinated speakers", "Toyota and Honda confirmed they would recall the cars.",
         {S("Toyota", "confirmed"), S("Honda", "confirmed")}),
    Case("coordinated speakers", "Peter Lang, who met Maria Weber on Monday, said the bridge would reopen.",
         absent={"Maria Weber"}),
    # Coordination of verbs
    Case("coordinated verbs", "Mayor Karen Holt said the river had crested and warned that more rain was coming.",
         {S("Karen Holt"), S("Karen Holt", "warned")}),
    # "said X would accept the ruling and warned against ...": a verb in the simple past does not go
    # on with a clause under "would"; it is the speaker's second act
    Case("a second act after a clause under would", "President Luis Arce said on Tuesday that Bolivia would accept "
         "the ruling and warned against any foreign interference.", {S("Luis Arce", "warned")},
         content="foreign interference", date="2025-03-11"),
    Case("a second act after a clause under would", "Finance Minister Lena Berg said the government would recognise "
         "the union and warned against new strikes.", {S("Lena Berg", "warned")}, content="new strikes"),
    Case("a second act after a clause under would", "Coach Ana Silva said the club would appeal the ban and urged "
         "fans to stay calm.", {S("Ana Silva", "called_for")}, content="stay calm"),
    Case("a second act after a clause under would", "Health Minister Omar Said said the clinics would reopen on "
         "Monday and the nurses would return.", count=1),
    Case("coordinated verbs", "Coach Diego Ramos praised his players and denied that he would resign.",
         {S("Diego Ramos", "denied")}, content="he would resign"),
    # "criticized the ruling, telling reporters that ...": a participle of telling after a verb of
    # another kind adds what the speaker said (telling_participles); "indicating" restates
    Case("a telling participle adds a statement", "Finance Minister Ana Lopez criticized the ruling on Monday, "
         "telling reporters that it would hurt growth.", {S("Ana Lopez", "condemned"), S("Ana Lopez", "said")},
         content="the ruling"),
    Case("a telling participle adds a statement", "Foreign Minister Ben Ode dismissed the report, writing on X "
         "that it was fabricated.", {S("Ben Ode", "denied"), S("Ben Ode", "said")}, content="the report"),
    Case("a telling participle adds a statement", "Interior Minister Rosa Bravo rejected the claims on Tuesday, "
         "telling a news conference that the police had acted lawfully.", {S("Rosa Bravo", "denied"),
                                                                          S("Rosa Bravo", "said")}),
    Case("a telling participle adds a statement", "Coach Ana Diaz acknowledged the defeat, indicating that changes "
         "would come.", {S("Ana Diaz", "acknowledged")}, absent={S("Ana Diaz", "said")}),
    Case("coordinated verbs", "Senator Lee Park said the bill was dead, adding that talks would resume in May.",
         {S("Lee Park")}, count=2),
    Case("coordinated verbs", "The Louvre confirmed the theft but declined to say what was taken.",
         {S("Louvre", "confirmed"), S("Louvre", "said", True)}),
    Case("coordinated verbs", "Sara Olsen said the plant would close and the workers would lose their jobs.",
         count=1, absent={S("Sara Olsen", "said", True)}),
    # Definite descriptions pointing back
    Case("definite descriptions", "Volvo recalled 40,000 trucks on Monday. The Swedish carmaker said the brakes could fail.",
         {S("Volvo")}),
    Case("definite descriptions", "Novartis cut its forecast. The company said sales of its heart drug had slowed.",
         {S("Novartis")}),
    Case("definite descriptions", "Judge Ellen Marsh retired on Friday. The 71-year-old said she was proud of her court.",
         {S("Ellen Marsh")}),
    Case("definite descriptions", "Boeing delivered ten jets in May. The company's rivals said demand was strong.",
         absent={S("Boeing")}),
    # A description names the organisation it is part of the name of ("the ministry")
    Case("descriptions named", "The Finance Ministry said tax revenue rose. The IMF welcomed the figures. The ministry "
         "said it would cut spending.", {S("Finance Ministry")}, count=2, absent={"IMF"}),
    Case("descriptions named", "The European Space Agency launched a probe. NASA helped build it. The agency said the "
         "probe was healthy.", {S("European Space Agency")}, absent={"NASA"}),
    Case("descriptions named", "The Bank of Ghana raised rates. Shares in MTN fell. The bank said inflation was too high.",
         {S("Bank of Ghana")}, absent={"MTN"}),
    Case("descriptions named", "The European Space Agency launched a probe. NASA said the launch went well.",
         {S("NASA")}, absent={"European Space Agency"}),
    # "police", "the ministry", "the court": only an institution the article names so
    Case("institutions named", "The Nusantara Capital Authority said investors had signed letters. Walhi accused the "
         "government of clearing mangroves. The authority denied the accusation.",
         {S("Nusantara Capital Authority", "denied")}),
    Case("institutions named", "The Zambia Police Service arrested 12 people. Police said the suspects had stolen "
         "vaccines.", {S("Zambia Police Service")}),
    Case("institutions named", "The Ministry of Health opened clinics. UNICEF sent tents. The ministry said 40 people "
         "had died.", {S("Ministry of Health")}, absent={"UNICEF"}),
    Case("institutions named", "Kenya's Supreme Court heard the case. Amnesty International protested. The court said "
         "the law was valid.", {S("Supreme Court")}, absent={"Amnesty International", "Kenya"}),
    Case("institutions named", "The Capital Region said the systems were down. Staff were tired. The region said on "
         "Wednesday it expected most systems to be restored.", {S("Capital Region")}, count=2),
    Case("institutions named", "Floods hit the Kursk region. The region said it needed help.", count=0),
    Case("institutions named", "A volcano erupted late on Friday, the Icelandic Meteorological Office said. The office "
         "said the fissure was about 3 kilometres long.", {S("Icelandic Meteorological Office")}, count=2),
    Case("institutions named", "The UN Human Rights Office criticised the verdict. The office said the trial was unfair.",
         {S("Office of the High Commissioner for Human Rights")}, content="unfair"),
    Case("institutions named", "The European Commission fined Google. The commission said the company had abused its "
         "position.", {S("European Commission")}, absent={"Google"}),
    Case("institutions named", "Storms hit the coast. The office said roads were closed.", count=0),
    Case("institutions named", "A storm hit the coast. Police said two people died.", count=0),
    Case("institutions named", "UNICEF sent tents. The ministry said 40 people had died.", count=0),
    # Speakers described by their role
    Case("role holders", "Chile's finance minister said copper prices would rise. Finance Minister Mario Soto spoke in Santiago.",
         {S("Mario Soto")}),
    Case("role holders", "Health Minister Nadia Karimi visited the hospital. The health minister said the outbreak was contained.",
         {S("Nadia Karimi")}),
    Case("role holders", "Kenya's foreign minister said the talks would continue.",
         absent={S("Kenya")}),
    Case("role holders", "A spokesman for the World Health Organization said the vaccine was safe.",
         {S("World Health Organization")}),
    # A role and its holder set off by commas, wherever the parser hangs the name
    Case("role, holder", "The bank's chief economist in London, Sara Quinn, said rates would fall.",
         {S("Sara Quinn")}, absent={"London"}),
    Case("role, holder", "UNESCO's envoy to the region, Omar Haddad, warned that the temples were at risk.",
         {S("Omar Haddad", "warned")}),
    Case("role, holder", "The union's leader at the plant, Jan Novak, said workers would strike.", {S("Jan Novak")}),
    Case("role, holder", "Opposition lawmaker Given Lubinda accused the government of lying.",
         {S("Lubinda", "accused")}),
    Case("role, holder", "The lawyer for the family, who sued Mayor Tom Reed, said the case would go on.",
         absent={"Tom Reed"}),
    # A noun describing an organisation, then its name
    Case("descriptor and name", "The chip maker Nvidia said sales had doubled.", {S("Nvidia")}),
    Case("descriptor and name", "The state broadcaster NHK reported that the quake was strong.", {S("NHK", "reported")}),
    Case("descriptor and name", "The rights group Amnesty International condemned the arrests.",
         {S("Amnesty International", "condemned")}),
    Case("descriptor and name", "The carmaker that bought Volvo said it would hire 500 workers.", absent={"Volvo"}),
    Case("descriptor and name", "The UN peacekeeping mission, MONUSCO, said it had sent helicopters.", {S("MONUSCO")},
         absent={"United Nations"}),
    Case("descriptor and name", "The national search and rescue agency, known as Basarnas, said two navy ships had "
         "joined the search.", {S("Basarnas")}),
    Case("descriptor and name", "The country's weather service, known as PAGASA, warned of floods.",
         {S("PAGASA", "warned")}),
    Case("descriptor and name", "The aid group, which works with Oxfam, said the camps were full.", absent={"Oxfam"}),
    # Appositions both ways
    Case("appositions", "Lena Berg, the economy minister, said exports had doubled.", {S("Lena Berg")}),
    Case("appositions", "The economy minister, Lena Berg, said exports had doubled.", {S("Lena Berg")}),
    Case("appositions", '"Exports have doubled," said Lena Berg, a senior economist at the central bank.',
         {S("Lena Berg")}, content="Exports have doubled", excluded="economist"),
    Case("appositions", "Tom Reyes, a friend of Governor Amy Cole, said the governor was tired.",
         absent={S("Amy Cole")}),
    # Attribution frames
    Case("frames: passive and agent", "The merger was first reported by Reuters.", {S("Reuters", "reported")},
         content="merger"),
    Case("frames: passive and agent", "The plan was rejected by the city council on Tuesday.",
         {S("city council", "denied")}),
    Case("frames: passive and agent", "Coach Ana Diaz was quoted as saying that the team was ready.",
         {S("Ana Diaz")}, content="team was ready"),
    Case("frames: passive and agent", "The striker was accused of cheating.", count=0),
    Case("frames: according to", "The dam holds 2 billion litres, according to engineer Paulo Mendes.",
         {S("Paulo Mendes")}, content="dam holds 2 billion litres", excluded="according"),
    Case("frames: according to", "According to the Red Cross, 300 families lost their homes.",
         {S("Red Cross")}, content="300 families"),
    Case("frames: according to", "According to Interpol, the suspect fled to Spain on a false passport.",
         {S("Interpol")}, content="suspect fled to Spain", excluded="According"),
    Case("frames: according to", "According to Interpol, basically.", count=0),
    Case("frames: according to", "The festival drew 80,000 people, according to police.",
         absent={"police"}),
    Case("frames: told reporters", "Airline chief Omar Haddad told reporters that fuel costs had risen.",
         {S("Omar Haddad")}, content="fuel costs had risen", excluded="reporters"),
    Case("frames: told reporters", '"We are not for sale," Omar Haddad told a briefing.', {S("Omar Haddad")},
         content="not for sale"),
    Case("frames: told reporters", "Finance Minister Ida Berg told a news conference that taxes would not rise.",
         {S("Ida Berg")}, content="taxes would not rise", excluded="conference"),
    Case("frames: told reporters", "Mayor Sam Cole told reporters on the steps of city hall.", count=0),
    Case("frames: in a statement", "In a statement, the Norwegian Refugee Council said aid convoys were blocked.",
         {S("Norwegian Refugee Council")}, content="aid convoys were blocked", excluded="statement"),
    Case("frames: in a statement", "In a statement on Monday, Nokia said it would cut 500 jobs.", {S("Nokia")},
         content="cut 500 jobs", excluded="statement"),
    Case("frames: in a statement", "Nokia said in a written statement that it would cut 500 jobs.", {S("Nokia")},
         content="cut 500 jobs", excluded="statement"),
    Case("frames: in a statement", "The statement was read aloud in parliament on Monday.", count=0),
    Case("frames: issued a statement", "Amnesty International issued a statement saying the trial was unfair.",
         {S("Amnesty International")}, content="trial was unfair"),
    Case("frames: issued a statement", "Unicef issued a statement calling for a ceasefire in the region.",
         {S("Unicef", "called_for")}, content="ceasefire"),
    Case("frames: issued a statement", "Toyota released a statement saying the recall was voluntary.",
         {S("Toyota")}, content="recall was voluntary"),
    Case("frames: issued a statement", "The court issued a statement on its website.", count=0),
    Case("frames: post on", "Elon Musk said in a post on X that the launch was delayed.",
         {S("Elon Musk")}, content="launch was delayed", excluded="post"),
    Case("frames: post on", "Volodymyr Zelensky said on Telegram that the attack had been repelled.",
         {S("Volodymyr Zelensky")}, content="attack had been repelled", excluded="Telegram"),
    Case("frames: post on", "In a post on Facebook, the Red Cross said the road to the camp was open.",
         {S("Red Cross")}, content="road to the camp was open", excluded="Facebook"),
    Case("frames: post on", "Elon Musk deleted a post on X about the launch.", count=0),
    Case("frames: documents as sources", "A report by the United Nations said hunger had spread to five regions.",
         {S("United Nations")}),
    Case("frames: documents as sources", "The World Health Organization's statement said the outbreak was over.",
         {S("World Health Organization")}),
    Case("frames: documents as sources", "A report by Human Rights Watch said prisoners had been beaten.",
         {S("Human Rights Watch")}, content="prisoners had been beaten"),
    Case("frames: documents as sources", "The report was published on Monday after a long delay.", count=0),
    Case("frames: reported, citing", "Bloomberg reported, citing officials, that the bank would raise rates.",
         {S("Bloomberg", "reported")}, absent={"officials"}),
    Case("frames: reported, citing", "The Wall Street Journal reported on Sunday, citing people familiar with the "
         "matter, that Apple would buy the firm.", {S("Wall Street Journal", "reported")}, content="Apple would buy"),
    Case("frames: reported, citing", "Yonhap reported the launch, citing the South Korean military.",
         {S("Yonhap", "reported")}, count=1),
    Case("frames: reported, citing", "Reuters reported, citing two sources, that the deal was off.",
         {S("Reuters", "reported")}, content="deal was off"),
    Case("frames: reported, citing", "Bloomberg News reported last week, citing people familiar with the matter, that "
         "officials wanted the bank to buy more bonds.", {S("Bloomberg", "reported")}, content="officials wanted"),
    Case("frames: reported, citing", "The Financial Times reported on Friday, citing two people briefed on the talks, "
         "that the airline planned to sell its stake.", {S("Financial Times", "reported")}, content="airline planned"),
    Case("frames: told reporters", "The minister told the story of her childhood in a speech.", count=0),
    # Nested reports
    Case("nested reports", "Reuters reported that the Finnish Prime Minister Anna Lind said the border would stay closed.",
         {S("Anna Lind")}, reported_by="Reuters"),
    Case("nested reports", "According to the BBC, police chief Mark Dunn said two suspects were arrested.",
         {S("Mark Dunn")}, reported_by="BBC"),
    Case("nested reports", "Yonhap reported that Samsung had denied the claims.",
         {S("Samsung", "denied")}, reported_by="Yonhap"),
    Case("nested reports", "Mayor Jo Ellis said that the governor had denied the claims.",
         absent={S("governor", "denied")}, count=1),
    # Quotes
    Case("quotes continued", '"The storm is over," said Captain Ruth Moss. "But the cleanup will take weeks."',
         {S("Ruth Moss")}, count=2, absent={"Captain"}),
    Case("quotes continued", '"Prices will fall. Everyone will gain," trade envoy Ivan Petrov said.',
         {S("Ivan Petrov")}, content="Prices will fall. Everyone will gain"),
    Case("quotes continued", 'Nurse Maya Cohen spoke at the rally. "We cannot confirm the figures," she said.',
         {S("Maya Cohen", "confirmed", True)}),
    Case("quotes continued", '"I deny every charge," the defendant, Hugo Brandt, told the court.',
         {S("Hugo Brandt", "denied")}),
    Case("quotes continued", '"It was a fair vote," said Rosa Vidal. Her rival disagreed.', count=1),
    # "he" and "she" agree with what the text shows of a person (Mr, Ms, spokeswoman, an earlier "she")
    Case("pronoun gender", "Mrs Ana Silva said the port would reopen. The decision angered Mr Paul Otto. He said the "
         "port was unsafe.", {S("Paul Otto")}, content="unsafe"),
    Case("pronoun gender", "Businesswoman Eva Lind sued the bank, and the bank's chairman, Karl Berg, defended it in "
         "court. She said the loans were illegal.", {S("Eva Lind")}, absent={"Karl Berg"}),
    Case("pronoun gender", "Judge Maria Lopez questioned Mr Tom Hale for an hour. She said the evidence was weak.",
         {S("Maria Lopez")}, absent={"Tom Hale"}),
    Case("pronoun gender", "Mayor Ruth Klein spoke first. Senator Ana Ruiz thanked the crowd, and she said the plan was "
         "unfair.", {S("Ana Ruiz")}, absent={"Ruth Klein"}),
    Case("pronoun gender", "Mr Paul Otto and Mr Jon Dale left the meeting early. She said the vote was rigged.",
         count=0),
    # A paragraph that is only a quote goes on with the previous paragraph's speaker
    Case("quote paragraphs", 'Farmer Tomas Ruiz said the harvest was lost.\n\n"We have nothing left to sell."',
         {S("Tomas Ruiz")}, count=2),
    Case("quote paragraphs", '"The bridge is safe," engineer Lina Park told reporters.\n\n"We tested every cable. '
         'Traffic can return on Monday."', {S("Lina Park")}, count=2),
    Case("quote paragraphs", 'The Prado Museum said on Tuesday that the painting was a fake.\n\n"Our experts found modern '
         'pigments in it."\n\n"We are sorry for the confusion."', {S("Prado Museum")}, count=3, date="2025-03-11"),
    Case("quote paragraphs", 'The pilots\' union said it would strike.\n\n"The offer is an insult."',
         {S("union")}, count=2, known_gap=True),   # "the pilots' union" names no entity
    Case("quote paragraphs", '"The dam held," Governor Eva Lind said.\n\n"We were lucky. The water stopped a metre '
         'short.\n\n"Next year we will raise the wall."', {S("Eva Lind")}, count=3, content="raise the wall"),
    Case("quote paragraphs", 'Rain fell all night in the valley.\n\n"The river is rising fast."', count=0),
    Case("quote paragraphs", 'Lisa Berg, the band\'s singer, said the tour would go on.\n\n"We will win," the crowd chanted.',
         {S("Lisa Berg")}, count=1),
    # Headlines
    Case("headlines", "Apple confirms new plant in Texas\nApple confirmed on Tuesday that it would build a plant in Texas.",
         {S("Apple", "confirmed")}, count=1),
    Case("headlines", "Kenya says drought is over\nKenya said on Monday that the drought was over.", {S("Kenya")}, count=1),
    Case("headlines", "Scotland Yard denies raid on newspaper\nScotland Yard denied on Monday that officers had raided the newspaper.",
         {S("Scotland Yard", "denied")}, count=1),
    Case("headlines", "Ferry sinks off Bali\nA ferry sank off Bali on Monday, witnesses said.", count=0),
    # An outlet's own statement
    Case("outlet statements", "The Jakarta Post said the ferry had sunk near Bali.", {S("Jakarta Post", "reported")},),
    Case("outlet statements", "Reuters said the talks had collapsed.", {S("Reuters", "reported")}),
    Case("outlet statements", "Al Jazeera reported that the border had reopened.", {S("Al Jazeera", "reported")}),
    Case("outlet statements", "The Guardian's editor Kath Viner said the paper would appeal.", absent={S("The Guardian", "reported")}),
    # an outlet that could not verify a claim did not confirm it: it reports nothing
    Case("an outlet could not verify", "Reuters could not independently verify either account.",
         {S("Reuters", "confirmed", True)}, absent={S("Reuters", "reported", True)}),
    Case("an outlet could not verify", "Al Jazeera could not verify the claims made by either side.",
         {S("Al Jazeera", "confirmed", True)}),
    Case("an outlet could not verify", "The Associated Press could not confirm the death toll.",
         {S("Associated Press", "confirmed", True)}),
    Case("an outlet could not verify", "The Associated Press confirmed the death toll with two hospitals.",
         {S("Associated Press", "reported")}, absent={S("Associated Press", "confirmed")}),
    # Verb lexicon: kinds and polarity
    Case("verb kinds", "The Kremlin dismissed the report as fiction.", {S("Kremlin", "denied")}),
    Case("verb kinds", "Nestle rejected claims that its water was unsafe.", {S("Nestle", "denied")}),
    # a court dismissing a proceeding rules; it denies nothing (proceeding_nouns)
    Case("verb kinds", "The Supreme Court dismissed an appeal by the former minister on Monday.",
         absent={S("Supreme Court", "denied")}),
    Case("verb kinds", "A Nairobi court rejected the petition filed by opposition lawmakers.",
         absent={S("Nairobi", "denied")}),
    Case("verb kinds", "Ireland rebuffed the proposal from the European Commission on fishing quotas.", {S("Ireland", "denied")}),
    Case("verb kinds", "Coach Paul Dean admitted that his team had played badly.", {S("Paul Dean", "acknowledged")}),
    Case("verb kinds", "Economist Rita Vance conceded that the forecast was wrong.", {S("Rita Vance", "acknowledged")}),
    Case("verb kinds", "Greenpeace urged the government to ban the pesticide.", {S("Greenpeace", "called_for")}),
    Case("verb kinds", "The Teamsters called on UPS to raise wages.", {S("Teamsters", "called_for")}),
    Case("verb kinds", "Brazil appealed for calm after the vote.", {S("Brazil", "called_for")}),
    Case("verb kinds", "The Bank of England cautioned that inflation could return.", {S("Bank of England", "warned")}),
    Case("verb kinds", "Senator Amy Cole blamed the drought for the high prices.", {S("Amy Cole", "accused")}),
    Case("verb kinds", "France condemned the attack on the embassy.", {S("France", "condemned")}),
    Case("verb kinds", "Japan criticised the decision to resume whaling.", {S("Japan", "condemned")}),
    Case("verb kinds", "Spain slammed the tariffs as unfair.", {S("Spain", "condemned")}),
    Case("verb kinds", "Mayor Ken Ito vowed to rebuild the school.", {S("Ken Ito")}),
    Case("verb kinds", "Egypt pledged to send food aid.", {S("Egypt")}),
    Case("verb kinds", "Coach Lisa Grant insisted that the referee was wrong.", {S("Lisa Grant")}),
    Case("verb kinds", "Samsung announced that it would cut 1,000 jobs.", {S("Samsung")}),
    Case("verb kinds", "Germany did not deny the report.", {S("Germany", "denied", True)}),
    Case("verb kinds", "The farmer praised the rain.", count=0),
    Case("call X a quote", 'Mayor Eva Lind called the plan "reckless" and vowed to fight it.', {S("Eva Lind")},
         content="reckless"),
    Case("call X a quote", 'The Teamsters union called the offer "an insult".', {S("Teamsters")}, content="insult"),
    Case("call X a quote", 'Justice Minister Peter Hummelgaard called the attack "cowardly" and said the government '
         'would not pay criminals.', {S("Peter Hummelgaard")}, content="cowardly"),
    Case("call X a quote", "Coach Ben Ode called the referee after the match.", count=0),
    Case("call for", "The trade union federation Cosatu condemned the increase and called for a national day of "
         "protest.", {S("Cosatu", "called_for")}),
    Case("call for", "Mayor Karen Holt called on Monday for calm.", {S("Karen Holt", "called_for")}),
    Case("call for", "The Teamsters union called for a strike on Friday.", {S("Teamsters", "called_for")}),
    Case("call for", "Nurse Ada Obi called again on the hospital to hire staff.", {S("Ada Obi", "called_for")}),
    Case("call for", "The Teamsters union called a strike for Friday.", count=0),
    Case("call for", "Nurses called for the ward to be reopened.", absent={S("Nurses", "called_for")}, count=0),
    # "called for X to do Y": the parser makes "for" the mark of the infinitive clause
    Case("call for a clause", "Senator Maria Lopez called for the minister to resign.", {S("Maria Lopez", "called_for")},
         content="the minister to resign"),
    Case("call for a clause", "The Red Cross welcomed the truce and called for the roads to be reopened.",
         {S("Red Cross", "called_for")}, content="roads to be reopened"),
    Case("call for a clause", "Greenpeace called for the mine to be closed within a year.",
         {S("Greenpeace", "called_for")}),
    Case("call for a clause", "Mayor Ana Ruiz called the meeting for members to vote on Friday.",
         absent={S("Ana Ruiz", "called_for")}),
    # An organisation named before or after its noun, or in the next sentence of the lede
    Case("organisation nouns", "Former prime minister Arif Malik's PDM party called for protests.",
         {S("PDM", "called_for")}, absent={"Arif Malik"}),
    Case("organisation nouns", "Kenya's main opposition party rejected the results on Thursday. The Orange Democratic "
         "Movement Party said its agents had seen fraud.", {S("Orange Democratic Movement Party", "denied")},
         absent={"Kenya"}),
    Case("organisation nouns", "Peru's ruling party said the vote was clean. The Popular Action Party said it had won.",
         {S("Popular Action Party")}, absent={"Peru"}),
    Case("organisation nouns", "Sofia Lind's campaign said she would not debate.", absent={"Sofia Lind"}),
    # An organisation set off by commas after its noun, wherever the parser hung it
    Case("organisation in apposition", "The UN peacekeeping mission in Congo, MONUSCO, said fighting had resumed.",
         {S("MONUSCO")}, absent={"United Nations"}),
    Case("organisation in apposition", "The country's disaster agency, BNPB, said 12 people were missing.",
         {S("BNPB")}),
    Case("organisation in apposition", "The rescue agency in Aceh province, known as Basarnas, said 12 people were "
         "missing.", {S("Basarnas")}, absent={"Aceh province"}),
    Case("organisation in apposition", "The UN refugee agency said camps were full.", absent={"Aceh"}),
    # A relative clause with a named speaker of its own is the writer's aside, not the outer content
    Case("named aside in a relative clause", "The EU called for Serbia to pull its troops back from the border, where "
         "Kosovo says 2,000 soldiers are deployed.", {S("Kosovo"), S("European Union", "called_for")}),
    Case("named aside in a relative clause", "Norway urged the ship to leave the strait, where Russia says its navy "
         "holds drills.", {S("Russia"), S("Norway", "called_for")}),
    Case("named aside in a relative clause", "Peru said the dam, which the World Bank says will cost $2 billion, "
         "would be built.", {S("World Bank"), S("Peru")}),
    Case("named aside in a relative clause", "Chile said there was little point for Peru to respond now.",
         {S("Chile")}, absent={"Peru"}),
    # "Kenya's government", "the government of Peru": the country
    Case("a country's government", "Kenya's government said on Monday that the drought was over.", {S("Kenya")},
         date="2025-03-10"),
    Case("a country's government", "The government of Peru denied the report.", {S("Peru", "denied")}),
    Case("a country's government", "Brazil's government warned that prices would rise.", {S("Brazil", "warned")}),
    Case("a country's government", "The government's critics in Chile said prices would rise.", absent={"Chile"}),
    # "Nigeria's army", "the Israeli military": the country acts, as its government does; never a
    # person; a service speaking after its country's possessive ("Ukraine's navy said") is that
    # service (kg.entity_missed, ``speaking_services``)
    Case("a country's institution", "Nigeria's army said on Sunday it had killed 30 militants.", {S("Nigeria")},
         date="2025-03-09"),
    Case("a country's institution", "Ukraine's navy said it had sunk a landing ship.", {S("Ukrainian Navy")}),
    Case("a country's institution", "Judge Ana Silva fined the company. The Israeli military said it had struck 40 "
         "targets.", {S("Israel")}, absent={S("Ana Silva")}),
    Case("a country's institution", "The army said it had struck 40 targets.", count=0),
    # "accepted that ...": an admission; "accepted the offer", "will not accept numbers": an act
    Case("accept a clause", "Minister Claire Hart said she had acted in good faith but accepted that her figures were "
         "wrong.", {S("Claire Hart", "acknowledged")}, content="her figures were wrong"),
    Case("accept a clause", "Coach Ben Ode accepted that the team had played badly.", {S("Ben Ode", "acknowledged")}),
    Case("accept a clause", "Volvo accepted that the brakes could fail.", {S("Volvo", "acknowledged")}),
    Case("accept a clause", "Volvo accepted the offer on Monday.", count=0),
    Case("accept a clause", '"We will not accept these numbers," Mayor Ana Ruiz said.',
         absent={S("Ana Ruiz", "acknowledged", True)}),
    # "recognised that ...": an admission; "does not recognise the border": an act of state
    Case("recognise a clause", "Health Minister Ana Ruiz recognised that mistakes had been made in the rollout.",
         {S("Ana Ruiz", "acknowledged")}, content="mistakes had been made"),
    Case("recognise a clause", "Coach Ben Ode recognized that his team had been outplayed.",
         {S("Ben Ode", "acknowledged")}),
    Case("recognise a clause", "Volvo recognised that the recall had come too late.", {S("Volvo", "acknowledged")}),
    Case("recognise a clause", "Japan remains the only G7 nation that does not recognise same-sex unions.", count=0),
    Case("recognise a clause", "The Durand Line, which Kabul has never formally recognised, runs for 2,600 km.",
         count=0),
    # A press service speaks for the body named with it ("the Kremlin press service")
    Case("press service", "The Kremlin press service said the president had met his security council.",
         {S("Kremlin")}, content="the president had met"),
    Case("press service", "The Élysée press service said Macron had spoken to the Brazilian president.",
         {S("Élysée Palace")}),
    Case("press service", "The Vatican press office said the pope had a mild fever.", {S("Vatican")}),
    Case("press service", "The service sector grew by 3 percent in May, officials said.", count=0),
    # "the opposition", "the leadership": a group, not the person last named
    Case("groups are no person", "Opposition leader Kemi Badenoch said the budget was a disaster.",
         {S("Kemi Badenoch")}),
    Case("groups are no person", "The opposition leader, Kemi Badenoch, said the budget was a disaster.",
         {S("Kemi Badenoch")}),
    Case("groups are no person", "Electoral commission head Ana Ruiz said turnout was low. The opposition leader said "
         "the vote was rigged.", {S("Ana Ruiz")}, count=2),
    Case("groups are no person", "Electoral commission head Ana Ruiz said turnout was low. The opposition dismissed "
         "the vote as a sham.", {S("Ana Ruiz")}, absent={S("Ana Ruiz", "denied")}),
    Case("groups are no person", "Coach Ben Ode said the squad was tired. The club's leadership rejected the claim.",
         absent={S("Ben Ode", "denied")}),
    # "going on to say", "continuing to insist": a second act of the frame's speaker; so is a
    # participle of saying that opens the sentence before its speaker
    Case("acts carried by a participle", '"The plan is insane," Senator Lee Park said, going on to say that the country '
         'had spent years fighting racism.', {S("Lee Park")}, count=2),
    Case("acts carried by a participle", "Finance Minister Ana Lopez denied the claims, continuing to insist that the "
         "deal was legal.", {S("Ana Lopez")}, content="the deal was legal"),
    Case("acts carried by a participle", "Insisting that the vote was fair, President Ana Lopez told reporters the "
         "results would stand.", {S("Ana Lopez")}, count=2),
    Case("acts carried by a participle", "Citing officials, Reuters reported that the talks had failed.",
         {S("Reuters", "reported")}, count=1),
    Case("acts carried by a participle", "Coach Ben Ode praised his players, going on to win the title.", count=0),
    # "renewed his call for X", "sounded a call for X to do Y": the subject called for it
    Case("making a call", "Pope Leo renewed his call for a ceasefire in Gaza on Sunday.", {S("Leo", "called_for")},
         content="a ceasefire"),
    Case("making a call", "President Barack Obama sounded a call for the United States to accept more refugees.",
         {S("Barack Obama", "called_for")}, content="to accept more refugees"),
    Case("making a call", "The World Health Organization issued a call for more vaccines.",
         {S("World Health Organization", "called_for")}, content="more vaccines"),
    Case("making a call", "The government of Kenya rejected calls for an inquiry.", absent={S("Kenya", "called_for")}),
    # "X has agreed to buy jets from Y, the manufacturer said": the parser hangs the speaker's
    # phrase on the clause's last noun and joins the verb to the clause's, with no "and" between
    Case("speaker phrase hung on the clause", "Indonesia has agreed to buy 48 fighter jets from Turkish Aerospace, the "
         "state-owned manufacturer said on Thursday.", {S("Turkish Aerospace")}, content="Indonesia has agreed"),
    Case("speaker phrase hung on the clause", "The Philippines has ordered 20 helicopters from Airbus, the European "
         "planemaker said on Tuesday.", {S("Airbus")}, content="20 helicopters"),
    Case("speaker phrase hung on the clause", "Poland has bought 96 Apache helicopters from Boeing, the U.S. planemaker "
         "said on Tuesday.", {S("Boeing")}, content="96 Apache helicopters"),
    Case("speaker phrase hung on the clause", "North Korea has sent 1,500 special forces troops to Russia, South "
         "Korea's National Intelligence Service (NIS) said on Friday.", {S("National Intelligence Service")},
         content="1,500 special forces", date="2025-03-14"),
    Case("speaker phrase hung on the clause", "Iran has sent 300 military advisers to Syria, Israel's Military "
         "Intelligence Directorate (Aman) said on Friday.", {S("Military Intelligence Directorate")},
         content="300 military advisers"),
    Case("speaker phrase hung on the clause", "Kenya bought maize from Zambia, its biggest supplier, and said prices "
         "would fall.", {S("Kenya")}, absent={"Zambia"}),
    # "said in a post on X. It ...": the tokenizer takes "X." for an initial; the sentence ends there
    Case("a sentence ends on X.", "The contract was signed in Ankara, Aselsan said in a post on X. It did not disclose "
         "the value.", {S("Aselsan")}, content="The contract was signed", excluded="disclose"),
    Case("a sentence ends on X.", "The strike is over, union leader Omar Diaz said on X. Talks resume on Monday.",
         {S("Omar Diaz")}, content="The strike is over", excluded="Talks"),
    Case("a sentence ends on X.", '"We will rebuild," Mayor Ana Ruiz wrote on X. Critics called the plan vague.',
         {S("Ana Ruiz")}, content="We will rebuild", excluded="Critics"),
    Case("a sentence ends on X.", "Economist Mary J. Wolfe said the rate would rise.", {S("Mary J. Wolfe")},
         absent={"Mary J."}, content="the rate would rise"),
    # "the centre": the organisation the article names with that word
    Case("the centre named", "The National Hurricane Center said the storm had strengthened. The center warned of "
         "flooding in Florida.", {S("National Hurricane Center", "warned")}),
    Case("the centre named", "The European Centre for Disease Prevention and Control said cases had doubled. The "
         "centre urged travellers to get vaccinated.", {S("European Centre for Disease Prevention and Control",
                                                          "called_for")}),
    Case("the centre named", "The Carter Center said the vote was flawed. The center called for a recount.",
         {S("Carter Center", "called_for")}),
    Case("the centre named", "The Red Cross said the shelter was full. The centre of the city was flooded, the "
         "centre said.", count=1),
    # ", and blamed X" joined by the parser to a verb deep inside what was said
    Case("second act after a deep clause", "Energy Minister Sara Aagesen said the blackout had been caused by surges "
         "that the system could not absorb, and blamed the grid operator.", {S("Sara Aagesen", "accused")},
         content="the grid operator"),
    Case("second act after a deep clause", "Mayor Ana Ruiz said the flood had been caused by rain that the drains "
         "could not carry, and warned that more was coming.", {S("Ana Ruiz", "warned")}),
    Case("second act after a deep clause", "Coach Ben Ode said the defeat was caused by mistakes that the players "
         "could not avoid, and denied that he would resign.", {S("Ben Ode", "denied")}),
    Case("second act after a deep clause", "Coach Ben Ode said the defeat was caused by errors that the players could "
         "not avoid and blamed the board.", absent={S("Ben Ode", "accused")}),
    # A spokesperson with no body named speaks for the organisation just spoken of; "a ministry
    # spokesman" for the ministry the article names
    Case("spokesperson of the body just named", "The Health Ministry announced the ban on Monday. The spokesman said it "
         "would apply to all flavoured vapes.", {S("Health Ministry")}, content="all flavoured vapes", count=2),
    Case("spokesperson of the body just named", "Lufthansa cancelled 300 flights. A spokeswoman said pilots had walked "
         "out at dawn.", {S("Lufthansa")}, content="pilots had walked out"),
    Case("spokesperson of the body just named", "The Ministry of Education closed 40 schools. A ministry spokesman said "
         "the buildings were unsafe.", {S("Ministry of Education")}, content="unsafe"),
    Case("spokesperson of the body just named", "Lufthansa cancelled 300 flights. Passengers waited in Frankfurt. "
         "Chile said exports would fall. A spokeswoman said the talks were over.", absent={"Lufthansa"}),
    Case("spokesperson of the body just named", "Nestle said it had not agreed to any deal. A Danone spokesperson said "
         "the company did not comment on speculation.", count=1),
    # A spokesperson of "the company", professionals "at" a firm: the organisation
    Case("speak for an organisation", "Marlowe Systems denied any wrongdoing. A company spokeswoman said on Sunday that "
         "it had followed every rule.", {S("Marlowe Systems")}, count=2),
    Case("speak for an organisation", "Economists at Nomura said in a note that they expected a hike in July.",
         {S("Nomura")}),
    Case("speak for an organisation", "Analysts at Goldman Sachs wrote in a note that the bid was likely.",
         {S("Goldman Sachs")}),
    Case("speak for an organisation", "Economists said the economy would slow.", count=0),
    # A newspaper named beside its noun is an outlet: what it says is reported
    Case("outlets by their noun", "The newspaper Le Monde said the minister would resign.", {S("Le Monde", "reported")}),
    Case("outlets by their noun", "The broadcaster NHK said the quake was felt in Tokyo.", {S("NHK", "reported")}),
    Case("outlets by their noun", "The French daily Le Figaro said the talks had failed.",
         {S("Le Figaro", "reported")}),
    Case("outlets by their noun", "The newspaper Clarin reported on Thursday that the bank would stop buying dollars.",
         {S("Clarin", "reported")}, date="2025-03-13"),
    Case("outlets by their noun", "The Climate Observatory, a network of environmental groups, said the savanna was "
         "still being cleared.", {S("Climate Observatory")}, absent={S("Climate Observatory", "reported")}),
    Case("outlets by their noun", "Mayor Ana Ruiz told the newspaper Le Monde that the talks had failed.",
         {S("Ana Ruiz")}, absent={"Le Monde"}),
    Case("outlets by their noun", "The quake damaged 40 homes, the state news agency Agence Kampuchea Presse said.",
         {S("Agence Kampuchea Presse", "reported")}),
    Case("outlets by their noun", "Iran's semi-official Tasnim news agency said the drone had been shot down.",
         {S("Tasnim", "reported")}),
    Case("outlets by their noun", "The country's official news agency, Petra, said the king had approved the cabinet.",
         {S("Petra", "reported")}),
    Case("outlets by their noun", "The state statistics agency Rosstat said inflation had slowed in March.",
         {S("Rosstat")}, absent={S("Rosstat", "reported")}),
    # A speaker the parser hung on the first verb of "X did A, and the group, Y, accused ..."
    Case("subject hung elsewhere", "About 300 fans protested outside the stadium, and the supporters' group, Juventude "
         "Leonina, accused the board of greed.", {S("Juventude Leonina", "accused")}),
    Case("subject hung elsewhere", "About 200 workers protested outside the plant on Friday evening, and the workers' "
         "union, Unite, accused the company of lying.", {S("Unite", "accused")}),
    Case("subject hung elsewhere", "About 500 residents marched through the town on Sunday, and the residents' "
         "association, Save Our Streets, warned that the road would flood.", {S("Save Our Streets", "warned")}),
    Case("subject hung elsewhere", "Fans protested outside the stadium, and the club said the match would go ahead.",
         absent={"club"}),
    # A verb of saying only with a clause, without one, frames nothing below it
    Case("acts are no frames", "Donald Trump attacked the candidates for accepting donations, which he said came "
         "with favours.", {S("Donald Trump")}, content="came with favours"),
    Case("acts are no frames", "Mayor Ana Ruiz wrote a letter to the council, which she said was ignored.",
         {S("Ana Ruiz")}, content="was ignored"),
    Case("acts are no frames", "Coach Ben Ode accepted the award, which he said belonged to his players.",
         {S("Ben Ode")}, content="belonged to his players"),
    Case("acts are no frames", "Coach Ben Ode accepted the award.", count=0),
    # "the company", "the firm": a business, never a public body named as one
    Case("business descriptions", "ShopNova said it would work with the Commission. The company said it had removed "
         "40,000 listings.", {S("ShopNova")}, count=2, absent={"Commission"}),
    Case("business descriptions", "Volvo met the Transport Ministry on Monday. The carmaker said the recall was "
         "voluntary.", {S("Volvo")}, absent={"Transport Ministry"}),
    Case("business descriptions", "Ryanair complained to the European Commission. The airline said fees were too high.",
         {S("Ryanair")}, absent={"European Commission"}),
    Case("business descriptions", "Ryanair complained to the European Commission. The agency said fees were fair.",
         {S("European Commission")}, absent={"Ryanair"}),
    # Observers, prosecutors: the organisation they speak for
    Case("speak for an organisation", "Observers from the European Union and the African Union said the vote was "
         "peaceful.", {S("European Union"), S("African Union")}),
    Case("speak for an organisation", "The Federal Prosecutor's Office charged him on Monday. Prosecutors said he had "
         "hidden $2 million.", {S("Federal Prosecutor's Office")}),
    Case("speak for an organisation", "Prosecutors at the State Prosecutor's Office accused the mayor of fraud.",
         {S("State Prosecutor's Office", "accused")}),
    Case("speak for an organisation", "Prosecutors said the mayor had hidden $2 million.", count=0),
    # A description after the clause it closes is the clause's subject, before a nearer name
    Case("description after the clause", "FIFA banned the coach for a year after a World Cup qualifier against Chile, "
         "the governing body said.", {S("FIFA")}, absent={"Chile"}),
    Case("description after the clause", "Nokia cut 2,000 jobs after a contract with Vodafone ended, the company said.",
         {S("Nokia")}, absent={"Vodafone"}),
    Case("description after the clause", "Samsung recalled 5,000 phones made with batteries from LG Chem, the company "
         "said.", {S("Samsung")}, absent={"LG Chem"}),
    Case("description after the clause", "Nokia cut 2,000 jobs. Vodafone said it would hire some of them.",
         {S("Vodafone")}, absent={"Nokia"}),
    # "declined to comment when asked": the circumstance is not what was said
    Case("refusals without content", "President Lula declined to comment on the case when asked during a visit to "
         "Recife.", count=0),
    Case("refusals without content", "The club declined to comment when contacted by Reuters.", count=0),
    Case("refusals without content", "Mayor Ana Ruiz declined to say when asked whether she would run.",
         count=0),
    Case("refusals without content", "The Louvre declined to say what was taken.", {S("Louvre", "said", True)}),
    # A reported clause the parser hung as a circumstance ("said after the vote she would ...")
    Case("clause after a circumstance", "Minister Nicole Kraut said on Wednesday evening, after meeting union leaders, "
         "that the state was ready to help.", {S("Nicole Kraut")}, content="the state was ready", excluded="meeting",
         date="2025-03-12"),
    Case("clause after a circumstance", "The Handelsblatt newspaper had reported earlier this week, citing people "
         "familiar with the matter, that the company was in talks.", {S("Handelsblatt", "reported")},
         content="the company was in talks", excluded="citing"),
    Case("clause after a circumstance", "Senator Ana Ruiz said after the vote she would not accept the mayor's offer if "
         "it were repeated.", {S("Ana Ruiz")}, content="she would not accept"),
    Case("clause after a circumstance", "Coach Ben Ode said after the final he would not renew his contract unless the "
         "club paid more.", {S("Ben Ode")}, content="he would not renew"),
    Case("clause after a circumstance", "Trader Ken Mori said after the crash he would not buy shares if prices kept "
         "falling.", {S("Ken Mori")}, content="he would not buy shares"),
    Case("clause after a circumstance", "Senator Ana Ruiz confirmed her resignation when the results came in.",
         {S("Ana Ruiz", "confirmed")}, content="her resignation", excluded="results"),
    # A clause said first, closed by its speaker after a comma, whatever the parser made of it
    Case("speaker after the clause", "Rivers burst their banks overnight on Thursday in the Uvira territory, sweeping "
         "away homes in the villages of Kiliba and Sange on the shores of Lake Tanganyika, provincial governor Jean "
         "Kabila told Reuters by phone.", {S("Jean Kabila")}, content="Rivers burst their banks", excluded="Kabila"),
    Case("speaker after the clause", "Mudslides buried roads overnight on Friday in the Rumphi district, sweeping away "
         "bridges in the villages of Chiweta and Uliwa on the shores of Lake Malawi, district commissioner Grace Banda "
         "told AFP by phone.", {S("Grace Banda")}, content="Mudslides buried roads", excluded="Banda"),
    Case("speaker after the clause", "The recall covers some 2022 and 2023 Tundra pickups and Lexus LX sport utility "
         "vehicles, Toyota said in a filing with regulators.", {S("Toyota")}, content="Tundra pickups",
         absent={"Lexus"}),
    Case("speaker after the clause", "Prices rose sharply, and Lena Holt left the room.", count=0),
    Case("speaker after the clause", "In Lagos last week, Lena Holt said.", count=0),
    # A verb's own preposition leads what was said ("admitted to")
    Case("admit to", "In 2024, Toyota, Honda and Mazda admitted to irregularities in certification tests.",
         {S("Toyota", "acknowledged"), S("Honda", "acknowledged"), S("Mazda", "acknowledged")}),
    Case("admit to", "The former minister admitted to lying under oath. Peter Lang admitted to taking bribes.",
         {S("Peter Lang", "acknowledged")}, content="taking bribes"),
    Case("admit to", "Coach Ben Ode admitted to reporters that the team had played badly.",
         {S("Ben Ode", "acknowledged")}, content="the team had played badly"),
    Case("admit to", "Coach Ben Ode said to reporters that the team was tired.", {S("Ben Ode")}, excluded="reporters",
         absent={S("Ben Ode", "acknowledged")}),
    # "neither confirmed nor denied": both acts are negated; "did not confirm or deny" too (the
    # second verb shares the negation and what the first says); with "and" the second is an act of its own
    Case("neither confirmed nor denied", "The Kenyan army neither confirmed nor denied that its troops had crossed the "
         "border.", {S("Kenya", "confirmed", True), S("Kenya", "denied", True)}, content="troops had crossed",
         absent={S("Kenya", "denied"), S("Kenya", "confirmed")}),
    Case("neither confirmed nor denied", "Asked about the reports, Minister Ana Lopez neither confirmed nor denied them.",
         {S("Ana Lopez", "confirmed", True), S("Ana Lopez", "denied", True)}),
    Case("neither confirmed nor denied", "Shell did not confirm or deny that it would sell the refinery.",
         {S("Shell", "confirmed", True), S("Shell", "denied", True)}, content="sell the refinery"),
    Case("neither confirmed nor denied", "Peru did not confirm the toll and said rescuers were still searching.",
         {S("Peru", "confirmed", True), S("Peru")}, absent={S("Peru", "said", True)}),
    # A frame whose subject is the speaker's own office or a document relays the statement
    Case("relayed by an office or a document", "Foreign Minister Ayman Safadi called on Wednesday for a ceasefire, his "
         "ministry said.", {S("Ayman Safadi", "called_for")}, date="2025-03-12"),
    Case("relayed by an office or a document", "The Council of Governors said it needed funds. Its chairman, Anne "
         "Waiguru, called on the Treasury to release them.", {S("Anne Waiguru", "called_for")}),
    Case("relayed by an office or a document", "Minister Jean Barrot told his Egyptian counterpart that France was "
         "ready to help, the statement said.", {S("Jean Barrot")}, content="France was ready to help"),
    Case("relayed by an office or a document", "Economy Minister Robert Habeck's office said the government was "
         "following the talks closely.", {S("Robert Habeck")}),
    Case("relayed by an office or a document", "Mayor Jo Ellis said that the governor had denied the claims, her "
         "spokesman said.", absent={S("governor", "denied")}),
    Case("relayed by an office or a document", "Foreign Minister Badr Abdelatty called for an end to the war during a "
         "meeting in Tehran on Saturday, the foreign ministry said in a statement.",
         {S("Badr Abdelatty", "called_for")}, date="2025-03-08"),
    Case("relayed by an office or a document", "President Emmanuel Macron has not spoken about the vote. His office "
         "said on Monday that he had full confidence in the prime minister.", {S("Emmanuel Macron")},
         date="2025-03-10"),
    Case("relayed by an office or a document", "The U.S. State Department said in a statement that Washington had "
         "denied Mexico's request.", absent={S("United States", "denied")}),
    # "X was concerned ... and urged ..., his spokesman told reporters on Tuesday": the principal's
    # second verb is the principal's, on the day the spokesman spoke
    Case("relayed by a spokesperson", "UN chief Antonio Guterres was alarmed by the fighting and urged both sides to "
         "return to talks, his spokesman Stephane Dujarric told reporters on Tuesday.",
         {S("Antonio Guterres", "called_for")}, absent={S("Stephane Dujarric", "called_for")}, date="2025-03-11"),
    Case("relayed by a spokesperson", "Pope Leo was saddened by the deaths and called for prayers for the victims, "
         "his spokesman Matteo Bruni said on Sunday.", {S("Leo", "called_for")}, date="2025-03-09"),
    Case("relayed by a spokesperson", "President Ana Diaz condemned the attack on the convoy, her spokeswoman Lia "
         "Moura told reporters on Thursday.", {S("Ana Diaz", "condemned")}, date="2025-03-13"),
    Case("relayed by a spokesperson", 'UN chief Antonio Guterres "strongly condemns" the attack on the convoy, his '
         'spokesman said.', {S("Antonio Guterres", "condemned")}, content="the attack on the convoy"),
    Case("relayed by a spokesperson", 'President Ana Diaz "firmly rejects" the report, her office said on Monday.',
         {S("Ana Diaz", "denied")}, content="the report", date="2025-03-10"),
    Case("relayed by a spokesperson", '"Guterres strongly condemns the attack," his spokesman said.',
         absent={S("Antonio Guterres", "condemned"), S("Guterres", "condemned")}),
    Case("relayed by a spokesperson", "Nurse Ana Diaz told reporters that the clinic was closed and warned that "
         "vaccines were running out.", {S("Ana Diaz", "warned")}, absent={S("clinic", "warned")}),
    Case("relayed by a spokesperson", "UN aid chief Ana Diaz said Sudan was facing famine and warned that aid "
         "could not reach El Fasher.", {S("Ana Diaz", "warned")}, absent={S("Sudan", "warned")}),
    Case("relayed by an office or a document", "The appeals panel said Tomas Varga had failed to explain the result.",
         absent={"Tomas Varga"}),
    # "X said it would ...": "it" in what a named organisation said is that organisation
    Case("it in what was said", "IG Metall said it would resist the plan, accusing management of greed.",
         {S("IG Metall"), S("IG Metall", "accused")}),
    Case("it in what was said", "Toyota said it would cut prices, blaming weak demand.",
         {S("Toyota"), S("Toyota", "accused")}),
    Case("it in what was said", "Kenya said it would reopen the border, warning traders to register.",
         {S("Kenya"), S("Kenya", "warned")}),
    Case("it in what was said", "Russia, it said, has relied on North Korea for shells.", absent={"Russia"}),
    Case("it in what was said", "The Houthi movement in Yemen, which has attacked ships it says are linked to Israel, "
         "said on Saturday that it had targeted a tanker.", {S("Houthis")}, absent={"Yemen", "Israel"}),
    # A concession in the speaker's own words is a statement of its own, wherever the parser hung it
    Case("a concession of the speaker's", "Foreign Affairs Secretary Korir Singoei said on Thursday that Kenya had no "
         "role in the arrest, though he acknowledged that it had happened in Nairobi.",
         {S("Korir Singoei", "acknowledged"), S("Korir Singoei")}, content="it had happened in Nairobi",
         date="2025-03-13"),
    Case("a concession of the speaker's", "Coach Ben Ode said the team had played well, although he conceded that the "
         "defence was weak.", {S("Ben Ode", "acknowledged")}, content="the defence was weak"),
    Case("a concession of the speaker's", "Senator Lee Park said the bill was dead, though she admitted that some "
         "colleagues disagreed.", {S("Lee Park", "acknowledged")}),
    Case("a concession of the speaker's", "Senator Lee Park said the bill was dead after she denied the claims.",
         absent={S("Lee Park", "denied")}),
    # A refusal to confirm or deny that the speaker tells of themselves is their own act
    Case("own refusal", "Shinwa Motors denied the report. A company spokesman said he could not confirm it.",
         {S("Shinwa Motors", "confirmed", True)}),
    Case("own refusal", "The Kremlin said it could not confirm the number of casualties.",
         {S("Kremlin", "confirmed", True)}, content="the number of casualties"),
    Case("own refusal", "Coach Ben Ode said he would not deny the rumours.", {S("Ben Ode", "denied", True)}),
    Case("own refusal", "Coach Ben Ode said he would not appeal the ban.", absent={S("Ben Ode", "called_for", True)}),
    Case("own refusal", "Mayor Jo Ellis said the governor could not confirm the figures.",
         absent={S("Jo Ellis", "confirmed", True)}),
    # "stopped short of confirming": a refusal through an adverb ("short of") on a negating verb
    Case("stopped short of", "Foreign Minister Ana Lopez stopped short of confirming the deal on Friday.",
         {S("Ana Lopez", "confirmed", True)}, content="the deal"),
    Case("stopped short of", "Defence Minister Ben Ode stopped short of denying the report.",
         {S("Ben Ode", "denied", True)}),
    Case("stopped short of", "Coach Ana Diaz stopped short of blaming the referee for the defeat.",
         {S("Ana Diaz", "accused", True)}),
    Case("stopped short of", "Ana Lopez stopped the car short of the border.", count=0),
    # A country's missions abroad speak as the country
    Case("a country's missions", "Japan's embassy said it was seriously concerned.", {S("Japan")}),
    Case("a country's missions", "The Indian embassy in Kabul said on Monday that all staff were safe.",
         {S("India")}, date="2025-03-10"),
    Case("a country's missions", "Canada's consulate in Hong Kong denied the report.", {S("Canada", "denied")}),
    Case("a country's missions", "Protesters outside the embassy said they would stay.", count=0),
    # "X, asked about Y, said": a participle set off after the speaker, made a clause by the parser
    # a verb the parser left with no subject after a phrase it hung on the place before: that
    # phrase is the speaker ("Hours earlier in Seoul, South Korea's spy agency told MPs ...")
    Case("a speaker the parser left stranded", "Hours earlier in Seoul, South Korea's National Intelligence "
         "Service told MPs that troops had moved.", {S("National Intelligence Service")}, absent={"South Korea"}),
    Case("a speaker the parser left stranded", "Earlier in Nairobi, Kenya's Central Bank told lenders that rates "
         "would stay high.", {S("Central Bank")}, absent={"Kenya"}),
    Case("a speaker the parser left stranded", "Later in Tokyo, Japan's Defence Ministry told reporters that two "
         "drones had crossed the border.", {S("Defence Ministry")}, absent={"Japan"}),
    Case("a speaker the parser left stranded", "Hours earlier in Seoul, South Korea's National Intelligence "
         "Service briefed MPs on the troops.", count=0),
    Case("speaker before an aside", "Prime Minister Ana Lopez, asked about the strike during a visit to Cusco, said the "
         "government was listening.", {S("Ana Lopez")}, content="the government was listening"),
    Case("speaker before an aside", "Coach Ben Ode, elected in 2020, said the club would not sell its stadium.",
         {S("Ben Ode")}, content="the club would not sell"),
    Case("speaker before an aside", "Senator Lee Park, speaking after the vote, said the bill was dead.",
         {S("Lee Park")}, content="the bill was dead"),
    Case("speaker before an aside", "The plan, approved last year, failed, Mayor Ana Ruiz said.", {S("Ana Ruiz")},
         absent={"plan"}, count=1),
    # A description opening a story ("Kenya's drug regulator denied ...") is the organisation that is
    # the next sentence's subject, when none was named before
    Case("description named in the next sentence", "Kenya's drug regulator on Tuesday denied that it had approved the "
         "vaccine. The Pharmacy and Poisons Board said the trial was still under way.",
         {S("Poisons Board", "denied")}, date="2025-03-11"),
    Case("description named in the next sentence", "Brazil's aviation regulator said on Monday that the runway was "
         "safe. The National Civil Aviation Agency said inspectors had checked it.",
         {S("National Civil Aviation Agency")}, count=2),
    Case("description named in the next sentence", "Ghana's oil regulator warned of fuel shortages. The Petroleum "
         "Commission said imports would rise.", {S("Petroleum Commission", "warned")}),
    Case("description named in the next sentence", "Peru's mining regulator said on Tuesday that the mine would close.",
         count=0),
    # Work in progress and refusals
    Case("work in progress", "The Interior Ministry is verifying the reports.", count=0),
    Case("work in progress", "The Pentagon said it was looking into the claims.", absent={S("Pentagon", "confirmed")}),
    Case("work in progress", "Interpol could not immediately confirm the number of victims.",
         {S("Interpol", "confirmed", True)}),
    Case("work in progress", "Canada could not immediately confirm the report.", {S("Canada", "confirmed", True)}),
    Case("work in progress", "Officials in Peru were trying to confirm the death toll.", count=0),
    Case("work in progress", "Johns Hopkins Hospital confirmed that two patients had died.", {S("Johns Hopkins Hospital", "confirmed")},),
    # Not statements
    Case("not statements: bylines", "By Jane Doe, AP\nThe harvest was poor this year, farmers said.", absent={"Jane Doe"}),
    Case("not statements: bylines", "By Jane Doe, AP\nKenya said on Monday that the drought was over.",
         {S("Kenya")}, absent={"Jane Doe"}),
    Case("not statements: bylines", "Photo: John Smith/Reuters\nChile said on Monday that the mine would reopen.",
         {S("Chile")}, absent={"John Smith"}),
    Case("not statements: bylines", "Kenya confirmed the vaccine deal with Pfizer on Monday after weeks of talks.\nTom Hill contributed reporting from Nairobi.",
         {S("Kenya", "confirmed")}, absent={"Tom Hill"}),
    Case("not statements: bylines", "The harvest was poor.\nTom Hill and Ana Ruiz contributed reporting.", count=0),
    Case("not statements: bylines", "The harvest was poor.\nTom Hill reported from Nairobi.", count=0),
    Case("not statements: questions", "Did Chile confirm the deal?", count=0),
    Case("not statements: questions", "Will Norway deny the claims?", count=0),
    Case("not statements: questions", 'Chile confirmed the deal. "Why wait?" asked trade minister Luis Vera.',
         {S("Chile", "confirmed")}, count=1),
    Case("not statements: questions", "Did Chile confirm the deal? It did: Chile confirmed the deal on Monday.",
         {S("Chile", "confirmed")}, count=1),
    Case("not statements: questions", "Asked whether the plant would close, Mary Barra said it would not.",
         {S("Mary Barra")}),
    Case("not statements: hypothetical", "Greece would deny any such plan.", count=0),
    Case("not statements: hypothetical", "Poland plans to announce the results next week.", count=0),
    Case("not statements: hypothetical", "If Mexico confirms the order, the plant will open.", count=0),
    Case("not statements: hypothetical", "Mexico confirmed the order, so the plant will open.", {S("Mexico", "confirmed")}),
    Case("not statements: hypothetical", "Greece denied any such plan on Tuesday.", {S("Greece", "denied")}),
    Case("not statements: hypothetical", "Poland announced the results on Monday.", {S("Poland")}),
    Case("not statements: other headlines",
         "Ski resorts in the Alps opened early this year after heavy snow.\n\nRelated Stories\n"
         "Brazil says it will host climate summit\nChina confirms new rail link to Laos\n", count=0),
    Case("not statements: other headlines",
         "Kenya said on Monday that the drought was over.\n\nRelated Stories\nBrazil says it will host climate summit\n",
         {S("Kenya")}, absent={"Brazil"}),
    Case("not statements: other headlines",
         "Norway confirmed the sale of the jets.\n\nMore from World\nChile denies spying claims\nPeru says vote is fair\n",
         {S("Norway", "confirmed")}, absent={"Chile", "Peru"}),
    Case("not statements: other headlines",
         "Japan warned that the typhoon would hit Osaka.\n\nRead more\nKorea slams tariff plan\nIndia urges calm\n",
         {S("Japan", "warned")}, absent={"Korea", "India"}),
    Case("content excludes circumstances", '"The deal is done," Mayor Ana Cruz said in a phone interview.',
         {S("Ana Cruz")}, content="The deal is done", excluded="interview"),
    Case("content excludes circumstances", '"We will win," said Coach Ben Ode as fans cheered outside.',
         {S("Ben Ode")}, content="We will win", excluded="fans"),
    Case("content excludes circumstances", "Chef Rosa Lima said on Monday that prices had doubled.",
         {S("Rosa Lima")}, content="prices had doubled", excluded="Monday"),
    Case("content excludes circumstances", "Reporter Dan Frey said.", count=0),
    # "Her ministry said": the organisation of the person "her" points to, named by the noun and
    # the words of their role
    Case("her ministry", "Finance Minister Ana Ruiz said the deficit would shrink. Her ministry said in a statement "
         "that taxes would not rise. The Ministry of Finance publishes its data in May.",
         {S("Ministry of Finance")}, content="taxes would not rise"),
    Case("her ministry", "Labour leader Tom Reid said wages must rise. His party said it would vote against the "
         "budget. The Labour Party has 40 seats.", {S("Labour Party")}, content="vote against"),
    Case("her ministry", "Health Minister Omar Said said the clinics would reopen. His ministry said staff would "
         "return on Monday. The Ministry of Health employs 9,000 nurses.", {S("Ministry of Health")}),
    Case("her ministry", "Finance Minister Ana Ruiz said the deficit would shrink. Her ministry said taxes would not "
         "rise.", absent={"Ana Ruiz's ministry"}, count=1),
    # a story that opens on a role names its holder in the quote that follows
    Case("delayed identification", "Japan's top currency diplomat said on Wednesday the yen was falling too fast.\n\n"
         '"We are deeply concerned," Atsushi Mimura, vice finance minister, told reporters.',
         {S("Atsushi Mimura")}, absent={"Japan's top currency diplomat"}, date="2025-03-12"),
    Case("delayed identification", "Nigeria's top diplomat said on Monday the embassy would reopen.\n\n"
         '"Our staff are safe," Foreign Minister Yusuf Tuggar told a news conference.',
         {S("Yusuf Tuggar")}, absent={"Nigeria's top diplomat"}),
    Case("delayed identification", "Brazil's central bank chief said rates would stay high.\n\n"
         '"Inflation is still too high," Gabriel Galipolo said at an event in Sao Paulo.',
         {S("Gabriel Galipolo")}, absent={"Brazil's central bank chief"}),
    Case("delayed identification", "Kenya's foreign minister said on Monday the talks had failed.\n\n"
         "Opposition leader Raila Odinga said the government had lied.",
         {S("Raila Odinga"), S("Kenya's foreign minister")}, count=2),
    # what was said hung by the parser on a noun before "that"
    Case("that-clause on a noun", "Treasury Secretary Ana Ruiz said on Tuesday local time that the dollar was strong.",
         {S("Ana Ruiz")}, content="the dollar was strong"),
    Case("that-clause on a noun", "Commission spokesman Olof Gill told the daily midday briefing that the measure "
         "complied with trade rules.", {S("Olof Gill")}, content="the measure complied"),
    Case("that-clause on a noun", "White House press secretary Karoline Leavitt clarified on Saturday local time that "
         "the fee would apply only to new applicants.", {S("Karoline Leavitt")}, content="new applicants"),
    Case("that-clause on a noun", "He responded then the same way that we must respond now.", count=0),
    # analysts named with their firm before them; a think tank described so
    Case("firm's analysts", "JPMorgan analysts said in a note that the result reduced the risk of a devaluation.",
         {S("JPMorgan")}, content="reduced the risk"),
    Case("firm's analysts", "Goldman Sachs economists said inflation would peak in May.", {S("Goldman Sachs")}),
    Case("firm's analysts", "The Resolution Foundation thinktank estimated that 250,000 people would fall into "
         "poverty.", {S("Resolution Foundation")}),
    Case("firm's analysts", "Economists said inflation would peak in May.", count=0),
    # "adding that" hung by the parser on what the speaker said is the speaker's
    Case("adding inside the clause", 'President Lee Jae Myung said the government would take "practical steps" to '
         'ease tension, adding that dialogue was the only way.', {S("Lee Jae Myung")}, count=2,
         absent={"government"}),
    Case("adding inside the clause", "Mayor Ana Ruiz said the city would close two schools, adding that no teacher "
         "would lose a job.", {S("Ana Ruiz")}, count=2),
    Case("adding inside the clause", "Coach Omar Said said the team would train in Lisbon, adding that the squad "
         "was fit.", {S("Omar Said")}, count=2),
    Case("adding inside the clause", "Mayor Ana Ruiz said the firm kept growing, adding staff in Lisbon.",
         {S("Ana Ruiz")}, count=1),
    # "the unification ministry" is no ministry named otherwise
    Case("description's own nouns", "The Defense Ministry said the drills would go ahead. The unification ministry "
         "said it had no plan to resume aid.", {S("Defense Ministry")}, content="drills", count=1),
    Case("description's own nouns", "The Ministry of Health said 40 clinics had closed. The health ministry said "
         "nurses would be hired.", {S("Ministry of Health")}, count=2),
    Case("description's own nouns", "The Ministry of Foreign Affairs said talks would resume. The defence ministry "
         "said troops stayed.", {S("Ministry of Foreign Affairs")}, count=1),
    Case("description's own nouns", "Japan's Ministry of Defense said a drone crossed the line. The defense ministry "
         "said jets were scrambled.", {S("Ministry of Defense")}, count=2),
    # "..., a claim the police denied": the writer's aside on what another speaker made of the clause
    Case("a claim another denied", "Activists said 40 people had died in the clashes, a figure the Health Ministry "
         "did not confirm.", {S("Health Ministry", "confirmed", True)},
         content="40 people had died"),
    Case("a claim another denied", "The union said 9,000 workers had joined the strike, a claim Nordbank denied.",
         {S("Nordbank", "denied")}, content="9,000 workers had joined the strike"),
    Case("a claim another denied", "Residents said the dam had cracked, an account the Water Authority rejected.",
         {S("Water Authority", "denied")}, content="the dam had cracked"),
    Case("a claim another denied", "Finland expelled two Russian diplomats, men it accused of spying.",
         {S("Finland", "accused")}, content="spying", excluded="expelled"),
    # '..., known locally as X, the coast guard said': the speaker closing the clause, though the
    # parser made it an apposition of the name before
    Case("speaker closing an apposition", "No one was hurt in the fire near the port, known locally as Kato Limani, "
         "the Hellenic Fire Service said.", {S("Hellenic Fire Service")}, content="No one was hurt"),
    Case("speaker closing an apposition", "Two miners were injured at the pit, known as Kolwezi North, the state "
         "miner Gecamines said.", {S("Gecamines")}, content="Two miners were injured"),
    Case("speaker closing an apposition", "Royal Air Maroc will buy up to 50 Boeing jets, the Moroccan flag carrier "
         "said on Tuesday.", {S("Royal Air Maroc")}, content="will buy up to 50 Boeing jets"),
    Case("speaker closing an apposition", "Lufthansa's head of human resources, Michael Niggemann, called the strike "
         "unnecessary.", {S("Michael Niggemann")}, count=1),
    # "it" is the organisation or country that acts in the clause above, when none has spoken
    Case("it: the body acting", "The Turkish Foreign Ministry summoned the Greek ambassador on Tuesday. It also "
         "accused Greece of arming the islands.", {S("Turkish Foreign Ministry", "accused")}),
    Case("it: the body acting", "Germany on Tuesday expelled four Russian diplomats it said had planned sabotage.",
         {S("Germany")}, content="planned sabotage"),
    Case("it: the body acting", "Japan sanctioned three companies in China that it accuses of helping Moscow evade "
         "export controls.", {S("Japan", "accused")}),
    Case("it: the body acting", "The ministry said the strikes hit two depots. Russia, it said, has relied on drones.",
         absent={"Russia"}),
    # ", and X said ...": a second statement with a speaker of its own, which the parser hung under the first
    Case("a second statement after ', and'", "Network Rail said on Wednesday that it would run fewer trains, and the "
         "Rail Delivery Group warned that some routes would stay closed.",
         {S("Network Rail"), S("Rail Delivery Group", "warned")}, count=2),
    Case("a second statement after ', and'", "The Cherokee Nation said it had opened a shelter, and the American Red "
         "Cross said about 140 people had spent the night there.",
         {S("Cherokee Nation"), S("American Red Cross")}, count=2),
    Case("a second statement after ', and'", "The US State Department said on Tuesday it was ready to impose "
         "sanctions, and the EU's envoy, Pieter Claes, said Brussels was ready to act.",
         {S("US State Department"), S("Pieter Claes")}, count=2),
    Case("a second statement after ', and'", "The minister said prices had risen, and that wages would follow.",
         count=0),
    # "spokesman Capt. X said": an abbreviated title keeps its full stop (no sentence ends there)
    Case("abbreviated titles", "District commander Col. Brian Ferris told reporters that crews were monitoring the "
         "seepage.", {S("Brian Ferris")}, content="crews were monitoring"),
    Case("abbreviated titles", "Coast guard spokesman Cmdr. Nikolaos Theodorou told reporters that the crew was safe.",
         {S("Nikolaos Theodorou")}, content="the crew was safe"),
    Case("abbreviated titles", "Police spokesman Supt. Ana Ruiz said two men had been arrested.", {S("Ana Ruiz")}),
    Case("abbreviated titles", "He served as a Capt. in the navy for a decade.", count=0),
    # "confirmed ..., saying ...": after a verb of another kind, "saying" is a statement of its own
    Case("saying after another kind", "The Turkish Defence Ministry confirmed on Wednesday that the ships had been "
         "deployed, saying they would stay in international waters.",
         {S("Turkish Defence Ministry", "confirmed"), S("Turkish Defence Ministry")}, count=2, date="2025-03-12"),
    Case("saying after another kind", "Doctors Without Borders warned of a cholera outbreak, saying it had treated 35 "
         "suspected cases.", {S("Doctors Without Borders", "warned"), S("Doctors Without Borders")}, count=2),
    Case("saying after another kind", "The Kremlin condemned the decision, saying Helsinki was choosing confrontation.",
         {S("Kremlin", "condemned"), S("Kremlin")}, count=2),
    Case("saying after another kind", "Mayor Ana Ruiz said the bridge was safe, saying engineers had checked it.",
         {S("Ana Ruiz")}, count=1),
    # "claim" makes a statement with a clause only ("both claim the islands" is a claim to land)
    Case("claim with a clause", "Hamas claimed that its fighters had destroyed two tanks.", {S("Hamas")}),
    Case("claim with a clause", "Vietnam and China both claim the Paracel Islands.", count=0),
    Case("claim with a clause", "China claims almost all of the South China Sea.", count=0),
    # "Solvane denied ..." after "Solvane Therapeutics": the first word of an organisation's name
    # the model left unmarked
    Case("an organisation by its first word", "Solvane Therapeutics won approval in Europe on Thursday. Solvane "
         "denied that it was holding back on price.", {S("Solvane Therapeutics", "denied")}),
    Case("an organisation by its first word", "Nordvik Pharma won approval in Europe on Monday. Nordvik said sales "
         "had doubled.", {S("Nordvik Pharma")}),
    Case("an organisation by its first word", "Brightwater Energy cut 400 jobs on Monday. Brightwater said demand "
         "had fallen.", {S("Brightwater Energy")}),
    Case("an organisation by its first word", "Rail Delivery Group met on Monday. Network Rail said trains would run "
         "on Sunday.", absent={"Rail Delivery Group"}),
]

DATES = [
    # An explicit day beats the dateline and the publication date
    Case("explicit day", "MADRID (AP) - Spain said on March 10 that it would raise pensions.", {S("Spain")},
         date="2025-03-10", date_text="March 10"),
    Case("explicit day", "The Red Cross said on Wednesday that the camp was full.", {S("Red Cross")},
         date="2025-03-12", date_text="Wednesday"),
    Case("explicit day", "Nigeria said last Friday that the vote would be delayed.", {S("Nigeria")}, date="2025-03-07"),
    Case("explicit day", "Peru said the previous day that the mine was closed. It was Thursday.", {S("Peru")},
         date="2025-03-13"),
    Case("explicit day", "Speaking to reporters on Monday, Chile's President Gabriel Boric said exports had grown.",
         {S("Gabriel Boric")}, date="2025-03-10"),
    Case("explicit day", "The World Health Organization said in a statement released on Tuesday that the outbreak was over.",
         {S("World Health Organization")}, date="2025-03-11"),
    Case("explicit day", "Chile said earlier this week that exports fell.", {S("Chile")}, date="none"),
    Case("explicit day", "The Dutch airline KLM said on Monday it would cut 300 jobs.", {S("KLM")}, date="2025-03-10"),
    Case("explicit day", "Chef Rosa Lima said on Tuesday prices would rise.", {S("Rosa Lima")}, date="2025-03-11"),
    Case("explicit day", "Peru denied the report on Monday.", {S("Peru", "denied")}, date="2025-03-10"),
    Case("explicit day", "The Kremlin denied the allegations on Tuesday, calling them absurd.", {S("Kremlin", "denied")},
         date="2025-03-11"),
    Case("explicit day", "Ghana said it would hold talks on Monday with lenders.", {S("Ghana")}, date="none"),
    Case("explicit day", "The Kremlin denied that talks took place on Monday.", {S("Kremlin", "denied")}, date="none"),
    # "did X on DAY, saying Y": the participle says it as the act is done
    Case("day of the act said with", "Bank Indonesia cut its benchmark rate on Wednesday, saying growth was slowing.",
         {S("Bank Indonesia")}, date="2025-03-12"),
    Case("day of the act said with", "Toyota raised its forecast on Tuesday, saying demand for hybrids had surged.",
         {S("Toyota")}, date="2025-03-11"),
    Case("day of the act said with", "Kenya recalled its ambassador on Monday, saying the remarks were an insult.",
         {S("Kenya")}, date="2025-03-10"),
    Case("day of the act said with", "Toyota raised its forecast, saying the plant would reopen on Tuesday.",
         {S("Toyota")}, date="none"),
    # A day the model labels a time ("Wednesday night", "Monday evening") is a day all the same
    Case("day and time of day", "Chairperson Annabel Mwale said on Wednesday night that every sheet had been checked.",
         {S("Annabel Mwale")}, date="2025-03-12"),
    Case("day and time of day", "Former captain Greg Hale told the Nine Network on Monday night that the ban was fair.",
         {S("Greg Hale")}, date="2025-03-10"),
    Case("day and time of day", "A spokesperson for the World Bank said on Thursday evening that the loan was "
         "approved.", {S("World Bank")}, date="2025-03-13"),
    Case("day and time of day", "Economy Minister Luis Caputo wrote on X late Wednesday that inflation was over.",
         {S("Luis Caputo")}, date="2025-03-12"),
    Case("day and time of day", "Chairperson Annabel Mwale told reporters early Tuesday that the count was over.",
         {S("Annabel Mwale")}, date="2025-03-11"),
    Case("day and time of day", "Chairperson Annabel Mwale said the count would end at 10 p.m.", {S("Annabel Mwale")},
         date="none"),
    # Days counted from the story's day or the paper's: "the next day", "a day earlier", "two days ago"
    Case("days counted", "The talks failed on Monday. Foreign Minister Ana Lopez said the next day that they would "
         "resume.", {S("Ana Lopez")}, date="2025-03-11"),
    Case("days counted", "Foreign Minister Ana Lopez said two days ago that the talks had failed.", {S("Ana Lopez")},
         date="2025-03-12"),
    Case("days counted", "The strike began on Tuesday. The union had said a day earlier that it would walk out. "
         "Union leader Omar Diaz said the following day that pay was the issue.", {S("Omar Diaz")},
         date="2025-03-12"),
    Case("days counted", "Foreign Minister Ana Lopez said talks would resume the next day.", {S("Ana Lopez")},
         date="none"),
    # Parts of the paper's day: "this morning", "tonight" (that day), "last night" (the day before)
    Case("parts of the paper's day", "Prime Minister Keir Starmer said last night that the deal was dead.",
         {S("Keir Starmer")}, date="2025-03-13", date_text="last night"),
    Case("parts of the paper's day", "The Chancellor, Rachel Reeves, said this morning that taxes would rise.",
         {S("Rachel Reeves")}, date="2025-03-14"),
    Case("parts of the paper's day", "Health Minister Ana Ruiz said tonight that the clinics would reopen.",
         {S("Ana Ruiz")}, date="2025-03-14"),
    Case("parts of the paper's day", "Health Minister Ana Ruiz said the fire broke out last night.", {S("Ana Ruiz")},
         date="none"),
    # "the same day", "later that day", "hours later": the day the story is at
    Case("the same day", "Workers marched in Lima on Friday. The talks had collapsed on Monday. Foreign Minister Ana "
         "Lopez said the same day that they would resume.", {S("Ana Lopez")}, date="2025-03-10"),
    Case("the same day", "Workers marched in Lima on Friday. The talks had collapsed on Tuesday. Later that day, "
         "Foreign Minister Ana Lopez said they would resume.", {S("Ana Lopez")}, date="2025-03-11"),
    Case("the same day", "Workers marched in Lima on Friday. The talks had collapsed on Wednesday. Foreign Minister "
         "Ana Lopez said hours later that they would resume.", {S("Ana Lopez")}, date="2025-03-12"),
    Case("the same day", "Foreign Minister Ana Lopez said the talks would resume the same day.", {S("Ana Lopez")},
         date="none"),
    Case("the same day", "Vietnam will evacuate 300,000 people on Friday, the government said. Schools closed. The storm had formed on "
         "Tuesday. Vietnam Airlines said it had cancelled 36 flights. Budget carrier Vietjet said the same day that "
         "it had suspended flights.", {S("Vietjet")}, date="none"),
    # Weekdays: the most recent such day on or before the article's date
    Case("weekdays", "Ghana said on Friday that the port had reopened.", {S("Ghana")}, date="2025-03-14"),
    Case("weekdays", "Ghana said on Saturday that the port had reopened.", {S("Ghana")}, date="2025-03-08"),
    Case("weekdays", "Ghana said on Monday that the port had reopened.", {S("Ghana")}, date="2025-03-10"),
    Case("weekdays", "Ghana said the port had reopened.", {S("Ghana")}, date="none", published=None),
    # A day of the reported content or event is not the day of the statement
    Case("content days", "The European Central Bank said the rate cut takes effect on Wednesday.",
         {S("European Central Bank")}, date="none"),
    Case("content days", "Austria said the ministers will meet on Friday.", {S("Austria")}, date="none"),
    Case("content days", "Fiji said that the cyclone struck on Tuesday.", {S("Fiji")}, date="none"),
    Case("content days", "Fiji said on Thursday that the cyclone struck on Tuesday.", {S("Fiji")}, date="2025-03-13"),
    Case("content days", "Austria said on Monday that the ministers will meet on Friday.", {S("Austria")},
         date="2025-03-10"),
    Case("content days", "The European Central Bank said on Thursday the rate cut takes effect on Wednesday.",
         {S("European Central Bank")}, date="2025-03-13"),
    # An act told "a day after" (or "two days before") another is dated from that one's day
    Case("a day after another", "Claudia Sheinbaum said on Tuesday that Mexico would pay, a day after President Donald "
         "Trump accused Mexico of stealing water.", {S("Donald Trump", "accused")}, date="2025-03-10",
         date_text="a day after"),
    Case("a day after another", "The union went on strike on Friday, two days after Finance Minister Ana Lopez denied "
         "the claims.", {S("Ana Lopez", "denied")}, date="2025-03-12"),
    Case("a day after another", "Chile said on Thursday it would leave the talks, a day after Peru rejected its offer.",
         {S("Peru", "denied")}, date="2025-03-12"),
    Case("a day after another", "Chile said it would meet Peru a day after the vote.", {S("Chile")}, date="none"),
    # Days the model leaves untagged: "dated Feb 7", "late Wednesday"
    Case("untagged days", "The Tourism Council of Thailand said in a statement dated Feb 7 that it supported the rules.",
         {S("Tourism Council of Thailand")}, date="2025-02-07"),
    Case("untagged days", "Prime Minister Ana Lopez, asked about the strike during a visit to Cusco last Saturday, "
         "said the government was listening.", {S("Ana Lopez")}, date="2025-03-08"),
    Case("untagged days", "The Red Cross said in a letter dated 3 March that the camp was full.", {S("Red Cross")},
         date="2025-03-03"),
    Case("untagged days", "The Red Cross said the camp may 3 times exceed its capacity.", {S("Red Cross")},
         date="none"),
    # A clause "as" or "when" something else happened shares its day
    Case("a simultaneous clause's day", "In a video posted as police gathered outside his home early on Wednesday, "
         "Mayor Ekrem Imamoglu said he would not give up.", {S("Ekrem Imamoglu")}, date="2025-03-12"),
    Case("a simultaneous clause's day", "Speaking when the results came in on Tuesday, Senator Lee Park said the bill "
         "was dead.", {S("Lee Park")}, date="2025-03-11"),
    Case("a simultaneous clause's day", "As engineers inspected the bridge on Monday, Mayor Ana Ruiz said it was safe.",
         {S("Ana Ruiz")}, date="2025-03-10"),
    Case("a simultaneous clause's day", "Mayor Ana Ruiz said the bridge was closed after engineers inspected it on "
         "Monday.", {S("Ana Ruiz")}, date="none"),
    # A statement with no day of its own takes the day of what its speaker did just before
    Case("day of the speaker's act before", 'President Kenji Arakawa bowed at a news conference in Nagoya on Monday '
         'night. "We betrayed our customers," he said.', {S("Kenji Arakawa")}, date="2025-03-10"),
    Case("day of the speaker's act before", "Foreign Minister Ana Lopez met her Peruvian counterpart on Tuesday. Lopez "
         "said both sides had agreed to reopen the border.", {S("Ana Lopez")}, date="2025-03-11"),
    Case("day of the speaker's act before", "Coach Ben Ode arrived in Lima on Wednesday. He said the team was ready.",
         {S("Ben Ode")}, date="2025-03-12"),
    Case("day of the speaker's act before", "The squad trained in the rain. Fans waited in the square. Coach Ben Ode "
         "arrived in Lima on Wednesday. Captain Rui Costa said the team was ready.", {S("Rui Costa")}, date="none"),
    Case("day of the speaker's act before", "The squad trained in the rain. Fans waited in the square. Coach Ben Ode "
         "arrived in Lima on Wednesday.\n\nHe said the team was ready.", {S("Ben Ode")}, date="none"),
    # "on Wednesday last week": that weekday of the week before the paper's
    Case("a weekday of last week", "The Japan Automobile Manufacturers Association said on Wednesday last week that "
         "its members would review their tests.", {S("Japan Automobile Manufacturers Association")}, date="2025-03-05"),
    Case("a weekday of last week", "Peru said last week on Friday that the mine would close.", {S("Peru")},
         date="2025-03-07"),
    Case("a weekday of last week", "Peru said on Monday of last week that the mine would close.", {S("Peru")},
         date="2025-03-03"),
    Case("a weekday of last week", "Peru said last week that the mine would close.", {S("Peru")}, date="none"),
    # A spokesperson speaks with the voice of the body named with their role, or of the body that
    # spoke just before when the role names none; the first of two sentences of one voice opens
    # what the dated second tells
    Case("one voice, one day", 'The Kremlin on Thursday criticised the decision. "This leads nowhere," Kremlin '
         'spokesman Dmitry Peskov told journalists.', {S("Dmitry Peskov")}, date="2025-03-13"),
    Case("one voice, one day", "Nestle said on Monday it would close the plant in Girona. A Nestle spokesman, Jan "
         "Vogel, said 300 jobs would go.", {S("Jan Vogel")}, date="2025-03-10"),
    Case("one voice, one day", "The Foreign Office rejected the claim at its weekly briefing. Spokesperson Amir Khan "
         "said on Friday that the crossing would reopen.", {S("Foreign Office", "denied")}, date="2025-03-14"),
    Case("one voice, one day", "Health Minister Ana Ruiz has confirmed that the clinic will close.\n\nRuiz told "
         "reporters on Wednesday that staff would be moved.", {S("Ana Ruiz", "confirmed")}, date="2025-03-12"),
    Case("one voice, one day", "Interior Minister Lars Berg said the border would stay shut. Finance Minister Eva "
         "Holm said on Tuesday that the cost was high.", {S("Lars Berg")}, date="none"),
    Case("one voice, one day", "Peru said on Monday the mine would close. Chile's foreign ministry spokeswoman Ana "
         "Diaz said the talks were over.", {S("Ana Diaz")}, date="none"),
    Case("one voice, one day", "Health Minister Ana Ruiz has confirmed that the clinic will close. Nurses protested "
         "outside. Ruiz told reporters on Wednesday that staff would be moved.", {S("Ana Ruiz", "confirmed")},
         date="none"),
    Case("one voice, one day", "Peru said the mine would close.\n\nMayor Ana Ruiz warned that the pool was too old.\n\n"
         "Ruiz said on Monday that repairs would begin.", {S("Ana Ruiz", "warned")}, count=3, date="none"),
    Case("one voice, one day", "Farmers marched in Osaka. The Health Ministry banned flavoured vapes on Monday. "
         "Ministry spokesman Ken Ito said the ban would apply to all shops.", {S("Ken Ito")}, date="2025-03-10"),
    # A lede's day of an event still to come is not the story's day
    Case("a day to come is no story day", "Nurses will strike on Thursday, the union said.\n\nUnion leader Ana Ruiz "
         "said pay was the issue.", {S("Ana Ruiz")}, date="none"),
    Case("a day to come is no story day", "Nurses went on strike across the country on Thursday.\n\nUnion leader Ana "
         "Ruiz said pay was the issue.", {S("Ana Ruiz")}, date="2025-03-13"),
    Case("a day to come is no story day", "France's prime minister will seek a vote on Monday.\n\nSocialist leader "
         "Olivier Faure said his lawmakers would vote against him.", {S("Olivier Faure")}, date="none"),
    Case("a day to come is no story day", "Ecuador will extend power cuts from Monday, the minister said.\n\nBusiness "
         "leader Pablo Arosemena urged the government to declare an emergency.", {S("Pablo Arosemena", "called_for")},
         date="none"),
    # A day carries only to the same speaker's continuing sentences
    Case("day carries", 'Mayor Ruth Klein said on Tuesday the pool would close. "It is too old," she said.',
         {S("Ruth Klein")}, count=2, date="2025-03-11"),
    Case("day carries", '"The pool is too old," Mayor Ruth Klein said on Tuesday. "We will build a new one."',
         {S("Ruth Klein")}, count=2, date="2025-03-11"),
    Case("day carries", "Mayor Ruth Klein said on Tuesday the pool would close. Engineer Omar Said said the roof leaked.",
         {S("Omar Said")}, date="none"),
    Case("day carries", "Bolivia said on Monday it would sell lithium. It added that prices were low.",
         {S("Bolivia")}, count=2),
    Case("day carries", "Uruguay said on Monday it would sell beef. Paraguay said it would buy some.",
         {S("Paraguay")}, date="none"),
    # days counted from the day the story is at, which the model leaves untagged
    Case("untagged relative days", 'The minister told MPs on Wednesday that the offer was fair. Union leader Mick '
         'Whelan dismissed her comments hours later as "fiction".', {S("Mick Whelan", "denied")}, date="2025-03-12"),
    Case("untagged relative days", "The bank cut rates on Tuesday. Finance Minister Ana Ruiz said hours later that the "
         "cut would help exporters.", {S("Ana Ruiz")}, date="2025-03-11"),
    Case("untagged relative days", "The court ruled on Monday. Defence lawyer Omar Said said the following day that "
         "his client would appeal.", {S("Omar Said")}, date="2025-03-11"),
    Case("untagged relative days", "Union leader Mick Whelan said the talks would resume the next day.",
         {S("Mick Whelan")}, date="none"),
    # "his remarks on Friday, when he said ...": the day of the noun the when-clause hangs on
    Case("the day of a when-clause", "Airbus chief Guillaume Faury spoke to the Financial Times. His comments went "
         "further than Faury's remarks to analysts on Friday, when he said the company was \"cautiously confident\".",
         {S("Guillaume Faury")}, date="2025-03-14", content="cautiously confident"),
    Case("the day of a when-clause", "Mayor Ana Ruiz spoke to reporters. Her tone was harsher than at the rally on "
         "Tuesday, when she said the budget was fair.", {S("Ana Ruiz")}, date="2025-03-11"),
    Case("the day of a when-clause", "Coach Omar Said spoke after the match. He was calmer than at the news conference "
         "on Thursday, when he accused the referees of bias.", {S("Omar Said", "accused")}, date="2025-03-13"),
    Case("the day of a when-clause", "Mayor Ana Ruiz said the budget, which was passed on Tuesday, was fair.",
         {S("Ana Ruiz")}, date="none"),
    # a document's date is the day of what it says ("in a letter dated Nov. 25, X said")
    Case("a dated document", "In a letter dated March 10, the union's leader, Ana Ruiz, said the strike would go ahead.",
         {S("Ana Ruiz")}, date="2025-03-10"),
    Case("a dated document", "In a statement dated 12 March, Nordbank said its profits had fallen by a third.",
         {S("Nordbank")}, date="2025-03-12"),
    Case("a dated document", "In a memo to staff dated March 11, Mayor Tom Hale said the office would move to Leeds.",
         {S("Tom Hale")}, date="2025-03-11"),
    Case("a dated document", "Mayor Tom Hale said a letter dated March 3 had been lost in the post.",
         {S("Tom Hale")}, date="none"),
    # the speaker's act the sentence tells as the occasion of speaking gives its day
    Case("the occasion's day", "Governor Ana Ruiz met flood victims on Wednesday and later told reporters that aid "
         "was coming.", {S("Ana Ruiz")}, date="2025-03-12"),
    Case("the occasion's day", "Foreign Minister Omar Said, who visited Kyiv on Thursday, said the talks had been "
         "useful.", {S("Omar Said")}, date="2025-03-13"),
    Case("the occasion's day", "Prime Minister Lena Berg toured the car plant on Tuesday and said the jobs were safe.",
         {S("Lena Berg")}, date="2025-03-11"),
    Case("the occasion's day", "Foreign Minister Omar Said, who visited Kyiv last month, said the talks had been "
         "useful.", {S("Omar Said")}, date="none"),
    Case("the occasion's day", "Senator Ana Ruiz, who was elected on Monday, said the count had been fair.",
         {S("Ana Ruiz")}, date="none"),
    # "X, asked about it on Thursday, said": the aside's day, however the parser joined the verbs
    Case("an aside's day", 'Kremlin spokesman Dmitry Peskov, asked about the reports on Thursday, said he had '
         '"nothing to add".', {S("Dmitry Peskov")}, date="2025-03-13"),
    Case("an aside's day", "Kenya's interior minister Kipchumba Murkomen, asked about the shootings on Monday, said "
         "the officers would be charged.", {S("Kipchumba Murkomen")}, date="2025-03-10"),
    Case("an aside's day", "Coach Ben Ode, asked about his future on Tuesday, said he would stay.", {S("Ben Ode")},
         date="2025-03-11"),
    Case("an aside's day", "Coach Ben Ode, asked about the match that would be played on Tuesday, said he would "
         "stay.", {S("Ben Ode")}, date="none"),
    # the occasion closing what was said (no clause of its own) is where and when it was said
    Case("an occasion closes what was said", 'Spokesperson Chen Binhua accused Lai of "colluding with external '
         'forces" at a press conference last Wednesday.', {S("Chen Binhua", "accused")}, date="2025-03-12",
         excluded="press conference"),
    Case("an occasion closes what was said", "Senator Ana Ruiz condemned the raids at a rally in Lima on Tuesday.",
         {S("Ana Ruiz", "condemned")}, date="2025-03-11", excluded="rally"),
    Case("an occasion closes what was said", "The Foreign Office denied that claim at its weekly briefing on Monday.",
         {S("Foreign Office", "denied")}, date="2025-03-10", excluded="briefing"),
    Case("an occasion closes what was said", "Minister Ana Ruiz said the plan was approved at a cabinet meeting on "
         "Monday.", {S("Ana Ruiz")}, date="none", content="cabinet meeting"),
    # a lede that tells the event first and its source after: the event's day is the story's
    Case("a lede's event, then its source", "South Korea proposed military talks with North Korea on Monday, the "
         "defense ministry said.\n\nMinister Ahn Gyu-back said the talks could be held at Panmunjom.",
         {S("Ahn Gyu-back")}, date="2025-03-10"),
    Case("a lede's event, then its source", "Rebels seized the town of Uvira on Wednesday, a local official said."
         "\n\nRed Cross spokesman Jean Kasongo said 200 people were wounded.", {S("Jean Kasongo")}, date="2025-03-12"),
    Case("a lede's event, then its source", "Five miners were rescued late on Tuesday, Chile's Codelco said.\n\n"
         "Union leader Amador Pantoja said safety rules had been ignored.", {S("Amador Pantoja")}, date="2025-03-11"),
    Case("a lede's event, then its source", "Rebels will attack the town on Wednesday, a local official said.\n\n"
         "Red Cross spokesman Jean Kasongo said 200 people were wounded.", {S("Jean Kasongo")}, date="none"),
    # "later in the day", "the same day" with no day told just before: the day of the statement before
    Case("later in the day", 'Mayor Ruth Klein said on Tuesday the pool would close. "It is too old," Klein said. '
         "Engineer Omar Said said later in the day that the roof leaked.", {S("Omar Said")}, date="2025-03-11"),
    Case("later in the day", "The Central Bank of Nigeria said on Wednesday it would sell dollars.\n\nTraders "
         "welcomed the move. Finance Minister Wale Edun said earlier in the day that reserves were ample.",
         {S("Wale Edun")}, date="2025-03-12"),
    Case("later in the day", "Chile's senate approved the pension bill on Monday. Labour Minister Jeannette Jara "
         "said later in the day that payments would start in August.", {S("Jeannette Jara")}, date="2025-03-10"),
    Case("later in the day", "Engineer Omar Said said later in the day that the roof leaked.", {S("Omar Said")},
         date="none"),
    # a day counted from a day named: "speaking a day before the Oct. 30 decision"
    Case("a day before a dated event", "Speaking a day before the March 12 vote, Senator Ana Ruiz said the bill "
         "would pass.", {S("Ana Ruiz")}, date="2025-03-11"),
    Case("a day before a dated event", "Two days after Monday's blast, police chief Omar Said said the bomber had "
         "acted alone.", {S("Omar Said")}, date="2025-03-12"),
    Case("a day before a dated event", "Speaking three days before the March 9 election, Prime Minister Ana Ruiz "
         "said turnout would be high.", {S("Ana Ruiz")}, date="2025-03-06"),
    Case("a day before a dated event", "Senator Ana Ruiz said the bill would pass a day before the March 12 deadline.",
         {S("Ana Ruiz")}, date="none"),
    # a title (a line the parser does not read) that gives its statement's day
    Case("a title's day", "Ruiz on Monday says copper mine will close\n\nMining Minister Ana Ruiz said the mine in "
         "Cusco would close by June.", {S("Ana Ruiz")}, date="2025-03-10"),
    Case("a title's day", "Kenya's Ruto on Tuesday warns of drought\n\nPresident William Ruto warned that the rains "
         "had failed in the north.", {S("William Ruto", "warned")}, date="2025-03-11"),
    Case("a title's day", "Cullen yesterday rejects pay offer for nurses\n\nUnion leader Pat Cullen rejected the offer "
         "as an insult to nurses.", {S("Pat Cullen", "denied")}, date="2025-03-13"),
    Case("a title's day", "Ruiz says copper mine will close on Monday\n\nMining Minister Ana Ruiz said the mine in "
         "Cusco would close.", {S("Ana Ruiz")}, date="none"),
    # a dateline's day: the story's "today" and weekdays count from it
    Case("a dateline's day", "TOKYO, March 12 (Reuters) - Trade Minister Ken Ito said today that exports rose in "
         "February.", {S("Ken Ito")}, date="2025-03-12"),
    Case("a dateline's day", "NAIROBI, March 13 (AFP) - Kenya's health minister Aden Duale said on Friday that the "
         "clinics would reopen.", {S("Aden Duale")}, date="2025-03-07"),
    Case("a dateline's day", "LIMA, March 11 (Reuters) - Peru's energy minister Jorge Montero said yesterday that "
         "the pipeline was repaired.", {S("Jorge Montero")}, date="2025-03-10"),
    Case("a dateline's day", "TOKYO, March 2 (Reuters) - Trade Minister Ken Ito said today that exports rose in "
         "February.", {S("Ken Ito")}, date="2025-03-14"),
    # a statement from an earlier occasion goes on in the speaker's next sentence, not on the story's day
    Case("an earlier occasion goes on", "Police fired tear gas at protesters in Lima on Thursday.\n\nActivist Ana "
         "Ruiz told the BBC last month that the camps were full. She said 40 people had vanished.",
         {S("Ana Ruiz")}, date="none", count=2),
    Case("an earlier occasion goes on", "Floods hit Lagos on Wednesday.\n\nGovernor Babajide Sanwo-Olu said earlier "
         "this month that the drains were blocked. He said the state would clear them.",
         {S("Babajide Sanwo-Olu")}, date="none", count=2),
    Case("an earlier occasion goes on", "Troops crossed the border on Monday.\n\nGeneral Omar Said told the "
         "newspaper last week that the army was ready. He added that reserves had been called up.",
         {S("Omar Said")}, date="none", count=2),
    Case("an earlier occasion goes on", "Troops crossed the border on Monday.\n\nGeneral Omar Said told the "
         "newspaper last week that the army was ready. Colonel Ana Ruiz said reserves had been called up.",
         {S("Ana Ruiz")}, date="2025-03-10"),
    # wire copy: the day the lede gives a speaker goes on to their later statements, other speakers between
    Case("the same speaker's occasion goes on", "Oslo's mayor Eva Lund said on Tuesday that the tram line would "
         "open in May.\n\nUnion leader Per Berg said the timetable was unrealistic.\n\nLund said the city would "
         "hire 200 drivers.", {S("Eva Lund")}, date="2025-03-11", count=3),
    Case("the same speaker's occasion goes on", "Central bank governor Paulo Reis said on Wednesday that inflation "
         "had peaked.\n\nEconomists at Itau Unibanco said a cut was unlikely before June. Food prices rose 1.2% "
         "in February.\n\nReis said the bank would keep a close watch on fuel costs.", {S("Paulo Reis")},
         date="2025-03-12"),
    Case("the same speaker's occasion goes on", "Tesla said on Tuesday that it would build a battery plant in "
         "Chile. Lithium producer SQM said it would supply the plant. Tesla said production would start in 2027.",
         {S("Tesla")}, date="2025-03-11"),
    Case("the same speaker's occasion goes on", "Oslo's mayor Eva Lund said on Tuesday that the tram line would "
         "open in May.\n\nUnion leader Per Berg said the timetable was unrealistic.", {S("Per Berg")}, date="none"),
    Case("the same speaker's occasion goes on", "Oslo's mayor Eva Lund said last week that the tram line would "
         "open in May.\n\nUnion leader Per Berg said the timetable was unrealistic.\n\nLund said the city "
         "would hire 200 drivers.", {S("Eva Lund")}, date="none"),
    Case("the same speaker's occasion goes on", "Oslo's mayor Eva Lund said on Tuesday that the tram line would "
         "open in May.\n\nUnion leader Per Berg said the timetable was unrealistic.\n\nLund has said the city "
         "would hire 200 drivers.", {S("Eva Lund")}, count=3,
         absent={S("Per Berg", "said", True)}),
    # the sentence's own day first: a second verb of the speaker takes the day of the first
    Case("the day of the speaker's other verb", "Governor Ana Costa ordered state agencies late Sunday to send "
         "rescue boats to the towns in the river's path. On Monday, Costa told reporters at an emergency center in "
         "Recife that the state had enough funds for repairs, and urged residents of low-lying areas to follow "
         "evacuation orders.", {S("Ana Costa", "called_for")}, date="2025-03-10"),
    Case("the day of the speaker's other verb", "Mayor Lina Berg ordered city crews late Friday to clear snow from "
         "the main roads. On Saturday, Berg told reporters at a depot in Uppsala that the city had enough salt for "
         "the winter, and urged drivers of older cars to stay off the roads.", {S("Lina Berg", "called_for")},
         date="2025-03-08"),
    Case("the day of the speaker's other verb", "On Thursday, Governor Ana Costa told reporters that the dam was "
         "safe. Engineer Luis Pinto warned that the spillway was damaged.", {S("Luis Pinto", "warned")},
         date="none"),
    # "said after touring the flooded towns on Sunday": what the speaker did just before saying
    Case("the speaker's act just before", '"We will rebuild every school," Governor Eduardo Leite said after touring '
         'the flooded towns on Sunday.', {S("Eduardo Leite")}, date="2025-03-09"),
    Case("the speaker's act just before", '"The talks went well," Foreign Minister Penny Wong said after meeting her '
         'Chinese counterpart in Beijing on Thursday.', {S("Penny Wong")}, date="2025-03-13"),
    Case("the speaker's act just before", '"It was a hard week," President Ana Diaz said after visiting the '
         'wounded in hospital on Tuesday.', {S("Ana Diaz")}, date="2025-03-11"),
    Case("the speaker's act just before", "Mayor Ana Ruiz said the bridge would reopen after engineers finish "
         "inspecting it on Monday.", {S("Ana Ruiz")}, date="none"),
    # a live blog's timestamped entries (page furniture the reader leaves out) are news of the blog's day
    Case("a live blog's entries", "Sudan war live: army and RSF trade blame\n\nThursday, March 13\n\n14:05 GMT - "
         "Army accuses RSF\n\nArmy spokesman Nabil Abdullah has accused the RSF of shelling a camp.\n\n09:30 GMT - "
         "UN alarmed\n\nUN chief Antonio Guterres has called for a truce.", {S("Nabil Abdullah", "accused")},
         date="2025-03-13"),
    Case("a live blog's entries", "Floods live: rivers rise\n\n10:05 BST - Rivers rise\n\nEnvironment Agency "
         "chief Alan Lovell has warned of more floods.\n\n08:30 BST - Trains stop\n\nNetwork Rail has said lines "
         "are closed.", {S("Alan Lovell", "warned")}, date="2025-03-14"),
    Case("a live blog's entries", "Floods live: rivers rise\n\n10:05 BST - Rivers rise\n\nEnvironment Agency "
         "chief Alan Lovell said on Monday that more floods were coming.\n\n08:30 BST - Trains stop\n\nNetwork "
         "Rail has said lines are closed.", {S("Alan Lovell")}, date="2025-03-10"),
    Case("a live blog's entries", "By Ana Ruiz\n\n10:05 GMT - Updated\n\nEnvironment Agency chief Alan Lovell "
         "has warned of more floods.", {S("Alan Lovell", "warned")}, date="none"),
    # an occasion closing the object, its day inside it: the day of saying, not of what was said
    Case("an occasion's day in the object", "Prime Minister Lena Holm rejected the accusations in a televised "
         "address on Tuesday night.", {S("Lena Holm", "denied")}, date="2025-03-11", excluded="Tuesday"),
    Case("an occasion's day in the object", "The club's owner, Marco Bellini, dismissed the reports in a radio "
         "interview on Wednesday.", {S("Marco Bellini", "denied")}, date="2025-03-12", excluded="interview"),
    Case("an occasion's day in the object", "Senator Ruth Ames condemned the attack at a news conference on "
         "Monday.", {S("Ruth Ames", "condemned")}, date="2025-03-10"),
    Case("an occasion's day in the object", "Senator Ruth Ames said on Friday that she had not met lobbyists at a "
         "conference on Monday.", {S("Ruth Ames")}, date="2025-03-14"),
    Case("an occasion's day in the object", "Senator Ruth Ames denied that she had met lobbyists at a conference "
         "on Monday.", {S("Ruth Ames", "denied")}, date="none"),
    # a day that ends a span or sets a deadline is not the day of saying
    Case("a deadline is no day of saying", "The Met Office warned of heavy snow in Scotland through Sunday.",
         {S("Met Office", "warned")}, date="none"),
    Case("a deadline is no day of saying", "The Met Office on Tuesday warned of heavy snow in Scotland until "
         "Sunday.", {S("Met Office", "warned")}, date="2025-03-11"),
    Case("a deadline is no day of saying", "Rail operator Eurostar warned of delays until Thursday.",
         {S("Eurostar", "warned")}, date="none"),
    # "according to": the day of the document, never the day of the event it tells
    Case("according to a dated document", "President Ana Diaz welcomed the deal and called on both sides to "
         "respect it, according to a statement released by her office on Thursday night.",
         {S("Ana Diaz", "called_for")}, date="2025-03-13"),
    Case("according to a dated document", "Rebels seized the town of Minova on March 9, according to the United "
         "Nations.", {S("United Nations")}, date="none"),
    Case("according to a dated document", "Exports fell 4% in February, according to figures the World Bank "
         "published on Tuesday.", {S("World Bank")}, date="2025-03-11", known_gap=True),
    # a gathering told with its day: its participants speak on that day, and a statement that
    # names it back was made that day (kg/statement_occasions.py)
    Case("an occasion's participants", "Finance Minister Carlos Mendoza said on Monday that the bank was sound. "
         "Mendoza held talks with Pablo Ortiz in Quito on Saturday.\n\nOrtiz said the bank needed more capital.",
         {S("Pablo Ortiz")}, date="2025-03-15", published="2025-03-17"),
    Case("an occasion's participants", "Prime Minister Kaja Tamm said on Monday that ferries would run. Tamm met "
         "her Finnish counterpart, Petteri Orpo, in Tallinn on Wednesday.\n\nOrpo, for his part, said the "
         "tunnel plan was dead.", {S("Petteri Orpo")}, date="2025-03-12", published="2025-03-14"),
    Case("an occasion's participants", "Speaking in Lima on Tuesday after talks with the Chilean president, "
         "Gabriel Boric, Foreign Minister Elmer Schialer said a deal was close.\n\nBoric said the two countries "
         "would sign it in May.", {S("Gabriel Boric")}, date="2025-03-11", published="2025-03-14"),
    Case("an occasion's participants", "Finance Minister Carlos Mendoza said on Monday that the bank was sound. "
         "Mendoza held talks with Pablo Ortiz in Quito on Saturday. The summit opened on Sunday with a speech "
         "by the host.\n\nOrtiz said the bank needed more capital.", {S("Pablo Ortiz")}, date="none",
         published="2025-03-17"),
    Case("an occasion named back", "Finance Minister Carlos Mendoza said on Monday that talks would go on. The "
         "labour minister met union leaders in Madrid on Wednesday. Union leader Pablo Ortiz said after the "
         "meeting that the offer was too low.", {S("Pablo Ortiz")}, date="2025-03-12", published="2025-03-14"),
    Case("an occasion named back", "Finance Minister Carlos Mendoza said on Monday that aid would flow. President "
         "Bola Tinubu told the summit in Abuja on Sunday that the region was united.\n\nGhana's President John "
         "Mahama said at the summit that dialogue was the only road.", {S("John Mahama")}, date="2025-03-09",
         published="2025-03-11"),
    Case("an occasion named back", "Finance Minister Carlos Mendoza said on Monday that talks would go on. The "
         "health minister briefed lawmakers in Lima on Tuesday.\n\nSenator Ana Flores, speaking after the "
         "briefing, said hospitals lacked staff.", {S("Ana Flores")}, date="2025-03-11", published="2025-03-14"),
    Case("an occasion named back", "Finance Minister Carlos Mendoza said on Monday that talks would go on. The "
         "labour minister met union leaders in Madrid on Wednesday.\n\nEmployers' leader Pablo Ortiz said the "
         "offer was fair.", {S("Pablo Ortiz")}, date="none", published="2025-03-14"),
    Case("an occasion named back", "Peru's intelligence agency said on Tuesday that the rebels had regrouped. The "
         "agency made the assessment during a closed-door briefing to lawmakers.\n\n\"The threat is real,\" "
         "Senator Ana Flores said after the session.", {S("Ana Flores")}, date="2025-03-11"),
    # "At the U.N. Security Council on Wednesday, X warned ...": the scene of its paragraph
    Case("a scene's day", "Mayor Ana Lopez said on Thursday that the port would reopen.\n\nAt the U.N. Security "
         "Council on Wednesday, Chile's ambassador Paula Narvaez warned that the truce was fragile. Russia's "
         "ambassador, Vassily Nebenzia, rejected the warning as alarmist.", {S("Vassily Nebenzia", "denied")},
         date="2025-03-12"),
    Case("a scene's day", "Mayor Ana Lopez said on Thursday that the port would reopen.\n\nAt a rally in Lima on "
         "Tuesday, Senator Rosa Bravo said the mine must close. Miner Juan Soto said jobs would be lost.",
         {S("Juan Soto")}, date="2025-03-11"),
    Case("a scene's day", "Mayor Ana Lopez said on Thursday that the port would reopen.\n\nAt the U.N. Security "
         "Council on Wednesday, Chile's ambassador Paula Narvaez warned that the truce was fragile.\n\nRussia's "
         "ambassador, Vassily Nebenzia, told the council that the warning was alarmist.",
         {S("Vassily Nebenzia")}, date="2025-03-12"),
    Case("a scene's day", "Mayor Ana Lopez said on Thursday that the port would reopen.\n\nAt a rally in Lima on "
         "Tuesday, Senator Rosa Bravo said the mine must close.\n\nEconomist Pedro Ruiz said exports would fall.",
         {S("Pedro Ruiz")}, date="none"),
    # a press secretary or press officer speaks for the body just spoken of, on its day
    Case("a press title is a spokesperson's", "Mayor Ana Lopez said on Monday that the rally could go ahead. The "
         "Pentagon gave its own assessment on Tuesday. Deputy press secretary Sabrina Singh said about 10,000 "
         "soldiers were in Russia.", {S("Sabrina Singh")}, date="2025-03-11"),
    Case("a press title is a spokesperson's", "Mayor Ana Lopez said on Monday that the rally could go ahead. Peru's "
         "Interior Ministry banned the rally on Tuesday. Press officer Juan Soto said the decision was final.",
         {S("Juan Soto")}, date="2025-03-11"),
    Case("a press title is a spokesperson's", "Mayor Ana Lopez said on Monday that the rally could go ahead. The "
         "World Bank cut its forecast on Tuesday. Bank press officer Juan Soto said growth would slow.",
         {S("Juan Soto")}, date="2025-03-11"),
    Case("a press title is a spokesperson's", "Mayor Ana Lopez said on Monday that the rally could go ahead. Peru's "
         "Interior Ministry banned the rally on Tuesday. Press freedom advocate Juan Soto said the decision was "
         "illegal.", {S("Juan Soto")}, date="none"),
    # "X, who also attended, said": the speaker was at the last gathering told
    Case("who attended", "Health Minister Ana Lopez said on Monday that cases were falling. She briefed lawmakers "
         "at a closed-door session.\n\nSenator Juan Soto of the Green Party, who also attended, said hospitals "
         "lacked beds.", {S("Juan Soto")}, date="2025-03-10"),
    Case("who attended", "Finance Minister Carlos Mendoza said on Tuesday that the budget was sound. Mendoza met "
         "union leaders in Lima on Wednesday.\n\nLabour leader Rosa Bravo, who attended, said the talks had "
         "failed.", {S("Rosa Bravo")}, date="2025-03-12"),
    Case("who attended", "South Korea's spy agency said on Tuesday that a vanguard had moved to the front. The "
         "agency made the assessment during a closed-door briefing to lawmakers.\n\nRep. Park Sun-won of the "
         "main opposition Democratic Party, who also attended, said the agency could not confirm the reports.",
         {S("Park Sun-won")}, date="2024-10-29", published="2024-10-30"),
    Case("who attended", "Finance Minister Carlos Mendoza said on Tuesday that the budget was sound. Mendoza met "
         "union leaders in Lima on Wednesday.\n\nLabour leader Rosa Bravo, who attended the university in Lima, "
         "said the talks had failed.", {S("Rosa Bravo")}, date="none"),
    # a gathering told with no day of its own right after a sentence that told one happened on it
    Case("an occasion told right after a day", "Foreign Minister Elmer Schialer said on Thursday that the border "
         "would reopen. Schialer spoke after he and Trade Minister Teresa Mera met Chilean Foreign Minister Alberto "
         "van Klaveren in Lima.\n\nMera said exports would double. Van Klaveren said Chile wanted a deal.",
         {S("Teresa Mera")}, date="2025-03-13"),
    Case("an occasion told right after a day", "Foreign Minister Elmer Schialer said on Thursday that the border "
         "would reopen. Schialer spoke after he and Trade Minister Teresa Mera met Chilean Foreign Minister Alberto "
         "van Klaveren in Lima.\n\nMera said exports would double. Van Klaveren said Chile wanted a deal.",
         {S("Alberto van Klaveren")},
         date="2025-03-13"),
    Case("an occasion told right after a day", "Central bank governor Rosa Ortiz said on Monday that inflation was "
         "falling. Ortiz then met union leader Juan Soto at the bank.\n\nSoto said wages had to rise.",
         {S("Juan Soto")}, date="2025-03-10"),
    Case("an occasion told right after a day", "Central bank governor Rosa Ortiz said on Monday that inflation was "
         "falling. Ortiz has met union leader Juan Soto several times.\n\nSoto said wages had to rise.",
         {S("Juan Soto")}, date="none"),
    # "the previous day", "that day" count from a day the story is at: never one still to come, and
    # first the day their own sentence names before them
    Case("a counted day's anchor", "Ofcom said on Monday that the review would start on 1 April. Tesco "
         "said the previous day that it would co-operate.", {S("Tesco")}, date="2025-03-09"),
    Case("a counted day's anchor", "The central bank cut rates on Wednesday. Its next meeting is on April 9. "
         "Carrefour said the previous day that prices would fall.", {S("Carrefour")}, date="2025-03-11"),
    Case("a counted day's anchor", "Full results will be shown at a meeting on April 8. On March 3, the board "
         "approved a buyback, Novexa said in a release that day.", {S("Novexa")}, date="2025-03-03"),
    Case("a counted day's anchor", "The strike began on Tuesday. Talks will resume on March 24. Union leader "
         "Omar Diaz had said a day earlier that members would walk out.", {S("Omar Diaz")}, date="2025-03-10"),
    Case("a counted day's anchor", "The talks ended on Tuesday. Nestle said that day that on March 3 the board "
         "had approved a buyback.", {S("Nestle")}, date="2025-03-11"),
    Case("a counted day's anchor", "Coach Xabi Alonso told reporters before Thursday's cup match that nothing "
         "had changed. Bayern Munich denied the previous day that they had approached him.",
         {S("Bayern Munich", "denied")}, published="2025-03-12", date="2025-03-11"),
    # "that day", which the model may leave untagged
    Case("that day", "On March 3, the board approved the loan, the European Investment Bank said in a statement "
         "that day.", {S("European Investment Bank")}, date="2025-03-03"),
    Case("that day", "On Monday, the court freed the journalist, Amnesty International said in a statement that "
         "day.", {S("Amnesty International")}, date="2025-03-10"),
    Case("that day", "The strike began on Tuesday. The airline Vueling said that day that 40 flights were "
         "cancelled.", {S("Vueling")}, date="2025-03-11"),
    Case("that day", "Amnesty International said that day laborers were unpaid.", {S("Amnesty International")},
         date="none"),
    # an officer named with their organisation's title speaks at its occasion, but their own occasion
    # is not the organisation's
    Case("an officer at the organisation's occasion", "The World Bank said on Tuesday that growth would slow. "
         "Its chief economist, Indermit Gill, said the outlook was fragile.", {S("Indermit Gill")},
         date="2025-03-11"),
    Case("an officer at the organisation's occasion", "Unilever said on Monday that it would sell its ice cream "
         "unit. Unilever chief executive Hein Schumacher said the brand needed a new owner.",
         {S("Hein Schumacher")}, date="2025-03-10"),
    Case("an officer at the organisation's occasion", "The WHO said on Wednesday that measles cases had doubled. "
         '"It is a wake-up call," WHO regional director Hans Kluge said in a statement.', {S("Hans Kluge")},
         date="2025-03-12"),
    Case("an officer at the organisation's occasion", "Iberia said it expected a loss for the quarter. Its chief "
         "executive, Marco Sansavini, told radio station RNE on Wednesday night that fares would rise.",
         {S("Iberia")}, date="none"),
    Case("an officer at the organisation's occasion", "Chile said on Monday that copper exports had grown. "
         "Chilean Finance Minister Mario Marcel said the budget was balanced.", {S("Mario Marcel")}, date="none"),
    # the day of an event a statement is made before ("ahead of Sunday's match") is not its day
    Case("the day of an event ahead", "Coach Marta Ruiz told a press conference ahead of Sunday's final that "
         "her team was ready.", {S("Marta Ruiz")}, date="none"),
    Case("the day of an event ahead", "Prime Minister Mark Carney, speaking before Thursday's vote, said the "
         "bill would pass.", {S("Mark Carney")}, date="none"),
    Case("the day of an event ahead", "Senator Ruth Ames told reporters prior to Monday's hearing that she "
         "would vote against the nominee.", {S("Ruth Ames")}, date="none"),
    Case("the day of an event ahead", "Coach Marta Ruiz said on Wednesday, ahead of Sunday's final, that her "
         "team was ready.", {S("Marta Ruiz")}, date="2025-03-12"),
    Case("the day of an event ahead", "Prime Minister Mark Carney, speaking a day before Thursday's vote, said "
         "the bill would pass.", {S("Mark Carney")}, date="2025-03-12"),
    # "declined at Tuesday's briefing to confirm": the day of the act a verb of saying completes
    Case("the day of the act completed", "At Tuesday's briefing, spokesman Thomas Regnier declined to confirm "
         "the amount of the fine.", {S("Thomas Regnier", "confirmed", True)}, date="2025-03-11"),
    Case("the day of the act completed", "Sony declined on Monday to confirm the report.",
         {S("Sony", "confirmed", True)}, date="2025-03-10"),
    Case("the day of the act completed", "The Kremlin on Wednesday refused to deny the report.",
         {S("Kremlin", "denied", True)}, date="2025-03-12"),
    Case("the day of the act completed", "Ghana declined to confirm that the talks would take place on Monday.",
         {S("Ghana", "confirmed", True)}, date="none"),
    # a month with no day ("in October") names no day, and keeps a day told before from the statement
    Case("a month names no day", "The World Food Programme warned on Friday that 24 million people faced "
         "hunger. WFP executive director Cindy McCain said during a visit to Chad in October that the "
         "situation was dire.", {S("Cindy McCain")}, date="none"),
    Case("a month names no day", "Kenya's police said on Wednesday that 31 people had died. In June, President "
         "William Ruto said the protests had been hijacked.", {S("William Ruto")}, date="none"),
    Case("a month names no day", "Mayor Ana Ruiz said in March 2024 that the bridge was safe.", {S("Ana Ruiz")},
         date="none"),
    Case("a month names no day", "Mayor Ana Ruiz said on March 4 that the bridge was safe.", {S("Ana Ruiz")},
         date="2025-03-04"),
    # a live blog's entries under a clock time on a line of its own
    Case("a live blog's entries", "Coalition talks live\n\nThursday 13 March 2025\n\n14:52\n\nRob Jetten says "
         "he is optimistic about a deal.\n\n13:30\n\nHenri Bontenbal has said that door is closed.",
         {S("Rob Jetten")}, date="2025-03-13"),
    Case("a live blog's entries", "The Latest: storm nears coast\n\n6:05 p.m.\n\nGovernor Ron DeSantis says "
         "residents should leave now.\n\n5:45 p.m.\n\nThe National Hurricane Center says the storm is "
         "strengthening.", {S("Ron DeSantis")}, date="2025-03-14"),
    Case("a live blog's entries", "Coalition talks live\n\n14:52\n\nRob Jetten said on Monday that he is "
         "optimistic.\n\n13:30\n\nHenri Bontenbal has said that door is closed.", {S("Rob Jetten")},
         date="2025-03-10"),
    Case("a live blog's entries", "Match report\n\nKick-off 19:45\n\nCoach Ana Diaz says her team is ready.",
         {S("Ana Diaz")}, date="none"),
]


def table() -> str:
    """The README's table of capabilities: ``python -m tests.capabilities.cases`` prints it."""
    rows = ["| capability | test | cases (positive / negative) | passes |", "|---|---|---|---|"]
    for group, test in ((STATEMENTS, "test_statements.py"), (DATES, "test_dates.py")):
        for name in dict.fromkeys(c.capability for c in group):
            cases = [c for c in group if c.capability == name]
            positive = sum(1 for c in cases if c.expect)
            negative = sum(1 for c in cases if c.negative or c.absent or c.date == "none")
            gaps = sum(1 for c in cases if c.known_gap)
            passes = "yes" if not gaps else f"no ({gaps} known gaps)"
            rows.append(f"| {name} | tests/capabilities/{test} | {positive} / {negative} | {passes} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(table())
