"""Dependency labels kg's rules read, named by what they mean in a news sentence.

The labels are spaCy's English (ClearNLP) labels, as the ``en_core_web_*`` models assign them.
Sets are frozensets, for ``token.dep_ in SUBJECT_DEPS``; single labels are plain strings.
"""
from __future__ import annotations

# -- single labels --------------------------------------------------------------------------------
ACL = "acl"              # a clause modifying a noun: "troops *sent* to Russia"
APPOS = "appos"          # apposition: "Jenca, *the UN's assistant secretary-general*"
AUX = "aux"
CC = "cc"                # a coordinating conjunction: "and", "but"
CCOMP = "ccomp"          # a clausal complement: "said *that troops arrived*"
COMPOUND = "compound"    # a noun qualifying the noun after it: "*coast* guard"
CONJ = "conj"            # the second of two conjoined words
DET = "det"
DOBJ = "dobj"
NEG = "neg"              # "not", "never"
NSUBJ = "nsubj"
PCOMP = "pcomp"          # a clause after a preposition: "refrained from *confirming*"
POBJ = "pobj"            # the object of a preposition
POSS = "poss"            # a possessor: "*Russia's* Kursk region"
PREP = "prep"
RELCL = "relcl"          # a relative clause: "the region *where troops were sent*"

ADVCL = "advcl"            # an adverbial clause: "said ..., *adding that ...*", "*if he confirms*"
AGENT = "agent"            # a passive's "by": "was reported *by* Reuters"
ATTR = "attr"
AUXPASS = "auxpass"
CASE = "case"              # a possessive's "'s"
MARK = "mark"              # a subordinator: "*that*", "*if*", "*as*"
NPADVMOD = "npadvmod"      # a noun as an adverb: "said *Monday*"
NSUBJPASS = "nsubjpass"
OPRD = "oprd"              # "called it *dangerous*"
PARATAXIS = "parataxis"    # a clause set beside another: "Russia, *it said*, has ..."
PRECONJ = "preconj"          # the first of a paired conjunction: "*neither* confirmed nor denied"
XCOMP = "xcomp"            # an open complement: "refused *to confirm*"

ACOMP = "acomp"            # an adjective complement: "is *likely*"
ADVMOD = "advmod"          # an adverb: "*reportedly* sent", "deployed *there*"
AMOD = "amod"              # an adjective before a noun: "*North Korean* troops"
CSUBJ = "csubj"            # a clause as subject: "*what he said* angered Seoul"
DATIVE = "dative"          # an indirect object: "sent *Russia* troops", "gave weapons *to* Kyiv"
NMOD = "nmod"              # a noun modifying a noun, where spaCy does not say compound
PRT = "prt"                # a verb's particle: "point *out*"

# -- sets -----------------------------------------------------------------------------------------
# The subject of a verb, active or passive: "*Putin* denied", "*troops* were sent".
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# a name that acts in its clause: its subject or an owner ("*Arsenal* said", "*Arsenal*'s coach")
SUBJECT_OR_POSSESSOR_DEPS = SUBJECT_DEPS | {POSS}
# What a verb acts on: "sent *troops*", "*troops* were sent".
ACTED_ON_DEPS = frozenset({"dobj", "nsubjpass"})
# A clause that can carry what was said: "said *(that) X*", "urged them *to X*", "warned, *X*".
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl"})
# Complements that make "call" a verb of saying: "called it *dangerous*", "called *for X*".
CALL_COMPLEMENT_DEPS = frozenset({"oprd", "ccomp", "xcomp"})
# Verbs without a subject of their own, which take their governor's: "refused *to confirm*".
SUBJECTLESS_DEPS = frozenset({"xcomp", "pcomp", "advcl"})
# Open complements, through which a governing "refused" negates: "refused *to confirm*".
OPEN_COMPLEMENT_DEPS = frozenset({"xcomp", "pcomp"})
# The links walked from a verb back up to the clause it belongs to.
CLAUSE_CHAIN_DEPS = frozenset({"conj", "xcomp", "pcomp", "prep"})
# What a verb said or did that a later pronoun may point back to: "denied *the deployment*".
OBJECT_OR_CLAUSE_DEPS = frozenset({"dobj", "ccomp"})
# Function words that end a clause fragment: "and", "has", "not".
FUNCTION_DEPS = frozenset({"cc", "aux", "neg"})
# A particle or preposition that changes a verb's meaning: "call *for*", "point *out*".
PARTICLE_DEPS = frozenset({"prep", "prt"})
# Prepositions and datives that place something: "sent troops *to* Russia".
PLACE_PREP_DEPS = frozenset({"prep", "dative"})
# Words before a noun that say whose or which it is: "*North Korean* troops", "*Pyongyang's* troops".
NOUN_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
# The same before a speaker noun, with "a *Pentagon* spokesperson" read as npadvmod at times.
SPEAKER_MODIFIER_DEPS = NOUN_MODIFIER_DEPS | {"npadvmod"}
# Whose name a title noun is written with: "his counterpart *Kim Yong-hyun*", "envoy *Nebenzia*".
NAME_LINK_DEPS = frozenset({"appos", "compound"})
# Where a hedge attaches to what it hedges: "*could* deploy", "*possibly* sending", "is *likely*".
HEDGE_DEPS = frozenset({"aux", "advmod", "acomp", "neg"})
# Any subject, a clause's too: "*Putin* denied", "*troops* were sent", "*what he said* angered".
ALL_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# The subject of an active verb: "*Russia* sent troops", "*what he said* angered Seoul".
ACTIVE_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# What marks a verb as passive: "*troops* were sent", "troops *were* sent".
PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})
# A verb that continues another and shares its subject: "plans *to send*", "struck and *destroyed*".
CONTINUED_VERB_DEPS = frozenset({"xcomp", "conj", "advcl"})
# A clause after a verb that says what it was for: "sent troops *to reinforce* units in Kursk".
PURPOSE_DEPS = frozenset({"xcomp", "advcl"})
# A clause that describes a noun: "troops *sent* to Russia", "troops *that were sent* to Russia".
NOUN_CLAUSE_DEPS = frozenset({"acl", "relcl"})
# Words inside a noun phrase that can name what it is about: "thousands *of troops*", "*troop*
# movements", "tanks and *troops*".
THEME_WORD_DEPS = frozenset({"pobj", "compound", "conj"})
# Words before a noun that say what kind it is: "*special* forces", "*artillery* units".
UNIT_WORD_DEPS = frozenset({"amod", "compound"})
# Words beside a verb that can make it hypothetical, planned or unconfirmed: "*could* send",
# "*reportedly* sent", "is *likely* to send", "*if* it sends", "sent, *according* to Seoul".
MODAL_DEPS = frozenset({"aux", "advmod", "acomp", "amod", "mark", "neg", "prep"})
# The same on the thing sent: "*possible* troops", "*reportedly* 10,000 troops".
THEME_HEDGE_DEPS = frozenset({"amod", "advmod"})
# Where the walk up from a relation's trigger to the words that govern it stops: a reported
# clause ("said *that X*"), a clause set beside ("X, *it said*"), a conjunct, a subject.
GOVERNOR_STOP_DEPS = frozenset({"ccomp", "parataxis", "conj", "nsubj"})
# The way up from an object to the verb whose subject owns it: "Berg spoke *with* her *counterpart*".
OBJECT_PATH_DEPS = frozenset({"dobj", "pobj", "prep", "dative", "oprd"})
