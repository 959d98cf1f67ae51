# ruff: noqa: E501
"""Antisemitism, extremism, contested-slogan and context templates (EN + FR).

Every sentence here is written for bastion (see ../shared/ANTISEMITISM.md);
none is copied from HateCheck, Multilingual HateCheck or the Jikeli et al.
datasets. Hateful examples are offensive on purpose: they are what the
detectors must catch. Non-hateful rows use the same words in another frame
(quoted to condemn, negated, asked in good faith, news, education,
self-reference, everyday senses) so that a model learns the frame, not the word.

Templates live in two disjoint banks (`suite` for the functional test suite,
`train` for training). Each data line is ``<bank> <code> | <text>``:

- bank: ``S`` (suite) or ``T`` (train);
- code, for hateful functionalities, one letter per label: ``a`` hate/antisemitism,
  ``h`` holocaust, ``c`` conspiracy, ``d`` dehumanization, ``b`` collective_blame,
  ``v`` violence (+ threat), ``x`` violent_extremism, ``r`` harassment, ``k`` contested,
  ``t`` threat; for the others ``-`` (the functionality's default targets), ``j``
  (targets jews) or ``n`` (no target);
- text, with ``{slot}`` placeholders filled from the language's pools.

Contrastive claims (``## claims``) are written once per bank and expanded with
the ``## wrap:*`` frames into the same words asserted (hateful), quoted to
condemn, negated and asked about in good faith.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import cache

from bastion.synth.base import Bank, SynthRow
from bastion.taxonomy import parents, specificity_order

__all__ = ["FUNCTIONALITIES", "HATEFUL_FUNCTIONALITIES", "frames", "rows"]

# --------------------------------------------------------------------------- #
# Functionalities
# --------------------------------------------------------------------------- #


@dataclass(frozen=True, slots=True)
class _Func:
    hateful: bool
    register: str  # picks the lead/tail pools: hostile, comment, political, news, education
    labels: tuple[str, ...] = ()
    contexts: tuple[str, ...] = ()
    jews: bool = False  # default target for non-hateful rows


_FUNCS: dict[str, _Func] = {
    # hateful
    "as_holocaust": _Func(True, "hostile"),
    "as_conspiracy": _Func(True, "hostile"),
    "as_dehumanization": _Func(True, "hostile"),
    "as_collective_blame": _Func(True, "hostile"),
    "as_violence": _Func(True, "hostile"),
    "as_stereotype": _Func(True, "hostile"),
    "violent_extremism": _Func(True, "hostile"),
    "harassment_creator": _Func(True, "hostile"),
    "contested_violent": _Func(True, "hostile"),
    # not hateful
    "contested_slogan": _Func(False, "political", labels=("contested",)),
    "israel_criticism": _Func(False, "political", contexts=("policy_criticism",)),
    "news": _Func(False, "news", contexts=("news",), jews=True),
    "counter_quote": _Func(False, "comment", contexts=("counter_speech", "quote"), jews=True),
    "counter_reference": _Func(False, "comment", contexts=("counter_speech",), jews=True),
    "education": _Func(False, "education", contexts=("education",), jews=True),
    "self_reference": _Func(False, "comment", contexts=("self_reference",), jews=True),
    "negation": _Func(False, "comment", contexts=("negated",), jews=True),
    "question": _Func(False, "comment", contexts=("question",), jews=True),
    "trap": _Func(False, "comment"),
    "identity_neutral": _Func(False, "comment", jews=True),
    "identity_positive": _Func(False, "comment", jews=True),
}

FUNCTIONALITIES: tuple[str, ...] = tuple(_FUNCS)
HATEFUL_FUNCTIONALITIES: tuple[str, ...] = tuple(f for f, m in _FUNCS.items() if m.hateful)

_CODE_LABELS: dict[str, tuple[str, ...]] = {
    "a": ("hate/antisemitism",),
    "h": ("hate/antisemitism/holocaust",),
    "c": ("hate/antisemitism/conspiracy",),
    "d": ("hate/antisemitism/dehumanization",),
    "b": ("hate/antisemitism/collective_blame",),
    "v": ("hate/antisemitism/violence", "threat"),
    "x": ("violent_extremism",),
    "r": ("harassment",),
    "k": ("contested",),
    "t": ("threat",),
}

# claim topic (the code of the asserted form) -> hateful functionality
_TOPIC_FUNC: dict[str, str] = {
    "c": "as_conspiracy",
    "h": "as_holocaust",
    "d": "as_dehumanization",
    "b": "as_collective_blame",
    "a": "as_stereotype",
}

_WRAP_FUNC: dict[str, str] = {
    "quote": "counter_quote",
    "negation": "negation",
    "question": "question",
}


def _labels(code: str) -> tuple[str, ...]:
    """Labels for a code, closed under `taxonomy.parents`, most specific first.

    The closure includes the root `hate` (e.g. holocaust -> holocaust, hate/antisemitism,
    hate), and `taxonomy.specificity_order` puts depth-0 labels (`contested`, `harassment`,
    `threat`, `violent_extremism`) after the antisemitism ones.
    """
    found: set[str] = set()
    for ch in code:
        found.update(_CODE_LABELS[ch])
    for lab in list(found):
        found.update(parents(lab))
    return tuple(specificity_order(found))


# --------------------------------------------------------------------------- #
# Slot pools
# --------------------------------------------------------------------------- #

_Pools = dict[str, tuple[str, ...]]

_POOLS: dict[str, _Pools] = {
    "en": {
        "jews": ("jews", "Jews", "JEWS", "joos", "jooz", "j3ws", "jewz", "j e w s", "(((jews)))"),
        "jew": ("jew", "Jew", "joo", "j3w", "jooo"),
        "slur": ("kike", "k1ke", "kyke", "k!ke", "hymie", "heeb", "yid", "kik3"),
        "slurs": ("kikes", "k1kes", "kykes", "k!kes", "heebs", "yids", "hymies"),
        "hitler": (
            "Hitler",
            "H i t l e r",
            "H1tler",
            "Hitl3r",
            "uncle Adolf",
            "the Austrian painter",
            "Adolf",
            "AH",
        ),
        "hitler_name": ("Hitler", "H1tler", "H i t l e r", "Hitl3r"),
        "shoah": (
            "the holocaust",
            "the Holocaust",
            "the H0l0caust",
            "the holo",
            "the shoah",
            "the h0locaust",
        ),
        "zog": ("ZOG", "Z.O.G", "Z O G", "zog"),
        "roth": (
            "the Rothschilds",
            "the R0th$childs",
            "the Rothschild family",
            "the Rothschilds 🐙",
        ),
        "soros": ("Soros", "S0ros", "George Soros", "soros 🐙"),
        "echo": (
            "(((they)))",
            "(((the globalists)))",
            "(((the bankers)))",
            "(((the usual suspects)))",
        ),
        "site": (
            "the synagogue",
            "the shul",
            "the JCC",
            "that yeshiva",
            "the kosher market",
            "the Chabad house",
        ),
        "leader": ("Netanyahu", "Ben-Gvir", "Smotrich"),
        "laugh": ("lol", "lmao", "😂😂", "💀💀", "kek", "🤣", ""),
        "emo": ("👀", "🤔", "💯", "", ""),
        "emo_h": ("🔥🚿", "🚿🔥", "✡️🔥", "🔥🔥", "🐀", "💀", "🤡", ""),
        "year": ("2023", "2024", "2025"),
        "day": ("saturday", "sunday", "friday at 6"),
        "survivor": ("Ruth", "Simon", "Esther", "Marcel", "Ida", "Leon"),
        "street": ("Main Street", "5th Avenue", "Elm Street", "the high street"),
    },
    "fr": {
        "juifs": (
            "juifs",
            "Juifs",
            "JUIFS",
            "feujs",
            "j*ifs",
            "juif$",
            "j u i f s",
            "jwifs",
            "(((juifs)))",
        ),
        "juif": ("juif", "Juif", "feuj", "j*if", "jwif"),
        "insulte": (
            "youpin",
            "youtre",
            "youpine",
            "feuj de merde",
            "juif de merde",
            "y0upin",
            "y o u p i n",
        ),
        "insultes": (
            "youpins",
            "youtres",
            "y0upins",
            "feujs de merde",
            "juifs de merde",
            "y o u p i n s",
        ),
        "hitler": (
            "Hitler",
            "H i t l e r",
            "H1tler",
            "tonton Adolf",
            "le peintre autrichien",
            "Adolf",
            "AH",
        ),
        "hitler_name": ("Hitler", "H1tler", "H i t l e r", "Hitl3r"),
        "shoah": (
            "la Shoah",
            "l'Holocauste",
            "la shoah",
            "la sh0ah",
            "l'holocauste",
            "l'H0locauste",
        ),
        "echo": ("(((ils)))", "(((les mondialistes)))", "(((les banquiers)))", "(((les mêmes)))"),
        "lieu": (
            "la synagogue",
            "l'école juive",
            "le centre communautaire",
            "la yeshiva",
            "l'épicerie casher",
            "le Beth Habad",
        ),
        "dirigeant": ("Netanyahou", "Ben Gvir", "Smotrich"),
        "rire": ("mdr", "ptdr", "😂😂", "💀", "lol", "🤣", ""),
        "emo": ("👀", "🤔", "💯", "", ""),
        "emo_h": ("🔥🚿", "🚿🔥", "✡️🔥", "🔥🔥", "🐀", "💀", "🤡", ""),
        "annee": ("2023", "2024", "2025"),
        "jour": ("samedi", "dimanche", "samedi 14h"),
        "survivant": ("Ginette", "Simone", "Henri", "Rachel", "Isaac", "Léon"),
    },
}

# Fillers that differ per bank, so the suite also tests unseen names and places.
_BANK_POOLS: dict[str, dict[str, _Pools]] = {
    "en": {
        "suite": {
            "name": ("Noa", "Eli", "Maya", "Josh"),
            "city": ("Paris", "London", "Brooklyn", "Antwerp"),
            "handle": ("@noa.cooks", "@eli_draws", "@maya.moves", "@josh_reviews"),
        },
        "train": {
            "name": (
                "Rachel",
                "Ben",
                "Dani",
                "Talia",
                "Adam",
                "Leah",
                "Sam",
                "Hannah",
                "Jonah",
                "Miriam",
            ),
            "city": (
                "Manchester",
                "Toronto",
                "Melbourne",
                "Chicago",
                "Miami",
                "Los Angeles",
                "Montreal",
                "Berlin",
                "Boston",
                "Buenos Aires",
            ),
            "handle": (
                "@rach.bakes",
                "@ben_talks",
                "@dani.fit",
                "@talia_reads",
                "@adam.plays",
                "@leah.sings",
                "@sam_codes",
                "@hannah.travels",
            ),
        },
    },
    "fr": {
        "suite": {
            "prenom": ("Noa", "Eli", "Léa", "Yaël"),
            "ville": ("Paris", "Sarcelles", "Strasbourg", "Marseille"),
            "handle": ("@noa.cuisine", "@eli_dessine", "@lea.danse", "@yael_lit"),
        },
        "train": {
            "prenom": (
                "Rachel",
                "Sarah",
                "David",
                "Nathan",
                "Esther",
                "Déborah",
                "Samuel",
                "Judith",
                "Ilan",
                "Myriam",
            ),
            "ville": (
                "Lyon",
                "Toulouse",
                "Nice",
                "Créteil",
                "Bordeaux",
                "Lille",
                "Montpellier",
                "Bruxelles",
                "Genève",
                "Metz",
            ),
            "handle": (
                "@rachel.patisse",
                "@david_parle",
                "@nathan.sport",
                "@esther_voyage",
                "@deborah.chante",
                "@samuel_code",
                "@judith.lit",
                "@ilan_joue",
            ),
        },
    },
}

_OBFUSCATED: frozenset[str] = frozenset(
    {
        "joos", "jooz", "j3ws", "jewz", "j e w s", "(((jews)))", "joo", "j3w", "jooo",
        "k1ke", "kyke", "k!ke", "kik3", "k1kes", "kykes", "k!kes",
        "H i t l e r", "H1tler", "Hitl3r", "uncle Adolf", "the Austrian painter", "AH",
        "the H0l0caust", "the h0locaust", "the holo", "Z.O.G", "Z O G", "the R0th$childs",
        "the Rothschilds 🐙", "S0ros", "soros 🐙", "(((they)))", "(((the globalists)))",
        "(((the bankers)))", "(((the usual suspects)))",
        "j*ifs", "juif$", "j u i f s", "jwifs", "(((juifs)))", "j*if", "jwif",
        "y0upin", "y o u p i n", "y0upins", "y o u p i n s", "tonton Adolf",
        "le peintre autrichien", "la sh0ah", "l'H0locauste", "(((ils)))",
        "(((les mondialistes)))", "(((les banquiers)))", "(((les mêmes)))",
    }
)  # fmt: skip

# Openers and endings added around a template, by register (the frame stays the template).
_LEADS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "hostile": ("", "", "", "lol ", "fr ", "honestly ", "ngl ", "based. ", "{handle} "),
        "comment": ("", "", "", "{handle} "),
        "political": ("", "", "", "{handle} ", "reminder: "),
        "news": ("", "", "BREAKING: ", "UPDATE: ", "Local news: ", "📰 "),
        "education": ("", "", "Thread 🧵 ", "Reminder: ", "📚 "),
    },
    "fr": {
        "hostile": ("", "", "", "mdr ", "franchement ", "sérieux ", "bref ", "perso ", "{handle} "),
        "comment": ("", "", "", "{handle} "),
        "political": ("", "", "", "{handle} ", "rappel : "),
        "news": ("", "", "URGENT : ", "INFO : ", "Fil info : ", "📰 "),
        "education": ("", "", "🧵 ", "Rappel : ", "📚 "),
    },
}
_TAILS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "hostile": ("", "", "", " 💯", " 🤡", " wake up", " 👀", " lmao"),
        "comment": ("", "", "", " 🙏", " 💙"),
        "political": ("", "", "", " 🇵🇸", " ✊", " 🍉"),
        "news": ("", "", " (AFP)", " #news", " — more at 6pm"),
        "education": ("", "", " #NeverAgain", " #WeRemember", " 🕯️"),
    },
    "fr": {
        "hostile": ("", "", "", " 💯", " 🤡", " réveillez vous", " 👀", " ptdr"),
        "comment": ("", "", "", " 🙏", " 💙"),
        "political": ("", "", "", " 🇵🇸", " ✊", " 🍉"),
        "news": ("", "", " (AFP)", " #actu", " — plus d'infos à 20 h"),
        "education": ("", "", " #PlusJamaisÇa", " #DevoirDeMémoire", " 🕯️"),
    },
}
_LOWERCASE_REGISTERS = frozenset({"hostile", "comment", "political"})

# rows drawn per template
_PER_TEMPLATE: dict[str, int] = {"suite": 6, "train": 9}
# wrappers drawn per claim and kind
_PER_CLAIM: dict[str, int] = {"suite": 2, "train": 3}

# --------------------------------------------------------------------------- #
# Parsing
# --------------------------------------------------------------------------- #

_LINE = re.compile(r"^(?P<bank>[ST])\s+(?P<code>[a-z]+|-)\s*\|\s?(?P<text>.+)$")
_SLOT = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True, slots=True)
class _Template:
    tid: str
    lang: str
    func: str
    bank: str
    code: str
    text: str


@dataclass(frozen=True, slots=True)
class _Claim:
    cid: str
    lang: str
    bank: str
    topic: str  # a key of _TOPIC_FUNC
    asserted: str
    negated: str
    myth: str


@dataclass(frozen=True, slots=True)
class _Parsed:
    templates: tuple[_Template, ...]
    claims: tuple[_Claim, ...]
    wrappers: tuple[_Template, ...]  # func = "wrap:<kind>", code = "-"


def _bank_name(letter: str) -> str:
    return "suite" if letter == "S" else "train"


def _parse(lang: str, data: str) -> _Parsed:
    templates: list[_Template] = []
    claims: list[_Claim] = []
    wrappers: list[_Template] = []
    counters: dict[tuple[str, str], int] = {}
    section = ""
    for lineno, raw in enumerate(data.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#!"):
            continue
        if line.startswith("## "):
            section = line[3:].strip()
            if section not in _FUNCS and section != "claims" and not section.startswith("wrap:"):
                raise ValueError(f"{lang} data line {lineno}: unknown section `{section}`")
            continue
        m = _LINE.match(line)
        if m is None:
            raise ValueError(f"{lang} data line {lineno}: cannot parse `{line}`")
        bank = _bank_name(m["bank"])
        code, text = m["code"], m["text"].strip()
        key = (section, bank)
        counters[key] = counters.get(key, 0) + 1
        nn = counters[key] + (0 if bank == "suite" else 100)
        if section == "claims":
            parts = [p.strip() for p in text.split("||")]
            if len(parts) != 3 or code not in _TOPIC_FUNC:
                raise ValueError(f"{lang} data line {lineno}: a claim is `<topic> | A || N || M`")
            claims.append(
                _Claim(f"{lang}.claim.{nn:02d}", lang, bank, code, parts[0], parts[1], parts[2])
            )
        elif section.startswith("wrap:"):
            kind = section[5:]
            wrappers.append(_Template(f"{lang}.{kind}.w{nn:02d}", lang, section, bank, "-", text))
        else:
            meta = _FUNCS[section]
            if meta.hateful == (code in ("-", "j", "n")):
                raise ValueError(
                    f"{lang} data line {lineno}: code `{code}` does not fit `{section}`"
                )
            if meta.hateful and any(ch not in _CODE_LABELS for ch in code):
                raise ValueError(f"{lang} data line {lineno}: unknown code `{code}`")
            templates.append(
                _Template(f"{lang}.{section}.{nn:02d}", lang, section, bank, code, text)
            )
    return _Parsed(tuple(templates), tuple(claims), tuple(wrappers))


# --------------------------------------------------------------------------- #
# Expansion
# --------------------------------------------------------------------------- #


def _pool(lang: str, bank: str, slot: str) -> tuple[str, ...]:
    bank_pools = _BANK_POOLS[lang][bank]
    if slot in bank_pools:
        return bank_pools[slot]
    return _POOLS[lang][slot]


def _fill(text: str, lang: str, bank: str, rng: random.Random, used: list[str]) -> str:
    chosen: dict[str, str] = {}

    def sub(m: re.Match[str]) -> str:
        slot = m.group(1)
        if slot not in chosen:
            chosen[slot] = rng.choice(_pool(lang, bank, slot))
            used.append(chosen[slot])
        return chosen[slot]

    return _SLOT.sub(sub, text)


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r" ([,.])(?=\s|$)", r"\1", text)


def _dress(
    body: str, lang: str, bank: str, register: str, rng: random.Random, used: list[str]
) -> str:
    """Adds an opener and an ending, then picks a casing style."""
    lead = rng.choice(_LEADS[lang][register])
    tail = rng.choice(_TAILS[lang][register])
    text = _tidy(_fill(lead, lang, bank, rng, used) + body + tail)
    if register in _LOWERCASE_REGISTERS and rng.random() < 0.25:
        return text.lower()
    if text[:1].isalpha():
        text = text[0].upper() + text[1:]
    return text


def _targets(func: str, code: str, labels: tuple[str, ...]) -> tuple[str, ...]:
    meta = _FUNCS[func]
    if meta.hateful:
        return ("jews",) if any(lab.startswith("hate/antisemitism") for lab in labels) else ()
    if code == "j":
        return ("jews",)
    if code == "n":
        return ()
    return ("jews",) if meta.jews else ()


def _row(text: str, lang: str, func: str, code: str, tid: str, tags: tuple[str, ...]) -> SynthRow:
    meta = _FUNCS[func]
    labels = _labels(code) if meta.hateful else meta.labels
    return SynthRow(
        text=text,
        lang=lang,
        hateful=meta.hateful,
        functionality=func,
        labels=labels,
        targets=_targets(func, code, labels),
        contexts=meta.contexts,
        # "as." keeps these ids apart from the general banks' "<lang>.<functionality>.<nn>",
        # so per-group comparisons never mix antisemitism-only tests into shared ones.
        template=f"as.{tid}",
        tags=tags,
    )


def _obf_tags(used: list[str]) -> tuple[str, ...]:
    return ("obfuscated",) if any(u in _OBFUSCATED for u in used) else ()


def _expand(t: _Template) -> list[SynthRow]:
    rng = random.Random(f"antisemitism:{t.bank}:{t.tid}")
    register = _FUNCS[t.func].register
    want = _PER_TEMPLATE[t.bank]
    out: list[SynthRow] = []
    seen: set[str] = set()
    for _ in range(want * 25):
        if len(out) >= want:
            break
        used: list[str] = []
        body = _fill(t.text, t.lang, t.bank, rng, used)
        text = _dress(body, t.lang, t.bank, register, rng, used)
        key = text.casefold()
        if key in seen:
            continue
        seen.add(key)
        out.append(_row(text, t.lang, t.func, t.code, t.tid, _obf_tags(used)))
    return out


def _claim_rows(parsed: _Parsed, bank: str) -> list[SynthRow]:
    out: list[SynthRow] = []
    by_kind: dict[str, list[_Template]] = {}
    for w in parsed.wrappers:
        if w.bank == bank:
            by_kind.setdefault(w.func[5:], []).append(w)
    for claim in parsed.claims:
        if claim.bank != bank:
            continue
        rng = random.Random(f"antisemitism:{bank}:{claim.cid}")
        for kind in ("assert", "quote", "negation", "question"):
            for w in rng.sample(by_kind[kind], _PER_CLAIM[bank]):
                if kind == "assert":
                    func, code = _TOPIC_FUNC[claim.topic], claim.topic
                    body = w.text.replace("{claim}", claim.asserted)
                    register = "hostile"
                else:
                    func, code = _WRAP_FUNC[kind], "-"
                    body = (
                        w.text.replace("{claim}", claim.asserted)
                        .replace("{neg}", claim.negated)
                        .replace("{myth}", claim.myth)
                    )
                    register = "comment"
                used: list[str] = []
                body = _fill(body, claim.lang, bank, rng, used)
                text = _dress(body, claim.lang, bank, register, rng, used)
                tid = f"{claim.lang}.{func}.{w.tid.rsplit('.', 1)[1]}"
                tags = ("contrastive", f"claim:{claim.cid}", *_obf_tags(used))
                out.append(_row(text, claim.lang, func, code, tid, tags))
    return out


@cache
def _parsed() -> tuple[_Parsed, ...]:
    return (_parse("en", _EN_DATA), _parse("fr", _FR_DATA))


@cache
def _rows(bank: str) -> tuple[SynthRow, ...]:
    banned: set[str] = set()
    if bank == "train":
        banned = {r.text.casefold() for r in _rows("suite")}
    out: list[SynthRow] = []
    seen: set[str] = set()
    for parsed in _parsed():
        candidates = [r for t in parsed.templates if t.bank == bank for r in _expand(t)]
        candidates += _claim_rows(parsed, bank)
        for r in candidates:
            key = r.text.casefold()
            if key in seen or key in banned:
                continue
            seen.add(key)
            out.append(r)
    return tuple(out)


def rows(bank: Bank) -> list[SynthRow]:
    """Every row of one bank, deterministic; texts are unique (case-insensitively)."""
    if bank not in ("suite", "train"):
        raise ValueError(f"unknown bank `{bank}` (expected `suite` or `train`)")
    return list(_rows(bank))


def frames(bank: Bank) -> list[tuple[str, str]]:
    """(id, raw text) of every template, wrapper and claim sentence of one bank."""
    out: list[tuple[str, str]] = []
    for parsed in _parsed():
        out += [(t.tid, t.text) for t in parsed.templates if t.bank == bank]
        out += [(w.tid, w.text) for w in parsed.wrappers if w.bank == bank]
        for c in parsed.claims:
            if c.bank == bank:
                out += [
                    (f"{c.cid}.a", c.asserted),
                    (f"{c.cid}.n", c.negated),
                    (f"{c.cid}.m", c.myth),
                ]
    return out


# --------------------------------------------------------------------------- #
# English
# --------------------------------------------------------------------------- #

_EN_DATA = """
## as_holocaust
S h | {shoah} is the biggest lie ever sold. no gas chambers, no 6 million, just propaganda
S hv | 6MWE {emo_h} next time nobody stops halfway
S h | imagine still crying about {shoah} in 2024. the ovens were bakeries {laugh}
S h | they turned a wartime detail into a shoah business and {jews} milk it every single year
S hv | {hitler} should have finished the job {emo_h}
S h | why can't we question the 6 million? what are they so afraid of?
S h | soap, lampshades, ovens, showers... {jews} and their bedtime stories {laugh}
T h | holohoax. the numbers never added up and anyone with a brain knows it
T h | not one gas chamber was ever proven, it was typhus and they know it
T h | {shoah} is a myth made to guilt the whole planet into obeying {jews}
T h | there weren't even that many {jews} in europe to begin with {laugh}
T h | the diary of Anne Frank was written in ballpoint pen. fake like the rest of it
T h | {jews} exploit {shoah} so nobody is ever allowed to criticise them
T h | every time you criticise them out comes the holocaust card {laugh} works every time
T h | {jews} never liked showers for some reason 🚿🔥 {laugh}
T h | set the oven to 6 million degrees, guests from the tribe are coming {laugh}
T h | soap was much cheaper in '43 if you know what i mean {emo}
T h | my new lampshade is very jewish {laugh}
T hv | bring back the trains. one way tickets for every {jew} {emo_h}
T hv | best invention of the 20th century were the gas chambers, time to reopen them
T hv | build another Auschwitz and this time do it properly
T hv | holocaust 2.0 when? asking for 6 million friends {laugh}
T h | greatest marketing campaign in history and people still fall for it: {shoah}
T h | 6 gorillion {laugh} the math never mathed
T h | Treblinka was a transit camp. the rest is hollywood
T h | they inflated the death toll to get a country out of it, that's the whole story
T hd | zyklon B was for lice. still works on lice today {emo_h}
T hv | holocough. hope every {jew} catches it
T h | funny how {shoah} is the only bit of history you go to jail for doubting 🤔
T h | the real victims of ww2 were the germans, the holocaust is a jewish fairy tale
T hv | the ovens are still warm, {jews} {emo_h}
T h | {jews} and their 6 million, the most profitable number ever invented
T h | "survivors" still writing bestsellers 80 years later, sure {laugh}
T hv | one more round of showers for the tribe and the world is fixed {emo_h}
T h | the holocaust museum is the biggest gift shop in the world {laugh}
T h | Auschwitz had a swimming pool and a theatre, some death camp {laugh}
T hv | my 6MWE hoodie just arrived, wearing it to the next march {emo_h}

## as_conspiracy
S c | {jews} own the banks, the media and both parties. name one thing they don't control
S c | {zog} runs DC and every senator kneels to it {emo}
S c | {echo} own the news, that's why you'll never hear the truth
S c | the goyim know. shut it down {laugh}
S c | {roth} fund both sides of every war, always have
S c | khazarian fake jews run the world and they aren't even semites
S c | {soros} pays for every riot and every open border. follow the money back to the tribe
T c | every war since 1913 was started by the same bankers. you know who {emo}
T c | hollywood, the fed, the big banks... funny how it's always {jews} at the top 🤔
T c | the globalists want you poor and dependent, and we all know which globalists we mean
T c | {echo} wrote this script decades ago
T c | notice who owns every network and you'll understand who writes the narrative
T c | every jewish senator has a second passport and we all know which flag they salute
T c | the khazarian mafia has been running the show since the fed was created
T c | those khazar converts stole palestine and now they're stealing your taxes
T c | they poisoned the wells back then, now they poison the airwaves. same people, same playbook
T c | {jews} harvest organs from palestinian kids, it's documented
T c | passover matzah has a secret ingredient and it isn't flour {emo}
T c | funny how every soft-on-crime prosecutor got {soros} money. the tribe looks after its own
T c | who runs the banks? who runs hollywood? who runs the porn industry? same people
T c | 9/11 was mossad, look up the dancing israelis
T c | covid, wars, inflation, all planned by the same (((elites)))
T c | {zog} wants you disarmed and distracted
T c | every central bank on earth answers to {roth}. every. single. one.
T c | every billionaire funding mass migration is jewish. coincidence? 🤔
T c | the great replacement is a jewish plan, they wrote it down themselves
T c | rootless cosmopolitans with zero loyalty to any nation run our universities
T c | they own the press so they decide what you're allowed to think about them {laugh}
T c | the federal reserve is a jewish cartel, end it
T c | the happy merchant is behind it, as always 🤑
T c | {jews} pull the strings of every government, elections are just theatre

## as_dehumanization
S d | {jews} are rats 🐀 and rats spread disease
S d | zio parasites feeding on every host nation
S d | a plague on the nations, that's what {jews} have always been
S d | subhuman {slurs}, vermin with passports
S d | zionists are pigs 🐷 literal demons in human skin
S dv | {jews} are a cancer and every cancer has to be cut out
T d | {jews} multiply like vermin in every big city
T dc | rodents in suits 🐀 running the banks
T d | parasites don't build anything, they just feed. look at {jews}
T d | they breed like rats and spread like lice, those {slurs}
T d | the tribe is a virus that infects every country it enters
T d | zio pigs 🐷🐷 oinking about antisemitism again
T d | zionazi demons 😈 thirsty for blood
T d | {slurs} aren't people, they're a disease with a bank account
T d | synagogue of satan 👹 children of the devil, all of them
T d | leeches in kippahs, always sucking
T d | you can't reason with cockroaches, that's {jews} for you
T d | every {jew} is just a rat in a tiny hat 🐀
T d | the zionist entity is run by bloodsucking vampires, not human beings
T d | {jews} are apes and pigs, read your scripture
T d | a parasitic race, {jews}. history proves it again and again
T d | one more jewish neighbourhood, one more infection 🦠
T d | like mold in a basement, {jews} rot everything they touch
T d | zios are beasts that walk on two legs
T d | ticks 🪳 on the body of the nation, that's what {jews} are
T d | satan's spawn, every one of them in that synagogue
T d | {jews} = termites eating the foundations of the west
T d | greedy goblins 👺 hoarding gold under the banks, you know the ones
T d | diseased rats crawling out of {city} 🐀 and they all wear kippahs
T d | these {slurs} are infesting our neighbourhood like bedbugs
T d | {jews} are locusts, they strip a country bare and move to the next

## as_collective_blame
S b | every jew in {city} has Gaza's blood on his hands
S b | ask your rabbi why kids are dying in Gaza
S b | your people did this. don't you dare pretend you didn't
S b | {jews} worldwide own this genocide, every last one of them
S b | the synagogue down the road is complicit and should pay for Rafah
S b | no sympathy for jews anywhere until Gaza is free
T b | funny how {jews} in {city} cry antisemitism while their cousins bomb hospitals
T b | no exceptions: if you're a jew, Israel's crimes are your crimes
T b | spare me the antisemitism sob story, your kind cheered when the hospital was hit
T b | jewish students on campus should answer for every dead child in Gaza
T b | your shul should be holding a funeral for every Gazan kid instead of a kiddush
T b | {jews} everywhere are cheering the massacre, they're all in on it
T b | why should we protect jewish schools when their people bomb palestinian schools
T b | the jews of {city} are all idf reservists in disguise
T b | you eat your bagels while your people starve Gaza
T b | boycott every jewish shop in {city}, they all fund the genocide
T b | you're jewish so you support killing children, simple as that
T b | i don't care that you're american, you're jewish, so Gaza is on you
T b | the kosher deli owner is complicit in every bomb that drops
T b | every bar mitzvah is paid for with palestinian blood
T b | {jews} around the world are guilty of every drone strike
T b | the rabbi in my town should be tried for war crimes in Gaza
T bv | jewish kids at my school should feel the pain Gaza feels
T b | a jew in London or a soldier in Gaza, same thing
T b | they light candles in {city} while their brothers burn Gaza
T b | innocent jew? while Gaza burns? spare me
T b | diaspora jews are all accomplices, stop pretending otherwise
T b | why is the jewish community silent? because they all approve of the massacre
T b | every synagogue is an embassy of the genocide
T bv | Gaza's children will be avenged on the jews of {city} {emo_h}
T b | hey {jews}, your state, your crimes, your shame
T b | jewish MPs should resign over Gaza, every single one of them
T b | fine them all, a Gaza tax on every synagogue

## as_violence
S v | gas them all, every last {jew} {emo_h}
S v | hunt {jews} in the streets tonight
S v | burn the shul down and lock the doors first
S v | someone should shoot up {site} before shabbat
S v | kill every {jew} you see 🔪✡️
S v | the Pittsburgh shooter was a hero and we need ten more
T v | time to unalive some {jews}
T v | k i l l the (((tribe))), start tonight
T v | g@s the {jews} {emo_h}
T v | the only good {jew} is a dead one
T v | firebomb {site} and make it look like an accident
T v | i know where {site} is and saturday is coming
T v | we need a kristallnacht 2.0 in {city}
T hv | round up every {jew} in {city} and put them on trains
T v | whoever torched that synagogue last week, respect 🫡
T v | stab the next {jew} you see wearing a kippah
T v | a bullet for every zionist rabbi
T v | i'd run over a {jew} without even braking
T v | beat up the hasidic kids on their way to school, they deserve it
T v | molotovs on {site} tonight 🔥
T v | someone needs to start shooting {jews}
T v | lynch the {slurs}
T v | drop a bomb on every synagogue on earth
T v | the Poway shooter is my hero
T v | hang every {jew} from the lampposts
T v | curb stomp any {jew} who shows up at the rally
T v | we're coming for you {jews}, mark the doors
T v | the Halle shooter should have got through that door
T v | wipe out the {jews} and the world heals
T v | turn their yom kippur into a massacre
T v | s h o o t every {jew} in {city}

## as_stereotype
S a | filthy {slur}
S a | counting shekels again {laugh} 👃🤑
S a | no jews in our gym, members only for a reason
S a | typical {jew}, would sell his own mother for a nickel
S a | look at that nose 👃 you just know
S a | {jews} and money, name a more iconic duo {laugh}
T a | get out of my feed, {slur}
T a | tipped 2%, what did you expect from a {jew} {laugh}
T a | never hire {jews}, they'll rob you blind
T a | we don't rent to jews, landlord's rule, not sorry
T a | jew him down on the price, he'll understand {laugh}
T a | the happy merchant rubbing his hands again 🤑
T a | nice tiny hat, now where's the money
T a | hide your wallets, there's a {jew} in here
T a | {jews} are greedy by nature, it's in the blood
T a | the bar owner keeps a list and no jew gets past the bouncer, good
T a | bagel nose 👃 {laugh}
T a | my coworker is such a {jew}, never pays for lunch
T a | shylock energy {emo}
T a | sneaky {jews} always finding a loophole
T a | our frat doesn't take {jews}, tradition
T a | {slurs} out of our neighbourhood
T a | hide your coins, a {jew} just joined the chat 🪙
T a | 🧃 detected in the replies, hold on to your wallet {laugh}
T a | another shekel-hungry {slur} in the replies
T a | you can tell he's a {jew} by the way he haggles
T a | put a {jew} on the team and say goodbye to the prize money
T ad | rat-faced {slur}
T a | jewish lawyers, jewish bankers, jewish landlords, always after your money
T a | oy vey the goyim took my shekels 🤑 {laugh}
T a | {jews} stick together and screw everyone else over

## violent_extremism
S x | Oct 7 was beautiful, more please
S xh | #HitlerWasRight 🇩🇪 no apologies {emo}
S xc | go read bin Laden's Letter to America, he was right about who runs this country
S xv | the glorious 7th of October, every dead jew a victory
S x | glory to the martyrs of al-Qassam, the resistance will finish it
S xa | 1488 ⚡⚡ hail victory, the (((tribe))) knows what's coming
S x | ISIS had the right idea, may the caliphate return
T xh | {hitler} did nothing wrong {emo}
T xh | the austrian painter was a visionary, the world just wasn't ready
T xh | heil {hitler_name}! HH ⚡⚡
T xh | 88 ⚡⚡ the man in the brown shirt saw it all coming
T xa | 14 words. 88. you know the rest {emo_h}
T xv | Oct 7 showed the world how to deal with {jews}
T x | the paragliders are heroes 🪂
T x | Hamas are freedom fighters and Oct 7 was justice
T x | al-Qaeda was right to hit the towers
T xc | bin laden's 2002 text nailed it, the jews own america's money and media
T xc | that Letter to America video opened my eyes, the jews really do run the economy and the media
T x | long live the mujahideen who struck on the 7th, may Allah grant them victory
T xh | Mein Kampf should be taught in schools, every word is true
T xh | the third reich was the last time europe was free {emo}
T xa | HH 🎱🎱 white brothers, stay loyal, (((they))) fear us
T x | the Bataclan attack was a great day for the ummah
T xv | more Oct 7s, and this time in every city with jews
T x | Sinwar is a martyr and a legend
T x | the brothers who crossed the fence did what was necessary
T xv | praise the heroes who slaughtered jews at the rave
T xc | bin Laden called it back in 2002: zionists own the US government. read the letter
T xh | the führer tried to save europe from the {jews} {emo}
T x | ISIS flag 🏴 on my wall, proud supporter
T x | the Christchurch shooter is a saint
T xh | Adolf is the most misunderstood man of the 20th century, i'll die on this hill
T x | the men who flew into the towers are martyrs, not terrorists
T xh | SS skull on my jacket, sieg heil ⚡⚡
T x | al-Shabaab fighters are the true heroes of Africa
T xc | the 2002 letter named the jewish lobby before anyone dared, respect to the sheikh

## harassment_creator
S rhv | i hope you end up like Anne Frank {emo}
S rh | {name} crying about the holocaust again, nobody cares and it didn't even happen
S ra | shut up you filthy {slur}, nobody wants your content
S rc | you (((creators))) all work for the same bosses, we see you {name}
S rb | your people are bombing kids and you're posting dance videos? disgusting
S rhv | hey {name}, the oven is preheated for you {emo_h}
T rhv | you'd look great in striped pyjamas {name} {emo_h}
T rhv | 6 million and you're next {name}
T rd | {name} you're a rat 🐀 like the rest of your tribe
T ra | get off my fyp you big-nosed {slur} 👃
T rv | we know where you live {name}, see you on shabbat
T rh | your grandparents lied about the camps and you keep the lie going {name}
T rhv | the showers are waiting for you 🚿🔥
T rc | {name} is just another (((mouthpiece))), ignore her
T ra | unsubscribed, didn't know you were a {jew}, gross
T rb | {name} every like you get funds the bombs, your whole tribe is guilty
T rd | shut up parasite and crawl back to your ghetto
T rhv | {name} should have been on the train to Auschwitz
T ra | your nose is bigger than your follower count {laugh}
T rc | you're a mossad asset pretending to be a baker, {name}
T rhv | hope someone turns you into a lampshade {name}
T ra | take your shekels and get off this app {slur}
T rxh | people like you {name} make me understand the austrian painter
T rv | i'll find you at your next meetup and show you what we do to {slurs}
T rd | you look like a rat 🐀 every time you smile {name}
T rb | {name} go film your rabbi explaining today's airstrikes, I'll wait
T rh | soap content creator {laugh}
T rhv | there's an attic with your name on it, Anne Frank style {emo_h}
T ra | why does every {jew} creator sound the same, greedy and whiny
T rd | go back to the sewer with the other {slurs}
T rhv | your family got lucky in the 40s, you won't {name}

## contested_violent
S kv | from the river to the sea, and kill every jew on the way
S kv | globalize the intifada: hit the synagogues in {city} {emo}
S ka | zionazis and their star of david swastika ✡️=卐
S ka | Israel must be erased and the jews sent back where they came from
S kv | intifada until victory, starting with the jews of {city}
S kvx | globalize the intifada like Oct 7, bring it to every jewish neighbourhood
T kv | the jews can swim back to Europe once we get river to sea
T kv | globalize the intifada = hunt zionists on campus, no mercy
T kv | 🔪 for every settler and every jew, that's what river to sea means to me
T kv | bring the intifada to the jewish school gates
T kvx | from the river to the sea, Oct 7 again and again
T ka | the israeli flag should have a swastika in the middle, zionazi scum
T kv | wipe the zionazi entity off the map together with its people
T kv | torch a shul for the intifada tonight
T ka | zionazi jews out of our universities
T kvh | from the river to the sea, straight to the gas chambers {emo_h}
T kv | intifada until every zionist is dead, including the ones here in {city}
T kv | free palestine by any means: kill the jews at {site}
T kvx | do to the jews what the heroes of the 7th did, intifada forever
T kad | zionazi pigs 🐷 out of our city, kippahs and all
T kv | bring the intifada to Golders Green
T kv | globalize the intifada until the kosher shops close for good
T kd | Israel doesn't deserve to exist and neither do the jews who defend it
T kv | the intifada is coming for you {jews}
T ka | a jewish state? never. no jew deserves a country
T kv | from the river to the sea, stab every kippah you see
T kv | from Brooklyn to Paris, river to sea, death to the jews
T ka | zionazi rabbis brainwashing kids in every yeshiva
T kv | from the river to the sea means every rabbi in {city} too
T kvx | globalize the intifada, every jewish festival should end like the Nova rave
T kdv | river to sea 🐀 zionist rats out, dead or alive

## contested_slogan
S - | From the river to the sea, Palestine will be free. march on {day}
S - | globalize the intifada, globalize the resistance to occupation. ceasefire now
S - | river to the sea 🍉 ceasefire now
S - | intifada until victory. free palestine, end the siege
S - | from the river to the sea, equal rights for everyone who lives there
S - | globalize the intifada ✊ boycott, divest, sanction
T - | #FromTheRiverToTheSea Palestine will be free
T - | river2sea 🍉 see you at the rally
T - | chanting "from the river to the sea" outside parliament today, thousands of us
T - | from the river to the sea, no more occupation, no more apartheid
T - | bio: 🍉 river to sea | student | she/her
T - | "globalize the intifada" was on every banner at today's march and honestly it was moving
T - | intifada intifada, free free palestine 🇵🇸
T - | from the river to the sea, self-determination for palestinians
T - | there is only one solution: intifada revolution 🇵🇸
T - | free palestine, from the river to the sea ✊🏽
T - | they can ban the slogan, we'll still chant it: from the river to the sea
T - | long live the intifada, the people of Gaza will not kneel
T - | globalize the intifada is a call for popular resistance, not for hate
T - | from the river to the sea, end the occupation and let refugees return
T - | rivertosea 🍉🍉 stop the bombing
T - | intifada until liberation, divest from the occupation
T - | the students chanted "from the river to the sea" and the dean called the police lol
T - | we will keep saying it, river to sea, palestine will be free
T - | globalise the intifada from campus to campus
T - | intifada of the stones, intifada of the pen, palestine will be free
T - | from the river to the sea, let gaza live
T - | my sign for {day}: FROM THE RIVER TO THE SEA 🍉
T - | river to the sea is not a slogan of hate but of freedom
T - | globalize the intifada ✊ occupation is a crime
T - | sea to river, river to sea, palestine will be free 🇵🇸

## israel_criticism
S - | {leader}'s cabinet is starving Gaza; sanction it now
S - | The Rafah strikes are war crimes and the ICC should say so
S - | Israel detains minors without charge. this has to end
S - | boycott settlement goods, they're built on occupied land
S - | one democratic state, equal rights for everyone, that's my position
S - | the IDF bombed a marked aid convoy again, where is the accountability?
T - | the occupation of the west bank is illegal under international law
T - | {leader} should face the ICC, full stop
T - | suspend arms sales to Israel until the siege ends
T - | settler violence is up and the army looks the other way
T - | collective punishment of Gaza violates the Geneva Conventions
T - | the israeli government's judicial overhaul is an attack on democracy
T - | hundreds of Palestinians are held on secret evidence they can never see
T - | my MP took pro-Israel PAC money and voted against the ceasefire, noted
T - | the blockade has made Gaza unlivable, lift it
T - | {leader} is prolonging the war to stay in power
T - | israeli airstrikes killed journalists again, this deserves an independent investigation
T - | apartheid is the word human rights groups use for the west bank, and they're right
T - | i support a full arms embargo on Israel
T - | east jerusalem families keep losing their homes to demolition orders, it's ethnic cleansing by paperwork
T - | the IDF's rules of engagement are a disgrace
T - | no more US weapons for this war
T - | bombing refugee camps is not self-defence
T - | israel must let aid trucks in, starvation is not a weapon of war
T - | the settlements are the main obstacle to peace
T - | the EU should suspend its association agreement with Israel over Gaza
T - | the israeli war cabinet ignored every warning about civilian deaths
T - | i'm for BDS until the occupation ends
T - | a binational democracy where Palestinians and Israelis vote in the same elections, why is that so radical?
T - | soldiers filmed mocking Gazan detainees should be court-martialled
T - | annexation talk from far-right ministers should trigger EU sanctions

## news
S j | Swastikas found on a synagogue in {city}, police open an investigation
S n | TikTok removes videos promoting bin Laden's 'Letter to America'
S j | Court fines man over Holocaust denial posts on X
S j | Poll: antisemitic incidents rose sharply in {year}, watchdog says
S n | The Guardian takes down the full text of bin Laden's letter after it went viral
S j | Man arrested after threatening a Jewish school in {city}
T j | "Hitler was right" graffiti appears near {city}'s Jewish cemetery for the second time this month
T j | Synagogue in {city} reopens after arson attack
T n | Thousands of users shared clips praising bin Laden's 2002 letter, researchers find
T j | Antisemitic hate crimes reached a record high last year, police data show
T j | A man was sentenced to 18 months for threatening to "finish what Hitler started"
T j | Researchers tracked a surge in "6MWE" posts after the rally
T j | Jewish students at a {city} university say they were harassed on campus; inquiry opened
T j | Holocaust denier loses appeal at European Court of Human Rights
T j | Report: hateful replies targeting Jewish influencers rarely removed within a week
T n | Platform updates policy to remove content glorifying the October 7 attack
T j | Vandals smash windows of kosher bakery in {city}
T j | Survey finds one in five young adults believe the Holocaust was exaggerated
T j | Councillor suspended over posts claiming Jews run the press
T j | Jewish community centre in {city} evacuated after bomb threat
T n | Researchers map how "Letter to America" videos spread across platforms in November 2023
T j | Trial opens for man accused of attacking rabbi in {city}
T j | Moderators removed 12,000 antisemitic comments in one month, company says
T j | Football club bans fans who sang antisemitic chants
T j | Memorial plaque to deported Jewish children defaced in {city}
T j | Minister condemns rise in antisemitic attacks after weekend incidents
T j | Influencer charged after calling the Holocaust a "hoax" in a livestream
T j | Teenager charged with planning a synagogue attack in {city}, prosecutors say
T n | Hamas praise posts surged after October 7, analysts say
T j | Watchdog: triple-parentheses "echo" symbol reappears on major platforms
T j | Jewish creator says platform ignored hundreds of reports about a hate campaign

## counter_quote
S - | Someone wrote "{hitler_name} was right" under my video. Reported.
S - | Look at the comments I get: "gas the jews". This is why we need moderation
S - | Got a DM calling me a "{slur}" and telling me to "go back to the oven". Platform says it doesn't break the rules. seriously?
S - | "6MWE" in my replies again. blocked and reported, but this is exhausting
S - | He called me a dirty {slur} in the stream chat. mods banned him, thank you
S - | third time this week someone wrote "I hope you end up like Anne Frank". I post recipes.
T - | my grandma's survivor story got a "{hitler_name} had a point" reply. I'm shaking. flagged it
T - | 40 people told me to "hop in the oven" under one clip. screenshots are on their way to the platform
T - | the guy at the bar kept yelling "{slur}" at my friend until the manager threw him out
T - | flagging every "(((you)))" reply is a full-time job now
T - | my DMs after posting about Hanukkah: "{slurs} should be gassed". screenshots saved, police notified
T - | a kid at school told my son "Hitler should've gassed more". the school did nothing. I'm not letting it go
T - | "the goyim know" under a video of me making latkes. really? flagged
T - | people spam 🚿🔥 under my stories. I know exactly what it means. flagged every one
T - | "Jews are rats" spray-painted on our street. called the police this morning
T - | someone replied "go ask your shul about Gaza" to my cooking video. I'm not Israeli, I'm from {city}
T - | "🪂🪂 glory to the paragliders" comments flooding a Jewish creator's live. platforms need to act
T - | I got called a "k1ke" 14 times in one day. flagged all of them, 2 got removed
T - | "Hitler did the world a favour", under our Yom HaShoah post. the author is banned
T - | sharing the "6 million wasn't enough" messages I got so you see what Jewish creators deal with
T - | when someone tells a teenager "you're going in the attic like Anne", call it what it is: a threat
T - | my teacher heard a classmate say "burn the synagogue" and laughed. I told the principal
T - | the replies to my bar mitzvah photos: "{slur}", "oven", "🐀". blocked them all
T - | "zionist pig" is what they call me for saying I'm Jewish. no, I won't stay quiet
T - | a guy shouted "dirty jew" at my dad outside the shul. we filed a complaint
T - | I screenshot every "you people own the media" comment and send it to trust and safety
T - | stop telling me "it's just a joke" when people post "gas the {jews}" under my videos
T - | "enjoy your shower 🚿" was my first comment today. flagged. good morning to everyone except him
T - | my friend got "Hitler did nothing wrong" as a reply to her grandfather's story. we flagged it together
T - | they scrawled "{hitler_name} was a hero" on the school bathroom wall. the principal finally painted over it

## counter_reference
S - | Holocaust denial is a lie and it hurts survivors' families
S - | Stop blaming Jews for what {leader} does
S - | antisemitism is not an opinion, it's hate. call it out every time
S - | if you're leaving antisemitic comments under Jewish creators' videos, you're the problem
S - | Jewish students shouldn't have to hide their kippah to feel safe on campus
S - | you can criticise Israel without blaming your Jewish neighbours
T - | every time someone denies Auschwitz, a survivor's grandchild has to read it
T - | it's 2025 and Jewish schools in {city} need armed guards. that should shame all of us
T - | antisemitic conspiracy theories always end in violence, history is clear
T - | standing with my Jewish friends today and every day 💙
T - | nobody should be harassed for being Jewish, online or offline
T - | mocking the gas chambers is not edgy, it's cruel
T - | a synagogue in Ohio has zero say over Israeli airstrikes, aim your anger properly
T - | flag antisemitic comments when you see them, creators can't do it alone
T - | calling Jews rats is the same language the Nazis used. don't repeat it
T - | the "Jewish control" myth has been used to justify pogroms for centuries
T - | hate against Jews is rising and too many people shrug
T - | Jewish creators deserve the same protection as everyone else on this app
T - | defacing a synagogue is an attack on all of us
T - | if your activism involves harassing Jews, it's not activism
T - | antisemitism dressed up as "just asking questions" is still antisemitism
T - | platforms should triage hate floods on Jewish creators' pages within the hour, not the week
T - | no, you don't get to joke about Auschwitz in my comments
T - | people who deny the Holocaust would happily repeat it. never give them a platform
T - | solidarity with the Jewish community of {city} after last night's attack
T - | being Jewish is not a political position, stop treating it like one
T - | wanting Palestinians to be free and fighting antisemitism are not contradictory
T - | the rise in attacks on Jewish people in {city} should scare everyone
T - | protect Jewish creators from comment floods, it's basic safety
T - | antisemitism is a problem on the left and the right, call it out everywhere
T - | your Jewish classmate didn't vote for any war cabinet, leave her alone

## education
S - | Today we remember the six million. never again.
S - | On 27 January 1945, Soviet troops liberated Auschwitz-Birkenau
S - | The Protocols of the Elders of Zion were a forgery fabricated in Russia in the early 1900s
S - | The "Jewish question" was a 19th-century debate about emancipation and civil rights in Europe
S - | Yom HaShoah: at 10am sirens sound across Israel and people stand still in the street
S - | At the memorial, students read the names of children deported from Drancy
T - | About 1.1 million people were murdered at Auschwitz, most of them Jews
T - | The Nuremberg Laws of 1935 stripped German Jews of their citizenship
T - | Kristallnacht, 9–10 November 1938: synagogues burned across Germany and Austria
T - | The Wannsee Conference in January 1942 coordinated the so-called "Final Solution"
T - | Historians estimate that around six million Jews were murdered in the Holocaust
T - | The Warsaw Ghetto uprising began on 19 April 1943
T - | Our class visited the Anne Frank House today and read from her diary
T - | "Rootless cosmopolitan" was a Soviet slur used in Stalin's antisemitic campaign of 1948–53
T - | The blood libel, a medieval accusation against Jews, led to massacres across Europe
T - | Lecture tonight: the 1940 film "Der ewige Jude" and its vermin imagery
T - | The Dreyfus affair split France between 1894 and 1906
T - | Survivor testimony: {survivor} describes arriving at Birkenau at 14
T - | The Einsatzgruppen murdered over a million Jews by shooting in occupied Soviet territory
T - | Why the "ZOG" conspiracy theory appeared among American white supremacists in the 1970s
T - | Primo Levi's "If This Is a Man" is required reading in our history course
T - | The Khazar theory of Ashkenazi origins has been rejected by historians and geneticists
T - | Remembering the 1.5 million Jewish children murdered in the Holocaust
T - | The Evian conference of 1938: almost no country agreed to take Jewish refugees
T - | The "happy merchant" cartoon is an antisemitic caricature that spread on 4chan; here's how to recognise it
T - | Families of the deported gather at the memorial in {city} every year on this day
T - | Teaching the Holocaust with sources, testimonies and the Einsatzgruppen reports
T - | Marx's "On the Jewish Question" (1843) responded to Bruno Bauer on emancipation
T n | The 14 words and 88 are neo-Nazi codes; teachers should learn to recognise them
T - | Sobibor revolt, 14 October 1943: about 300 prisoners escaped
T - | This year's Holocaust Memorial Day theme focuses on survivors' testimonies

## self_reference
S - | As a Jew I light candles on Friday and I'm done hiding it
S - | (((me))) lol
S - | my grandma survived Auschwitz and still makes the best kugel in {city}
S - | the goyim know, shut it down 😂 signed, a Jew who can't parallel park
S - | Jewish and proud. yes I'm the one with the challah recipe
S - | as a Jewish creator I get hate every day and I'm still posting
T - | I'm Jewish and my favourite holiday is Passover, fight me
T - | (((us))) at the family seder arguing about everything 😂
T - | speaking as a Jewish woman: the comments under my videos are wild
T - | my zaide came to {city} in 1947 with nothing
T - | Jewish mom jokes hit different when you have a Jewish mom
T - | as a Jew who criticises Israel's government, I still get called a traitor by both sides lol
T - | born Jewish, raised in {city}, still can't pronounce "challah" right according to my grandma
T - | my family lost 40 people in the Shoah, and I still tell their stories
T - | yes I'm Jewish, no I don't control the weather 🙄
T - | the goyim will never know the joy of cholent at 2am 😂 (I'm Jewish, relax)
T - | I wear my Star of David every day and I'm not taking it off
T - | I'm a secular Jew and I still fast on Yom Kippur
T - | converting to Judaism was the best decision of my life
T - | we Jews argue about everything, two Jews three opinions
T - | my bubbe called me a "nudnik" today and honestly fair
T - | (((my whole family))) is coming to my wedding, pray for the caterer
T - | as the grandson of a survivor, every Holocaust joke lands on my family
T - | me, a Jew, explaining Hanukkah to my coworkers for the 5th year
T - | being Jewish in {city} means checking the news before going to shul
T - | my kippah stays on even when people stare on the bus
T - | my great-grandfather was a rabbi in Vilnius before the war
T - | finally got my grandmother's Auschwitz number documented for the family archive
T - | Jewish guilt is real, I apologised to a chair today
T - | hi I'm {name}, Jewish, 24, and yes this is my bar mitzvah photo
T - | "the goyim know" is the name of our family group chat, my cousin made it 😂

## negation
S - | Jews don't control the media, that's a Nazi myth
S - | No, the Holocaust was not exaggerated. the records are overwhelming
S - | Jewish people in {city} are not responsible for what the Israeli army does
S - | nobody "owns" the banks, and certainly not "the Jews"
S - | the gas chambers were real. denying them is not "questioning", it's lying
S - | Jews are not rats, not parasites, not anything but people
T - | No, Jews did not start the Covid pandemic
T - | Jews are not a monolith and they don't run the world
T - | the Rothschilds don't pull the strings of central banks, that's a 19th-century smear
T - | there is no "Khazarian mafia", it's a made-up story
T - | Soros is not the puppet master of anything, he's one donor among thousands
T - | Jews don't have dual loyalty any more than anyone else with family abroad
T - | nope, the camps were not a hoax. the paper trail runs to millions of pages
T - | Anne Frank's diary is authentic, forensic experts checked it
T - | no one harvests Palestinian organs, that's the old blood libel dressed up
T - | Jews didn't do 9/11, and it's absurd that I have to write this
T - | the kosher baker in {city} has never dropped a bomb on anyone, get a grip
T - | nope, there's no Jewish plan behind immigration
T - | generosity and stinginess exist in every community, Jews included, it's not genetic
T - | the death toll of about six million comes from Nazi paperwork and postwar census data, not imagination
T - | there's no "ZOG", the government is not occupied by anyone
T - | Jews don't poison wells, never did
T - | film studios answer to shareholders and the box office, not to some "tribe"
T - | no, Jews are not behind the war in Ukraine
T - | no, Eisenhower didn't "fake" the camp footage, he ordered it filmed so nobody could deny it
T - | Jewish bankers are not a cabal, they're just bankers
T - | no, the synagogue down the street is not "complicit" in anything
T - | Jews didn't kill Jesus, the Church itself dropped that accusation in 1965
T - | no, there's no secret Jewish hand running the Fed
T - | Hitler was not "right", he was a genocidal dictator
T - | the great replacement is not a Jewish plot, it's a racist fantasy

## question
S - | How do historians count Auschwitz victims?
S - | what does the triple parentheses thing mean? I keep seeing it in comments
S - | Why did Nazi propaganda compare Jews to rats?
S - | Is it antisemitic to criticise the Israeli government? genuinely asking
S - | what does "6MWE" stand for? saw it on a hoodie and it felt off
S - | Where can I find survivor testimonies for a school project?
T - | How many Jews lived in Europe before WW2?
T - | What was the Wannsee Conference?
T - | why do people say "the goyim know"? what's the origin?
T - | What's the difference between Ashkenazi and Sephardi Jews?
T - | How did the Protocols of the Elders of Zion spread if it was a forgery?
T - | Is "Zionist" a slur or a political label? trying to understand the debate
T - | saw a username ending in 88 on a neo-Nazi forum screenshot, is that a code?
T - | Why is Holocaust denial illegal in some countries and not others?
T - | How should I talk to my kids about the Holocaust?
T - | Is it okay for a non-Jew to attend a seder? what should I bring?
T - | what's the history of the blood libel accusation?
T - | Why do historians reject the Khazar theory, and who pushed it first?
T - | how do I flag antisemitic comments on this app?
T - | What happened at the Evian conference?
T - | Why are synagogues guarded by police in {city}?
T - | my kid's gaming buddy keeps typing ZOG in chat, should I be worried?
T - | how do museums verify Holocaust artefacts?
T - | what's a good book about the history of antisemitism?
T - | How many Holocaust survivors are still alive today?
T - | What does "rootless cosmopolitan" mean historically?
T - | is "Yid" ok to say or is it a slur? my friend from Tottenham uses it
T - | what's the right way to wish someone a happy Hanukkah?
T - | why do some people wrap names in (((echoes)))?
T - | How did the Nazis decide who was Jewish under the Nuremberg laws?
T - | who drew the "happy merchant" cartoon originally and how did it become a meme?

## trap
S - | King Zog ruled Albania from 1928 to 1939
S - | 1488 AD: Bartolomeu Dias rounds the Cape of Good Hope
S - | Preheat the oven to 180°C and bake for 25 minutes
S - | gas prices are brutal this week, $4.20 a gallon
S - | Rothschild & Co reports higher first-half revenue
S - | called pest control, the rats are back in the basement 🐀
S - | 🍉 for Palestine, ceasefire now
T - | that jacket is on sale for $14.88 today only
T - | my son wears 88 on his jersey like his favourite player
T - | born in '88 and still can't do taxes
T - | the shower drain is clogged again, any tips?
T - | homemade soap with lavender and goat milk 🧼
T - | vintage lampshade I found at the flea market, 1960s, perfect for the reading corner
T - | the Soros foundation announced a new grant for rural libraries
T - | {city} is such a cosmopolitan city, you hear twenty languages on the metro
T - | the globalist trade policy of the 90s hollowed out manufacturing towns
T - | anyone else stuck on the Zog boss fight? third night in a row
T - | wasps. everywhere. on my balcony, in my car, in my coffee 🐝
T - | the israeli shekel fell against the dollar this morning
T - | debate tonight: is Zionism compatible with liberal democracy? two speakers, one moderator
T - | rats in the subway are bigger than my cat 🐀
T - | the oven timer went off and the bread is perfect 🍞
T - | the parasites in my fish tank are finally gone
T - | the exterminator said it's mice, not rats
T - | the Swabian League was founded in 1488, fun fact for the history nerds
T - | the Rothschild giraffe is one of the most endangered giraffe subspecies 🦒
T - | watermelon 🍉 season is the best season
T - | the kids got head lice again, back to the special shampoo
T - | the pizzeria's wood oven reaches 450°C
T - | our gas bill doubled this winter
T - | grandma's old lampshade finally found a spot in my living room
T - | "they're everywhere" – me about pigeons at the train station
T - | the dentist said it's a small detail, nothing to worry about
T - | ovens, dishwashers and fridges 20% off this weekend
T - | the rat race is exhausting, I need a holiday
T - | that soap opera finale had the whole family in tears

## identity_neutral
S - | Shabbat dinner at my neighbours' tonight, they're Jewish and asked me to bring wine
S - | is the bar mitzvah on saturday or sunday? need to book the hotel
S - | the Jewish deli on {street} closes early on fridays
S - | my Jewish coworker is off for Yom Kippur next week
S - | there's a new kosher bakery near the station in {city}
S - | the synagogue on our street is hosting an open day
T - | our Jewish neighbours invited us for Sukkot in their sukkah
T - | my roommate is Jewish and keeps kosher, so we have two sets of plates
T - | the Jewish community centre in {city} has a great swimming pool
T - | I'm going to my first Jewish wedding, what's the dress code?
T - | Passover starts tonight, the supermarket ran out of matzah
T - | my kid's best friend is having a bat mitzvah in June
T - | the Jewish history museum in {city} is free on the first Sunday of the month
T - | the rabbi at the interfaith event spoke about climate
T - | Hebrew school pickup is at 5 on Wednesdays
T - | the kosher section at my supermarket got bigger
T - | Hanukkah starts on the 25th this year, same day as Christmas
T - | our school has Jewish, Muslim and Christian kids in the same class
T - | a Jewish family bought the house across the street
T - | my partner's family is Jewish so we celebrate both holidays
T - | Yiddish has some of the best words, my teacher taught us "kvetch"
T - | the synagogue choir is performing at the town hall on Sunday
T - | the Jewish cemetery in {city} is open to visitors on weekdays
T - | my colleague is Orthodox so we moved the meeting from friday afternoon
T - | Rosh Hashanah means apples and honey at my friend's house
T - | I'm reading a novel about a Jewish family in 1920s Odessa
T - | the local Chabad rabbi brings donuts to the fire station every Hanukkah
T - | my gym has a Jewish running club on sundays
T - | the Jewish quarter of {city} has a great walking tour
T - | a Jewish student group is organising the charity run
T - | my neighbour explained why she lights two candles on Friday night

## identity_positive
S - | Happy Hanukkah to all my Jewish friends! 🕎
S - | Jewish food is elite, latkes over fries any day
S - | my Jewish neighbours are the kindest people on our street
S - | mazel tov to {name} on the bar mitzvah, what a party
S - | Jewish humour is the best humour, change my mind
S - | shabbat shalom everyone 🕯️🕯️ have a peaceful weekend
T - | Jewish grandmothers are a national treasure
T - | the Jewish bakery in {city} makes the best babka I've ever had
T - | so proud of the Jewish community here for organising the food bank
T - | chag sameach! 🍎🍯 wishing everyone a sweet new year
T - | love learning about Jewish traditions from my partner's family
T - | Jewish musicians shaped jazz, and we should say it more
T - | the seder last night was so warm, thank you for having me
T - | Jewish comedians carried the 90s
T - | our Jewish neighbours always shovel everyone's snow first ❤️
T - | that bat mitzvah speech made the whole room cry
T - | Jewish delis are a cultural treasure, protect them
T - | huge respect to the survivors who still go to schools to tell their story
T - | the klezmer band at the wedding was incredible
T - | challah french toast is the best breakfast on earth
T - | the local Jewish youth group raised money for the children's hospital
T - | my Jewish friends taught me that "mensch" is the best compliment
T - | Jewish scientists, writers, artists, the list of contributions is endless
T - | happy Purim to everyone celebrating 🎭
T - | lighting the menorah with my neighbours was the highlight of my week
T - | so glad the Jewish film festival is back in {city}
T - | the warmth of a shabbat table is something else
T - | proud to stand with Jewish creators on this app, keep posting 💙
T - | Yiddish words make everything funnier
T - | best matzah ball soup in {city}, thank you Mrs Cohen

## claims
S c | Jews control the banks || Jews don't control the banks || the myth that Jews control the banks
S c | the Jews run Hollywood || the Jews don't run Hollywood || the idea that Jews run Hollywood
S h | the Holocaust is a hoax || the Holocaust is not a hoax || the claim that the Holocaust is a hoax
S h | six million is a made-up number || six million is not a made-up number || the claim that the six million figure was invented
S d | Jews are parasites || Jews are not parasites || the "Jews are parasites" trope
S b | every Jew is guilty for Gaza || Jews are not collectively guilty for Gaza || the idea that all Jews are guilty for Gaza
S a | Jews are greedy || Jews are not greedy || the stereotype that Jews are greedy
S c | Soros controls the government || Soros does not control the government || the conspiracy theory that Soros controls governments
T c | every TV channel takes orders from Jewish owners || TV channels don't take orders from "Jewish owners" || the rumour that TV channels obey Jewish owners
T c | the Rothschilds rule the world || the Rothschilds don't rule the world || the Rothschild world-domination conspiracy
T c | the Fed is just a front for Jewish bankers || the Fed is not a front for Jewish bankers || the old lie that the Fed fronts for Jewish bankers
T c | Jews were behind 9/11 || Jews were not behind 9/11 || the 9/11 conspiracy theory about Jews
T c | Jews are behind mass immigration || Jews are not behind mass immigration || the notion that Jews orchestrate immigration
T c | Israelis harvest organs from Palestinians || Israelis don't harvest Palestinian organs || the organ-harvesting accusation against Israelis
T c | Jews use Christian blood for matzah || Jews never used anyone's blood for matzah || the blood libel
T c | Jews caused the Black Death by poisoning wells || Jews didn't poison wells during the Black Death || the well-poisoning accusation
T c | Ashkenazi Jews are fake Khazar converts || Ashkenazi Jews are not fake Khazar converts || the Khazar origin theory
T c | a Jewish MP will always put Israel before the voters || a Jewish MP does not put Israel before the voters || the dual loyalty accusation
T c | Jews created communism to take over the world || Jews did not create communism to take over the world || the "Judeo-Bolshevism" myth
T c | Jews created Covid || Jews did not create Covid || the accusation that Jews created Covid
T c | the government is a ZOG || the government is not a ZOG || the "ZOG" conspiracy theory
T c | the Protocols of Zion are real || the Protocols of Zion are not real || the Protocols forgery
T h | the gas chambers were just delousing rooms || the gas chambers were not delousing rooms || the "delousing rooms" claim about the gas chambers
T h | the Red Cross proved only 300,000 died in the camps || the Red Cross never said only 300,000 died in the camps || the fake Red Cross "300,000" figure
T h | Jews exploit the Holocaust for money || Jews don't exploit the Holocaust for money || the "Holocaust industry" accusation
T h | Anne Frank's diary is a forgery || Anne Frank's diary is not a forgery || the rumour that Anne Frank's diary is a forgery
T h | the camps were just labour camps || the camps were not just labour camps || the old lie that the camps were only labour camps
T h | Jews brought the Holocaust on themselves || Jews did not bring the Holocaust on themselves || the notion that Jews caused their own persecution
T d | Jews are vermin infesting our cities || Jews are not vermin infesting anything || the image of Jews as vermin infesting cities
T d | Jews spread through nations like an infection || Jews do not "spread like an infection", they are citizens || the "Jews as infection" metaphor
T d | the devil is the father of the Jews || the devil is not the father of the Jews || the "devil's children" accusation
T d | Zionists have the souls of animals || Zionists don't have "the souls of animals" || the dehumanising "Zionist animals" rhetoric
T b | diaspora Jews bankroll every Israeli bomb || diaspora Jews don't bankroll Israeli bombs || the accusation that diaspora Jews fund Israel's bombs
T b | every synagogue supports the bombing || synagogues don't all support the bombing || the rumour that every synagogue supports the war
T b | Jewish students are complicit in genocide || Jewish students are not complicit in genocide || the accusation that Jewish students are complicit
T a | a Jew will always cheat you on the price || a Jew won't "always" cheat you on the price || the cliché of the Jew who cheats you on price
T a | Jews only care about money || Jews do not only care about money || the old cliché that Jews only care about money
T a | Jews stick together to cheat everyone else || Jews don't stick together to cheat others || the clannishness stereotype about Jews
T a | Jews killed Jesus || Jews did not kill Jesus || the deicide accusation against Jews

## wrap:assert
S - | {claim}. wake up
S - | {claim} and you all know it {emo}
S - | sorry but {claim}, facts don't care
T - | {claim}, it's not even a secret anymore
T - | fact: {claim}
T - | {claim}. do your own research
T - | say it louder for the people in the back: {claim}
T - | everyone knows {claim} {laugh}
T - | {claim} and i'm tired of pretending otherwise
T - | let's be honest, {claim}
T - | {claim}. cope {emo}

## wrap:quote
S - | he said "{claim}", what an idiot
S - | someone replied "{claim}" under my video. reported.
S - | got a comment saying "{claim}" today. this is why Jewish creators need better moderation
T - | my uncle said "{claim}" at dinner and i left the table
T - | "{claim}" — this is the kind of comment I delete every single day
T - | saw a man with a sign saying "{claim}" at the station. disgusting
T - | flagged a comment that said "{claim}". let's see if anything happens
T - | a classmate told me "{claim}". I told the teacher
T - | imagine writing "{claim}" under a survivor's video. blocked
T - | the stream chat was full of "{claim}". mods, please
T - | people really out here typing "{claim}" with their full name. shameful

## wrap:negation
S - | {neg}, that's a Nazi myth
S - | no. {neg}. stop spreading this
T - | {neg}. this has been debunked for a century
T - | for the last time: {neg}
T - | {neg}. read a history book, honestly
T - | {neg}, and repeating it doesn't make it true
T - | let's be clear: {neg}
T - | {neg}. it's propaganda, plain and simple

## wrap:question
S - | where does {myth} come from?
S - | why is {myth} still so widespread?
T - | can someone explain the history behind {myth}?
T - | how did {myth} start?
T - | is there a good book on {myth}?
T - | when did {myth} first appear?
T - | what do historians say about {myth}?
T - | what's the best way to respond when someone repeats {myth}?
"""

# --------------------------------------------------------------------------- #
# French
# --------------------------------------------------------------------------- #

_FR_DATA = """
## as_holocaust
S h | les chambres à gaz, c'est du pipeau, {shoah} est le plus gros mensonge du siècle
S h | {shoah} ? un détail de l'histoire comme disait l'autre {rire}
S hv | {hitler} aurait dû finir le boulot {emo_h}
S h | le shoah business tourne à plein régime, les {juifs} savent faire fructifier leurs morts
S hv | au four {emo_h} et cette fois sans billet retour
S hv | six millions c'était pas assez {emo_h}
S h | 6 millions ? on a le droit de recompter ou c'est interdit ? ils ont peur de quoi ?
T h | Faurisson avait raison, aucune chambre à gaz n'a jamais existé
T h | les {juifs} nous font payer {shoah} depuis 80 ans, ça suffit le chantage
T h | la shoah c'est leur fonds de commerce, la pleurniche qui rapporte
T hv | les fours sont encore chauds, y a plus qu'à les rallumer {emo_h}
T h | le savon était de meilleure qualité en 42 {rire}
T h | mon abat-jour a un petit accent yiddish {rire}
T hv | direction la douche 🚿🔥 les {juifs}
T h | chaud ananas 🍍 pour tous les {juifs} {rire}
T h | l'holocauste a été gonflé pour obtenir un pays, tout le monde le sait
T h | le journal d'Anne Frank est un faux écrit après la guerre
T h | six millions, chiffre magique jamais démontré
T hv | on rouvre Auschwitz quand ? {emo_h}
T hv | 45 est arrivé trop tôt, ils étaient presque au bout {emo_h}
T h | les camps c'était contre le typhus, le reste c'est du cinéma hollywoodien
T h | bizarre que ce soit le seul sujet qu'on n'a pas le droit de remettre en cause 🤔 la shoah évidemment
T h | à chaque critique ils ressortent la carte shoah, trop facile
T hv | un petit tour au four et on n'en parle plus {emo_h}
T h | l'holocauste = l'arnaque du siècle, réveillez vous
T h | les vraies victimes de la guerre c'étaient pas eux, stop avec vos chambres à gaz imaginaires
T hd | le zyklon B c'était pour les poux, et ça marche toujours sur les poux {rire}
T h | Shoahnanas 🍍 la meilleure blague de Dieudonné {rire}
T hv | ce que le moustachu a commencé, notre génération le terminera
T h | une quenelle 🍍 devant le mémorial, la meilleure réponse à leur shoah
T h | des « survivants » qui sortent encore des livres 80 ans après, bien sûr {rire}
T hv | une deuxième tournée de douches pour la tribu et le monde ira mieux {emo_h}
T h | le mémorial, c'est la plus grande boutique de souvenirs du monde {rire}
T h | Auschwitz avait une piscine et un théâtre, drôle de camp de la mort {rire}
T h | Faurisson, Garaudy, Rassinier : lisez-les avant de me parler de chambres à gaz
T hv | 6MWE ✡️🔥 la prochaine fois on termine

## as_conspiracy
S c | les {juifs} tiennent les banques, les médias et l'Élysée, ouvrez les yeux
S c | Qui contrôle les médias ? Mais qui ? 🤔
S c | le lobby décide de tout en France, les élus ne font qu'obéir
S c | ils sont partout, dans chaque rédaction, chaque banque, chaque ministère {emo}
S c | les Rothschild financent les deux camps de chaque guerre depuis toujours
S c | les députés juifs servent Tel Aviv, pas la France
T c | mais qui ? toujours les mêmes noms quand on regarde qui possède les chaînes {rire}
T c | la Banque a placé son pion à l'Élysée, ancien de chez Rothschild, tout est dit
T c | le système appartient à la communauté, les Français sont juste locataires
T c | {echo} contrôlent ce que vous avez le droit de penser
T c | les ashkénazes descendent des Khazars, des imposteurs qui ont volé le nom de juifs pour régner
T c | le CRIF donne les ordres et les ministres accourent au dîner
T c | toutes les ONG pro-migrants ont un point commun : l'argent de Soros. la communauté protège les siens
T c | ils empoisonnaient les puits hier, aujourd'hui ils empoisonnent les esprits
T c | Israël vole les organes des enfants palestiniens, c'est prouvé, cherchez
T c | les {juifs} sont derrière le covid, les vaccins et les guerres, tout est lié
T c | la finance apatride a un nom et tout le monde le connaît
T c | des cosmopolites apatrides sans aucune loyauté envers la France nous gouvernent
T c | les {juifs} ont organisé le grand remplacement, c'est écrit noir sur blanc
T c | chaque banque centrale obéit aux Rothschild, sans exception
T c | la presse est aux mains des sionistes, regarde qui signe les chèques des rédactions
T c | ils sont partout 🐙 et ils décident de tout
T c | le 11 septembre ? le Mossad. renseigne toi un peu
T c | les mondialistes veulent détruire les nations, et on sait tous de qui on parle
T c | regarde les noms des patrons de presse et pose toi la question : mais qui ?
T c | les {juifs} ont une double allégeance, leur vrai pays c'est Israël
T c | le lobby a encore gagné, aucun journal n'osera en parler
T c | les goyim commencent à comprendre et ça les rend fous {rire}
T c | la juiverie internationale tire les ficelles de chaque gouvernement
T c | ZOG à Washington, lobby à Paris, c'est la même pieuvre 🐙
T c | Z.O.G. = gouvernement d'occupation sioniste, renseignez vous

## as_dehumanization
S d | les {juifs} sont des rats 🐀, une vermine qui ronge le pays
S d | vermine juive, c'est tout ce qu'ils sont
S d | porcs sionistes 🐷 aucune humanité
S d | des sangsues qui vivent sur le dos des peuples, les {juifs}
S d | la peste juive s'étend encore {emo}
S d | ces {insultes} sont des parasites, rien de plus
T d | les {juifs} c'est comme les cafards, t'en vois un il y en a cent
T d | race de vipères, enfants de Satan 😈 ces {insultes}
T d | les sionistes, des bêtes déguisées en hommes
T d | une tique sur le corps de la nation, voilà ce qu'est la juiverie
T d | ces parasites ne produisent rien, ils sucent le sang des autres, les {juifs}
T d | une métastase, la juiverie, elle gagne chaque organe de la nation
T d | vampires sionistes assoiffés de sang 🧛
T d | des singes et des porcs 🐒🐷 comme dit l'autre, les {juifs}
T d | ça grouille de {juifs} comme des rats à {ville} 🐀
T d | la vermine sioniste infeste nos médias
T d | les {juifs}, une maladie qui s'attrape dès qu'on leur ouvre la porte
T d | sales bêtes, tous ces {insultes}
T d | la synagogue de Satan 👹 et ses démons
T d | des sangsues en kippa, toujours à pomper
T d | les juifs c'est de la mauvaise herbe, ça repousse partout
T d | un virus qui mute d'un pays à l'autre, la juiverie
T d | des gobelins 👺 qui comptent leur or dans les banques, suivez mon regard
T d | des punaises de lit qui infestent le quartier, ces {insultes}
T d | ces rats 🐀 de sionistes ne méritent aucune pitié
T d | race maudite, fils du diable, les {juifs}
T d | des hyènes sionistes qui se nourrissent des cadavres de Gaza
T d | les {juifs} sont des termites qui rongent l'Occident
T d | pas des hommes, des rats avec une kippa
T d | des sauterelles, les {juifs}, ils dévorent un pays et passent au suivant
T dv | la vermine juive, il faut la dératiser

## as_collective_blame
S b | les juifs d'ici paieront pour Gaza
S b | tous complices, ces {juifs}
S b | demande à ta synagogue pourquoi des enfants meurent à Gaza
S b | chaque juif de {ville} a du sang palestinien sur les mains
S b | ton peuple massacre des enfants et tu viens pleurer ?
S b | les {juifs} de France sont responsables de chaque bombe sur Gaza
T b | les juifs français sont tous des soldats de Tsahal en civil
T b | les juifs de {ville} ont fêté chaque bombardement, tout le monde le sait
T b | la communauté juive de {ville} finance le génocide, boycott de leurs commerces
T b | vous êtes juifs donc vous êtes coupables, point
T b | le rabbin du quartier devrait répondre des crimes de Tsahal
T b | chaque bar-mitsva est payée avec du sang palestinien
T b | les juifs du monde entier applaudissent le massacre
T b | ils allument leurs bougies à {ville} pendant que leurs frères brûlent Gaza
T b | pas d'exception : si t'es juif, les crimes d'Israël sont tes crimes
T b | la synagogue de {ville} est complice, elle doit payer
T b | t'es juive donc tu soutiens le massacre des enfants, c'est simple
T b | un juif innocent ? pendant que Gaza brûle ? laisse-moi rire
T b | les élèves juifs devraient rendre des comptes pour Gaza
T b | les juifs de la diaspora sont tous complices, arrêtez de faire semblant
T b | chaque synagogue est une ambassade du génocide
T bv | Gaza sera vengée, et ce sont les {juifs} de {ville} qui régleront la note {emo_h}
T b | le traiteur casher du coin finance les bombes, faut le boycotter
T b | la communauté se tait ? normal, elle approuve
T b | ta famille à {ville} est aussi coupable que les pilotes israéliens
T b | un juif de Paris ou un soldat à Gaza, c'est la même chose
T b | vos rabbins bénissent les bombes, assumez
T b | les juifs de {ville} rient pendant que Gaza pleure
T b | les écoles juives ? qu'elles ferment, leurs cousins bombardent les écoles de Gaza
T b | un juif reste un juif, il répondra de ce que fait Israël
T b | les {juifs} de France ont tous un cousin pilote à Tsahal
T b | les députés juifs devraient tous démissionner pour Gaza
T b | une amende pour chaque synagogue, une taxe Gaza sur toute la communauté

## as_violence
S v | mort aux {juifs}
S v | faut les exterminer, tous les {juifs} {emo_h}
S v | brûlez la synagogue de {ville}
S v | on va tous les égorger 🔪✡️
S v | celui qui a attaqué l'Hyper Cacher est un héros
S v | chassez les {juifs} de nos rues à coups de barre de fer
T v | ouvrez le gaz sur ces {insultes} {emo_h}
T v | une balle pour chaque {juif}
T v | leurs écoles, leurs synagogues, leurs épiceries : tout doit disparaître
T v | je sais où est {lieu} et samedi arrive
T vx | Merah a fait ce qu'il fallait à Toulouse
T v | une nuit de cristal à {ville}, voilà ce qu'il faut
T v | éliminez les sionistes un par un, rabbins compris
T v | aucun {juif} ne doit rentrer chez lui vivant ce soir
T v | t u e z - l e s tous, ces {insultes}
T v | des cocktails molotov sur {lieu} ce soir 🔥
T v | poignardez le prochain {juif} qui porte une kippa
T v | pendez-les haut et court, ces {insultes}
T v | faut taper les gosses juifs à la sortie de l'école
T v | un camion dans la foule à la sortie de la synagogue, ça réglerait le problème
T v | ce soir on fait la tournée des épiceries casher, ramenez les battes
T v | je roulerais sur un {juif} sans freiner
T v | faut faire sauter {lieu}
T v | il faut saigner les sionistes et leurs rabbins 🔪
T v | on sait où vous habitez, sales {insultes}
T hv | la solution finale, version 2025
T v | un monde sans juifs, voilà le rêve 🔪
T v | un juif mort est un bon juif
T hv | remplissez les trains, direction l'Est, tous les {juifs}
T v | je veux voir {lieu} en cendres
T v | faut buter du {juif} ce week-end

## as_stereotype
S a | sale {insulte}
S a | rends la monnaie, {insulte} {rire}
S a | pas de feujs ici, c'est réservé
S a | radin comme un juif, tout le monde le sait
S a | ce nez 👃 ça trompe pas
S a | les {juifs} et l'argent, une vieille histoire d'amour {rire}
T a | espèce de youtre, dégage de mon fil
T a | toujours le nez dans ses shekels 🤑, ça change pas
T a | on ne loue pas aux juifs, c'est la règle de la maison
T a | le videur a une consigne : aucun juif ne rentre, et il a raison
T a | mange ton argent, sale feuj
T a | il a fait un prix de juif, j'ai rien gagné
T a | cache ton portefeuille, y a un {juif} dans la salle {rire}
T a | les {juifs} sont avares de naissance, c'est dans le sang
T a | à la porte les youpins
T a | le marchand heureux qui se frotte les mains 🤑
T a | gros pif de {insulte} 👃
T a | pas d'embauche pour les juifs dans ma boîte, trop malins
T a | encore un feuj qui négocie au centime {rire}
T a | sale race de youtres
T a | les juifs s'intègrent jamais, ils restent entre eux pour l'argent
T a | faut surveiller la caisse quand un {juif} passe
T a | interdit aux {juifs} ce resto, et c'est très bien
T a | il a encore oublié son portefeuille, normal, c'est un {juif}
T a | youpin de merde, t'as rien à faire là
T a | chapeau noir, nez crochu, porte-monnaie fermé {rire}
T a | si on prend un {juif} dans l'équipe, adieu la prime
T a | sale feuj avare, tu rembourses quand ?
T a | 🧃🧃 dans les commentaires, planquez vos sous {rire}
T a | feuj un jour, radin toujours

## violent_extremism
S x | gloire au 7 octobre
S xh | Hitler avait raison {emo}
S xc | Ben Laden avait tout compris, lisez sa lettre à l'Amérique
S xv | le 7 octobre, le plus beau jour, des juifs morts par centaines
S x | vive le Hamas, vive la lutte armée
S xa | 88 ⚡⚡ salut aux camarades, on sait qui est l'ennemi ✡️
T xh | {hitler} n'a rien fait de mal
T xh | Heil {hitler_name} ⚡⚡ HH
T xh | le peintre autrichien, un visionnaire qu'on a sali
T x | les héros du 7 octobre resteront dans l'histoire
T xv | le 7 octobre a montré comment traiter les {juifs}
T x | Sinwar est un martyr, gloire à lui
T x | les parapentistes 🪂 sont des héros
T xc | les juifs tiennent l'économie et les médias américains, c'est écrit noir sur blanc dans le texte de Ben Laden de 2002
T x | Al-Qaïda a eu raison de frapper les tours
T x | les lions du califat 🏴 ont montré la voie
T xh | Mein Kampf devrait être au programme, tout y est vrai
T xa | 14 mots, 88, ceux qui savent savent {emo_h}
T xv | d'autres 7 octobre, et cette fois dans chaque ville où vivent des juifs
T xh | le IIIe Reich était la dernière Europe libre
T x | les brigades al-Qassam sont l'honneur de la oumma
T xv | bravo aux héros qui ont massacré les juifs du festival
T xc | cette vidéo sur la lettre à l'Amérique m'a ouvert les yeux, le lobby contrôle vraiment tout
T x | que Dieu accorde la victoire à ceux qui ont franchi la barrière le 7
T xh | le moustachu, visionnaire incompris, ce fil de commentaires le prouve
T xh | le Führer voulait sauver l'Europe des {juifs}
T x | les frères Kouachi sont des héros
T x | le Bataclan c'était mérité
T xh | Adolf, l'homme le plus incompris du XXe siècle, je changerai pas d'avis
T xa | HH 🎱🎱 la race blanche se réveille, le (((système))) tremble
T x | le drapeau de l'État islamique 🏴 dans ma chambre, fier soutien
T x | les hommes qui ont percuté les tours sont des martyrs, pas des terroristes
T xh | tête de mort SS sur ma veste, sieg heil ⚡⚡

## harassment_creator
S rhv | j'espère que tu finiras comme Anne Frank
S ra | ferme ta gueule sale {insulte}, personne veut de ton contenu
S rh | {prenom} qui pleure encore sur sa shoah, ça a même pas existé
S rhv | le four est préchauffé pour toi {prenom} {emo_h}
S rb | ton peuple massacre des enfants et toi tu fais des vidéos de cuisine ?
S rc | t'es payée par le lobby, tout le monde le sait {prenom}
T rhv | un pyjama rayé t'irait bien {prenom} {emo_h}
T rd | t'es un rat 🐀 comme toute ta race
T ra | dégage de mon fil, gros nez de {insulte} 👃
T rv | on sait où tu habites {prenom}, à samedi
T rhv | la douche t'attend 🚿🔥 {prenom}
T rc | {prenom} c'est juste un porte-voix de plus pour (((eux)))
T ra | désabonné, je savais pas que t'étais feuj, dégoûtant
T rb | {prenom} chaque like sur tes vidéos finance les bombes, toute ta communauté est coupable
T rd | retourne dans ton ghetto, parasite
T rhv | t'aurais dû être dans le train pour Auschwitz {prenom}
T ra | ton nez est plus gros que ton nombre d'abonnés {rire}
T rc | {prenom} l'espionne du Mossad qui fait des tutos maquillage {rire}
T rhv | on va faire de toi un abat-jour {prenom}
T ra | prends tes shekels et dégage de l'appli, sale {insulte}
T rxh | avec des gens comme toi {prenom}, je comprends le moustachu
T rv | je vais te retrouver à ta prochaine rencontre et tu verras ce qu'on fait aux {insultes}
T rd | t'as une tête de rat 🐀 quand tu souris {prenom}
T rb | {prenom} filme ton rabbin en train d'expliquer les frappes d'aujourd'hui, j'attends
T rh | influenceuse du shoah business {rire}
T rhv | y a un grenier qui t'attend, version Anne Frank {emo_h}
T ra | encore une youpine qui se croit drôle
T rd | retourne dans les égouts avec les autres {insultes}
T rh | ta grand-mère a menti sur les camps et toi tu continues {prenom}
T rhv | le prochain des six millions, ce sera toi {prenom}
T ra | {prenom} la feuj qui fait la morale, retourne à ton fric

## contested_violent
S kv | du fleuve à la mer, et pas un juif de vivant
S kv | mondialiser l'intifada : frapper les synagogues de {ville}
S ka | sionazis, leur étoile de David c'est une croix gammée ✡️=卐
S ka | Israël doit être rayé de la carte et les juifs renvoyés d'où ils viennent
S kv | intifada jusqu'à la victoire, en commençant par les juifs de {ville}
S kvx | mondialiser l'intifada comme le 7 octobre, dans chaque quartier juif
T kv | les juifs à la mer, du Jourdain jusqu'à Jaffa
T kv | mondialiser l'intifada = chasser les sionistes de la fac, sans pitié
T kv | 🔪 pour chaque colon et chaque juif, voilà ce que veut dire « du fleuve à la mer » pour moi
T kv | l'intifada devant les grilles des écoles juives
T kvx | du fleuve à la mer, un 7 octobre encore et encore
T ka | le drapeau israélien avec une croix gammée au milieu, voilà la vérité des sionazis
T kv | rayer l'entité sionazie de la carte avec tout son peuple
T kv | une synagogue en feu par ville, voilà l'intifada mondiale
T ka | les juifs sionazis dehors de nos facs
T kvh | du fleuve à la mer, direction les chambres à gaz {emo_h}
T kv | intifada jusqu'à ce que chaque sioniste soit mort, y compris ceux d'ici à {ville}
T kv | libérer la Palestine par tous les moyens : tuer les juifs de {lieu}
T kvx | faire aux juifs ce que les héros du 7 ont fait, intifada pour toujours
T kad | porcs sionazis 🐷 dehors de notre ville, kippas comprises
T kv | amenez l'intifada dans le 17e et à Sarcelles
T kv | mondialiser l'intifada jusqu'à ce que les épiceries casher ferment pour de bon
T kd | Israël ne mérite pas d'exister, et les juifs qui le défendent non plus
T kv | l'intifada arrive pour vous les {juifs}
T ka | un État juif ? jamais. aucun juif ne mérite un pays
T kv | du fleuve à la mer, poignardez chaque kippa que vous croisez
T kv | de Paris à Bruxelles, du fleuve à la mer, mort aux juifs
T ka | rabbins sionazis qui lavent le cerveau des gosses
T kv | du fleuve à la mer, ça vaut aussi pour les rabbins de {ville}
T kvx | mondialiser l'intifada, chaque fête juive doit finir comme la rave Nova
T kdv | du fleuve à la mer 🐀 dehors les rats sionistes, morts ou vifs

## contested_slogan
S - | Du fleuve à la mer, la Palestine vaincra. rendez-vous place de la République {jour}
S - | mondialiser l'intifada, mondialiser la solidarité 🍉
S - | intifada jusqu'à la victoire, libérez la Palestine
S - | du fleuve à la mer, égalité des droits pour tous ceux qui y vivent
S - | fleuve à la mer 🍉 cessez-le-feu maintenant
S - | mondialisons l'intifada ✊ boycott, désinvestissement, sanctions
T - | #DuFleuveALaMer la Palestine sera libre 🇵🇸
T - | on a scandé « du fleuve à la mer » devant l'Assemblée, on était des milliers
T - | du fleuve à la mer, fin de l'occupation, fin de l'apartheid
T - | bio : 🍉 du fleuve à la mer | étudiante | Marseille
T - | « mondialiser l'intifada » sur toutes les banderoles aujourd'hui et franchement c'était émouvant
T - | intifada intifada, Palestine vivra 🇵🇸
T - | du fleuve à la mer, autodétermination pour les Palestiniens
T - | une seule solution : la révolution, intifada 🇵🇸
T - | Palestine libre, du fleuve à la mer ✊🏽
T - | ils peuvent interdire le slogan, on le chantera quand même : du fleuve à la mer
T - | vive l'intifada, levez le blocus
T - | « mondialiser l'intifada », c'est un appel à la résistance populaire, pas à la haine
T - | du fleuve à la mer, droit au retour pour les réfugiés
T - | fleuvealamer 🍉🍉 arrêtez les bombardements
T - | intifada jusqu'à la libération, désinvestissez de l'occupation
T - | les étudiants ont chanté « du fleuve à la mer » et le doyen a appelé la police mdr
T - | on continuera de le dire : du fleuve à la mer, Palestine libre
T - | mondialisez l'intifada, des campus de Paris aux rues de Dakar
T - | intifada des pierres, intifada des mots, la Palestine sera libre
T - | du fleuve à la mer, laissez vivre Gaza
T - | ma pancarte pour {jour} : DU FLEUVE À LA MER 🍉
T - | du fleuve à la mer, ce n'est pas un slogan de haine mais de liberté
T - | mondialiser l'intifada ✊ l'occupation est un crime
T - | de la mer au fleuve, du fleuve à la mer, Palestine libre 🇵🇸
T - | intifada jusqu'à la victoire 🇵🇸 manif dimanche 14h

## israel_criticism
S - | le gouvernement de {dirigeant} affame Gaza, il faut le sanctionner
S - | le gouvernement israélien viole le droit international
S - | les frappes sur Rafah sont des crimes de guerre
S - | Israël détient des mineurs sans procès, c'est inacceptable
S - | boycott des produits des colonies
S - | un seul État démocratique, des droits égaux pour tous
T - | l'occupation de la Cisjordanie est illégale au regard du droit international
T - | {dirigeant} doit répondre devant la CPI
T - | suspendons les ventes d'armes à Israël jusqu'à la fin du siège
T - | les violences des colons explosent et l'armée ferme les yeux
T - | la punition collective de Gaza viole les conventions de Genève
T - | la réforme judiciaire du gouvernement israélien est une attaque contre la démocratie
T - | des centaines de Palestiniens détenus sur la base de dossiers secrets qu'ils ne verront jamais
T - | mon député a voté contre le cessez-le-feu, je m'en souviendrai aux élections
T - | le blocus a rendu Gaza invivable, il faut le lever
T - | {dirigeant} prolonge la guerre pour rester au pouvoir
T - | des journalistes tués par des frappes israéliennes, il faut une enquête indépendante
T - | les ONG parlent d'apartheid en Cisjordanie et elles ont raison
T - | je soutiens un embargo total sur les armes vers Israël
T - | à Jérusalem-Est, les familles perdent leur maison à coups d'ordres de démolition, c'est un nettoyage ethnique administratif
T - | les règles d'engagement de Tsahal sont une honte
T - | la France doit arrêter de livrer des composants militaires à Israël
T - | bombarder des camps de réfugiés, ce n'est pas de la légitime défense
T - | Israël doit laisser entrer les camions d'aide, la famine n'est pas une arme
T - | la colonisation est le principal obstacle à la paix
T - | l'UE doit suspendre l'accord d'association avec Israël
T - | le cabinet de guerre israélien a ignoré tous les avertissements sur les civils
T - | je suis pour le BDS tant que l'occupation continue
T - | des soldats filmés en train d'humilier des détenus gazaouis devraient passer en cour martiale
T - | quand des ministres d'extrême droite parlent d'annexion, l'UE doit réagir par des sanctions
T - | reconnaître l'État de Palestine maintenant, c'est le minimum

## news
S j | Enquête après des tags antisémites à {ville}
S n | TikTok supprime des vidéos faisant la promotion de la « Lettre à l'Amérique » de Ben Laden
S j | Un homme condamné pour des propos négationnistes sur les réseaux sociaux
S j | Les actes antisémites ont fortement augmenté en {annee}, selon un rapport
S j | Une synagogue de {ville} visée par une tentative d'incendie, le parquet ouvre une enquête
S j | Jean-Marie Le Pen définitivement condamné pour avoir qualifié les chambres à gaz de « détail »
T j | Des dizaines de tombes profanées au cimetière juif de {ville}, une marche silencieuse prévue dimanche
T j | Une école juive de {ville} placée sous protection policière après des menaces en ligne
T n | Des milliers de vidéos sur la lettre de Ben Laden partagées en novembre 2023, selon des chercheurs
T j | Selon le ministère de l'Intérieur, les actes antisémites ont atteint un niveau record
T j | Un homme condamné à 18 mois de prison pour avoir menacé de « finir le travail d'Hitler »
T j | Un rapport pointe la lenteur des plateformes face aux commentaires antisémites visant des créateurs juifs
T j | Procès à Paris d'un influenceur poursuivi pour négationnisme
T n | Lettre de Ben Laden : les plateformes accusées d'avoir réagi trop tard
T j | Une boulangerie casher de {ville} vandalisée dans la nuit
T j | Sondage : un jeune sur cinq pense que la Shoah a été exagérée
T j | Un élu suspendu après des messages affirmant que « les juifs tiennent la presse »
T j | Alerte à la bombe au centre communautaire juif de {ville}, le bâtiment évacué
T j | Ouverture du procès de l'agresseur d'un rabbin à {ville}
T j | La plateforme a supprimé 12 000 commentaires antisémites en un mois
T j | Un club de football sanctionne des supporters pour des chants antisémites
T j | La plaque à la mémoire des enfants juifs déportés dégradée à {ville}
T j | Le ministre condamne la hausse des agressions antisémites après le week-end
T j | Dieudonné de nouveau condamné pour provocation à la haine
T j | Un adolescent mis en examen pour un projet d'attentat contre une synagogue de {ville}
T n | Apologie du terrorisme : un homme jugé pour avoir salué le 7 octobre sur X
T j | Un site recensant des personnalités juives signalé à Pharos
T j | Une créatrice juive dénonce l'inaction de la plateforme face à des centaines de signalements
T j | Le symbole des triples parenthèses réapparaît sur les réseaux, alertent des associations
T j | Une école de {ville} découvre l'inscription « mort aux juifs » sur sa façade à la rentrée
T j | Vel d'Hiv : le Premier ministre participe à la cérémonie de commémoration

## counter_quote
S - | Il m'a traité de « sale {insulte} », j'ai porté plainte
S - | Quelqu'un a écrit « {hitler_name} avait raison » sous ma vidéo. Signalé.
S - | regardez les commentaires que je reçois : « au four ». voilà pourquoi il faut de la modération
S - | encore un « shoah business » sous mon post sur mon arrière-grand-père. bloqué et signalé
S - | un mec m'a écrit en MP « j'espère que tu finiras comme Anne Frank ». capture faite, plainte déposée
S - | « mais qui ? » sous chaque vidéo où je parle de ma famille. je vois très bien ce que ça veut dire. signalé
T - | le témoignage de ma grand-mère a reçu un « {hitler_name} était un génie » en réponse. j'en tremble encore, c'est remonté à la modération
T - | 40 personnes m'ont dit de « monter dans le four » sous un seul clip. les captures partent à la plateforme
T - | au bar un type hurlait « youpin » sur mon pote jusqu'à ce que le patron le sorte
T - | faire remonter chaque « (((toi))) » dans mes réponses, c'est devenu un travail à plein temps
T - | mes MP après ma vidéo sur Hanoucca : « faut tous vous gazer ». captures gardées, plainte en cours
T - | un élève a dit à mon fils « Hitler aurait dû en gazer plus ». l'école n'a rien fait, je lâche pas
T - | « les goyim savent » sous une vidéo où je fais des latkes. sérieux ? c'est remonté à la modération
T - | des 🚿🔥 en série sous mes stories. je sais exactement ce que ça veut dire, tout est remonté
T - | « les juifs sont des rats » tagué dans notre rue. on a appelé la police ce matin
T - | on m'a répondu « va demander des comptes à ta synagogue ». je suis de {ville}, pas de Tel-Aviv
T - | des « le 7 octobre c'était une belle journée » en pagaille sous le live d'une créatrice juive. les plateformes doivent agir
T - | on m'a traitée de « youtre » 14 fois en une journée. tout remonté, 2 commentaires supprimés
T - | « Hitler a rendu service au monde », sous notre post de Yom HaShoah. l'auteur est banni
T - | je partage les « 6MWE » et les 🔥🚿 que j'ai reçus pour que vous voyiez ce que vivent les créateurs juifs
T - | écrire « direction le grenier comme Anne » sous la vidéo d'une ado, appelons ça par son nom : une menace
T - | mon prof a entendu un élève dire « brûlez la synagogue » et il a rigolé. j'ai prévenu la direction
T - | les réponses à mes photos de bar-mitsva : « youpin », « au four », « 🐀 ». tous bloqués
T - | « porc sioniste », voilà comment on m'appelle parce que je dis que je suis juive. je me tairai pas
T - | un type a hurlé « sale juif » sur mon père devant la synagogue. la police a pris sa déposition
T - | je fais une capture de chaque « vous tenez les médias » et je l'envoie à la modération
T - | arrêtez de me dire « c'est de l'humour » quand on écrit « au four les {juifs} » sous mes vidéos
T - | « profite bien de ta douche 🚿 » : premier commentaire de la journée. remonté, bonne journée à tous sauf lui
T - | mon amie a reçu « Hitler n'a rien fait de mal » en réponse à l'histoire de son grand-père. on l'a fait remonter ensemble
T - | ils ont écrit « {hitler_name} était un héros » dans les toilettes du lycée. la direction l'a enfin effacé
T - | ma cousine reçoit des « le lobby » et des « ils sont partout » à longueur de journée. c'est du harcèlement, on a porté plainte

## counter_reference
S - | le négationnisme est un mensonge qui blesse les familles de survivants
S - | arrêtez de rendre les juifs responsables de ce que fait {dirigeant}
S - | l'antisémitisme n'est pas une opinion, c'est un délit
S - | si tu laisses des commentaires antisémites sous les vidéos de créateurs juifs, le problème c'est toi
S - | les étudiants juifs ne devraient pas avoir à cacher leur kippa pour être en sécurité
S - | on peut critiquer Israël sans s'en prendre à ses voisins juifs
T - | chaque fois que quelqu'un nie Auschwitz, un petit-enfant de déporté doit le lire
T - | en 2025, les écoles juives de {ville} ont besoin de militaires devant la porte. ça devrait tous nous faire honte
T - | les théories du complot antisémites finissent toujours dans la violence
T - | solidarité avec mes amis juifs aujourd'hui et tous les jours 💙
T - | personne ne devrait être harcelé parce qu'il est juif
T - | se moquer des chambres à gaz n'a rien de drôle, c'est cruel
T - | une synagogue de province n'a aucune prise sur les frappes israéliennes, trompez-vous pas de cible
T - | faites remonter les commentaires antisémites, les créateurs ne peuvent pas le faire seuls
T - | traiter les juifs de rats, c'est le vocabulaire des nazis. ne le répétez pas
T - | le mythe du « pouvoir juif » a servi à justifier des pogroms pendant des siècles
T - | la haine des juifs augmente et trop de gens haussent les épaules
T - | les créateurs juifs méritent la même protection que tout le monde sur cette appli
T - | taguer une synagogue, c'est nous attaquer tous
T - | si ton militantisme consiste à harceler des juifs, ce n'est pas du militantisme
T - | l'antisémitisme déguisé en « je pose juste des questions » reste de l'antisémitisme
T - | les plateformes devraient traiter les raids de haine contre les créateurs juifs dans l'heure, pas dans la semaine
T - | non, tu ne feras pas de blagues sur Auschwitz dans mes commentaires
T - | ceux qui nient la Shoah seraient prêts à la recommencer, ne leur donnons pas de tribune
T - | soutien à la communauté juive de {ville} après l'agression d'hier soir
T - | être juif n'est pas une position politique, arrêtez de le traiter comme tel
T - | défendre les Palestiniens et combattre l'antisémitisme, ce n'est pas contradictoire
T - | la quenelle n'est pas un geste « antisystème », c'est un signe de ralliement antisémite
T - | protégez les créateurs juifs des raids de commentaires, c'est la base
T - | l'antisémitisme existe à gauche comme à droite, il faut le dénoncer partout
T - | ta camarade juive n'a voté pour aucun cabinet de guerre, laisse-la tranquille

## education
S - | Au Mémorial, les élèves lisent les listes de Drancy
S - | Rafle du Vel d'Hiv, 16 et 17 juillet 1942 : 13 152 personnes arrêtées à Paris
S - | Aujourd'hui nous nous souvenons des six millions. Plus jamais ça.
S - | Les Protocoles des Sages de Sion sont un faux fabriqué par la police secrète russe au début du XXe siècle
S - | La « question juive » au XIXe siècle désignait le débat sur l'émancipation des juifs en Europe
S - | Le 27 janvier 1945, l'Armée rouge libère Auschwitz-Birkenau
T - | Environ 76 000 juifs ont été déportés de France, dont plus de 11 000 enfants
T - | Le statut des juifs d'octobre 1940, une loi de Vichy, excluait les juifs de nombreuses professions
T - | La Nuit de Cristal, 9-10 novembre 1938 : synagogues incendiées dans toute l'Allemagne
T - | La conférence de Wannsee, janvier 1942, organise la « solution finale »
T - | Les historiens estiment à environ six millions le nombre de juifs assassinés pendant la Shoah
T - | L'insurrection du ghetto de Varsovie commence le 19 avril 1943
T - | Notre classe a visité la maison d'Anne Frank à Amsterdam
T - | L'affaire Dreyfus a divisé la France de 1894 à 1906
T - | Le camp de Drancy était le principal lieu de transit vers Auschwitz
T - | Témoignage : {survivant} raconte son arrivée à Birkenau à 14 ans
T - | Conférence ce soir : le film « Le Juif éternel » (1940) et ses images de vermine
T - | « Je suis partout » était un hebdomadaire collaborationniste et antisémite sous l'Occupation
T - | Les enfants d'Izieu, raflés le 6 avril 1944 sur ordre de Klaus Barbie
T - | « Si c'est un homme » de Primo Levi est au programme de notre cours d'histoire
T - | La théorie khazare sur l'origine des ashkénazes est rejetée par les historiens
T - | Yom HaShoah, le jour du souvenir de la Shoah, est fixé au 27 nissan du calendrier hébraïque
T - | Le procès de Nuremberg s'ouvre le 20 novembre 1945
T - | Le mythe du meurtre rituel, accusation médiévale contre les juifs, a provoqué des massacres
T - | Les Justes parmi les Nations ont sauvé des juifs au péril de leur vie
T - | Enseigner la Shoah : archives, témoignages et visites de lieux de mémoire
T - | Marx, « Sur la question juive » (1843), répond à Bruno Bauer sur l'émancipation
T n | 14 et 88 sont des codes néonazis que les enseignants doivent savoir reconnaître
T - | La révolte de Sobibor, 14 octobre 1943 : environ 300 prisonniers s'évadent
T - | Le mur des noms, rue Geoffroy-l'Asnier, porte les noms de 76 000 déportés de France
T - | La loi Gayssot de 1990 punit la contestation des crimes contre l'humanité
T - | Le 16 juillet, cérémonie au square des Martyrs-Juifs-du-Vélodrome-d'Hiver

## self_reference
S - | Je suis feuj et fier
S - | (((moi))) mdr
S - | ma grand-mère a survécu à Auschwitz, elle a 94 ans et elle fait encore des gâteaux
S - | en tant que juive, j'allume les bougies le vendredi soir et je ne m'en cache plus
S - | les goyim savent, fermez tout 😂 signé un feuj qui sait pas se garer
S - | créatrice juive, je reçois de la haine tous les jours et je continue de poster
T - | je suis juif et ma fête préférée c'est Pessah, venez débattre
T - | (((nous))) au seder en train de débattre de tout 😂
T - | en tant que femme juive, les commentaires sous mes vidéos sont hallucinants
T - | mon grand-père est arrivé à {ville} en 1947 avec rien
T - | les blagues sur les mères juives, quand t'as une mère juive, ça frappe différemment
T - | en tant que juif qui critique le gouvernement israélien, je me fais traiter de traître des deux côtés mdr
T - | né juif, grandi à {ville}, et ma grand-mère dit que je prononce toujours mal « hallah »
T - | ma famille a perdu 40 personnes pendant la Shoah et je continue de raconter leur histoire
T - | oui je suis juive, non je contrôle pas la météo 🙄
T - | je porte mon étoile de David tous les jours et je l'enlèverai pas
T - | je suis juif laïque et je jeûne quand même à Kippour
T - | deux feujs, trois avis, c'est la règle chez nous
T - | (((toute ma famille))) vient à mon mariage, priez pour le traiteur
T - | petit-fils de déporté, chaque blague sur la Shoah touche ma famille
T - | moi, juive, qui explique Hanoucca à mes collègues pour la 5e année
T - | être juif à {ville}, c'est vérifier les infos avant d'aller à la synagogue
T - | ma kippa reste sur ma tête même quand on me dévisage dans le bus
T - | mon arrière-grand-père était rabbin à Salonique avant la guerre
T - | la culpabilité juive c'est réel, je me suis excusé auprès d'une chaise aujourd'hui
T - | salut moi c'est {prenom}, feuj, 24 ans, et oui c'est ma photo de bar-mitsva
T - | « les goyim savent » c'est le nom du groupe WhatsApp de ma famille, c'est mon cousin qui l'a créé 😂
T - | séfarade par mon père, ashkénaze par ma mère, donc je me dispute avec moi-même
T - | j'ai fait ma conversion au judaïsme l'an dernier, meilleure décision de ma vie
T - | ma mamie m'appelle « mon petit feuj » et j'adore
T - | en tant que juive française, je suis fatiguée de devoir me justifier pour un gouvernement étranger

## negation
S - | Non, les juifs de France ne sont pas responsables de Gaza
S - | les juifs ne contrôlent pas les médias, c'est un mythe nazi
S - | non, la Shoah n'a pas été exagérée, les archives sont accablantes
S - | personne ne « tient » les banques, et sûrement pas « les juifs »
S - | les chambres à gaz ont existé, les nier ce n'est pas « questionner », c'est mentir
S - | les juifs ne sont ni des rats ni des parasites, ce sont des gens
T - | non, les juifs n'ont pas créé le covid
T - | les juifs ne forment pas un bloc et ne dirigent pas le monde
T - | les Rothschild ne tirent pas les ficelles des banques centrales, c'est une calomnie du XIXe siècle
T - | la « mafia khazare » n'existe pas, c'est une invention
T - | Soros ne manipule rien du tout, c'est un donateur parmi d'autres
T - | les juifs français n'ont pas de double allégeance, pas plus que n'importe qui avec de la famille à l'étranger
T - | non, les camps ne sont pas une invention, les archives font des millions de pages
T - | le journal d'Anne Frank est authentique, des experts l'ont vérifié
T - | personne ne vole d'organes palestiniens, c'est le vieux mythe du meurtre rituel recyclé
T - | les juifs n'ont pas fait le 11 septembre, et c'est absurde de devoir l'écrire
T - | le boulanger casher de {ville} n'a jamais largué de bombe sur personne, calmez-vous
T - | non, il n'y a pas de plan juif derrière l'immigration
T - | la générosité et l'avarice existent partout, chez les juifs comme ailleurs, ce n'est pas dans le sang
T - | le bilan d'environ six millions vient des archives nazies et des recensements d'après-guerre, pas de l'imagination
T - | le « lobby » dont parlent Soral et Dieudonné est un fantasme, rien de plus
T - | les juifs n'empoisonnaient pas les puits, jamais
T - | non, le cinéma n'est pas « tenu par les juifs »
T - | non, les juifs ne sont pas derrière la guerre en Ukraine
T - | non, les photos des camps n'ont pas été truquées, les Alliés ont tout filmé justement pour qu'on ne puisse pas nier
T - | non, la synagogue du quartier n'est « complice » de rien
T - | les juifs n'ont pas tué Jésus, l'Église elle-même a abandonné cette accusation en 1965
T - | « mais qui ? » : personne. il n'y a pas de chef d'orchestre caché
T - | non, Hitler n'avait pas « raison », c'était un dictateur génocidaire
T - | le grand remplacement n'est pas un complot juif, c'est un fantasme raciste
T - | non, ils ne sont pas « partout », les juifs sont moins de 1 % de la population française

## question
S - | C'était quoi, la « question juive » au XIXe ?
S - | comment les historiens comptent-ils les victimes d'Auschwitz ?
S - | pourquoi la propagande nazie comparait les juifs à des rats ?
S - | c'est antisémite de critiquer le gouvernement israélien ? vraie question
S - | ça veut dire quoi les triples parenthèses ? je les vois partout dans les commentaires
S - | où trouver des témoignages de survivants pour un exposé ?
T - | combien de juifs vivaient en France avant la guerre ?
T - | c'était quoi la conférence de Wannsee ?
T - | pourquoi on dit « mais qui ? » dans les commentaires ? c'est quoi l'origine ?
T - | quelle différence entre juifs ashkénazes et séfarades ?
T - | comment les Protocoles des Sages de Sion se sont répandus si c'était un faux ?
T - | « sioniste », c'est une insulte ou une position politique ? j'essaie de comprendre le débat
T - | j'ai vu un pseudo qui finit par 88 sur une capture d'un forum néonazi, c'est un code ?
T - | pourquoi le négationnisme est interdit en France et pas aux États-Unis ?
T - | comment parler de la Shoah à mes enfants ?
T - | un non-juif peut assister à un seder ? qu'est-ce que j'apporte ?
T - | l'accusation de meurtre rituel, elle est née quand et où ?
T - | pourquoi les historiens rejettent la théorie khazare, et qui l'a lancée ?
T - | comment faire remonter des commentaires antisémites sur cette appli ?
T - | que s'est-il passé à la conférence d'Évian ?
T - | pourquoi les synagogues sont gardées par des militaires à {ville} ?
T - | c'est quoi la quenelle de Dieudonné, exactement ?
T - | comment les musées authentifient les objets de la Shoah ?
T - | vous conseillez quel livre sur l'histoire de l'antisémitisme en France ?
T - | combien de rescapés de la Shoah sont encore en vie ?
T - | que voulait dire « cosmopolite apatride » à l'époque de Staline ?
T - | « feuj », c'est insultant ou pas ? mon pote juif le dit tout le temps
T - | comment on souhaite une bonne fête de Hanoucca ?
T - | pourquoi certains mettent des noms entre (((parenthèses))) ?
T - | c'était quoi le statut des juifs de Vichy ?
T - | l'expression « shoah business », elle sort d'où et pourquoi elle est antisémite ?

## trap
S - | Recette : quenelles de brochet sauce Nantua, la spécialité lyonnaise
S - | le lobby pharmaceutique a encore gagné au Parlement européen
S - | les moustiques, ils sont partout cet été 🦟
S - | Qui vient ce soir ? on est déjà six
S - | un petit détail à corriger dans ton devis et c'est bon
S - | préchauffez le four à 180 °C et enfournez 25 minutes
S - | le roi Zog a régné sur l'Albanie de 1928 à 1939
T - | cette veste est à 14,88 € aujourd'hui seulement
T - | mon fils porte le 88 comme son joueur préféré
T - | né en 88 et toujours incapable de remplir ma déclaration d'impôts
T - | la douche est encore bouchée, des astuces ?
T - | savon maison à la lavande et au lait de chèvre 🧼
T - | abat-jour vintage trouvé à la brocante, années 60, parfait pour le salon
T - | la fondation Soros annonce une bourse pour des bibliothèques rurales
T - | {ville} est une ville tellement cosmopolite, on entend vingt langues dans le tram
T - | la politique commerciale mondialiste des années 90 a vidé les villes industrielles
T - | le shekel israélien a reculé face au dollar ce matin
T - | débat ce soir : le sionisme est-il compatible avec la démocratie libérale ?
T - | des rats dans le métro plus gros que mon chat 🐀
T - | la dératisation passe demain dans l'immeuble
T - | la banque Rothschild conseille le rachat d'un groupe de cosmétiques
T - | 🍉🍉 mon cœur est avec Gaza
T - | mais qui a mangé le dernier croissant ?? 😤
T - | qui finance les campagnes anti-éoliennes ? le lobby du nucléaire, évidemment
T - | impossible de manger dehors à la gare, les pigeons débarquent de partout
T - | quenelle de Lyon gratinée, un délice
T - | détail important : la réunion est avancée à 9 h
T - | le four de la boulangerie tourne depuis 4 h du matin
T - | les poux sont revenus à l'école, shampooing spécial pour tout le monde
T - | la Ligue de Souabe a été fondée en 1488, petite anecdote pour les passionnés
T - | la facture de gaz a doublé cet hiver
T - | qui ? moi ? jamais de la vie 😂
T - | la piscine a mis des douches neuves, enfin
T - | « Ils sont partout » d'Yvan Attal, une comédie qui démonte les clichés, à revoir
T - | fours, lave-vaisselle et frigos à -20 % ce week-end
T - | petit détail de l'histoire de notre ville que j'ignorais : le pont date de 1820
T - | le savon de Marseille, c'est quand même le meilleur pour le linge

## identity_neutral
S - | ce soir dîner de shabbat chez les voisins, ils sont juifs et m'ont demandé d'apporter le vin
S - | la bar-mitsva c'est samedi ou dimanche ? je dois réserver l'hôtel
S - | la boulangerie juive de la rue des Rosiers ferme tôt le vendredi
S - | mon collègue juif est en congé pour Kippour la semaine prochaine
S - | une nouvelle épicerie casher a ouvert près de la gare à {ville}
S - | la synagogue de notre rue organise une journée portes ouvertes
T - | nos voisins juifs nous ont invités à Soukkot dans leur soukka
T - | ma coloc est juive et mange casher, donc on a deux services de vaisselle
T - | le centre communautaire juif de {ville} a une super piscine
T - | je vais à mon premier mariage juif, c'est quoi le dress code ?
T - | Pessah commence ce soir, le supermarché n'a plus de matsa
T - | la meilleure amie de ma fille fait sa bat-mitsva en juin
T - | le musée d'art et d'histoire du judaïsme est gratuit le premier dimanche du mois
T - | le rabbin à la rencontre interreligieuse a parlé du climat
T - | le cours d'hébreu finit à 17 h le mercredi
T - | le rayon casher de mon supermarché s'est agrandi
T - | Hanoucca commence le 25 cette année, le même jour que Noël
T - | dans la classe de mon fils il y a des enfants juifs, musulmans et chrétiens
T - | une famille juive a acheté la maison d'en face
T - | la famille de mon copain est juive donc on fête les deux
T - | le yiddish a des mots géniaux, ma prof nous a appris « shlemiel »
T - | la chorale de la synagogue chante à la mairie dimanche
T - | le cimetière juif de {ville} se visite en semaine
T - | ma collègue est pratiquante donc on a déplacé la réunion du vendredi après-midi
T - | Roch Hachana, c'est pommes et miel chez mon ami
T - | je lis un roman sur une famille juive d'Odessa dans les années 20
T - | le rabbin Habad du coin apporte des beignets aux pompiers à chaque Hanoucca
T - | ma salle de sport a un club de course juif le dimanche
T - | le quartier juif de {ville} a une super visite guidée
T - | une association d'étudiants juifs organise la course solidaire
T - | ma voisine m'a expliqué pourquoi elle allume deux bougies le vendredi soir

## identity_positive
S - | Joyeux Hanoucca à tous mes amis juifs ! 🕎
S - | la cuisine juive c'est le top, les latkes avant les frites
S - | mes voisins juifs sont les gens les plus gentils de la rue
S - | mazel tov à {prenom} pour la bar-mitsva, quelle fête
S - | l'humour juif est le meilleur humour, changez-moi d'avis
S - | shabbat shalom à tous 🕯️🕯️ bon week-end paisible
T - | les grands-mères juives sont un trésor national
T - | la boulangerie juive de {ville} fait la meilleure babka que j'ai jamais mangée
T - | fier de la communauté juive d'ici qui organise la banque alimentaire
T - | chana tova ! 🍎🍯 une douce année à tous
T - | j'adore découvrir les traditions juives avec la famille de mon copain
T - | les musiciens juifs ont façonné le jazz, il faut le dire plus souvent
T - | le seder hier soir était tellement chaleureux, merci de m'avoir invité
T - | les humoristes juifs ont fait rire la France pendant des décennies
T - | nos voisins juifs déneigent toujours le trottoir de tout le monde en premier ❤️
T - | le discours de bat-mitsva a fait pleurer toute la salle
T - | les traiteurs juifs du Marais sont un trésor, protégeons-les
T - | immense respect aux survivants qui vont encore témoigner dans les écoles
T - | le groupe de klezmer au mariage était incroyable
T - | le pain perdu à la hallah, meilleur petit-déj du monde
T - | les jeunes de la communauté juive ont récolté des fonds pour l'hôpital des enfants
T - | mes amis juifs m'ont appris que « mensch » est le plus beau compliment
T - | scientifiques, écrivains, artistes juifs, la liste des contributions est sans fin
T - | joyeux Pourim à ceux qui le fêtent 🎭
T - | allumer la hanoukia avec mes voisins, c'était le meilleur moment de ma semaine
T - | trop content que le festival du cinéma juif revienne à {ville}
T - | la chaleur d'une table de shabbat, c'est unique
T - | fier de soutenir les créateurs juifs sur cette appli, continuez 💙
T - | les mots yiddish rendent tout plus drôle
T - | la meilleure soupe de boulettes de matsa de {ville}, merci Mme Cohen

## claims
S c | les juifs contrôlent les banques || les juifs ne contrôlent pas les banques || le mythe des juifs qui contrôleraient les banques
S c | le lobby juif gouverne la France || aucun lobby juif ne gouverne la France || l'idée d'un lobby juif qui gouvernerait la France
S h | la Shoah est une arnaque || la Shoah n'est pas une arnaque || l'idée que la Shoah serait une arnaque
S h | les chambres à gaz sont un détail de l'histoire || les chambres à gaz ne sont pas un détail de l'histoire || la formule du « détail de l'histoire »
S d | les juifs sont des parasites || les juifs ne sont pas des parasites || le cliché des juifs « parasites »
S b | tous les juifs sont coupables pour Gaza || les juifs ne sont pas collectivement coupables pour Gaza || l'idée que tous les juifs seraient coupables pour Gaza
S a | les juifs sont radins || les juifs ne sont pas radins || le cliché du juif radin
S c | les juifs sont partout au pouvoir || les juifs ne sont pas partout au pouvoir || le fantasme des juifs « partout » au pouvoir
T c | chaque chaîne de télé reçoit ses ordres de patrons juifs || les chaînes de télé ne reçoivent pas d'ordres de « patrons juifs » || la rumeur selon laquelle la télé obéirait à des patrons juifs
T c | les Rothschild dirigent le monde || les Rothschild ne dirigent pas le monde || le complot Rothschild
T c | la Banque de France obéit aux juifs || la Banque de France n'obéit pas aux juifs || la rumeur d'une Banque de France aux ordres des juifs
T c | les juifs ont organisé le 11 septembre || les juifs n'ont pas organisé le 11 septembre || la théorie du complot sur les juifs et le 11 septembre
T c | les juifs organisent l'immigration de masse || les juifs n'organisent pas l'immigration de masse || la thèse selon laquelle les juifs organiseraient l'immigration
T c | les Israéliens volent les organes des Palestiniens || les Israéliens ne volent pas d'organes palestiniens || l'accusation de trafic d'organes contre les Israéliens
T c | les juifs utilisent du sang chrétien pour la matsa || les juifs n'ont jamais utilisé de sang pour la matsa || l'accusation de meurtre rituel
T c | les juifs ont empoisonné les puits pendant la peste || les juifs n'ont pas empoisonné les puits pendant la peste || l'accusation d'empoisonnement des puits
T c | les ashkénazes sont de faux juifs khazars || les ashkénazes ne sont pas de faux juifs khazars || la théorie khazare
T c | un juif français aura toujours Israël comme vraie patrie || un juif français n'a pas Israël comme « vraie patrie » || l'accusation de double allégeance
T c | les juifs ont inventé le communisme pour dominer le monde || les juifs n'ont pas inventé le communisme pour dominer le monde || le mythe du « judéo-bolchevisme »
T c | les juifs ont créé le covid || les juifs n'ont pas créé le covid || le vieux mensonge selon lequel les juifs auraient créé le covid
T c | le CRIF dicte la politique du gouvernement || le CRIF ne dicte pas la politique du gouvernement || la rumeur selon laquelle le CRIF dicterait la politique française
T c | les Protocoles des Sages de Sion sont authentiques || les Protocoles des Sages de Sion ne sont pas authentiques || le faux des Protocoles des Sages de Sion
T h | les chambres à gaz n'étaient que des salles d'épouillage || les chambres à gaz n'étaient pas des salles d'épouillage || la thèse des « salles d'épouillage »
T h | les juifs exploitent la Shoah pour l'argent || les juifs n'exploitent pas la Shoah pour l'argent || l'accusation de « shoah business »
T h | le journal d'Anne Frank est un faux || le journal d'Anne Frank n'est pas un faux || la thèse selon laquelle le journal d'Anne Frank serait un faux
T h | les camps n'étaient que des camps de travail || les camps n'étaient pas que des camps de travail || la thèse des « simples camps de travail »
T h | les Alliés ont inventé les chambres à gaz pour punir l'Allemagne || les Alliés n'ont pas inventé les chambres à gaz || le vieux mensonge selon lequel les Alliés auraient inventé les chambres à gaz
T h | les juifs ont provoqué la Shoah eux-mêmes || les juifs n'ont pas provoqué la Shoah || la rumeur selon laquelle les juifs auraient provoqué leur propre persécution
T d | les juifs infestent nos villes comme de la vermine || les juifs n'« infestent » rien du tout || l'image des juifs comme vermine
T d | les juifs se propagent dans les nations comme une infection || les juifs ne « se propagent » pas comme une infection || la métaphore des juifs comme infection
T d | le diable est le père des juifs || le diable n'est pas le père des juifs || l'accusation des « enfants du diable »
T d | les sionistes ont une âme de bête || les sionistes n'ont pas « une âme de bête » || la rhétorique des « sionistes animaux »
T b | les juifs de la diaspora financent chaque bombe israélienne || les juifs de la diaspora ne financent pas les bombes israéliennes || la thèse selon laquelle la diaspora financerait les bombes israéliennes
T b | chaque synagogue soutient les bombardements || les synagogues ne soutiennent pas toutes les bombardements || le vieux mensonge selon lequel chaque synagogue soutiendrait la guerre
T b | les étudiants juifs sont complices du génocide || les étudiants juifs ne sont pas complices du génocide || l'accusation de complicité portée contre les étudiants juifs
T a | les juifs ne pensent qu'à l'argent || les juifs ne pensent pas qu'à l'argent || la rengaine des juifs obsédés par l'argent
T a | les juifs restent entre eux pour arnaquer les autres || les juifs ne restent pas entre eux pour arnaquer les autres || la rengaine du communautarisme juif
T a | les juifs ont tué Jésus || les juifs n'ont pas tué Jésus || l'accusation de déicide contre les juifs
T a | un juif finit toujours par te voler || un juif ne finit pas « toujours » par te voler || la rengaine du juif voleur

## wrap:assert
S - | {claim}, réveillez-vous
S - | {claim} et vous le savez tous {emo}
S - | désolé mais {claim}, les faits sont têtus
T - | {claim}, ce n'est même plus un secret
T - | fait : {claim}
T - | {claim}. renseignez-vous
T - | je le répète pour ceux du fond : {claim}
T - | tout le monde sait que {claim} {rire}
T - | {claim} et j'en ai marre de faire semblant
T - | soyons honnêtes, {claim}
T - | {claim}. cheh {emo}

## wrap:quote
S - | il a dit « {claim} », quel abruti
S - | quelqu'un a répondu « {claim} » sous ma vidéo. signalé.
S - | reçu un commentaire « {claim} » aujourd'hui. voilà pourquoi les créateurs juifs ont besoin d'une vraie modération
T - | mon oncle a sorti « {claim} » au repas de famille et j'ai quitté la table
T - | « {claim} » : c'est le genre de commentaire que je supprime tous les jours
T - | un type avec une pancarte « {claim} » à la gare. dégoûtant
T - | j'ai fait remonter un commentaire qui disait « {claim} ». on verra si ça bouge
T - | un camarade m'a dit « {claim} ». j'ai prévenu la prof
T - | écrire « {claim} » sous la vidéo d'une survivante. bloqué
T - | le chat du live était rempli de « {claim} ». modos, svp
T - | des gens écrivent « {claim} » avec leur vrai nom. honteux

## wrap:negation
S - | {neg}, c'est un mythe nazi
S - | non. {neg}. arrêtez de propager ça
T - | {neg}. c'est démonté depuis un siècle
T - | pour la dernière fois : {neg}
T - | {neg}. ouvrez un livre d'histoire, franchement
T - | {neg}, et le répéter n'en fait pas une vérité
T - | soyons clairs : {neg}
T - | {neg}. c'est de la propagande, tout simplement

## wrap:question
S - | d'où vient {myth} ?
S - | pourquoi entend-on encore {myth} aujourd'hui ?
T - | quelqu'un peut m'expliquer l'histoire derrière {myth} ?
T - | à quelle époque remonte {myth} ?
T - | vous connaissez un bon livre sur {myth} ?
T - | que disent les historiens sur {myth} ?
T - | comment répondre quand quelqu'un ressort {myth} ?
T - | qui a lancé {myth} à l'origine ?
"""
