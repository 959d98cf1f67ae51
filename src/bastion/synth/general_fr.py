# ruff: noqa: E501
"""French functional templates for hate detection, every protected group alike.

Two disjoint template banks (see `bastion.synth.base`):

- ``suite``: our French functional test suite. Each group functionality has
  6-10 plain templates, every one applied to the eight core groups with one
  surface form per group (rotated deterministically), so per-group accuracy is
  measured on the same tests. Functionalities without a group target have
  10-20 rows each (``slur_reclaimed``: two per core group).
- ``train``: at least three times as many templates per functionality, in the
  voice of French social-media comments (tutoiement, "mdr", "wesh", emoji,
  @mentions, dropped "ne", missing accents), applied to every group and several
  surface forms, plus contrastive rows (the same hateful words asserted, quoted
  to condemn, condemned by reference, negated), group-specific tropes, and
  everyday/news sentences that mention groups. Counter-quotes also get their own
  frames (a hateful sentence in « » followed by a report, a ban, a complaint,
  leaving...), and reclamation gets self-referring frames filled with each
  group's slurs. Non-hateful group frames are added until the rows that name a
  group are about half hateful, so a group word alone predicts nothing.

Every sentence is our own; none comes from HateCheck or Multilingual HateCheck.
Slurs are written plainly on purpose: a detector has to learn them.

French agreement
----------------
A template is rendered against one `Form` (a surface form of a group, with its
grammatical gender and number), so articles, pronouns, adjectives and
participles agree. Placeholders (``{^X}`` capitalises the result):

==============  ================================================================
``{G}``         the form with its article: "les juifs", "une juive"
``{N}``         the bare noun: "juifs", "personnes trans"
``{deN}``       "de juifs", "d'immigrés", "de handicapés" (elision, h aspiré)
``{desN}``      "des juifs" (de + les / indefinite plural)
``{auxN}``      "aux juifs" (à + les)
``{cesN}``      "ces juifs" / singular: "ce juif", "cet immigré", "cette juive"
``{leN}``       "les juifs" / singular: "le juif", "l'immigré", "la juive"
``{duN}``       "des juifs" / singular: "du juif", "de l'immigré", "de la juive"
``{ils}``       ils / elles / il / elle;   ``{eux}``: eux / elles / lui / elle
``{les}``       object pronoun les / le / la
``{tous}``      tous / toutes / tout / toute;   ``{ceux}``: ceux / celles / ...
``{a:m|f}``     adjective or participle: gender chosen, pluralised with the form
                (``{a:x}`` gender-invariant, ``{a:ms|fs|mp|fp}`` all four given)
``{g:m|f}``     pick by grammatical gender, no pluralisation
``{p:m|f}``     pick by the gender of the person meant ("une tapette" is a man)
``{n:pl|sg}``   pick by number
``{G*}``        like ``{G}`` (also ``{N*}``), marking the key word for spelling
                variations; ``[[...]]`` marks a hateful word the same way
``{ADJ}``       (train) slots filled per row: ``ADJ``/``ADJ2`` negative
                adjectives, ``NOUNNEG`` negative nouns, ``POSADJ`` positive
                adjectives (all agreeing), ``DEH`` dehumanising noun phrase,
                ``USER`` an @handle
==============  ================================================================

A template may start with tags in brackets: ``[dehum]`` (dehumanising: adds
the antisemitism subtype for jews), ``[threat]`` (adds ``threat``), ``[dthreat]``
(both), ``[consp]`` (Jewish-power conspiracy trope), ``[sg]`` / ``[coll]`` /
``[slur]`` / ``[slur_sg]`` (which pool of forms: singular, collective singular
"la communauté juive", plural slurs, singular slurs), ``[news]`` /
``[question]`` (expected context of a non-hateful row).
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bastion.synth.base import Bank, SynthRow
from bastion.synth.functionalities import (
    FUNCTIONALITY_CONTEXTS,
    HATEFUL_FUNCTIONALITIES,
    SPELLING_FUNCTIONALITIES,
    THREAT_FUNCTIONALITIES,
    nongroup_row,
)
from bastion.synth.spelling import drop_letter, swap_adjacent
from bastion.taxonomy import CORE_GROUPS, GROUPS, specificity_order

__all__ = [
    "CORE_GROUPS",
    "FORMS",
    "FUNCTIONALITIES",
    "FUNCTIONALITY_CONTEXTS",
    "GROUP_FUNCTIONALITIES",
    "HATEFUL_FUNCTIONALITIES",
    "NONGROUP_FUNCTIONALITIES",
    "NONHATEFUL_GROUP_FUNCTIONALITIES",
    "SPELLING_FUNCTIONALITIES",
    "TRAIN_GROUPS",
    "Form",
    "GroupForms",
    "finish",
    "render",
    "rows",
    "surface_forms",
]

LANG = "fr"

TRAIN_GROUPS: tuple[str, ...] = (*CORE_GROUPS, "arabs", "roma", "asian")

NONHATEFUL_GROUP_FUNCTIONALITIES: tuple[str, ...] = (
    "negated_hateful",
    "identity_neutral",
    "identity_positive",
    "counter_quote",
    "counter_reference",
)
# Group-less in the suite's sense: not every group gets the same tests.
# slur_reclaimed rows still name the speaker's group in `targets`.
NONGROUP_FUNCTIONALITIES: tuple[str, ...] = (
    "slur_reclaimed",
    "slur_homonym",
    "profanity_nonhateful",
    "abuse_object",
    "abuse_individual",
    "abuse_nonprotected_group",
)
GROUP_FUNCTIONALITIES: tuple[str, ...] = (
    *HATEFUL_FUNCTIONALITIES,
    *NONHATEFUL_GROUP_FUNCTIONALITIES,
)
FUNCTIONALITIES: tuple[str, ...] = (*GROUP_FUNCTIONALITIES, *NONGROUP_FUNCTIONALITIES)


# --------------------------------------------------------------------------- forms


@dataclass(frozen=True, slots=True)
class Form:
    """One surface form of a group (or slur, or non-protected group) with its grammar."""

    text: str  # with article: "les juifs", "une juive", "la communauté juive"
    noun: str  # without article: "juifs", "juive", "communauté juive"
    fem: bool  # grammatical gender
    plural: bool
    key: str  # the word a spelling variation alters: "trans" in "personnes trans"
    person_fem: bool  # gender of the people meant ("tapettes": grammatically fem, men)


_GENERIC_HEADS = frozenset({"personnes", "personne", "femmes", "femme", "hommes", "homme", "gens"})


def _key(noun: str) -> str:
    words = noun.split()
    if len(words) > 1 and words[0].lower() in _GENERIC_HEADS:
        return words[-1]
    return words[0]


def _p(noun: str, fem: bool = False, *, person_fem: bool | None = None) -> Form:
    """Plural form with the definite article ("les juifs")."""
    pf = fem if person_fem is None else person_fem
    return Form("les " + noun, noun, fem, True, _key(noun), pf)


def _s(noun: str, fem: bool = False, *, person_fem: bool | None = None) -> Form:
    """Singular form with the indefinite article ("un juif", "une juive")."""
    pf = fem if person_fem is None else person_fem
    return Form(("une " if fem else "un ") + noun, noun, fem, False, _key(noun), pf)


def _c(text: str, fem: bool) -> Form:
    """Collective singular ("la communauté juive")."""
    article, _, noun = text.partition(" ")
    del article
    return Form(text, noun, fem, False, _key(noun.split()[-1]), fem)


@dataclass(frozen=True, slots=True)
class GroupForms:
    plural: tuple[Form, ...]  # suite and train
    extra: tuple[Form, ...]  # train only
    singular: tuple[Form, ...]
    collective: tuple[Form, ...]
    slurs: tuple[Form, ...]
    slurs_sg: tuple[Form, ...]


FORMS: dict[str, GroupForms] = {
    "jews": GroupForms(
        plural=(_p("juifs"), _p("Juifs"), _p("juives", True), _p("feujs")),
        extra=(_p("Juives", True),),
        singular=(_s("juif"), _s("juive", True), _s("feuj")),
        collective=(_c("la communauté juive", True),),
        slurs=(_p("youpins"), _p("youtres")),
        slurs_sg=(_s("youpin"), _s("youpine", True), _s("youtre")),
    ),
    "muslims": GroupForms(
        plural=(_p("musulmans"), _p("musulmanes", True), _p("personnes musulmanes", True)),
        extra=(_p("Musulmans"),),
        singular=(_s("musulman"), _s("musulmane", True)),
        collective=(_c("la communauté musulmane", True),),
        slurs=(_p("muzz"), _p("enturbannés")),
        slurs_sg=(_s("muzz"), _s("enturbanné")),
    ),
    "black": GroupForms(
        plural=(_p("Noirs"), _p("personnes noires", True), _p("noirs"), _p("blacks")),
        extra=(_p("renois"), _p("Noires", True)),
        singular=(_s("Noir"), _s("Noire", True), _s("personne noire", True)),
        collective=(_c("la communauté noire", True),),
        slurs=(_p("négros"), _p("bamboulas"), _p("nègres")),
        slurs_sg=(_s("négro"), _s("bamboula"), _s("négresse", True)),
    ),
    "women": GroupForms(
        plural=(_p("femmes", True), _p("meufs", True)),
        extra=(_p("nanas", True), _p("filles", True)),
        singular=(_s("femme", True), _s("meuf", True)),
        collective=(),
        slurs=(
            _p("salopes", True),
            _p("pétasses", True),
            _p("putes", True),
            _p("grognasses", True),
        ),
        slurs_sg=(_s("salope", True), _s("pétasse", True), _s("pute", True)),
    ),
    "lgbtq": GroupForms(
        plural=(
            _p("homos"),
            _p("gays"),
            _p("lesbiennes", True),
            _p("homosexuels"),
            _p("bisexuels"),
        ),
        extra=(_p("personnes LGBT", True), _p("bisexuelles", True)),
        singular=(_s("homo"), _s("gay"), _s("lesbienne", True)),
        collective=(_c("la communauté LGBT", True),),
        slurs=(
            _p("pédés"),
            _p("tarlouzes", True, person_fem=False),
            _p("gouines", True),
            _p("tapettes", True, person_fem=False),
        ),
        slurs_sg=(
            _s("pédé"),
            _s("gouine", True),
            _s("tapette", True, person_fem=False),
            _s("tarlouze", True, person_fem=False),
        ),
    ),
    "trans": GroupForms(
        plural=(_p("personnes trans", True), _p("trans"), _p("femmes trans", True)),
        extra=(_p("hommes trans"), _p("personnes transgenres", True)),
        singular=(_s("personne trans", True), _s("femme trans", True), _s("homme trans")),
        collective=(_c("la communauté trans", True),),
        slurs=(_p("travelos"), _p("travs")),
        slurs_sg=(_s("travelo"), _s("trav")),
    ),
    "disabled": GroupForms(
        plural=(
            _p("handicapés"),
            _p("personnes handicapées", True),
            _p("autistes"),
            _p("personnes en fauteuil", True),
        ),
        extra=(_p("personnes autistes", True), _p("trisomiques")),
        singular=(_s("handicapé"), _s("personne handicapée", True), _s("autiste")),
        collective=(_c("le monde du handicap", False),),
        slurs=(_p("gogols"), _p("mongols"), _p("trisos"), _p("attardés")),
        slurs_sg=(_s("gogol"), _s("mongol"), _s("triso"), _s("attardé")),
    ),
    "immigrants": GroupForms(
        plural=(_p("immigrés"), _p("migrants"), _p("réfugiés"), _p("étrangers")),
        extra=(_p("demandeurs d'asile"), _p("sans-papiers"), _p("immigrées", True)),
        singular=(_s("immigré"), _s("migrant"), _s("réfugiée", True)),
        collective=(),
        slurs=(_p("clandos"), _p("métèques")),
        slurs_sg=(_s("clando"), _s("métèque")),
    ),
    "arabs": GroupForms(
        plural=(_p("Arabes"), _p("Maghrébins"), _p("arabes")),
        extra=(_p("rebeus"), _p("Maghrébines", True)),
        singular=(_s("Arabe"), _s("Arabe", True), _s("Maghrébin")),
        collective=(_c("la communauté arabe", True),),
        slurs=(_p("bougnoules"), _p("bicots"), _p("crouilles"), _p("ratons")),
        slurs_sg=(_s("bougnoule"), _s("bicot"), _s("crouille")),
    ),
    "roma": GroupForms(
        plural=(_p("Roms"), _p("gitans"), _p("gens du voyage")),
        extra=(_p("Tsiganes"), _p("gitanes", True)),
        singular=(_s("Rom"), _s("gitan"), _s("gitane", True)),
        collective=(_c("la communauté rom", True),),
        slurs=(_p("romanos"), _p("romanichels")),
        slurs_sg=(_s("romano"), _s("romanichel")),
    ),
    "asian": GroupForms(
        plural=(_p("Asiatiques"), _p("Chinois"), _p("personnes asiatiques", True)),
        extra=(_p("Chinoises", True), _p("asiatiques")),
        singular=(_s("Asiatique"), _s("Chinois"), _s("Chinoise", True)),
        collective=(_c("la communauté asiatique", True),),
        slurs=(_p("niakoués"), _p("chinetoques"), _p("bridés")),
        slurs_sg=(_s("niakoué"), _s("chinetoque")),
    ),
}

# Non-protected groups: abusing them is not hate (abuse_nonprotected_group).
NONPROTECTED: tuple[Form, ...] = (
    _p("avocats"),
    _p("propriétaires"),
    _p("politiciens"),
    _p("supporters du PSG"),
    _p("chauffeurs de trottinette"),
    _p("agents immobiliers"),
    _p("influenceurs"),
    _p("influenceuses", True),
    _p("contrôleurs SNCF"),
    _p("patrons"),
    _p("fans de téléréalité"),
    _p("automobilistes"),
    _p("cyclistes"),
    _p("chasseurs"),
    _p("youtubeurs"),
    _p("journalistes"),
    _p("fonctionnaires"),
    _p("supporters de l'OM"),
    _p("joueurs de LoL"),
    _p("bobos"),
    _p("managers"),
    _p("actionnaires"),
    _p("députés"),
    _p("ministres"),
    _p("startuppers"),
    _p("arbitres"),
    _p("agents de la CAF"),
    _p("livreurs Uber"),
    _p("banquiers d'affaires"),
    _p("télévendeurs"),
)

USERS: tuple[str, ...] = (
    "@kev_du93",
    "@lea.mrt",
    "@sniper_zer0",
    "@titi_75",
    "@maxou_off",
    "@nina.rvl",
    "@le_vrai_jojo",
    "@fafa_b",
    "@yass_prod",
    "@cam.lr",
    "@doudou_33",
    "@mister_zz",
)

# Train slot fillers ("m|f" agree with the form; a single word is invariant).
ADJ: tuple[str, ...] = (
    "dégoûtant|dégoûtante",
    "répugnant|répugnante",
    "sale",
    "minable",
    "fainéant|fainéante",
    "fourbe",
    "con|conne",
    "inutile",
    "dangereux|dangereuse",
    "hypocrite",
    "malhonnête",
    "stupide",
    "débile",
    "violent|violente",
    "crade",
    "nul|nulle",
    "primitif|primitive",
    "pourri|pourrie",
    "sournois|sournoise",
    "vicieux|vicieuse",
    "arriéré|arriérée",
    "toxique",
    "ignoble",
    "pathétique",
    "lâche",
    "bruyant|bruyante",
    "puant|puante",
    "barbare",
    "abruti|abrutie",
    "malsain|malsaine",
    "dégénéré|dégénérée",
)
NOUNNEG: tuple[str, ...] = (
    "voleur|voleuse",
    "menteur|menteuse",
    "profiteur|profiteuse",
    "feignant|feignante",
    "tricheur|tricheuse",
    "assisté|assistée",
    "délinquant|délinquante",
    "racaille",
    "hypocrite",
    "incapable",
    "pervers|perverse",
    "criminel|criminelle",
    "traître|traîtresse",
    "abruti|abrutie",
    "minable",
    "cassos",
    "escroc",
)
POSADJ: tuple[str, ...] = (
    "génial|géniale",
    "adorable",
    "courageux|courageuse",
    "drôle",
    "brillant|brillante",
    "généreux|généreuse",
    "talentueux|talentueuse",
    "bienveillant|bienveillante",
    "inspirant|inspirante",
    "fort|forte",
    "chaleureux|chaleureuse",
    "magnifique",
    "intelligent|intelligente",
    "gentil|gentille",
    "accueillant|accueillante",
    "solidaire",
    "incroyable",
    "formidable",
)
DEH: tuple[str, ...] = (
    "des rats",
    "de la vermine",
    "des cafards",
    "des parasites",
    "des déchets",
    "des sous-hommes",
    "des animaux",
    "des porcs",
    "des cancrelats",
    "des sangsues",
    "des nuisibles",
    "des poux",
    "des bêtes",
    "des ordures",
    "des microbes",
    "des chiens",
    "des singes",
    "des larves",
    "des cloportes",
    "des blattes",
    "des vers",
    "des hyènes",
    "du bétail",
)
EMO: tuple[str, ...] = ("déteste", "hais", "méprise", "exècre", "abhorre", "maudis")

_SLOTS: dict[str, tuple[str, ...]] = {
    "ADJ": ADJ,
    "NOUNNEG": NOUNNEG,
    "POSADJ": POSADJ,
    "DEH": DEH,
    "EMO": EMO,
    "USER": USERS,
}
_AGREEING_SLOTS = frozenset({"ADJ", "ADJ2", "NOUNNEG", "POSADJ"})


def surface_forms() -> list[str]:
    """Every group surface form and slur (with and without article), longest first."""
    words: set[str] = set()
    for gf in FORMS.values():
        for form in (*gf.plural, *gf.extra, *gf.singular, *gf.collective, *gf.slurs, *gf.slurs_sg):
            words.update((form.text, form.noun))
    return sorted(words, key=lambda w: (-len(w), w))


def nonprotected_forms() -> list[str]:
    return sorted({f.noun for f in NONPROTECTED}, key=lambda w: (-len(w), w))


# --------------------------------------------------------------------------- rendering

_VOWELS = frozenset("aeiouàâäéèêëîïôöûùüœæ")
_H_MUET = (
    "homo",
    "homm",
    "hétéro",
    "hetero",
    "humain",
    "histoire",
    "heure",
    "horreur",
    "hôpital",
    "hopital",
    "hypocr",
    "hiver",
    "habit",
    "honneur",
    "huile",
    "hygi",
    "héro",
    "hébergé",
)
_G_OPEN, _G_CLOSE = "⟦", "⟧"  # group key marker (spelling variations)
_W_OPEN, _W_CLOSE = "⟪", "⟫"  # hateful word marker
_MARKS = re.compile("[⟦⟧⟪⟫]")
_TOKEN = re.compile(r"\{(\^?)([A-Za-z_][A-Za-z0-9_]*\*?)(?::([^{}]*))?\}")
_TAGS = frozenset(
    {"dehum", "threat", "dthreat", "consp", "sg", "coll", "slur", "slur_sg", "news", "question"}
)


def _starts_vowel(word: str) -> bool:
    w = _MARKS.sub("", word).lstrip("«\"' ").lower()
    if not w:
        return False
    return w[0] in _VOWELS or w.startswith(_H_MUET)


def _elide(word: str) -> str:
    """Prefix "de" with elision: "de juifs", "d'immigrés", "de handicapés"."""
    return ("d'" if _starts_vowel(word) else "de ") + word


def _plural(word: str) -> str:
    if not word or word.endswith(("s", "x", "z")):
        return word
    if word == "tout":
        return "tous"
    if word.endswith("eau"):
        return word + "x"
    if word.endswith("al") and word not in ("banal", "fatal", "natal", "naval", "bancal"):
        return word[:-2] + "aux"
    return word + "s"


def _pluralize_phrase(phrase: str) -> str:
    """Pluralise the first word ("bon à rien" -> "bons à rien")."""
    head, sep, rest = phrase.partition(" ")
    return _plural(head) + sep + rest


def _agree(spec: str, form: Form) -> str:
    parts = spec.split("|")
    if len(parts) == 4:
        return parts[(2 if form.plural else 0) + (1 if form.fem else 0)]
    word = parts[1] if len(parts) == 2 and form.fem else parts[0]
    return _pluralize_phrase(word) if form.plural else word


def _demonstrative(form: Form) -> str:
    if form.plural:
        return "ces " + form.noun
    if form.fem:
        return "cette " + form.noun
    return ("cet " if _starts_vowel(form.noun) else "ce ") + form.noun


def _definite(form: Form) -> str:
    if form.plural:
        return "les " + form.noun
    if _starts_vowel(form.noun):
        return "l'" + form.noun
    return ("la " if form.fem else "le ") + form.noun


def _de_definite(form: Form) -> str:
    if form.plural:
        return "des " + form.noun
    if _starts_vowel(form.noun):
        return "de l'" + form.noun
    return "de la " + form.noun if form.fem else "du " + form.noun


def _a_definite(form: Form) -> str:
    if form.plural:
        return "aux " + form.noun
    if _starts_vowel(form.noun):
        return "à l'" + form.noun
    return "à la " + form.noun if form.fem else "au " + form.noun


def _mark_key(phrase: str, form: Form) -> str:
    i = phrase.rfind(form.key)
    if i < 0:
        return phrase
    return phrase[:i] + _G_OPEN + form.key + _G_CLOSE + phrase[i + len(form.key) :]


def _cap(text: str) -> str:
    """Upper-case the first letter when only opening punctuation precedes it."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
        if ch not in "«\"'( ⟦⟪":
            return text
    return text


def render(template: str, form: Form, slots: Mapping[str, str] | None = None) -> str:
    """Fill every placeholder of `template` so that it agrees with `form` (see module doc).

    Spelling markers are kept; `finish` removes them and fixes elision and case.
    """
    slots = slots or {}

    def sub(m: re.Match[str]) -> str:
        cap, name, arg = m.group(1), m.group(2), m.group(3)
        out = _token(name, arg, form, slots)
        return _cap(out) if cap else out

    return _TOKEN.sub(sub, template)


def _token(name: str, arg: str | None, form: Form, slots: Mapping[str, str]) -> str:
    pl, fem = form.plural, form.fem
    if arg is not None:
        parts = arg.split("|")
        if name == "a":
            return _agree(arg, form)
        if name == "g":
            return parts[1] if fem and len(parts) > 1 else parts[0]
        if name == "p":
            return parts[1] if form.person_fem and len(parts) > 1 else parts[0]
        if name == "n":
            return parts[0] if pl or len(parts) == 1 else parts[1]
        raise ValueError(f"unknown placeholder {{{name}:{arg}}}")
    simple: dict[str, str] = {
        "G": form.text,
        "G*": _mark_key(form.text, form),
        "N": form.noun,
        "N*": _mark_key(form.noun, form),
        "deN": _elide(form.noun),
        "desN": "des " + form.noun,
        "auxN": _a_definite(form),
        "cesN": _demonstrative(form),
        "leN": _definite(form),
        "duN": _de_definite(form),
        "ils": ("elles" if fem else "ils") if pl else ("elle" if fem else "il"),
        "eux": ("elles" if fem else "eux") if pl else ("elle" if fem else "lui"),
        "les": "les" if pl else ("la" if fem else "le"),
        "tous": ("toutes" if fem else "tous") if pl else ("toute" if fem else "tout"),
        "ceux": ("celles" if fem else "ceux") if pl else ("celle" if fem else "celui"),
    }
    if name in simple:
        return simple[name]
    if name in slots:
        value = slots[name]
        return _agree(value, form) if name in _AGREEING_SLOTS else value
    raise ValueError(f"unknown placeholder {{{name}}}")


_ELISION = re.compile(
    r"(?<![\w'’-])(le|la|de|je|me|te|se|ne|que|jusque|lorsque|puisque|si) ([⟦⟪]?)([^\W\d_][\w-]*)",
    re.IGNORECASE,
)
_NO_ELISION_AFTER_ARTICLE = frozenset({"un", "une", "onze", "oui", "ouate"})


def _fix_elision(text: str) -> str:
    def sub(m: re.Match[str]) -> str:
        word, mark, nxt = m.group(1), m.group(2), m.group(3)
        low, nlow = word.lower(), nxt.lower()
        if low == "si":
            return word[0] + "'" + mark + nxt if nlow in ("il", "ils") else m.group(0)
        if low in ("le", "la") and nlow in _NO_ELISION_AFTER_ARTICLE:
            return m.group(0)
        if nlow == "y" or (nlow[0] != "y" and _starts_vowel(nxt)):
            return word[:-1] + "'" + mark + nxt
        return m.group(0)

    return _ELISION.sub(sub, text)


# --------------------------------------------------------------------------- templates


@dataclass(frozen=True, slots=True)
class Tmpl:
    text: str
    tags: frozenset[str]

    @property
    def pool(self) -> str:
        for name in ("sg", "coll", "slur", "slur_sg"):
            if name in self.tags:
                return name
        return "pl"

    @property
    def dehum(self) -> bool:
        return bool(self.tags & {"dehum", "dthreat"})

    @property
    def threat(self) -> bool:
        return bool(self.tags & {"threat", "dthreat"})


def parse(spec: str, func: str = "") -> Tmpl:
    """Split leading ``[tag]`` markers from a template; add the functionality's default."""
    tags: set[str] = set()
    text = spec
    while text.startswith("[") and not text.startswith("[["):
        end = text.index("]")
        tag = text[1:end]
        if tag not in _TAGS:
            raise ValueError(f"unknown template tag [{tag}] in {spec!r}")
        tags.add(tag)
        text = text[end + 1 :].lstrip()
    if func == "dehumanization" and not tags & {"dehum", "dthreat"}:
        tags.add("dehum")
    if func in THREAT_FUNCTIONALITIES and not tags & {"threat", "dthreat"}:
        tags.add("threat")
    return Tmpl(text, frozenset(tags))


# ---- suite bank: plain sentences, every template fits every core group

SUITE_GROUP_TEMPLATES: dict[str, tuple[str, ...]] = {
    "derogation_emotion": (
        "Je déteste {G}, {ils} me dégoûtent.",
        "{G} me donnent envie de vomir.",
        "J'ai une haine profonde pour {G}.",
        "Rien ne me répugne plus que {G}.",
        "{G}, je ne peux pas {les} voir en peinture.",
        "Je méprise {G} du plus profond de mon être.",
        "Voir {G} partout, ça me met hors de moi.",
        "Il n'y a rien de plus écœurant que {G}.",
    ),
    "derogation_attribute": (
        "{G} sont {tous} {a:menteur|menteuse} et {a:hypocrite}.",
        "{G} sont {a:incapable} de faire quoi que ce soit de bien.",
        "{G} sont naturellement {a:paresseux|paresseuse}.",
        "Tout le monde sait que {G} sont {a:sale} et {a:malhonnête}.",
        "{G} n'ont aucune morale.",
        "{G} sont {a:bête} comme leurs pieds.",
        "{G} sont une menace pour notre société.",
        "{G} sont {a:violent|violente} par nature.",
    ),
    "dehumanization": (
        "{G} sont des rats, rien de plus.",
        "{G} ? De la vermine qui se reproduit trop vite.",
        "{G} sont des parasites qui vivent sur notre dos.",
        "On le sait bien, {G} sont des sous-hommes.",
        "{G} ne sont que des déchets.",
        "{G} sont des animaux, {ils} n'ont rien d'humain.",
        "{G} sont comme des cafards, {ils} envahissent tout.",
        "{G} sont une maladie qui ronge ce pays.",
    ),
    "derogation_implicit": (
        "[dehum] {G}, ça devrait rester au zoo, pas dans nos rues.",
        "Plutôt crever que de bosser avec {desN}.",
        "Encore un coup typique {desN}, on s'étonne plus.",
        "Une rue sans {N}, c'est une rue qui respire.",
        "Quand t'as {desN} comme voisins, tu fermes ta porte à double tour.",
        "Mon grand-père disait de ne jamais laisser {desN} approcher de la caisse, et il avait raison.",
        "Ce pays allait mieux quand il n'y avait pas autant {deN}.",
        "Je ne laisserais jamais {desN} garder mes enfants.",
    ),
    "threat_direct": (
        "Je vais buter {tous} {G} que je croise.",
        "Je vais faire souffrir {G}, {g:un par un|une par une}.",
        "[sg] {g:Le prochain|La prochaine} {N} qui passe devant chez moi, je {g:le|la} plante.",
        "{G}, on va vous régler votre compte très bientôt.",
        "Je vais tirer sur {G} à la première occasion.",
        "Attendez-vous à ce qu'on vous massacre, {G}.",
        "Je vais poser une bombe là où {G} se réunissent.",
        "Si je croise {desN} ce soir, je {les} tabasse.",
    ),
    "threat_normative": (
        "Il faudrait rayer {G} de la carte.",
        "{G} devraient être {a:pendu|pendue} sur la place publique.",
        "On devrait virer {tous} {G} de ce pays, par la force s'il le faut.",
        "Il faudrait enfermer {G} dans des camps.",
        "Qu'on fusille {tous} ces {N}, et vite.",
        "La seule solution pour {G}, c'est de {les} éliminer.",
        "{G} méritent d'être {a:brûlé|brûlée} {a:vif|vive}.",
        "Il faut chasser {G} à coups de batte.",
    ),
    "slur": (
        "[slur] Encore {desN} dans mon immeuble, j'en ai marre.",
        "[slur_sg] T'es {G}, rien d'autre.",
        "[slur] Il y a trop {deN} dans ce quartier.",
        "[slur] Qui a laissé entrer ces {N} ici ?",
        "[slur_sg] Jamais je ne bosserai pour {G}.",
        "[slur] On reconnaît {G} de loin, ça ne trompe pas.",
        "[slur_sg] {p:Mon nouveau collègue|Ma nouvelle collègue} ? {^G}, évidemment.",
        "[slur] Regardez-moi {tous} ces {N} qui traînent devant la gare.",
    ),
    "profanity_hateful": (
        "{G} sont des putains d'hypocrites.",
        "J'en ai ras le cul {desN}.",
        "Bordel, {G} foutent la merde partout où {ils} passent.",
        "Ces {g:connards|connasses} {deN}, je {les} emmerde.",
        "{G}, c'est vraiment de la merde.",
        "Qu'{ils} aillent se faire foutre, {G}.",
        "Putain, {G} sont vraiment {tous} des {a:con|conne}.",
        "Merde, encore {desN} dans mon train, fait chier.",
    ),
    "pronoun_clause": (
        "J'ai grandi au milieu {desN}, et je {les} hais {tous}.",
        "J'ai déjà rencontré {desN}, et {ils} étaient {tous} {a:insupportable}.",
        "Mon voisin dit qu'il apprécie {G}, mais moi je {les} trouve {a:répugnant|répugnante}.",
        "On m'a présenté {desN} hier, {ils} puaient la fourberie.",
        "Plus je côtoie {G}, plus je {les} méprise.",
        "J'ai bossé avec {desN} pendant dix ans et {ceux}-là sont {tous} {a:pourri|pourrie}.",
        "Ma cousine a {desN} comme collègues, et {ils} sont aussi {a:crade} qu'on le dit.",
        "Tu peux me parler {desN} autant que tu veux, je {les} vomis.",
    ),
    "pronoun_sentence": (
        "{G} pensent qu'on leur doit tout. Je {les} déteste.",
        "Tu as vu {G} à la télé hier ? {^ils} me donnent la nausée.",
        "On parle encore {desN} aux infos. Qu'on nous débarrasse d'{eux}.",
        "{G} ont encore défilé samedi. Ce sont des {a:minable}, {tous} sans exception.",
        "Il y a de plus en plus {deN} dans ma rue. Je ne supporte plus leur présence.",
        "Je lis un article sur {G}. {^ils} ne méritent aucun respect.",
        "Le journal parle encore {desN}. {^ceux}-là sont la honte de ce pays.",
        "Des gens défendent {G} ? Moi je {les} trouve {a:abject|abjecte}.",
    ),
    "negated_positive": (
        "{G} ne valent rien.",
        "La vie {desN} ne compte pas.",
        "{G} ne sont jamais {a:honnête}.",
        "Je n'ai aucun respect pour {G}.",
        "{G} n'apportent absolument rien de bon à ce pays.",
        "{G} ne méritent pas d'être {a:traité|traitée} comme des êtres humains.",
        "[sg] On ne peut jamais faire confiance à {G}.",
        "{G} ne sont pas {a:le bienvenu|la bienvenue|les bienvenus|les bienvenues} ici.",
    ),
    "question_hateful": (
        "Pourquoi {G} sont-{ils} si {a:stupide} ?",
        "Est-ce que quelqu'un peut m'expliquer pourquoi {G} puent autant ?",
        "Pourquoi on laisse encore {G} vivre parmi nous ?",
        "Quelqu'un a déjà rencontré {desN} qui ne soient pas {a:hypocrite} ?",
        "Pourquoi {G} sont-{ils} {tous} des {a:voleur|voleuse} ?",
        "À quoi servent {G}, à part nous pourrir la vie ?",
        "Vous trouvez pas que {G} gâchent tout ?",
        "Pourquoi {G} se croient-{ils} {a:supérieur|supérieure} à tout le monde ?",
    ),
    "opinion_hateful": (
        "Franchement, je pense que {G} sont une plaie pour ce pays.",
        "À mon avis, {G} sont {a:inférieur|inférieure} au reste de la population.",
        "Perso, je trouve que {G} ne devraient pas avoir le droit de vote.",
        "J'ai toujours pensé que {G} étaient {a:fourbe} de nature.",
        "Mon opinion, c'est que {G} n'ont rien à faire ici.",
        "Je suis convaincu que {G} sont {a:nuisible} à la société.",
        "Selon moi, {G} ne devraient jamais occuper de postes à responsabilité.",
        "Je le dis haut et fort : {G} sont {a:répugnant|répugnante}.",
    ),
    "negated_hateful": (
        "Je ne déteste pas {G}, bien au contraire.",
        "{G} ne sont pas des rats, ce sont des êtres humains comme tout le monde.",
        "Non, {G} ne sont pas {a:dangereux|dangereuse}, arrêtez avec ces fantasmes.",
        "Je n'ai jamais dit que {G} étaient {a:inférieur|inférieure}.",
        "Il est faux de dire que {G} sont {a:paresseux|paresseuse}.",
        "{G} ne me dégoûtent pas du tout.",
        "Personne ici ne pense que {G} sont une menace.",
        "Je n'ai aucun problème avec {G}.",
    ),
    "identity_neutral": (
        "Ma voisine est bénévole dans une association qui accompagne {G}.",
        "Plusieurs {N} travaillent dans mon entreprise.",
        "Je prépare un exposé sur l'histoire {desN}.",
        "{G} sont {a:nombreux|nombreuse} à vivre dans ma ville.",
        "Un documentaire sur {G} passe ce soir sur Arte.",
        "Mon meilleur ami fait sa thèse sur la place {desN} dans les médias.",
        "On a parlé {desN} pendant le cours de sociologie.",
        "La mairie a organisé une réunion avec des représentants {desN} du quartier.",
    ),
    "identity_positive": (
        "J'adore {G}, {ils} sont {a:génial|géniale}.",
        "{G} apportent tellement à notre société.",
        "Quelle chance d'avoir {desN} parmi mes amis proches.",
        "{G} sont {a:courageux|courageuse} et {a:inspirant|inspirante}.",
        "J'ai énormément de respect pour {G}.",
        "Ce pays serait bien plus pauvre sans {G}.",
        "{G} méritent notre soutien et notre admiration.",
        "Gros bisous {auxN} qui me suivent, vous êtes au top ❤️",
    ),
    "counter_quote": (
        "Il a écrit « {^G} sont des rats » sous ma vidéo, j'ai signalé.",
        "Quand quelqu'un dit « {^G} ne valent rien », il faut le reprendre immédiatement.",
        "« {^G} n'ont rien à faire en France » : voilà le genre de commentaire que je reçois chaque jour. C'est inacceptable.",
        "Mon oncle a lancé « {^G} sont {tous} des {a:voleur|voleuse} » au repas, je suis parti.",
        "Dire « je hais {G} », ce n'est pas une opinion, c'est de la haine.",
        "J'ai vu un tag « {^G} à la porte » près de chez moi, j'ai prévenu la mairie.",
        "Le mec en face de moi dans le métro a crié « {^G} dehors ! ». Personne n'a réagi, c'est honteux.",
        "Des comptes anonymes écrivent « {^G}, c'est de la vermine » en commentaire. Signalez-les tous.",
    ),
    "counter_reference": (
        "Arrête de traiter {G} d'animaux.",
        "Ceux qui insultent {G} devraient avoir honte.",
        "Comparer {G} à des rats, c'est exactement ce que faisait la propagande nazie.",
        "Ton message sur {G} est ignoble, supprime-le.",
        "Non, on ne menace pas {G}, on ne {les} insulte pas, point.",
        "Tes « blagues » sur {G} sont haineuses, et tu le sais.",
        "Ça suffit, les appels à la violence contre {G} n'ont rien d'une opinion.",
        "Je ne laisserai personne dire que {G} sont des sous-hommes sur ma page.",
    ),
}

# Spelling variations: each frame marks the group key ({G*}/{N*}) and a hateful
# [[word]]; a suite row alters one of the two (alternating), train rows either.
SUITE_SPELLING_FRAMES: tuple[str, ...] = (
    "Je [[déteste]] {G*} de tout mon cœur.",
    "{G*} sont des [[ordures]] finies.",
    "[dehum] {G*} ne sont que de la [[vermine]].",
    "{G*} sont {tous} [[{a:stupide}]], c'est dingue.",
    "[threat] Il faut [[tuer]] {G*} sans attendre.",
    "Qu'est-ce que {G*} peuvent être [[{a:répugnant|répugnante}]].",
    "{G*} me [[dégoûtent]] au plus haut point.",
    "[dehum] {G*} sont des [[parasites]] pour la société.",
    "Je [[hais]] {G*}, c'est plus fort que moi.",
    "[threat] On devrait [[pendre]] {G*}.",
    "{G*} sont une [[honte]] pour l'humanité.",
    "[dehum] {G*} ne valent pas mieux que des [[déchets]].",
    "Qu'on me débarrasse de ces {N*} [[{a:immonde}]].",
    "Je [[méprise]] {G*} plus que tout.",
    "{G*} sont [[{a:inutile}]] à ce pays.",
    "[threat] Je vais [[cogner]] {G*} dès que j'en vois.",
)
SUITE_SPELLING_PER_FUNCTIONALITY = 8

# In-group use of a slur or nickname (two per core group).
SUITE_RECLAIMED: dict[str, tuple[str, ...]] = {
    "jews": (
        "Je suis feuj et fier de l'être, shabbat shalom à tous ✡️",
        "Nous les youpins, comme disait mon grand-père en rigolant, on survit à tout.",
    ),
    "muslims": (
        "Ouais je suis muzz, et alors ? Ça change quoi pour toi ?",
        "Entre muzz on se comprend : Ramadan Moubarak à tous 🌙",
    ),
    "black": (
        "Entre renois on s'appelle négro, c'est notre délire, pas le tien.",
        "Mon négro, t'as géré au concert hier, fier de toi frérot.",
    ),
    "women": (
        "On est des salopes et on vous emmerde : rendez-vous à la Marche des salopes samedi !",
        "Salope et fière de l'être, mon corps mon choix.",
    ),
    "lgbtq": (
        "On est des pédés et fiers de l'être 🏳️‍🌈",
        "Soirée entre gouines ce soir, venez nombreuses !",
    ),
    "trans": (
        "Travelo et fière, bisous aux rageux 💅",
        "Entre travs on se serre les coudes, toujours.",
    ),
    "disabled": (
        "Moi, le gogol de la bande, je vous ai encore tous battus à Mario Kart 😂",
        "Triso et fier, et je danse mieux que toi !",
    ),
    "immigrants": (
        "Avec ma gueule de métèque, je chante ce soir au bar du coin, venez !",
        "Nous les clandos d'hier, on a construit ce pays, faut pas l'oublier.",
    ),
}

SUITE_NONGROUP: dict[str, tuple[str, ...]] = {
    "slur_homonym": (
        "J'ai enfin fini Les Âmes mortes de Gogol, quel chef-d'œuvre.",
        "L'Empire mongol s'étendait de la Corée jusqu'à l'Europe.",
        "Passe-moi la tapette, il y a une mouche sur la fenêtre.",
        "Ma tante nous a invités à déjeuner dimanche.",
        "On a vu un raton laveur au zoo de Beauval.",
        "Les macaques du Japon se baignent dans les sources chaudes.",
        "Le maillot jaune a encore changé d'épaules dans les Alpes.",
        "Mon scooter est bridé à 45 km/h, ça m'énerve.",
        "Un peu de pecorino romano sur les pâtes, et c'est parfait.",
        "Le voyageur attardé a couru pour attraper son train.",
        "La steppe mongole est magnifique au printemps.",
        "Quelle journée de folle, je suis épuisée.",
    ),
    "profanity_nonhateful": (
        "Putain, j'ai encore raté le dernier métro.",
        "Bordel, ce match était incroyable !",
        "Merde, j'ai oublié mes clés au boulot.",
        "Cette série est putain de bien, regardez-la.",
        "Oh la vache, il fait une chaleur de merde aujourd'hui.",
        "Bordel de merde, mon PC a encore planté.",
        "Putain ce concert, j'en ai encore des frissons.",
        "Fait chier, il pleut encore ce week-end.",
        "Ce gâteau est tellement bon, putain.",
        "Merde alors, je ne savais pas que tu déménageais !",
        "J'ai foiré mon exam, fait chier.",
        "Putain de bordel, quel but de Mbappé !",
        "Ah merde, t'as raison, je me suis trompé.",
        "Bordel, ça fait trois heures que j'attends le plombier.",
        "Putain, qu'est-ce que je suis content de te revoir !",
    ),
    "abuse_object": (
        "Ce téléphone est une vraie merde, il plante tous les jours.",
        "Je déteste ce putain de lundi matin.",
        "Cette application est nulle à chier.",
        "Mon imprimante est une saloperie sans nom.",
        "Ces bouchons sur le périph, c'est l'enfer, je les hais.",
        "Ce film était une daube absolue.",
        "J'ai horreur de cette chanson, elle me donne envie de vomir.",
        "Ce nouveau règlement intérieur est complètement débile.",
        "Ce café de la machine est dégueulasse.",
        "Les moustiques, je les déteste, qu'ils crèvent tous.",
        "Cette mise à jour Windows est une catastrophe, quelle bouse.",
        "Je vais exploser ce réveil contre le mur s'il sonne encore.",
    ),
    "abuse_individual": (
        "T'es vraiment le plus gros connard que je connaisse.",
        "Toi, t'es une merde, personne ne t'aime.",
        "Ferme ta gueule, espèce d'abruti.",
        "Tu es d'une bêtise affligeante, sérieusement.",
        "Je te méprise, tu es un menteur pathétique.",
        "Va te faire voir, pauvre con.",
        "T'es moche et t'es con, abandonne.",
        "Personne ne veut de toi ici, dégage.",
        "T'es qu'un minable qui vit chez sa mère.",
        "Ton avis on s'en fout, t'es une pauvre tache.",
        "Quel gros nul, tu sers vraiment à rien.",
        "T'es une honte pour ta famille, sérieux.",
    ),
    "abuse_nonprotected_group": (
        "Les avocats sont tous des escrocs en costard.",
        "Les propriétaires qui louent des taudis sont de vraies sangsues.",
        "Les politiciens nous mentent depuis quarante ans, tous autant qu'ils sont.",
        "Les supporters du PSG sont des abrutis finis.",
        "Les chauffeurs de trottinette devraient être interdits de trottoir, ces inconscients.",
        "Les agents immobiliers, c'est de la vermine en chemise cintrée.",
        "Je hais les influenceurs, leur vide intersidéral me fatigue.",
        "Les contrôleurs SNCF sont des rats sans pitié.",
        "Les patrons du CAC 40 ne pensent qu'au fric, ils me dégoûtent.",
        "Les fans de téléréalité ont le cerveau en compote.",
        "Les automobilistes parisiens conduisent comme des sauvages.",
        "Pourquoi les chasseurs sont-ils si bêtes ?",
    ),
}


# ---- train bank: social-media voice, slots, more frames

TRAIN_GROUP_TEMPLATES: dict[str, tuple[str, ...]] = {
    "derogation_emotion": (
        "Je supporte plus {G}, sérieux.",
        "J'ai la haine contre {G}, c'est viscéral.",
        "{G}, impossible de {les} blairer.",
        "{G} me font gerber.",
        "Je vomis {G}.",
        "{G}, rien que de {les} voir j'ai la nausée.",
        "Quelle horreur, {G}. Vraiment.",
        "Je {EMO} {G}, et je l'assume.",
        "Ce que je ressens pour {G} ? Du dégoût, rien que du dégoût.",
        "{G} m'écœurent, j'y peux rien.",
        "J'ai horreur {desN}, depuis toujours.",
        "Je crache sur {G}.",
        "Tout ce qui touche {auxN} me débecte.",
        "Je peux pas piffrer {G}, désolé pas désolé.",
        "{G} ? Beurk. 🤢",
        "Dès que je vois {desN}, ça me fout en rogne.",
        "Ma haine pour {G} ne fait que grandir.",
        "{G}, je {les} ai en horreur.",
        "J'éprouve que du mépris pour {G}.",
        "Ça me rend malade de devoir partager ce pays avec {G}.",
        "{G} me sortent par les yeux.",
        "Je ne supporte pas la vue {desN}.",
        "Sérieux {G}, vous me dégoûtez {tous}.",
        "Mon aversion envers {G} est totale.",
        "{G}, je {les} hais tellement que ça me fait peur.",
        "Chaque fois que je croise {desN}, j'ai envie de gerber.",
        "{G} = dégoût total 🤮",
        "{USER} pareil, {G} me dégoûtent grave.",
        "{G} me répugnent au plus haut point, et j'ai même pas honte de le dire.",
        "Rien qu'à entendre parler {desN}, j'ai l'estomac qui se retourne.",
        "J'ai une haine profonde envers {G}, et elle partira jamais.",
        "{G} me mettent dans une rage folle, à chaque fois.",
        "Je peux pas rester dans la même pièce que {G}, ça me rend dingue.",
        "{G} me donnent des boutons, littéralement.",
        "À force de croiser {desN} tous les jours, ma haine a fini par exploser.",
        "Mon dégoût pour {G} n'a aucune limite.",
        "Quand {G} passent à côté de moi, j'ai un haut-le-cœur.",
        "{G}, je {les} supporte ni de près ni de loin.",
        "{G} me hérissent, rien qu'à {les} apercevoir.",
        "J'ai envie de hurler dès que {G} ouvrent la bouche.",
        "{G} m'inspirent que de la répulsion.",
        "Ma détestation {desN}, elle vient des tripes.",
        "Voir {desN} à la télé me gâche la soirée, je {les} hais.",
        "Je ressens un mépris immense pour {G}, immense.",
        "{G} me rendent malade, physiquement malade.",
        "Je {EMO} {G} depuis que je suis gamin, et ça a jamais changé.",
        "J'ai jamais autant détesté des gens que {G}.",
        "{G} me tapent tellement sur le système que j'en dors plus.",
        "Tout chez {G} me dégoûte : leur voix, leur façon d'être, tout.",
        "{G} ? Rien que d'y penser, j'ai des frissons de dégoût.",
        "Ma haine contre {G}, rien ni personne pourra l'éteindre.",
        "{G} me foutent la rage, je {les} vomis.",
        "Je change de trottoir quand je vois {desN}, {ils} me répugnent trop.",
        "J'ai une aversion viscérale pour {G}, je l'assume complètement.",
        "{G} me donnent envie de gerber, surtout quand {ils} parlent.",
        "Pour {G}, j'ai que du dégoût, zéro sympathie.",
        "Je hais {G} avec une intensité qui me surprend moi-même.",
        "{G} me font horreur, je peux pas l'expliquer autrement.",
        "Chaque fois qu'on parle {desN}, mon sang ne fait qu'un tour.",
        "Putain que je déteste {G}, c'est pas possible.",
        "{G} m'écœurent tellement que je zappe dès qu'{ils} passent à l'écran.",
        "J'en peux plus {desN}, {ils} me mettent hors de moi.",
        "Je nourris une rancœur énorme envers {G}.",
        "{G}, c'est bien simple : je {les} abhorre.",
        "Le simple fait que {G} existent me met en colère.",
        "{G} me révoltent, je {les} hais {tous}.",
        "J'ai jamais pu encadrer {G}, et ça va pas s'arranger.",
        "Je sens la colère monter dès que je croise {desN}.",
        "{G} me dégoûtent tellement que j'ai quitté le groupe où {ils} étaient.",
        "Ce que {G} m'inspirent ? Une haine froide.",
        "{G} me donnent la chair de poule, et pas dans le bon sens.",
        "{USER} moi aussi {G} me débectent, je peux plus {les} voir.",
        "Ça me soulève le cœur de voir {desN} partout.",
        "Je vais être honnête : {G}, je {les} ai en travers de la gorge.",
        "{G}, je {les} exècre tellement que j'évite leur quartier.",
        "J'ai la nausée quand je pense à {tous} {cesN} autour de moi.",
        "{G}, je {les} ai dans le nez depuis toujours.",
        "{G} me filent la gerbe à chaque fois.",
        "{G}, même en photo je {les} supporte pas, je {les} ai en grippe.",
        "Je bouillonne de rage dès qu'on me parle {desN}.",
        "{G}, ça me donne envie de vomir tripes et boyaux.",
        "Je nourris un dégoût sans fond pour {G}.",
        "{G} me pompent l'air, je {les} déteste.",
        "Franchement {G}, je {les} abomine.",
        "Ma répulsion pour {G} est plus forte que tout.",
        "{G} me glacent le sang, je {les} supporte pas.",
        "J'ai envie de me laver les yeux quand je vois {desN}.",
        "{G} me dégoûtent à un point que tu peux pas imaginer.",
        "Au fond de moi, c'est une haine brûlante que j'ai pour {G}.",
        "Sur cette terre, rien ni personne me débecte autant que {G}.",
        "{G} me font bouillir le sang.",
        "J'ai des haut-le-cœur rien qu'à imaginer {desN} à côté de moi.",
        "{G} m'insupportent, tout simplement.",
        "Je déborde de mépris envers {G}.",
        "Le dégoût que m'inspirent {G}, c'est indescriptible.",
        "{G}, j'en ai une sainte horreur.",
        "Je vomirais presque en voyant {desN} à la terrasse d'un café.",
        "{G} me mettent les nerfs à vif, je {les} déteste {tous}.",
        "J'ai la rage rien qu'en voyant {G} sourire.",
        "{G} me restent en travers du gosier, je {les} hais.",
        "Je trouve {G} tellement {a:répugnant|répugnante} que je change de wagon.",
        "Chaque jour qui passe, je méprise {G} un peu plus.",
        "{G}, c'est une rancune tenace que j'ai contre {eux}, ça passera jamais.",
        "Vivement que je croise plus jamais {desN}, je {les} hais.",
        "Mon cœur se soulève à chaque fois que {G} prennent la parole.",
        "Une seule chose à dire sur {G} : je {les} ai en aversion, {tous} sans exception.",
        "{G} me rendent fou de rage, je peux pas {les} sentir.",
    ),
    "derogation_attribute": (
        "C'est un fait : {G} sont {ADJ}.",
        "{tous} {G} sont {ADJ}, {tous} les mêmes.",
        "Perso j'ai jamais vu {desN} qui soient pas {ADJ}.",
        "{G} c'est {tous} des {NOUNNEG}.",
        "{G} ont toujours été {ADJ} et le seront toujours.",
        "{G} ? {^ADJ} jusqu'à l'os.",
        "{G} sont trop {ADJ} pour comprendre les règles d'ici.",
        "Le problème avec {G}, c'est qu'{ils} sont {ADJ}.",
        "{G} ont un point commun : {ils} sont {tous} {ADJ}.",
        "{G} sont plus {ADJ} que la moyenne, c'est prouvé.",
        "{G}, des {NOUNNEG} {a:né|née}.",
        "{G} sont vraiment {ADJ} mdr",
        "{G} sont tellement {ADJ} que ça en devient drôle.",
        "Moi je dis {G} = {ADJ}.",
        "{G} ne pensent qu'à profiter du système.",
        "{G} puent, c'est pas une insulte c'est une constatation.",
        "{G} sont {a:sale}, {a:bruyant|bruyante} et sans gêne.",
        "Chez {G}, la malhonnêteté c'est culturel.",
        "La racaille de la société, c'est {G}, point.",
        "{G} ont zéro intelligence, zéro.",
        "Zéro capacité d'intégration chez {G}.",
        "{G} = {NOUNNEG}, fin du débat.",
        "{G} ont le vice dans le sang.",
        "{G} sont {ADJ} et ça {les} dérange même pas.",
        "{G} sont {ADJ} et {ADJ2}, voilà la vérité.",
        "Aucune éducation, {G}, aucune.",
        "Ce qui caractérise {G} ? La paresse et la fourberie.",
        "{G} savent que tricher et mentir.",
    ),
    "dehumanization": (
        "{G} = {DEH} 🐀",
        "{G} se reproduisent comme des lapins.",
        "{G}, c'est du bétail.",
        "On devrait traiter {G} comme les nuisibles qu'{ils} sont.",
        "{G} ne sont pas vraiment {a:humain|humaine}.",
        "{G} ? Une sous-race.",
        "{G} grouillent comme des asticots dans cette ville.",
        "Des bêtes sauvages, {G}, faut pas chercher plus loin.",
        "{G}, c'est une infection.",
        "{G} sont une espèce nuisible.",
        "Ces {N}, de véritables sangsues.",
        "{G} sont des singes, regarde-{les} bouger.",
        "{G} c'est pas des humains, c'est {DEH}.",
        "{G} vivent comme des porcs.",
        "Je considère {G} comme {DEH}.",
        "La lie de l'humanité, voilà ce que sont {G}.",
        "Ces {N}, des microbes qu'on laisse proliférer.",
        "{G} puent comme des animaux.",
        "Comme des poux, {G} s'accrochent partout.",
        "{G}, c'est le cancer de l'Europe.",
        "{G} = {DEH}, point barre.",
        "Regarde {G}, on dirait des chiens errants.",
        "🐀🐀 {G} 🐀🐀",
        "{G}, des cafards en survêt.",
        "{G} ont le cerveau d'un poisson rouge, des bêtes quoi.",
        "Y'a plus d'humanité chez mon chien que chez {G}.",
        "{G}, c'est {DEH} en costume d'humain.",
    ),
    "derogation_implicit": (
        "Un bon point pour cette ville : presque pas {deN}.",
        "J'ai déménagé, y'avait trop {deN} dans mon ancien quartier, tu vois ce que je veux dire 😏",
        "Tiens, mon vélo a disparu, et comme par hasard {desN} ont emménagé à côté.",
        "On reconnaît un immeuble où vivent {desN} à l'odeur.",
        "Heureusement que ma fille n'a pas d'amis parmi {G}.",
        "{G} au boulot ? Ah bah ça explique la baisse de niveau.",
        "Le jour où {G} feront quelque chose d'utile, appelez-moi.",
        "[sg] La meilleure soirée de l'année ? Celle où {g:aucun|aucune} {N} n'était {g:invité|invitée}.",
        "Moi je choisis mes voisins : pas {deN}.",
        "{G} ont vraiment une gueule de suspect, non ?",
        "Évidemment le quartier a changé depuis que {G} sont {a:arrivé|arrivée}…",
        "Le niveau de l'école a chuté. Tu devines pourquoi ? {^G}.",
        "J'ai rien contre {G}, mais chez {eux}, pas chez nous.",
        "[dehum] Quelqu'un a laissé la cage ouverte ? Y'a {desN} partout dehors.",
        "Embaucher {desN} ? Autant fermer la boîte tout de suite.",
        "[sg] Sortir avec {G} ? Plutôt rester seul toute ma vie.",
        "Ils ont mis {desN} dans la nouvelle pub, boycott direct.",
        "Quand je vois {desN} dans mon équipe, je sais que le projet va couler.",
        "Le bon côté de la campagne : zéro {N} à l'horizon.",
        "Pas besoin de chercher qui a volé, y'avait {desN} dans la rue.",
        "Tu remarqueras que les problèmes commencent toujours là où {G} s'installent.",
        "{G} au gouvernement, et après on s'étonne que tout parte en vrille.",
        "Si tu cherches les emmerdes, suis {G}.",
        "Mettez {desN} à la tête d'un pays et regardez-le sombrer.",
        "Avant, ce quartier était propre. Avant {G}.",
        "Mon chien aboie dès qu'il voit {desN}, il a du flair ce chien.",
        "J'aurais honte d'avoir {desN} dans ma famille.",
        "Retrouvez la liste des restos tenus par {desN}, pour bien savoir où ne pas aller 😉",
        "[dehum] Faudrait construire un enclos pour {G}, avec un panneau « ne pas nourrir ».",
        "[dehum] Au zoo il manquait un truc : une cage avec {desN} dedans.",
        "Je préfère dormir dans une poubelle plutôt qu'à côté {desN}.",
        "[dehum] Mon chien a plus de savoir-vivre que {G}.",
        "[dehum] Mon chat est plus propre que {G}, et pourtant il se lave avec sa langue.",
        "Je préfère me faire arracher une dent que de passer une soirée avec {desN}.",
        "Un repas de famille sans {G} autour de la table, c'est ça le vrai luxe.",
        "On a enfin trouvé une résidence où il n'y a pas {deN}, ma mère est ravie 😌",
        "[dehum] Faut surtout pas donner à manger {auxN}, après {ils} reviennent.",
        "[dehum] {G} au parc, on se croirait en plein safari.",
        "Je laisse toujours un siège vide entre moi et {G} dans le métro, question d'hygiène.",
        "Ils ont laissé entrer {desN} au club, je résilie mon abonnement.",
        "Appart sympa, mais y'a {desN} au-dessus, donc non merci.",
        "Le jour où {G} partiront, je fais une fête dans la rue.",
        "Il paraît que {G} savent lire maintenant, quel progrès 👏",
        "Un bon grillage autour du quartier {desN}, et tout le monde serait content.",
        "Donnez un diplôme {auxN}, ça fera une jolie déco sur leur frigo 😂",
        "Si mon fils ramène {desN} à la maison, je change les serrures.",
        "La prochaine fois je demande au proprio s'il y a {desN} dans l'immeuble avant de signer.",
        "Laisser {G} voter, c'est comme laisser des gamins conduire un bus.",
        "Je préfère une semaine en garde à vue qu'une heure dans un bus plein {deN}.",
        "[dehum] Des cacahuètes pour {G}, {ils} adorent ça au zoo.",
        "On a déménagé pour que les enfants grandissent loin {desN}.",
        "Entre la décharge et {G} d'à côté, le quartier a vraiment tout pour plaire 🙄",
        "C'est fou comme les prix de l'immobilier baissent quand {G} s'installent dans une rue 🤔",
        "[dehum] Un jour on mettra {G} derrière une vitre, avec une pancarte pour les touristes.",
        "Expliquer un truc {auxN}, c'est comme parler à un mur, en moins utile.",
        "J'ai vu {desN} lire un livre, j'ai failli appeler la presse 📰",
        "Ma banque a embauché {desN}, je retire mes économies demain.",
        "Le resto a changé de proprio, maintenant c'est {desN}… je crois que je vais manger ailleurs.",
        "Si tu veux qu'un projet se plante, confie-le {auxN}.",
        "Tu veux savoir où habitent {G} ? Suis les poubelles qui débordent.",
        "[dehum] Un vaccin contre {G}, c'est pour quand ?",
        "Heureusement qu'on peut encore choisir ses voisins, hein. Loin {desN}, de préférence.",
        "Plutôt crever de soif qu'accepter un verre offert par {desN}.",
        "{G} au volant : c'est le moment de rester chez soi.",
        "La crèche a accepté {desN}, on retire la petite.",
        "[dehum] Le zoo cherche de nouveaux pensionnaires, quelqu'un a prévenu {G} ? 🙊",
        "Je garde toujours mon sac serré contre moi quand {G} sont dans le wagon.",
        "[dehum] Un chien bien dressé, au moins, ça obéit. On peut pas en dire autant {desN}.",
        "Avec {G} dans l'équipe, on part avec dix points de retard.",
        "Ce qui est bien à la montagne, c'est qu'on y croise pas {deN}.",
        "Je vérifie toujours qu'il n'y a pas {deN} dans le coin avant de réserver un Airbnb.",
        "Même ma plante verte a plus de conversation que {G}.",
        "[dehum] Une laisse et une muselière pour {G}, et tout irait mieux.",
        "Entre rester seul toute ma vie et sortir avec {desN}, je choisis la solitude sans hésiter.",
        "Le pire cauchemar d'un proprio ? Un dossier de location signé par {desN}.",
        "[dehum] Ma perruche est mieux élevée que {G}, et elle vit dans une cage.",
    ),
    "threat_direct": (
        "Vous allez {tous} y passer, {G}, un jour ou l'autre.",
        "Un jour je vais descendre {desN}, vous verrez.",
        "J'ai un fusil et je sais où {G} habitent.",
        "On va cramer vos baraques, {G}.",
        "[sg] Si {G} ose mettre un pied dans mon bar, je l'égorge.",
        "Ce soir on sort chasser {desN}, qui vient ?",
        "Je te jure que {G} vont payer, sur la tête de ma mère.",
        "{G} d'en face, je vais foutre le feu chez {eux} cette nuit.",
        "Vous allez crever, {G}, {g:tous|toutes} autant que vous êtes.",
        "Je vais vous éclater la tête, {G}.",
        "{G}, préparez-vous, on arrive avec des battes.",
        "Demain je ramène un couteau et je m'occupe {desN} de ma classe.",
        "[sg] Si {G} me regarde de travers au taf demain, je lui défonce le crâne.",
        "À la prochaine manif {desN}, je fonce dedans avec ma bagnole.",
        "J'ai hâte de vous voir {a:pendu|pendue}, {G}.",
        "On va vous faire la peau, {G}.",
        "Vos adresses circulent déjà, {G}. On arrive.",
        "Je vais flinguer {desN}, c'est une promesse.",
        "Dès que j'ai mon port d'arme, {G} vont comprendre leur douleur.",
        "Je vais balancer de l'acide sur {G}.",
        "Vous méritez une balle, {G}, et je vais vous la donner.",
        "Tremblez {G}, votre heure arrive.",
        "{USER} t'inquiète je m'occupe personnellement {desN} du quartier 🔪",
        "Je vais vous noyer dans le canal, {G}.",
        "J'ai déjà repéré {desN} de ma rue, ce week-end je passe à l'action.",
        "Je vais faire un carnage chez {G}, retenez bien ce message.",
        "On se retrouve à la sortie, {G}, et vous repartirez pas sur vos jambes.",
    ),
    "threat_normative": (
        "Faut se débarrasser {desN} par tous les moyens, même les pires.",
        "Une bonne rafle {deN}, voilà ce qu'il faut.",
        "Il faudrait stériliser {G}.",
        "Faut {les} foutre dehors à coups de pied au cul, {G}.",
        "[dthreat] On devrait noyer {G} comme des chatons.",
        "Que {G} crèvent {tous}, je sabrerai le champagne.",
        "Une corde pour chacun {desN}, voilà ce que je propose.",
        "[sg] Une balle dans la tête de chaque {N}, et on n'en parle plus.",
        "Faudrait remettre {G} à leur place, à coups de matraque.",
        "{G} méritent la chaise électrique.",
        "Il est temps de faire le ménage, et {G} en premier.",
        "Brûlez-{les} {tous}, {G}.",
        "Faut tirer dans le tas quand {G} manifestent.",
        "Si ça tenait qu'à moi, {G} seraient {tous} {a:fusillé|fusillée} à l'aube.",
        "Le pays irait mieux si on supprimait {G}.",
        "Direction la mer pour {G}, et sans gilet de sauvetage.",
        "{G} ? Déportation, et par la force.",
        "Il faudrait leur casser les jambes, {auxN}.",
        "On devrait lâcher les chiens sur {G}.",
        "[sg] {g:Un bon|Une bonne} {N}, c'est {g:un|une} {N} {g:mort|morte}.",
        "Tabassez {G} dès que vous pouvez, {ils} l'ont bien cherché.",
        "Allez, on va nettoyer le quartier {desN}.",
        "Faut que quelqu'un passe {G} à tabac une bonne fois pour toutes.",
        "Renvoyez {G} chez {eux}, et pas en douceur.",
        "Lynchez {G}, {ils} ne méritent que ça.",
        "Il faudrait rouvrir le bagne pour {G}.",
        "Mettez {G} dans des bateaux et coulez-{les}.",
    ),
    "slur": (
        "[slur_sg] Mon chef est {G}, je te raconte pas l'ambiance.",
        "[slur] Ce bus, c'est un vrai repaire {deN}.",
        "[slur] Encore {G} qui gueulent devant la mairie.",
        "[slur_sg] Regarde {cesN} là-bas, quelle dégaine.",
        "[slur] Je bosse pas avec {desN}.",
        "[slur] {G} ont encore fait la une.",
        "[slur_sg] T'as vu la tête {duN} ?",
        "[slur] Les voisins ? Une bande {deN}.",
        "[slur] Fais gaffe, c'est un quartier {deN} ici.",
        "[slur_sg] {p:Mon nouveau voisin|Ma nouvelle voisine} est {G}, super…",
        "[slur_sg] Je me suis fait doubler par {G} à la caisse.",
        "[slur] Interdit {auxN}, c'est écrit sur la porte.",
        "[slur] {tous} ces {N} devant le lycée, sérieux…",
        "[slur] C'est le rendez-vous {desN}, ce café.",
        "[slur_sg] Ma sœur sort avec {G}, la honte.",
        "[slur_sg] Ça sent {leN} ici.",
        "[slur_sg] {g:Quel|Quelle} {N}, franchement.",
        "[slur] Combien {deN} dans ton équipe ?",
        "[slur_sg] Tu parles comme {G}.",
        "[slur] Le quartier est envahi {deN}.",
        "[slur_sg] Mon prof de maths est {G}, ça explique la note.",
        "[slur] Le bled est rempli {deN}.",
        "[slur] Tu fréquentes {desN} maintenant ?",
        "[slur] {G} ont pris tous les logements sociaux.",
        "[slur] Je paie des impôts pour {desN}, génial.",
        "[slur] Encore un match pourri à cause {desN} sur le terrain.",
        "[slur_sg] Fais pas {leN}, sérieux.",
        "[slur] Y'a {desN} partout dans le métro ce matin.",
        "[slur_sg] Le livreur, c'était encore {G}.",
        "[slur] En deux ans, mon immeuble est devenu un nid {deN}.",
        "[slur_sg] Le nouveau stagiaire ? {^G}, évidemment.",
        "[slur] Encore une soirée gâchée par {desN}.",
        "[slur_sg] J'ai eu {G} comme médecin aujourd'hui, génial.",
        "[slur] Ce resto est tenu par {desN}, j'y vais plus.",
        "[slur] {G} du coin ont encore squatté le parc.",
        "[slur_sg] Tu vas voter pour {G} aux municipales ?",
        "[slur] La fac est pleine {deN}, c'est déprimant.",
        "[slur_sg] Y'a {G} qui m'a grillé la priorité au rond-point.",
        "[slur] Mes nouveaux collègues ? Que {desN}.",
        "[slur_sg] Ma coloc ramène {G} à la maison, au secours.",
        "[slur] La plage était squattée par {desN} tout l'été.",
        "[slur_sg] {p:Le nouveau|La nouvelle} de la compta, c'est {G}, tu savais ?",
        "[slur] On a perdu le match contre une équipe {deN}.",
        "[slur] Le casting de cette série ? Blindé {deN}.",
        "[slur_sg] J'ai dû m'asseoir à côté d'{g:un|une} {N} dans le train.",
        "[slur] Pas étonnant, c'est {G} qui gèrent la boutique.",
        "[slur] Ce parti ne pense qu'{auxN}.",
        "[slur_sg] Ma cousine a épousé {G}, toute la famille en parle.",
        "[slur] Je refuse de louer mon appart {auxN}.",
        "[slur] Au boulot on est entourés {deN}, vivement la retraite.",
        "[slur_sg] Tu t'habilles comme {G}, change de style.",
        "[slur] Le maire fait tout pour {G}, et rien pour nous.",
        "[slur] Mate un peu {cesN} qui zonent vers la gare routière.",
        "[slur_sg] Le prof a encore mis {G} {p:premier|première} de la classe.",
        "[slur] Toute la rue est tenue par {desN} maintenant.",
        "[slur_sg] Encore {G} au guichet, je vais attendre des heures.",
        "[slur] Le concert était rempli {deN}, je suis parti au bout de dix minutes.",
        "[slur] {G} ont encore eu droit à leur reportage au JT.",
    ),
    "profanity_hateful": (
        "Ces {N} de merde, dégagez.",
        "Nique {G}.",
        "J'emmerde {G}, {tous} autant qu'{ils} sont.",
        "{G} font chier tout le monde, putain.",
        "{G}, bande de {g:connards|connasses}.",
        "Foutez le camp, {G} à la con.",
        "Bordel de merde, {G} sont partout maintenant.",
        "Ces {g:enculés|enculées} {deN} me pourrissent la vie.",
        "{G} c'est {tous} des {g:fils|filles} de pute.",
        "Rien à foutre {desN} et de leurs conneries.",
        "{G} me cassent les couilles.",
        "Merde {auxN} !",
        "Sérieux {G}, vous êtes vraiment des trous du cul.",
        "Fait chier ces {N}, toujours à se plaindre.",
        "{G}, quelle bande de bâtards.",
        "Ras le bol de ces putains {deN}.",
        "{G} ? Des {g:branleurs|branleuses}, {tous}.",
        "Bordel, {G}, vous pourriez pas fermer vos gueules ?",
        "Qu'est-ce qu'{ils} sont {a:chiant|chiante} putain, {G}.",
        "Niquez-vous, {G}.",
        "Je chie sur {G}.",
        "Ces {g:enfoirés|enfoirées} {deN} se croient tout permis.",
        "{G} de mes deux.",
        "Putain, encore {G} qui la ramènent.",
        "{G} sont des merdes, ni plus ni moins.",
        "Bande de sous-merdes, {G}.",
    ),
    "pronoun_clause": (
        "Dans mon équipe il y a {desN}, et franchement je {les} exècre.",
        "[sg] Mon frère sort avec {G}, je {g:le|la} déteste déjà.",
        "Y'a {desN} qui ont emménagé en face, j'espère qu'{ils} vont vite dégager.",
        "Ma prof a invité {desN} à parler en classe, je {les} ai {a:trouvé|trouvée} {ADJ}.",
        "Si tu laisses entrer {desN} chez toi, {ils} te voleront tout.",
        "Le bus était plein {deN} et {ils} puaient {tous}.",
        "On a {desN} dans l'immeuble, et depuis l'ambiance est pourrie à cause d'{eux}.",
        "Ma fille traîne avec {desN} et je {les} méprise {tous}.",
        "J'ai lu un article sur {G} qui {les} présentait comme des victimes, alors qu'{ils} sont {ADJ}.",
        "Quand {G} parlent, {ils} ne disent que des conneries.",
        "{^desN} sont {a:venu|venue} au marché, et {ils} ont tout sali.",
        "J'ai voulu donner une chance {auxN}, mais {ils} sont {ADJ}.",
        "Le nouveau film parle {desN}, et bien sûr {ils} y sont {a:présenté|présentée} comme des saints alors que ce sont des ordures.",
        "Mon quartier accueille {desN} depuis un an et {ils} l'ont transformé en poubelle.",
        "J'ai un cousin qui fréquente {G}, moi je {les} fuis comme la peste.",
        "On m'a forcé à travailler avec {desN}, et {g:chacun|chacune} d'{eux} est {g:incompétent|incompétente}.",
        "Y'a {desN} à la fac, et {ceux}-là foutent rien.",
        "À la télé on voit {G} partout, et {ils} nous méprisent.",
        "Je parle pas {auxN}, {ils} méritent même pas un regard.",
        "Mes parents ont toujours aidé {G}, alors qu'{ils} ne le méritent pas.",
        "La mairie veut ouvrir un centre pour {G} ici ; j'espère qu'{ils} n'y mettront jamais les pieds.",
        "Mon coloc invite {desN} à la maison, et {ils} laissent tout dégueulasse derrière {eux}.",
        "J'ai croisé {desN} en sortant du taf et {ils} m'ont donné envie de gerber.",
        "Il y a {desN} dans ma classe, et je prie pour qu'{ils} disparaissent.",
        "Ma boîte recrute {desN} en masse, et {ils} plombent tout le service.",
        "Le voisin héberge {desN} depuis un mois, et {ils} ont ramené la crasse avec {eux}.",
        "On a joué contre {desN} au foot, et {ils} trichaient comme {tous} {ceux} de leur espèce.",
        "J'ai connu pas mal {deN} dans ma vie, et {ils} étaient {tous} {ADJ}.",
        "Mon ancien patron embauchait {desN}, et {ils} ont {tous} coulé la boîte.",
        "J'ai vécu à côté {desN} pendant des années, {ils} m'ont pourri la vie.",
        "Au collège j'avais {desN} dans ma classe, et {ils} étaient {ADJ}.",
        "On a accueilli {desN} dans l'association, et {ils} ont tout volé.",
        "Ma voisine loue son studio à {desN}, et {ils} l'ont complètement saccagé.",
        "Quand j'ai bossé avec {desN}, j'ai compris qu'{ils} étaient {tous} {a:paresseux|paresseuse}.",
        "Mon frangin a invité {desN} à son mariage, et {ils} ont tout gâché, comme d'hab.",
        "J'ai croisé {desN} au supermarché, et {ils} m'ont rappelé pourquoi je {les} hais.",
        "On a eu {desN} en stage, {ils} sont {a:reparti|repartie} sans avoir rien foutu.",
        "Dès que {G} débarquent quelque part, {ils} ramènent leurs embrouilles.",
        "Mon club de foot a recruté {desN}, et depuis {ils} pourrissent l'ambiance.",
        "J'ai partagé un appart avec {desN}, plus jamais : {ils} sont {ADJ}.",
        "Il y avait {desN} à la soirée, et {ils} ont fini par tout casser.",
        "J'ai essayé de discuter avec {desN}, mais {ils} sont trop {ADJ} pour comprendre.",
        "Ma tante emploie {desN} chez elle, et {ils} lui piquent tout.",
        "On a {desN} au conseil municipal, et {ils} ne pensent qu'à {eux}.",
        "Le nouveau quartier attire {desN}, et {ils} le transforment en zone.",
        "Au boulot on m'a mis en binôme avec {desN}, {ils} sont d'une nullité affligeante.",
        "J'ai déjà eu affaire {auxN}, et {ils} m'ont {tous} arnaqué.",
        "Quand j'étais gosse, {desN} habitaient en bas, et {ils} terrorisaient tout le monde.",
        "On a mis {desN} à la tête du projet, et évidemment {ils} l'ont planté.",
        "Chaque fois que je parle {auxN}, {ils} me confirment à quel point {ils} sont {ADJ}.",
        "J'ai connu {desN} à la fac, {ceux}-là étaient {ADJ} sans exception.",
        "Ma ville a ouvert ses portes {auxN}, et {ils} nous ont remerciés en la détruisant.",
        "Y avait {desN} dans mon train, {ils} ont foutu le bordel tout le trajet.",
        "Je fréquentais {desN} avant, mais j'ai vite compris qu'{ils} étaient {tous} des {NOUNNEG}.",
        "Mes voisins ont vendu leur maison à {desN}, et {ils} ont fait baisser la valeur de toute la rue.",
        "On a laissé {G} s'installer au camping, et {ils} ont tout dégradé.",
        "J'ai rencontré {desN} en vacances, et {ils} étaient aussi {ADJ} qu'on le dit.",
        "Dans mon immeuble, {G} du troisième font un boucan d'enfer, {ils} sont {ADJ}.",
    ),
    "pronoun_sentence": (
        "{G} sont {a:arrivé|arrivée} dans mon village. Quelle plaie, je {les} hais.",
        "Tu connais {desN} ? Moi oui. Ce sont {tous} des {NOUNNEG}.",
        "{G} veulent plus de droits. Qu'{ils} aillent au diable.",
        "Y'a un débat sur {G} à la radio. Franchement, je {les} vomis.",
        "Ma voisine ramène {desN} chez elle tous les soirs. {^ils} sont {ADJ}, on le sait tous.",
        "Regarde {G}. Tu vois ce que je vois ? Des {NOUNNEG}.",
        "J'ai vu une pub avec {desN}. {^ils} sont partout, c'est insupportable.",
        "{G} ont eu des aides de l'État. {^ils} ne méritent pas un centime.",
        "Encore {desN} {a:nommé|nommée} au gouvernement. {^ils} vont tout détruire, comme d'hab.",
        "{G}. Rien que le mot me file la gerbe.",
        "Mon patron embauche {desN}. {^ils} sont d'une incompétence crasse.",
        "[threat] Ils ont interviewé {desN} au JT. Qu'on {les} renvoie d'où {ils} viennent.",
        "J'ai croisé {desN} au parc. Sérieux, {ils} devraient pas avoir le droit d'y aller.",
        "On m'a demandé ce que je pensais {desN}. Je {les} trouve {ADJ}, voilà.",
        "{G} manifestent encore. Bande de {NOUNNEG}.",
        "Il y a une asso qui aide {G}. Honnêtement, {ils} ne valent pas cet effort.",
        "[sg] J'ai eu {G} comme prof. {^ils} était {g:nul|nulle}, comme {g:tous|toutes} les autres.",
        "{G} ont ouvert un commerce en bas. J'y mettrai jamais les pieds, {ils} sont trop {ADJ}.",
        "Mon fils a des amis parmi {G}. Je {les} ai {a:interdit|interdite} de séjour chez moi.",
        "{G} se plaignent des discriminations. {^ils} l'ont bien cherché.",
        "Le stade était plein {deN}. J'ai jamais vu une telle bande de {NOUNNEG}.",
        "Y'a un reportage sur {G} ce soir. Pas envie de voir leurs sales gueules.",
        "{USER} t'as vu {G} dans la vidéo ? {^ils} sont {ADJ} mdr",
        "On a accueilli {desN} au club. Depuis, plus personne ne veut venir, {ils} ont tout gâché.",
        "{G} réclament encore des excuses. Qu'{ils} se taisent, {ceux}-là.",
        "Un nouveau quartier pour {G} va sortir de terre. Encore une zone de non-droit en perspective.",
        "Mes collègues parlaient {desN} à la pause. Je leur ai dit ce que je pense : {ils} sont {ADJ}.",
    ),
    "negated_positive": (
        "[sg] {g:Aucun|Aucune} {N} n'a jamais rien fait de bien.",
        "Vivre ici ? {G} n'en sont pas {a:digne}.",
        "{G} n'ont jamais rien inventé.",
        "{a:Bon à rien|Bonne à rien|Bons à rien|Bonnes à rien}, voilà ce que sont {G}.",
        "Personne n'a besoin {desN}.",
        "{G} ne méritent aucune pitié.",
        "Chez {G}, rien de beau, rien de bon.",
        "{G} ne seront jamais {a:français|française}, jamais.",
        "Je ne donnerai jamais un centime {auxN}.",
        "{G} n'ont pas leur place dans ce pays.",
        "Je ne trouve aucune qualité {auxN}.",
        "[sg] {g:Un|Une} {N} ne sera jamais mon {g:égal|égale}.",
        "{G} ne devraient pas avoir les mêmes droits que nous.",
        "{G} ne sont pas {a:capable} de penser par {eux}-mêmes.",
        "[dehum] Non, {G} ne font pas partie de l'espèce humaine.",
        "Il n'existe pas {deN} {a:intelligent|intelligente}, désolé.",
        "Jamais vu {desN} faire un effort.",
        "[sg] {g:Pas un seul|Pas une seule} {N} ne mérite d'être {g:sauvé|sauvée}.",
        "Je n'embaucherai jamais {deN}.",
        "{G} ne connaissent pas le mot travail.",
        "{G} ne font jamais rien de bien, jamais de la vie.",
        "{G} n'ont ni cerveau ni cœur.",
        "Je ne vois aucune raison de tolérer {G}.",
        "{G} ne servent strictement à rien.",
        "{G} ne sont pas {a:fait|faite} pour vivre en société.",
        "Je n'ai jamais croisé {deN} {a:poli|polie}.",
        "Les droits {desN} ? Ça ne devrait même pas exister.",
        "Accorder sa confiance {auxN}, c'est se faire avoir à coup sûr.",
        "{G} ne méritent aucun respect, aucun.",
        "{G}, ça vaut rien, ni au boulot ni ailleurs.",
        "Attendre quelque chose de bien {desN}, c'est perdre son temps.",
        "[sg] J'ai jamais croisé {g:un seul|une seule} {N} honnête de toute ma vie.",
        "Ce que {G} ont apporté de bien à la France ? Que dalle.",
        "[sg] Pas {g:un seul|une seule} {N} digne de confiance, {g:pas un|pas une}.",
        "{G} ne sauront jamais se tenir correctement.",
        "Je n'attends rien de positif de la part {desN}.",
        "{G} n'ont aucune valeur, c'est aussi simple que ça.",
        "{G} ne seront jamais {a:les bienvenus|les bienvenues} chez moi.",
        "Rien de ce que font {G} n'est utile à qui que ce soit.",
        "{G} n'ont jamais rien construit de leurs mains.",
        "Je ne confierais jamais mes enfants {auxN}.",
        "{G} ne mériteront jamais notre confiance.",
        "Aucune dignité, aucune honnêteté chez {G}, rien.",
        "{G} ne respectent rien ni personne.",
        "On ne tirera jamais rien de bon {desN}.",
        "{G} ne sont pas {a:digne} de vivre parmi nous.",
        "[sg] {g:Un|Une} {N} ne dira jamais la vérité, jamais.",
        "{G} n'ont pas la moindre once de respect pour nous.",
        "Je n'ai jamais vu {desN} rendre service à qui que ce soit.",
        "[sg] {g:Aucun|Aucune} {N} ne mérite sa place dans ce pays.",
        "{G} ne feront jamais partie de notre société.",
        "Le mot « honneur », {G} ne savent pas ce que c'est.",
        "{G} ne méritent ni aide ni compassion.",
        "Zéro talent, zéro mérite : {G} n'ont rien pour {eux}.",
        "{G} n'ont jamais été et ne seront jamais {a:fiable}.",
        "[sg] Il n'y a pas {g:un seul|une seule} {N} qui vaille quelque chose.",
        "On ne devrait jamais laisser {G} voter.",
        "{G} ne sont jamais {a:reconnaissant|reconnaissante}, peu importe ce qu'on fait pour {eux}.",
        "Aucune raison de respecter {G}, {ils} ne font jamais le moindre effort.",
        "{G} ne comprendront jamais nos valeurs.",
        "Ne comptez jamais sur {G}, {ils} vous lâcheront au premier problème.",
        "{G} n'ont rien à faire dans nos écoles.",
        "Je n'ai jamais eu une seule bonne expérience avec {G}, pas une.",
        "{G} ne méritent pas le moindre centime de nos impôts.",
        "Pas la peine d'espérer quoi que ce soit de bien de la part {desN}.",
        "{G} ne seront jamais à la hauteur, ni aujourd'hui ni demain.",
        "{G} ne connaissent ni la politesse ni la reconnaissance.",
        "On ne peut rien construire avec {G}, rien du tout.",
        "{G} ne méritent pas qu'on leur tende la main.",
        "Rien, absolument rien de positif chez {G}.",
        "{G} n'ont jamais su ce que voulait dire le mot « effort ».",
        "J'ai beau chercher, je trouve rien de bien à dire sur {G}.",
        "Faire confiance {auxN} ? Jamais de la vie.",
        "{G} ne valent pas mieux que la poussière sous mes pieds.",
        "Aucune qualité, aucun mérite, aucun intérêt : voilà le bilan {desN}.",
        "{G} ne seront jamais {a:normal|normale}, faut arrêter de rêver.",
        "Ce qui arrive {auxN}, je m'en fous, leurs vies valent rien à mes yeux.",
        "{G} ne valent pas un clou.",
        "Aucune bonne chose n'est jamais venue {desN}.",
        "Je ne pourrai jamais respecter {G}, c'est au-dessus de mes forces.",
        "{G} ne contribuent en rien, ni à l'économie ni à la culture.",
        "[sg] {g:Aucun|Aucune} {N} n'est capable de tenir un poste à responsabilité.",
        "{G} n'ont aucun talent, à part celui de pleurnicher.",
        "Jamais {G} ne seront nos {a:égal|égale}.",
        "On ne peut rien attendre {desN}, à part des emmerdes.",
        "{G} ne méritent pas de vivre dans un pays civilisé.",
        "L'avis {desN} ? Il ne vaut rien du tout.",
        "{G} n'ont jamais été {a:utile} à personne.",
        "Je ne laisserai jamais {deN} entrer dans ma famille.",
        "Me parlez pas d'intégration : {G} n'en sont pas {a:capable}.",
        "{G} ne feront jamais rien de leur vie.",
        "Aucun pays n'a jamais prospéré grâce {auxN}.",
        "{G} ne méritent même pas qu'on leur adresse la parole.",
        "[sg] Je serrerai jamais la main d'{g:un|une} {N}, jamais.",
        "{G} ne sont pas {a:fréquentable}, point barre.",
        "Y a rien à sauver chez {G}, rien.",
        "{G} ne sont {a:bon|bonne} à rien d'autre qu'à profiter.",
        "{G} n'auront jamais ma confiance, ni mon respect.",
        "La parole {desN} ne vaut pas un centime.",
        "{G} ne méritent pas une seconde de notre temps.",
        "Non, {G} ne sont pas des gens bien, et {ils} ne le seront jamais.",
        "Cite-moi une qualité {desN}… Ah bah non, y en a aucune.",
        "{G} n'ont jamais mérité les aides qu'{ils} touchent.",
        "{G} ne seront jamais chez {eux} ici, jamais.",
        "Aucune éducation ne rendra {G} {a:civilisé|civilisée}.",
        "{G} ne manqueraient à personne si {ils} partaient demain.",
        "Pas une once d'intelligence chez {G}, pas une.",
    ),
    "question_hateful": (
        "{G}, ça se lave pas ou quoi ?",
        "C'est moi ou {G} sont de plus en plus {ADJ} ?",
        "Qui d'autre en a marre {desN} ?",
        "Pourquoi on donne encore des droits {auxN} ?",
        "Vous connaissez {desN} qui servent à quelque chose ?",
        "Comment on fait pour se débarrasser {desN} dans son immeuble ?",
        "{G}, c'est une race inférieure, non ?",
        "Pourquoi {G} ont toujours besoin de se victimiser ?",
        "C'est normal que {G} soient aussi {ADJ} ?",
        "[threat] Qu'est-ce qu'on attend pour renvoyer {G} chez {eux} ?",
        "Il y a vraiment des gens qui aiment {G} ? 🤔",
        "On peut dire que {G} sont {ADJ} ou c'est interdit maintenant ?",
        "Pourquoi faut-il supporter {G} partout ?",
        "Depuis quand {G} ont le droit de parler ?",
        "{G} savent faire autre chose que se plaindre ?",
        "Combien de temps on va encore tolérer {G} ?",
        "Est-ce que {G} ont un cerveau, au moins ?",
        "Vous avez remarqué que {G} sont toujours là quand il y a des problèmes ?",
        "Pourquoi tant {deN} dans les prisons, à votre avis ?",
        "Sérieux, qui voudrait vivre à côté {desN} ?",
        "C'est quoi le problème {desN} avec l'hygiène ?",
        "Est-ce qu'un jour {G} arrêteront de nous emmerder ?",
        "Qui a eu l'idée de donner un micro {auxN} ?",
        "Le QI moyen {desN}, on en parle ?",
        "Pourquoi {G} ne retournent pas d'où {ils} viennent ?",
        "Quelqu'un a une seule bonne raison de garder {G} dans ce pays ?",
        "Ça vous choque pas, {G} qui se croient chez {eux} partout ?",
        "Quelqu'un m'explique à quoi {G} servent, concrètement ?",
        "Y a-t-il quelque chose de plus nuisible que {G} sur cette planète ?",
        "Comment on peut encore faire confiance {auxN} après tout ça ?",
        "Pourquoi on continue de laisser {G} s'installer ici ?",
        "Quand est-ce que {G} vont enfin piger qu'on veut pas d'{eux} ?",
        "Sérieusement, qui a envie d'avoir {desN} comme {a:voisin|voisine} ?",
        "Vous trouvez pas que {G} pourrissent tout ce qu'{ils} touchent ?",
        "[dehum] {G}, c'est des humains ou {DEH} ? Je pose la question.",
        "D'où vient cette manie qu'ont {G} de tout saccager autour d'{eux} ?",
        "C'est trop demander que {G} restent chez {eux} ?",
        "Qui peut encore défendre {G} avec tout ce qu'on voit ?",
        "À part foutre le bordel, {G} savent faire quoi ?",
        "Pourquoi est-ce que {G} mentent autant, c'est dans leurs gènes ?",
        "On attend quoi pour interdire {auxN} d'enseigner à nos gosses ?",
        "Combien {deN} faudra-t-il encore supporter avant qu'on réagisse ?",
        "Est-ce que {G} ont déjà apporté quoi que ce soit d'utile ?",
        "Pourquoi {G} se comportent-{ils} toujours comme des {a:sauvage} ?",
        "Sincèrement, qui a besoin {desN} dans ce pays ?",
        "Vous laisseriez vos gosses seuls avec {desN}, vous ?",
        "Pourquoi faut-il toujours que {G} gâchent tout ?",
        "Ça gêne personne que {G} vivent aux crochets de tout le monde ?",
        "Qu'est-ce qui cloche chez {G}, franchement ?",
        "Pourquoi {G} ont-{ils} toujours l'air aussi {ADJ} ?",
        "Quelqu'un peut me citer un seul truc bien que {G} ont fait ?",
        "Comment ça se fait que {G} soient toujours {a:mêlé|mêlée} aux histoires louches ?",
        "[dehum] Pourquoi on traite {G} comme des humains alors qu'{ils} se comportent comme {DEH} ?",
        "Ils attendent quoi, en haut, pour fermer les frontières {auxN} ?",
        "{USER} t'en connais, toi, {desN} qui sont pas {ADJ} ?",
        "Pourquoi devrait-on payer pour {G} alors qu'{ils} ne foutent rien ?",
        "Est-ce qu'il existe encore un coin de France sans {N} ? Je veux y déménager.",
        "Qui a décidé que {G} avaient leur mot à dire, sérieux ?",
        "Franchement, {G} ont-{ils} la moindre utilité ?",
    ),
    "opinion_hateful": (
        "Pour moi, {G} sont {ADJ} et le resteront.",
        "Je crois sincèrement que {G} sont un fardeau.",
        "J'estime que {G} coûtent trop cher à la société.",
        "Avis impopulaire : {G} sont {ADJ}.",
        "J'ai rien contre personne mais {G} sont {ADJ}.",
        "On va me traiter de facho, mais {G} sont un problème.",
        "De mon point de vue, {G} ne devraient pas pouvoir adopter.",
        "Personnellement, je trouve {G} {ADJ}.",
        "Mon ressenti : {G} profitent de tout et ne donnent rien.",
        "J'ai l'impression que {G} se croient tout permis.",
        "Entre nous, {G} ne sont pas des gens fréquentables.",
        "Je le pense depuis longtemps : {G} sont une erreur de la nature.",
        "Je considère que {G} sont {a:inapte} à diriger quoi que ce soit.",
        "Il me semble évident que {G} sont moins {a:intelligent|intelligente} que nous.",
        "Ma conviction profonde : {G} détruisent ce pays.",
        "Sincèrement, {G} me font pitié tellement {ils} sont {ADJ}.",
        "Pour être honnête, je préfère quand il n'y a pas {deN} autour de moi.",
        "Dites ce que vous voulez, {G} sont {ADJ}.",
        "IMO {G} devraient rester entre {eux} et nous foutre la paix.",
        "Sans vouloir choquer personne, {G} sont une régression pour la France.",
        "Ça va pas plaire, mais {G} ne sont pas {a:compatible} avec nos valeurs.",
        "J'assume : {G} me dégoûtent.",
        "Vous allez pas aimer, mais {G} tirent ce pays vers le bas.",
        "Moi je dis que {G} sont la cause de tous nos problèmes.",
        "Je persiste et je signe : {G} sont {ADJ}.",
        "Mon petit avis : {G} devraient se faire {a:discret|discrète}.",
        "Je reste persuadé que {G} sont {a:incapable} d'aimer ce pays.",
        "Franchement, je pense que {G} n'ont rien à faire ici.",
        "Mon opinion, c'est que {G} sont {ADJ}, et je changerai pas d'avis.",
        "À mon sens, {G} gâchent tout ce qu'{ils} touchent.",
        "Je suis convaincu que {G} sont un danger pour nos enfants.",
        "Honnêtement, j'ai toujours trouvé {G} {ADJ}.",
        "Selon moi, on devrait limiter le nombre {deN} dans ce pays.",
        "Pour ma part, je trouve que {G} ne méritent pas leurs droits.",
        "Je vais le dire clairement : {G} sont {ADJ}.",
        "Mon avis tranché : {G} sont une plaie.",
        "[dehum] Je pense sincèrement que {G} sont moins {a:humain|humaine} que les autres.",
        "On me dira ce qu'on veut, mais {G} restent {ADJ}.",
        "Je l'ai toujours pensé : {G} sont {a:hypocrite} jusqu'à l'os.",
        "Hot take : on devrait retirer le bulletin de vote {auxN}.",
        "À mes yeux, {G} sont des {NOUNNEG}.",
        "Mon impression générale, c'est que {G} sont {ADJ} et {ADJ2}.",
        "Je crois vraiment que la France irait mieux sans {G}.",
        "D'après moi, {G} profitent du système sans le moindre scrupule.",
        "Je suis peut-être vieux jeu, mais {G} me semblent {ADJ}.",
        "J'ai le droit de penser que {G} sont {ADJ}, non ? Eh bien je le pense.",
        "Je trouve que {G} devraient rester {a:invisible} et se taire.",
        "Mon sentiment profond, c'est que {G} ne s'intégreront jamais.",
        "En toute franchise, {G} sont les pires voisins qu'on puisse avoir.",
        "Opinion perso : {G} sont une charge pour tout le monde.",
        "Je maintiens que {G} sont {a:incapable} de vivre comme des gens normaux.",
        "Je vais être cash : {G}, c'est la lie de la société.",
        "Je pense, et je suis pas le seul, que {G} sont {ADJ}.",
        "Perso, je mets {G} dans le même sac : {ADJ}, {tous}.",
        "Ma position est claire : moins il y a {deN}, mieux on se porte.",
        "Qu'on soit d'accord ou pas, {G} sont une menace pour notre culture.",
        "Je suis intimement persuadé que {G} sont {ADJ} de nature.",
        "Mon vrai avis ? {G} n'apportent que des ennuis.",
    ),
    "negated_hateful": (
        "Moi je hais pas {G}, j'ai grandi avec {eux}.",
        "{G} sont pas {ADJ}, arrête tes conneries.",
        "Non mais {G} ne sont absolument pas des {NOUNNEG}.",
        "J'ai rien contre {G}, je vois pas le problème.",
        "C'est faux, {G} ne volent pas plus que les autres.",
        "{G} ne sont ni {ADJ} ni {ADJ2}.",
        "Je n'ai jamais eu de haine envers {G}.",
        "Qui a dit que {G} étaient des parasites ? Certainement pas moi.",
        "Je n'insulterai jamais {G}.",
        "{G} me dérangent en rien, vivez votre vie.",
        "Je ne pense pas que {G} soient {ADJ}.",
        "Non, {G} ne sont pas un problème pour la France.",
        "Je considère pas {G} comme {DEH}, j'suis pas un monstre.",
        "Je ne veux aucun mal {auxN}.",
        "Je n'ai jamais menacé {G} et je ne le ferai jamais.",
        "Il ne faut surtout pas expulser {G}.",
        "{G} ne sont pas moins {a:intelligent|intelligente} que les autres.",
        "Jamais je ne dirais que {G} sont {ADJ}.",
        "Je vois pas pourquoi je haïrais {G}.",
        "Ma famille n'a jamais détesté {G}, au contraire on {les} adore.",
        "Mépriser {G} ? Pas moi.",
        "{G} ne me font pas peur, et {ils} ne devraient faire peur à personne.",
        "Non, {G} ne sont pas {a:sale}, c'est un cliché débile.",
        "C'est pas vrai que {G} profitent du système.",
        "Personne chez nous ne souhaite le départ {desN}.",
        "On ne va pas virer {G}, on n'est pas des sauvages.",
        "Aucune envie de faire du mal {auxN}, qu'on soit clairs.",
        "Aucun souci avec {G}, {ils} vivent leur vie et moi la mienne.",
        "Franchement j'ai zéro problème avec {G}, c'est quoi cette obsession ?",
        "Dire que {G} sont {ADJ}, c'est juste faux.",
        "Arrête de mettre {tous} {G} dans le même sac, {ils} ne sont pas {ADJ}.",
        "Jamais de la vie je traiterais {G} de {NOUNNEG}.",
        "C'est absurde de croire que {G} sont moins {a:humain|humaine} que nous.",
        "Je ne vois pas en quoi {G} seraient un danger pour qui que ce soit.",
        "{G} ne sont pas une menace, c'est de la propagande.",
        "Je refuse de détester {G} juste parce que la télé me dit de le faire.",
        "Moi, haïr {G} ? Jamais, c'est pas mon genre.",
        "On m'a appris à ne jamais mépriser {G}, et je remercie mes parents pour ça.",
        "Ça ne me dérange absolument pas d'avoir {desN} comme voisins.",
        "{G} ne me posent aucun problème, ni au boulot ni ailleurs.",
        "C'est complètement faux de prétendre que {G} vivent des aides.",
        "La crise, c'est pas la faute {desN}, arrêtez de chercher des coupables faciles.",
        "Je ne ressens aucune haine envers {G}, aucune.",
        "{G} ne méritent pas d'être {a:insulté|insultée}, point barre.",
        "Je ne dirai jamais que {G} sont {DEH}, c'est ignoble de penser ça.",
        "Qu'on soit clair : je n'ai rien contre {G}, ni de près ni de loin.",
        "{G} {a:dangereux|dangereuse} ? N'importe quoi, c'est toi qui fais peur.",
        "Je n'ai aucune raison d'en vouloir {auxN}.",
        "[sg] Il n'y a rien de mal à être {G}, absolument rien.",
        "Non, {G} ne volent le travail de personne.",
        "{G} ne sont pas plus {ADJ} que n'importe qui d'autre.",
        "Arrêtez de croire que {G} veulent vous remplacer, personne ne veut vous remplacer.",
        "Je ne changerai jamais de trottoir parce que je croise {desN}.",
        "{G} n'ont rien fait de mal, laissez-{les} tranquilles.",
        "Dans ma famille, l'idée que {G} vaudraient moins que nous fait bondir tout le monde.",
        "Aucune envie de voir {G} partir, {ils} sont chez {eux} ici aussi.",
        "Je n'ai jamais eu peur {desN}, pourquoi j'aurais peur ?",
        "C'est n'importe quoi de dire que {G} ne s'intègrent pas.",
        "Faux : {G} ne sont pas plus {a:violent|violente} que les autres, les chiffres le montrent.",
        "Je ne souhaite aucun malheur {auxN}, ni à personne d'ailleurs.",
        "Comparer {G} à {DEH} ? Jamais, même pour rire.",
        "Je n'ai jamais pensé que {G} devaient rester entre {eux}.",
        "{G} ne sont pas un fardeau pour la Sécu, c'est une légende urbaine.",
        "{G} ne m'ont jamais rien fait, pourquoi je {les} détesterais ?",
        "Ne compte pas sur moi pour dire du mal {desN}.",
        "Je ne pense absolument pas que {G} soient {a:inférieur|inférieure} à qui que ce soit.",
        "Ce n'est pas vrai que {G} ne travaillent pas, j'en connais plein qui bossent dur.",
        "Il n'y a aucune raison de se méfier {desN}.",
        "{G} n'ont pas à se justifier d'exister.",
        "Je n'ai jamais dit et ne dirai jamais que {G} sont {ADJ}.",
        "C'est ridicule de penser que {G} complotent contre qui que ce soit.",
        "Non, {G} ne sont pas {ADJ2}, t'as juste jamais discuté avec {eux}.",
        "{G} ne méritent pas d'être {a:rejeté|rejetée} pour ce qu'{ils} sont.",
        "Je ne vois pas pourquoi on refuserait un logement {auxN}.",
        "J'ai jamais eu le moindre problème avec {desN} au taf, au contraire.",
        "Je ne crois pas une seconde que {G} soient {a:malhonnête}.",
        "Ça n'a aucun sens de dire que {G} sont {ADJ}.",
        "Je n'interdirai jamais à mes enfants de jouer avec {desN}.",
        "Aucun problème avec {G} chez moi, ma porte est grande ouverte.",
        "{G} ne sont pas des {NOUNNEG}, et ceux qui le disent mentent.",
        "Je n'ai jamais souhaité de mal {auxN}, et ce n'est pas près d'arriver.",
        "Qui a dit que j'avais un problème avec {G} ? Pas du tout, bien au contraire.",
    ),
    "identity_neutral": (
        "Il y a {desN} dans mon cours de yoga.",
        "[news] Un rapport publié ce mardi s'intéresse aux conditions de vie {desN} en Île-de-France.",
        "[news] Le ministère annonce un plan pour l'emploi {desN}.",
        "Mon coloc fait un mémoire sur {G} dans les années 80.",
        "[question] Combien {deN} vivent en France aujourd'hui ?",
        "{G} de mon quartier organisent une fête ce samedi.",
        "Quelqu'un a des recommandations de livres écrits par {desN} ?",
        "[news] Une étude de l'INSEE compare les salaires {desN} à ceux du reste de la population.",
        "Il y a un podcast animé par {desN} que j'écoute le matin.",
        "On a accueilli {desN} à l'asso ce week-end pour un atelier cuisine.",
        "[news] Des associations représentant {G} ont été reçues à l'Élysée.",
        "[question] Est-ce qu'il y a {desN} dans le nouveau gouvernement ?",
        "Ma grand-mère travaillait avec {desN} dans les années 60.",
        "[news] Le sondage porte sur le rapport {desN} au travail.",
        "Mon prof d'histoire nous a parlé {desN} pendant la Seconde Guerre mondiale.",
        "[news] Une exposition consacrée {auxN} ouvre ses portes au musée de l'Homme.",
        "Je regarde une série où les personnages principaux sont {desN}.",
        "Dans mon immeuble il y a {desN}, des retraités et des étudiants.",
        "[news] Le nombre {deN} dans la fonction publique a augmenté selon un rapport.",
        "Y'a {desN} qui jouent au foot avec nous le dimanche.",
        "Mon entreprise a lancé un groupe de travail sur l'inclusion {desN}.",
        "[news] Table ronde ce soir à la médiathèque sur la représentation {desN} au cinéma.",
        "Les droits {desN}, c'est le thème du débat de ce soir à la fac.",
        "[question] Vous connaissez des comptes Insta tenus par {desN} ? Je cherche à diversifier mon fil.",
        "[news] Selon une enquête, {G} sont plus {a:exposé|exposée} aux discriminations à l'embauche.",
        "[coll] {^G} organise une collecte de sang dimanche.",
        "[coll][news] {^G} a réagi au discours du Premier ministre.",
        "J'ai discuté avec {desN} à l'arrêt de bus, on a parlé de la grève.",
        "[news] Les élus ont débattu hier de l'accès au logement {desN}.",
        "[news] Selon l'INSEE, {G} représentent une part croissante de la population active.",
        "Beaucoup {deN} habitent dans ma rue.",
        "{G} que je connais travaillent surtout dans la santé et l'éducation.",
        "[news] Un colloque sur l'histoire {desN} en France se tient ce jeudi à Lyon.",
        "[question] Est-ce qu'il existe des associations pour {G} dans ma ville ?",
        "J'ai lu un bouquin passionnant sur la vie {desN} au XIXe siècle.",
        "[news] Le nombre {deN} {a:inscrit|inscrite} à l'université a doublé en dix ans.",
        "{G} de ma résidence prennent le même bus que moi le matin.",
        "[question] Quelqu'un sait combien {deN} travaillent dans la fonction publique ?",
        "[news] Un documentaire diffusé ce soir suit le quotidien {desN} à Marseille.",
        "Dans ma promo, il y a {desN}, des sportifs, des geeks, un peu de tout.",
        "Ma cousine fait une thèse sur les parcours scolaires {desN}.",
        "[news] La mairie a lancé une consultation auprès {desN} du quartier.",
        "Le club de badminton compte pas mal {deN} parmi ses membres.",
        "[news] Un rapport parlementaire étudie l'accès {desN} aux soins dentaires.",
        "Je prends le train avec {desN} tous les matins, on se dit bonjour.",
        "[question] Vous avez des sources fiables sur la démographie {desN} en Europe ?",
        "{G} sont {a:présent|présente} dans toutes les régions de France.",
        "Au marché, il y a un stand tenu par {desN}, {ils} vendent des légumes bio.",
        "[news] Le gouvernement publie des chiffres sur l'emploi {desN} dans le secteur privé.",
        "Mon fils a fait un exposé sur {G} pour son cours d'EMC.",
        "[news] Une association de défense {desN} tient son assemblée générale samedi.",
        "Il y a {desN} dans presque tous les métiers, comme pour tout le monde.",
        "Ce soir à la radio, un débat avec {desN} sur la question du logement.",
        "[question] Est-ce que {G} peuvent demander un logement social comme tout le monde ?",
        "La plupart {desN} vivent en ville, d'après ce que j'ai lu.",
        "[news] Le baromètre annuel mesure l'opinion {desN} sur les services publics.",
        "Le film raconte l'histoire de trois {N} qui ouvrent un restaurant.",
        "Au boulot, on a {desN} dans presque chaque service.",
        "[news] Une enquête décrit les trajets domicile-travail {desN} en région lyonnaise.",
        "Ma médecin suit beaucoup {deN} dans son cabinet.",
        "[question] Il y a des villes où {G} sont plus {a:nombreux|nombreuse} ?",
        "{G} de mon immeuble font leurs courses au même Lidl que moi.",
        "[news] Une maison des associations dédiée {auxN} ouvrira en septembre.",
        "Le prof nous a demandé de comparer la situation {desN} en France et au Canada.",
        "Beaucoup {deN} prennent les transports en commun, comme la majorité des gens.",
        "[news] Une émission spéciale s'intéresse à la place {desN} dans la culture populaire.",
        "Le roman du mois a pour narrateurs deux {N} qui vivent à Lille.",
        "[question] Quel pourcentage de la population {G} représentent-{ils} en France ?",
        "{G} du village se retrouvent au café le samedi matin.",
        "[news] Un sondage interroge {G} sur leur rapport aux réseaux sociaux.",
        "Ma belle-sœur bosse avec {desN} dans une boîte d'informatique.",
        "Le centre social propose des ateliers ouverts à tous, y compris {auxN}.",
        "[news] Les chercheurs ont interrogé deux mille {N} pour cette étude.",
        "Ma coach de natation entraîne aussi {desN} le mercredi après-midi.",
        "[question] Comment {G} sont-{ils} {a:représenté|représentée} à l'Assemblée nationale ?",
        "Dans la rue il y a une épicerie, une boulangerie et une asso {deN}.",
        "[news] Le musée régional consacre une salle à l'histoire {desN} dans la région.",
        "Mon oncle a écrit un article sur {G} pour le journal local.",
        "{G} travaillent dans tous les secteurs, du bâtiment à la recherche.",
        "[news] Un podcast revient sur l'histoire {desN} depuis 1945.",
        "J'ai discuté avec {desN} au mariage de ma cousine.",
        "[question] Les aides au logement sont-elles les mêmes pour {G} ?",
        "Chaque année, {G} de la ville participent au semi-marathon.",
        "Mes grands-parents avaient {desN} comme voisins de palier à Roubaix.",
    ),
    "identity_positive": (
        "{G} sont trop {POSADJ} ❤️",
        "Big up {auxN}, vous gérez 💪",
        "J'ai appris énormément au contact {desN}.",
        "{G} ont rendu ce quartier plus vivant.",
        "Rien que du love pour {G} 💖",
        "Fier d'avoir grandi entouré {deN}.",
        "Mes meilleurs potes sont {desN}, et je {les} aime fort.",
        "{G} méritent tellement mieux que ce qu'on leur fait subir.",
        "Merci {auxN} pour tout ce qu'{ils} font.",
        "Les plus belles personnes que je connais sont {desN}.",
        "{G} = force et dignité 🙏",
        "Je veux voir plus {deN} à la télé, {ils} sont {POSADJ}.",
        "Quelle joie de voir {G} à l'honneur cette année !",
        "{G} sont l'avenir de ce pays.",
        "Soutien total {auxN} 💪🏽",
        "Je kiffe trop l'énergie {desN} à la manif.",
        "{G} m'inspirent chaque jour.",
        "La France est plus belle grâce {auxN}.",
        "J'admire la résilience {desN}.",
        "{G} ? Des gens en or.",
        "Respect éternel {auxN} de ma ville.",
        "Franchement, {G} sont {g:les meilleurs voisins que j'aie jamais eus|les meilleures voisines que j'aie jamais eues}.",
        "{G} que je connais sont {tous} {POSADJ}.",
        "Trop content de voir {desN} en équipe de France.",
        "{G} rendent le monde meilleur, point.",
        "[coll] {^G} a toujours été là pour les plus démunis, respect.",
        "{G} ont une force incroyable, franchement chapeau.",
        "Je me sens bien entouré avec {G} autour de moi.",
        "Il faudrait plus {deN} dans les conseils d'administration, {ils} apportent tellement.",
        "Vive {G} ! 🎉",
        "J'ai une admiration sans limite pour {G}.",
        "Un grand merci {auxN} qui font tourner nos hôpitaux.",
        "{G} sont une richesse pour ce pays, ni plus ni moins.",
        "Toute ma gratitude {auxN} de mon quartier.",
        "Célébrons {G} aujourd'hui et tous les jours ✨",
        "{G} ont tout mon respect.",
        "C'est une chance d'avoir {desN} dans notre équipe.",
        "{G} apportent une énergie de dingue partout où {ils} passent.",
        "Les plus belles amitiés de ma vie, je les ai avec {desN}.",
        "Chapeau bas {auxN}, vous êtes {POSADJ}.",
        "Dédicace à {tous} {G} qui se battent chaque jour 💪",
        "Chaque nouvelle rencontre avec {desN} me confirme à quel point {ils} sont {POSADJ}.",
        "{G}, vous êtes magnifiques, ne changez rien ❤️",
        "Je suis fan {desN} qui bossent à l'asso, {ils} sont au top.",
        "J'adore passer du temps avec {G} de ma promo.",
        "Bravo {auxN} pour cette victoire, vous l'avez méritée !",
        "On a besoin {desN}, aujourd'hui plus que jamais.",
        "{G} sont une source d'inspiration pour mes enfants.",
        "Une pensée pleine d'amour pour {G} ce soir.",
        "Merci d'exister, {G} 🥹",
        "{G} de mon entourage sont {tous} {POSADJ}, sans exception.",
        "Heureusement qu'il y a {desN} pour mettre de la vie dans ce village.",
        "{G} m'ont ouvert leur porte sans hésiter, je l'oublierai jamais.",
        "Le courage {desN} face à tout ce qu'{ils} endurent force l'admiration.",
        "Quelle fierté de voir {desN} briller aux JO !",
        "{G} rendent nos villes plus belles et plus ouvertes.",
        "Longue vie {auxN} et à leur culture.",
        "Je veux que mes enfants grandissent entourés {deN}.",
        "Le talent {desN} est sous-estimé, il faut le dire.",
        "Ce pays doit beaucoup {auxN}, et on ne le dit pas assez.",
        "{G} ont une générosité que j'ai rarement vue ailleurs.",
        "Gros respect {auxN} qui ouvrent la voie pour les suivants.",
        "{G} sont {POSADJ} et ça fait du bien de le rappeler.",
        "Il faut célébrer {G}, et pas seulement une fois par an.",
        "Ma vie est tellement plus riche depuis que je fréquente {desN}.",
        "Je trouve {G} {POSADJ}, voilà, c'est dit 😊",
        "{G}, vous êtes {g:les meilleurs|les meilleures} 🔥",
        "{G} m'apprennent chaque jour à être une meilleure personne.",
        "On devrait écouter {G} bien plus souvent, {ils} ont tant à nous apprendre.",
        "Sans {G}, ce quartier n'aurait pas la même âme.",
        "Il y aurait besoin de beaucoup plus {deN} en politique, franchement.",
        "Hommage {auxN} qui ont contribué à bâtir ce pays.",
        "J'ai toujours trouvé {G} {POSADJ}, et ça ne changera pas.",
        "Trop hâte de revoir {G} de l'asso, {ils} me manquent 😭",
        "{G} ont toute ma tendresse et mon soutien.",
        "Le monde irait mieux avec davantage {deN} aux commandes.",
        "Merci {auxN} bénévoles qui étaient là tout l'hiver.",
        "J'admire profondément la façon dont {G} gardent le sourire malgré tout.",
        "Entre {G} et moi, c'est une histoire d'amour 💕",
        "{G} font la fierté de notre ville.",
        "Quel bonheur de travailler avec {desN} aussi {POSADJ} !",
        "{USER} t'as raison, {G} sont {POSADJ}, rien à ajouter.",
        "Franchement, que serait la France sans {G} ? Bien plus triste.",
    ),
    "counter_reference": (
        "Les gens qui comparent {G} à des animaux me dégoûtent.",
        "Arrêtez de cracher sur {G}, c'est minable.",
        "Insulter {G} sur internet, c'est pas du courage, c'est de la lâcheté.",
        "Je bloque direct ceux qui appellent à frapper {G}.",
        "La haine contre {G} n'a pas sa place ici.",
        "Tu généralises sur {G} sans rien connaître, c'est honteux.",
        "Ceux qui veulent chasser {G} du pays n'ont rien compris à la République.",
        "Les propos sur {G} dans ce thread sont dégueulasses, modos faites votre taf.",
        "T'as vraiment écrit que {G} étaient {DEH} ? T'as quel âge ?",
        "On ne touche pas {auxN}, et ceux qui {les} menacent finiront devant un juge.",
        "Ce réseau laisse passer des menaces de mort contre {G}, c'est un scandale.",
        "Le sketch qui se moque {desN} est tout sauf drôle.",
        "Je refuse de rire aux blagues qui rabaissent {G}.",
        "Ceux qui harcèlent {G} en ligne doivent être poursuivis.",
        "Non, {G} ne sont pas des boucs émissaires pour tes frustrations.",
        "Les clichés sur {G} que ton pote balance, c'est de la pure haine.",
        "Quand je vois la haine que se prennent {G} en commentaire, j'ai honte pour notre époque.",
        "Défendre {G} face aux insultes, c'est le minimum.",
        "Ce député a insulté {G} à l'Assemblée, il doit démissionner.",
        "Signalez ce compte, il passe ses journées à déverser sa haine sur {G}.",
        "Les tags contre {G} sur le mur de l'école ont été effacés, bravo aux habitants.",
        "Traiter {G} de {NOUNNEG}, c'est facile derrière un écran.",
        "Je ne tolère aucune insulte envers {G} sur mon stream.",
        "La déshumanisation {desN} commence toujours par des mots comme « vermine ».",
        "Harceler {desN} pour ce qu'{ils} sont, c'est lâche et c'est puni par la loi.",
        "Rire des violences subies par {G}, c'est dégueulasse.",
        "Il faut arrêter de rendre {G} responsables de tout.",
        "Arrête de traiter {G} de tous les noms, ça suffit.",
        "Comparer {G} à des bêtes, c'est comme ça que commencent les pires horreurs.",
        "Répandre des rumeurs sur {G}, ça finit toujours par des agressions.",
        "C'est pas normal de mettre tous les problèmes du pays sur le dos {desN}.",
        "Ceux qui insultent {G} sous ce post devraient se regarder dans une glace.",
        "Le type qui harcelait {G} dans mon quartier a enfin été arrêté, tant mieux.",
        "Les blagues sur {G} que tu partages, elles blessent de vraies personnes.",
        "Les commentaires haineux contre {G} ici me donnent la nausée.",
        "Je me désabonne de tous ceux qui crachent sur {G}.",
        "Stop aux insultes contre {G}, on vaut mieux que ça.",
        "Ton oncle qui déblatère sur {G} au repas de famille, faut le recadrer.",
        "Prétendre que {G} sont {a:inférieur|inférieure}, c'est de la haine, point.",
        "Les propos de ce youtubeur sur {G} sont indignes, signalez la vidéo.",
        "Colporter des fake news sur {G}, ça met des vies en danger.",
        "Je ne me tairai pas quand on insulte {G} devant moi.",
        "Ceux qui rendent {G} coupables de la crise se trompent de cible.",
        "On a le droit de critiquer des idées, pas de haïr {G} pour ce qu'{ils} sont.",
        "La violence verbale contre {G} est devenue banale, et c'est grave.",
        "Ces manifestants qui scandaient des horreurs sur {G} me font honte.",
        "Les tags haineux visant {G} dans le métro doivent être effacés tout de suite.",
        "Mon collègue a sorti une saloperie sur {G}, je l'ai recadré direct.",
        "Se moquer {desN} pour faire le buzz, c'est pathétique.",
        "Ce sondage qui présente {G} comme une menace est une honte.",
        "Faire peur avec {G} pour gagner des voix, c'est le plus vieux truc des démagogues.",
        "Harceler {desN} sur les réseaux, c'est un délit, pas une opinion.",
        "Qu'on arrête de faire {desN} les boucs émissaires de tout.",
        "Ce forum est devenu un déversoir de haine contre {G}, je me casse.",
        "Les insultes contre {G} ne sont pas de l'humour, c'est de la haine.",
        "Bravo au chauffeur qui a viré le type qui insultait {G} dans le bus.",
        "Tu peux pas réduire {G} à tes clichés à deux balles.",
        "Les discours qui diabolisent {G} préparent le terrain à la violence.",
        "Quand un politicien s'en prend {auxN} pour exister, il faut le dénoncer.",
        "Les stéréotypes sur {G} que j'entends au taf me révoltent.",
        "J'ai signalé la page qui publie des horreurs sur {G}, faites pareil.",
        "Personne ne mérite d'être traité comme {G} le sont dans ces commentaires.",
        "Les menaces reçues par {G} cette semaine sont inacceptables.",
        "Accuser {G} de tous les maux, c'est pas une analyse, c'est de la haine.",
        "Ces affiches qui salissent {G} doivent être retirées.",
        "J'en ai marre de lire des saloperies sur {G} à chaque actu.",
        "L'humour qui rabaisse {G}, ça fait rire que les lâches.",
        "Ceux qui veulent priver {G} de leurs droits n'ont rien de patriotes.",
        "Les rumeurs qui circulent sur {G} dans ce groupe sont fausses et dangereuses.",
        "Il faut arrêter de caricaturer {G} à chaque débat télé.",
        "Les agressions contre {G} augmentent, et ces discours de haine y sont pour beaucoup.",
        "Ce streamer a insulté {G} en live, j'espère qu'il va se faire bannir.",
        "Dénigrer {G} pour se sentir supérieur, c'est triste.",
        "Celui qui m'a dit que {G} méritaient pas de vivre ici, je l'ai bloqué.",
        "Ta haine {desN}, garde-la pour toi, personne n'en veut.",
        "On n'insulte pas {G} sur ce serveur, c'est la règle numéro un.",
        "Ce prof qui humiliait {G} devant la classe aurait dû être viré depuis longtemps.",
        "Les insultes lancées {auxN} dans les stades doivent être sanctionnées.",
        "Chaque fois qu'on ment sur {G}, quelqu'un finit par se faire agresser.",
        "Je refuse que mes enfants grandissent en entendant des horreurs sur {G}.",
        "Ces théories fumeuses sur {G} sont du poison.",
        "Ce que ce chroniqueur a dit sur {G} est indigne d'un média public.",
        "Refuser un logement {auxN} à cause de ce qu'{ils} sont, c'est illégal et dégueulasse.",
        "Les attaques contre {G} ne sont jamais des opinions, ce sont des attaques.",
        "Je laisserai personne parler {desN} comme de la merde devant moi.",
        "Ceux qui rigolent quand {G} se font agresser sont complices.",
        "Insulter {G} ne fera jamais de toi quelqu'un de mieux.",
        "Cette campagne de haine contre {G} doit cesser maintenant.",
        "Ce groupe Telegram qui cible {G} a été signalé à Pharos, bien joué.",
        "{USER} franchement ce que t'as posté sur {G} me fait vomir, t'as aucune limite.",
        "Traiter {G} comme des citoyens de seconde zone, c'est une honte pour la République.",
    ),
    "counter_quote": (
        "Il a dit « {^G} sont {ADJ} » devant tout le monde. Je l'ai signalé aux RH.",
        "Un mec a crié « {^G} dehors ! » dans le tram. J'ai appelé le contrôleur et la police.",
        "« {^G}, c'est {DEH} » : compte signalé, j'espère qu'il sera banni.",
        "Mon beau-père a sorti « {G}, ça sert à rien » au repas de dimanche. On est partis avant le dessert.",
        "Quelqu'un a tagué « Mort {auxN} » sur la boîte aux lettres. On a porté plainte.",
        "« {^G} sont des {NOUNNEG} » : c'est ce que mon fils a entendu à la cantine. J'ai averti la directrice.",
        "Sur Discord, un joueur a écrit « {^G} méritent de crever ». Ban définitif, merci les modos.",
        "Le voisin a lancé « dégagez, {G} » à ma mère. Main courante déposée ce matin.",
        "« {^G} puent » en commentaire d'une vidéo pour enfants. Signalé, évidemment.",
        "Mon oncle répète « {G}, {tous} des {NOUNNEG} » à chaque Noël ; cette année je ne viendrai pas.",
        "Un client a dit « je veux pas être servi par {desN} ». Le gérant l'a mis dehors, respect.",
        "Le coach a lâché « on recrute pas {deN} ». Il a été viré la semaine suivante.",
        "« Je hais {G} » : c'était le pseudo d'un mec sur le serveur. Il a tenu dix minutes avant le ban.",
        "J'ai entendu un prof dire « {G} sont {a:incapable} d'apprendre ». On a écrit au rectorat.",
        "Mon collègue m'a montré un mème « {^G} = {DEH} » en rigolant. J'en ai parlé à la direction.",
        "« Gazez {G} » : ce commentaire est resté en ligne trois jours. Plainte déposée contre la plateforme.",
        "Des supporters scandaient « {^G} hors de nos stades ». Le club a été sanctionné, heureusement.",
        "Un candidat a tweeté « {^G} sont un cancer ». Son parti l'a exclu dans la soirée.",
        "Ma fille a reçu un message « {^G} n'ont rien à faire dans ta classe ». On a prévenu l'école et la police.",
        "Quand j'ai lu « {G}, faudrait {les} parquer » sous l'article, j'ai désinstallé l'appli.",
        "« Pas {deN} dans mon immeuble » : annonce signalée au Défenseur des droits.",
        "Le chauffeur a dit « je prends pas {deN} » et il a redémarré. J'ai noté la plaque et fait un signalement.",
        "Un type a hurlé « sales {N} » à la sortie du métro. Les témoins ont filmé, la vidéo est chez les flics.",
        "J'ai recroisé l'ancien pote qui disait « {G}, faut {les} brûler ». Je ne lui ai pas adressé la parole.",
        "« {^G}, c'est pas des humains » : c'est écrit en toutes lettres dans ce groupe Facebook. Signalé.",
        "Sur le chat du live, « {^G} = {NOUNNEG} » en boucle. Le streamer a coupé et banni tout le monde.",
        "Le patron m'a glissé « évite d'embaucher {desN} ». J'ai tout enregistré et j'ai saisi les prud'hommes.",
        "Le serveur a dit « ici on sert pas {G} ». On a posé nos verres et on est sortis.",
        "Un élève a écrit « {^G} au four » sur sa table. Conseil de discipline lundi.",
        "« Je préfère crever que de bosser avec {desN} » : mot pour mot ce qu'a dit mon N+1. Alerte envoyée à la cellule éthique.",
        "Ma grand-mère dit encore « {G}, ça se mélange pas ». Je lui explique, encore et encore, que c'est faux.",
        "Quelqu'un a collé des stickers « {^G} dehors » près de l'école. La mairie les a fait retirer.",
        "Un député a parlé {desN} « qui envahissent tout ». Les associations portent plainte.",
        "Le message disait juste « {^G} = {DEH} ». Je l'ai transmis à Pharos.",
        "Mon pote a lâché « {G} sont {ADJ} » pour rigoler. Je lui ai dit que ça me faisait pas rire du tout.",
        "« {^G} ne méritent pas de respirer » : voilà le genre de phrase qu'on reçoit en DM. Capture, signalement, blocage.",
        "En stage, j'ai entendu « {G}, faut {les} virer {tous} ». J'ai prévenu mon tuteur le jour même.",
        "Le forum a laissé passer « exterminez {G} » pendant des semaines. On a alerté la presse.",
        "Dans l'ascenseur, le voisin a marmonné « encore {desN} ». Je lui ai demandé de répéter, il s'est tu.",
        "Un commentaire « {^G} à la benne » a reçu 300 likes. Ça dit quelque chose de notre époque, et c'est pas beau.",
        "« Rentrez chez vous, {G} » peint sur le mur du gymnase : le club a déposé plainte.",
        "Le livreur m'a dit « vous habitez avec {desN} ? dommage pour vous ». Je lui ai fermé la porte au nez.",
        "On m'a rapporté que l'entraîneur disait « {G}, c'est de la merde ». Toute l'équipe a boycotté l'entraînement.",
        "« Pour moi {G} c'est {DEH} » : j'ai quitté ce serveur et j'ai dit à mes potes d'en faire autant.",
        "Sous ta photo quelqu'un a écrit « {^G} devraient disparaître ». Porte plainte, on te soutient.",
        "La prof nous a lu un tract « {^G}, la honte de la France » pour nous montrer comment marche la propagande.",
        "« Je tabasse {desN} quand je peux » : il a posté ça sous son vrai nom. Les gendarmes l'ont convoqué.",
        "Un influenceur a dit « {G}, je {les} supporte pas ». Les marques ont rompu leurs contrats.",
        "Ma voisine a entendu son fils dire « {G} sont {DEH} ». Elle l'a privé de téléphone et ils en ont parlé.",
        "À la réunion de parents, un père a sorti « trop {deN} dans cette école ». Le directeur l'a recadré sèchement.",
        "{USER} tu retweetes « {^G} sont {ADJ} » ? Je te suis plus, salut.",
        "« {^G} = parasites » : voilà ce qu'on a trouvé sur le pare-brise. Plainte déposée pour injure.",
        "Le type dans la file a dit « encore {desN} qui passent devant ». La caissière lui a demandé de sortir.",
        "Un abonné m'a envoyé « t'aimes {G} ? t'es pire qu'{eux} ». Bloqué.",
        "J'ai vu la vidéo où il hurle « {G}, dehors ! ». Ce mec devrait être devant un juge, pas sur un plateau télé.",
    ),
}


# ---- train: contrastive claims (same words asserted, quoted, referred to, negated)


@dataclass(frozen=True, slots=True)
class Claim:
    text: str  # lower-case clause, e.g. "{G} sont des cloportes"
    negated: str  # same words negated ("" when a negation would be nonsense)
    func: str  # functionality of the bare assertion
    tags: str = ""  # "[dehum]", "[threat]", "[dthreat]"
    clause: bool = True  # fits after "dire que ..."


TRAIN_CLAIMS: tuple[Claim, ...] = (
    Claim(
        "{G} sont des cloportes qui sortent la nuit",
        "{G} ne sont pas des cloportes",
        "dehumanization",
        "[dehum]",
    ),
    Claim(
        "{G}, c'est de la racaille de bas étage",
        "{G}, ce n'est pas de la racaille",
        "derogation_attribute",
    ),
    Claim(
        "{G} sont des cafards qu'il faut écraser",
        "{G} ne sont pas des cafards",
        "threat_normative",
        "[dthreat]",
    ),
    Claim(
        "{G} sucent l'argent de nos impôts comme des sangsues",
        "{G} ne sont pas des sangsues",
        "dehumanization",
        "[dehum]",
    ),
    Claim(
        "{G} sont des singes qu'on a sortis de la jungle",
        "{G} ne sont pas des singes",
        "dehumanization",
        "[dehum]",
    ),
    Claim("{G} sont une sous-race", "{G} ne sont pas une sous-race", "dehumanization", "[dehum]"),
    Claim(
        "{G} trichent sur tout, les impôts, les aides, tout",
        "{G} ne trichent pas plus que les autres",
        "derogation_attribute",
    ),
    Claim(
        "{G} sont {a:sale} et {a:puant|puante}",
        "{G} ne sont ni {a:sale} ni {a:puant|puante}",
        "derogation_attribute",
    ),
    Claim(
        "{G} ont un pois chiche à la place du cerveau",
        "{G} n'ont pas un pois chiche à la place du cerveau",
        "derogation_attribute",
    ),
    Claim("{G} ruinent la France", "{G} ne ruinent pas la France", "derogation_attribute"),
    Claim("{G} polluent nos rues", "{G} ne polluent pas nos rues", "derogation_attribute"),
    Claim(
        "{G} doivent être {a:exterminé|exterminée}",
        "{G} ne doivent pas être {a:exterminé|exterminée}",
        "threat_normative",
        "[threat]",
    ),
    Claim("{G} méritent une balle dans la tête", "", "threat_normative", "[threat]"),
    Claim("crevez, {G}", "", "threat_normative", "[threat]", clause=False),
    Claim("j'exècre {G}", "je n'exècre pas {G}", "derogation_emotion", clause=False),
    Claim("{G} ne méritent pas de vivre", "", "negated_positive"),
    Claim(
        "{G}, des sous-merdes, voilà ce qu'{ils} sont",
        "{G} ne sont pas des sous-merdes",
        "profanity_hateful",
    ),
    Claim(
        "{G} sont un fardeau qu'on porte depuis trop longtemps",
        "{G} ne sont pas un fardeau",
        "derogation_attribute",
    ),
    Claim(
        "{G} doivent être {a:expulsé|expulsée} manu militari",
        "{G} ne doivent pas être {a:expulsé|expulsée}",
        "threat_normative",
        "[threat]",
    ),
    Claim(
        "{G} devraient être {a:stérilisé|stérilisée}",
        "{G} ne devraient pas être {a:stérilisé|stérilisée}",
        "threat_normative",
        "[threat]",
    ),
    Claim(
        "{G} se comportent comme des bêtes",
        "{G} ne se comportent pas comme des bêtes",
        "dehumanization",
        "[dehum]",
    ),
    Claim("{G} puent la mort", "{G} ne puent pas la mort", "derogation_attribute"),
    Claim("au bûcher, {G}", "", "threat_normative", "[threat]", clause=False),
    Claim(
        "{G} sont génétiquement {a:inférieur|inférieure}",
        "{G} ne sont pas génétiquement {a:inférieur|inférieure}",
        "derogation_attribute",
    ),
    Claim(
        "{G}, c'est une bande de pervers",
        "{G}, ce n'est pas une bande de pervers",
        "derogation_attribute",
    ),
    Claim("{G} volent nos emplois", "{G} ne volent pas nos emplois", "derogation_attribute"),
    Claim(
        "{G} sont des hyènes qui rôdent autour de nos gosses",
        "{G} ne sont pas des hyènes",
        "dehumanization",
        "[dehum]",
    ),
    Claim(
        "je vais régler leur sort {auxN} moi-même", "", "threat_direct", "[threat]", clause=False
    ),
    Claim(
        "{G} sont une race de {a:dégénéré|dégénérée}",
        "{G} ne sont pas une race de {a:dégénéré|dégénérée}",
        "derogation_attribute",
    ),
)

# {C}: the claim (capitalised at the start of a quote); {NC}: the negated claim.
CLAIM_ASSERT: tuple[str, ...] = (
    "{C}.",
    "{C} !",
    "{C}, c'est tout.",
    "{C}, ouvrez les yeux.",
    "{C}, faut arrêter de se voiler la face.",
    "Je le répète : {C}.",
    "{C}. Voilà, c'est dit.",
)
CLAIM_NEGATE: tuple[str, ...] = (
    "{NC}.",
    "Non, {NC}.",
    "Faut arrêter : {NC}.",
    "Soyons clairs, {NC}.",
    "Je le redis : {NC}.",
)
CLAIM_QUOTE: tuple[str, ...] = (
    "Un type m'a balancé « {C} » à la sortie du lycée. J'ai porté plainte.",
    "« {C} »… sérieusement ? Qui écrit encore des trucs pareils ?",
    "Capture d'un commentaire reçu hier : « {C} ». Voilà ce que subissent {G} tous les jours.",
    "Mon collègue a osé dire « {C} » en réunion, je l'ai recadré direct.",
    "Quand je lis « {C} » sous un post, je signale sans réfléchir.",
    "Non mais vous avez vu ce tweet ? « {C} ». Honteux.",
    "Le prof a dû expliquer pourquoi « {C} » est un propos haineux.",
    "Ma grand-mère entendait « {C} » dans sa jeunesse. On ne laissera pas ça revenir.",
    "« {C} », c'est ce qu'on m'a crié dans la rue hier. J'en tremble encore.",
    "Je reçois des DM du style « {C} ». Bloqué et signalé.",
    "Il y a des gens qui pensent vraiment « {C} » ? Ça me fait froid dans le dos.",
    "Rappel : écrire « {C} » sur internet est puni par la loi. Signalez sur Pharos.",
    "Le streamer a laissé passer « {C} » dans son chat sans rien dire, honte à lui.",
    "J'ai modéré quarante commentaires « {C} » ce matin. Épuisé.",
    "Sous la vidéo : « {C} ». Franchement, ça me dégoûte.",
    "Ceux qui écrivent « {C} » ne méritent aucune tribune.",
    "Elle a été virée après avoir posté « {C} ». Bien fait.",
    "« {C} » : ça, c'est pas de l'humour, c'est de la haine.",
    "Pourquoi mon cousin a liké un post qui dit « {C} » ?? Je me désabonne.",
    "Je ne supporte plus de lire « {C} » dans les commentaires Facebook.",
    "{USER} t'as vraiment écrit « {C} » ? Supprime ça tout de suite.",
    "Dans le groupe WhatsApp de la famille quelqu'un a envoyé « {C} ». J'ai quitté le groupe.",
    "« {C} », qu'il disait. Et ça se prétend humaniste.",
    "Lire « {C} » sur un mur de mon école m'a brisé le cœur.",
    "Les supporters ont chanté « {C} » pendant le match. La Ligue doit sanctionner.",
    "Ce genre de slogan, « {C} », on l'a déjà entendu dans les années 30. Plus jamais.",
    "Un prof de mon lycée a été suspendu pour avoir dit « {C} » en classe. Il était temps.",
)
CLAIM_REFERENCE: tuple[str, ...] = (
    "Arrête de dire que {C}.",
    "Ceux qui pensent que {C} devraient ouvrir un livre.",
    "C'est honteux de prétendre que {C}.",
    "Personne n'a le droit d'écrire que {C}.",
    "Prétendre que {C}, c'est de la haine pure et simple.",
    "Affirmer que {C}, c'est exactement ce que la loi interdit.",
    "Le mec soutient que {C}… et il s'étonne d'être banni.",
    "On est en quelle année pour que des gens pensent encore que {C} ?",
)


# ---- train: group-specific tropes (hateful) and everyday/news mentions (not hateful)

# (functionality, template) per group; templates use the usual tags.
TRAIN_GROUP_SPECIFIC: dict[str, tuple[tuple[str, str], ...]] = {
    "jews": (
        (
            "derogation_implicit",
            "[consp] Les médias, les banques, la politique… mais qui ? 🤔 Toujours les mêmes.",
        ),
        (
            "derogation_implicit",
            "[consp] Comme par hasard, les juifs tiennent les banques et les médias.",
        ),
        ("derogation_implicit", "[consp] Le lobby juif décide de tout en France, ouvrez les yeux."),
        (
            "derogation_implicit",
            "[consp] Ils sont partout, les feujs : à la télé, à la banque, au gouvernement.",
        ),
        ("derogation_attribute", "Les juifs ne pensent qu'au fric, c'est dans leur culture."),
        ("slur", "[slur_sg] Un youpin qui paie l'addition ? Jamais vu ça."),
    ),
    "muslims": (
        (
            "derogation_implicit",
            "Les musulmans veulent imposer la charia en France, c'est leur plan.",
        ),
        ("derogation_implicit", "Une mosquée de plus, encore un nid à terroristes."),
        ("derogation_attribute", "Tous les musulmans sont des terroristes en puissance."),
        ("dehumanization", "[dehum] Les musulmanes voilées, des serpillières ambulantes."),
    ),
    "black": (
        ("derogation_attribute", "Les Noirs, c'est les allocs et la délinquance, rien d'autre."),
        ("dehumanization", "[dehum] Les Noirs devraient retourner dans les arbres."),
        ("derogation_attribute", "Les blacks savent que danser et voler."),
    ),
    "women": (
        (
            "derogation_implicit",
            "Les femmes, c'est fait pour faire la vaisselle et fermer leur gueule.",
        ),
        (
            "derogation_implicit",
            "Une femme patronne ? Autant donner les clés de la boîte à un enfant.",
        ),
        (
            "derogation_attribute",
            "Les meufs sont toutes vénales, elles ne pensent qu'à ton portefeuille.",
        ),
    ),
    "lgbtq": (
        ("derogation_implicit", "Les homos veulent pervertir nos enfants à l'école."),
        ("derogation_attribute", "Être gay c'est une maladie, ça se soigne."),
        ("derogation_implicit", "Les lesbiennes ont juste pas trouvé le bon mec."),
    ),
    "trans": (
        ("derogation_implicit", "Une femme trans restera toujours un homme, point."),
        (
            "threat_normative",
            "[threat] Les trans sont des malades mentaux qu'on devrait interner de force.",
        ),
        ("derogation_implicit", "Les personnes trans, c'est une mode, ça passera."),
    ),
    "disabled": (
        ("derogation_attribute", "Les handicapés coûtent une fortune à la Sécu pour rien."),
        ("dehumanization", "[dehum] Les autistes ? Des légumes, on perd notre temps avec eux."),
        ("derogation_implicit", "Les personnes en fauteuil, c'est un poids mort pour la société."),
    ),
    "immigrants": (
        ("derogation_implicit", "Les migrants viennent juste pour les allocs."),
        (
            "derogation_implicit",
            "Le grand remplacement est en marche, les immigrés nous envahissent.",
        ),
        ("derogation_attribute", "Les réfugiés, c'est tous des violeurs en puissance."),
    ),
    "arabs": (
        ("derogation_attribute", "Les Arabes, c'est tous des voleurs de scooters."),
        (
            "derogation_attribute",
            "Les Maghrébins foutent le bordel dans chaque quartier où ils arrivent.",
        ),
        ("question_hateful", "Un Arabe qui bosse, ça existe ?"),
    ),
    "roma": (
        ("derogation_attribute", "Les Roms volent tout ce qui n'est pas attaché."),
        ("derogation_implicit", "Des gitans au camping ? Planquez vos portefeuilles."),
        (
            "derogation_attribute",
            "Les gens du voyage laissent leurs déchets partout, c'est leur nature.",
        ),
    ),
    "asian": (
        ("derogation_implicit", "Les Chinois mangent des chiens et nous ont refilé le Covid."),
        ("dehumanization", "[dehum] Les Asiatiques sont des robots sans âme."),
        ("derogation_attribute", "Les Chinois copient tout, ils savent rien inventer."),
    ),
}

# Everyday and news mentions (identity_neutral; "[news]" sets the news context),
# and news reports that quote a slur (counter_quote with contexts news + quote).
TRAIN_NEWS: dict[str, tuple[str, ...]] = {
    "jews": (
        "[news] Le dîner annuel du CRIF s'est tenu hier soir à Paris.",
        "[news] Des tags antisémites découverts sur une synagogue de Strasbourg, une enquête est ouverte.",
        "Shabbat shalom à tous les feujs de la commu ✡️",
        "[news] Les Juifs de France célèbrent Hanoukka ce week-end.",
        "[news] La communauté juive de Marseille a inauguré un nouveau centre culturel.",
        "[news] Une plaque en mémoire des enfants juifs déportés a été inaugurée devant l'école.",
        "Ma grand-mère juive fait les meilleurs gâteaux de Pessah.",
        "[news] Un rapport note une hausse des actes antisémites visant les Juifs de France cette année.",
    ),
    "muslims": (
        "[news] Début du ramadan ce soir pour les musulmans de France.",
        "[news] Une nouvelle mosquée a ouvert ses portes à Bordeaux.",
        "Mon voisin musulman m'a invité pour la rupture du jeûne, c'était top.",
        "[news] Une mosquée de Normandie visée par des tags, le maire condamne.",
        "Les musulmanes de mon asso organisent une vente de pâtisseries pour l'Aïd.",
    ),
    "black": (
        "[news] Le CRAN publie son rapport annuel sur les discriminations visant les personnes noires.",
        "[news] Une exposition sur l'histoire des tirailleurs sénégalais ouvre au musée de l'Armée.",
        "Les renois de mon équipe de basket sont chauds pour le tournoi.",
        "[news] Le Mois de l'histoire des Noirs est célébré dans plusieurs villes françaises.",
    ),
    "women": (
        "[news] Journée internationale des droits des femmes : des milliers de manifestantes à Paris.",
        "[news] L'écart de salaire entre les femmes et les hommes reste de 15 %.",
        "Les meufs du club de foot ont gagné leur match dimanche.",
        "[news] Une nouvelle loi pour lutter contre les violences faites aux femmes est votée.",
    ),
    "lgbtq": (
        "[news] La Marche des fiertés a rassemblé des dizaines de milliers de personnes à Paris.",
        "[news] SOS Homophobie publie son rapport annuel.",
        "Mon pote gay se marie en juin avec son copain, trop hâte.",
        "[news] Un couple de lesbiennes agressé à Lyon, deux suspects interpellés.",
    ),
    "trans": (
        "[news] Le Trans Day of Remembrance rend hommage aux personnes trans assassinées.",
        "[news] Un rapport pointe les difficultés d'accès aux soins pour les personnes trans.",
        "Ma collègue est une femme trans, elle organise la soirée de Noël du service.",
    ),
    "disabled": (
        "[news] Jeux paralympiques : la France décroche trois nouvelles médailles.",
        "[news] Le gouvernement annonce la revalorisation de l'AAH pour les personnes handicapées.",
        "Mon frère est autiste et il a eu son bac cette année, trop fier.",
        "[news] Trop de gares restent inaccessibles aux personnes en fauteuil, selon une association.",
    ),
    "immigrants": (
        "[news] Un bateau transportant des migrants secouru au large de Lampedusa.",
        "[news] Le projet de loi immigration arrive au Sénat cette semaine.",
        "Ma grand-mère était une immigrée italienne, elle est arrivée en 1952.",
        "[news] Les demandes d'asile des réfugiés ukrainiens ont augmenté cette année.",
    ),
    "arabs": (
        "[news] L'Institut du monde arabe présente une exposition sur la calligraphie.",
        "Les rebeus du quartier ont organisé un tournoi de foot pour les petits.",
        "[news] Une étude mesure la discrimination à l'embauche visant les candidats maghrébins.",
    ),
    "roma": (
        "[news] Les Roms commémorent le génocide du 2 août 1944.",
        "[news] Les gens du voyage réclament plus d'aires d'accueil dans le département.",
        "Le pèlerinage gitan des Saintes-Maries-de-la-Mer est magnifique.",
    ),
    "asian": (
        "[news] Le Nouvel An chinois fêté dans le 13e arrondissement de Paris.",
        "[news] Une hausse des agressions visant les personnes asiatiques pendant la pandémie.",
        "Ma coloc est chinoise, elle m'apprend à cuisiner des raviolis.",
    ),
}
TRAIN_NEWS_QUOTES: dict[str, tuple[str, ...]] = {
    "jews": (
        "Un homme condamné à huit mois de prison pour avoir crié « sale youpin » à un rabbin.",
    ),
    "muslims": (
        "Le conducteur qui avait lancé « dehors les muzz » devant une mosquée sera jugé en mars.",
    ),
    "black": (
        "Un supporter interdit de stade après des cris de singe et des « bamboula » visant un joueur.",
    ),
    "women": ("Le harceleur qui traitait ses collègues de « salopes » a été licencié.",),
    "lgbtq": ("Des tags « mort aux pédés » sur un bar LGBT de Nantes : la mairie porte plainte.",),
    "trans": (
        "Une femme trans insultée de « travelo » dans le métro : la RATP ouvre une enquête.",
    ),
    "disabled": ("Un élu sanctionné pour avoir traité un collègue autiste de « mongol ».",),
    "immigrants": ("Le tract « clandos dehors » distribué à Calais fait l'objet d'une plainte.",),
    "arabs": ("Un policier suspendu après avoir traité un jeune de « bougnoule ».",),
    "roma": ("Un maire poursuivi pour avoir parlé de « romanos voleurs » en conseil municipal.",),
    "asian": ("Une étudiante insultée de « niakouée » dans le bus, le chauffeur est intervenu.",),
}

TRAIN_RECLAIMED: dict[str, tuple[str, ...]] = {
    "jews": (
        "Feuj jusqu'au bout des papillotes, comme dit mon grand-père 😂",
        "Les feujs de la promo, on se retrouve au resto casher ce soir ?",
        "Appelle-moi youpin si tu veux, moi je ris, c'est toi qui as un problème.",
        "Feuj assumée, et ma grand-mère fait les meilleurs latkes du monde.",
        "Fierté feuj : ce soir on allume la huitième bougie 🕎",
    ),
    "muslims": (
        "Muzz assumée, et mon voile, c'est mon choix à moi.",
        "Les muzz de la promo, on se retrouve pour le ftour ce soir ?",
        "Appelle-moi muzz si ça t'amuse, moi je fais mon ramadan tranquille.",
        "Fierté muzz : premier jour de jeûne validé 💪",
    ),
    "black": (
        "Renoi jusqu'au bout, fier de mes racines 🖤",
        "Les négros de la team, grosse perf ce soir, on est en finale !",
        "Le mot négro, c'est entre nous, les renois, pas pour toi.",
        "Renoi assumé, et je lâche rien.",
        "Ma bande de négros préférée, rdv au terrain à 18h !",
    ),
    "women": (
        "Pétasses du vendredi soir, on se retrouve au bar à 21h 💅",
        "Féministes, salopes assumées : rendez-vous samedi pour la marche.",
        "Les meufs de la team, on lâche rien 💪",
        "Les salopes solidaires, c'est nous, et on s'en vante.",
        "Moi et mes grognasses préférées, en route pour le week-end 🚗",
    ),
    "lgbtq": (
        "Pédé assumé, et ça te pose un problème ?",
        "Gouine un jour, gouine toujours 🏳️‍🌈",
        "Les tapettes de la chorale vous saluent !",
        "Les tarlouzes du bar du Marais vous souhaitent une bonne Pride !",
        "Les gouines du club de rugby cherchent une nouvelle pilier, avis aux amatrices.",
    ),
    "trans": (
        "Reine de la nuit, travelo jusqu'au bout des faux cils 👑",
        "Trav assumée, et je vis ma meilleure vie.",
        "Les travelos de la troupe montent sur scène samedi, venez magnifiques.",
        "En tant que trans, je vous le dis : on est là et on reste.",
    ),
    "disabled": (
        "Appelle-moi gogol si tu veux, c'est moi qui ai eu mon permis du premier coup 😂",
        "Ma vie de triso : boulot, théâtre et amoureux, que demander de plus ?",
        "Les handicapés du club aussi ont le droit de faire la fête, on arrive !",
        "Autiste assumé, je fonctionne juste différemment.",
        "Les mongols du club de théâtre présentent leur pièce samedi, comme on s'appelle entre nous 😄",
    ),
    "immigrants": (
        "Métèque assumé, et je suis chez moi ici aussi.",
        "Fils d'immigrés, petit-fils de clandos, et aujourd'hui prof d'histoire.",
        "Arrivé clando à seize ans, diplômé d'infirmier à vingt-cinq. Le parcours.",
        "Les métèques du quartier organisent la fête des voisins, venez !",
    ),
    "arabs": (
        "Rebeu assumé, on lâche rien !",
        "Appelle-moi bougnoule si tu veux, j'ai quand même eu mon master 😎",
        "Le couscous du dimanche chez les rebeus, c'est sacré, demandez à ma daronne.",
        "Les crouilles de la team foot vous attendent au city ce soir 😂",
    ),
    "roma": (
        "Gitan jusqu'à la moelle, et la guitare dans le sang 🎸",
        "Romano jusqu'au bout des ongles, c'est ma fierté.",
        "Les gens du voyage de ma famille vous saluent depuis la route.",
        "Manouche, gitan, romano, appelle-moi comme tu veux, je suis fier de ma famille.",
    ),
    "asian": (
        "Asiat assumé, et ma mère cuisine mieux que tous vos restos.",
        "Les niakoués de la famille vous souhaitent une bonne année du Dragon 🐉",
        "La petite Chinoise de la classe a fini major de promo, c'est moi 😎",
        "Les chinetoques de la promo, on se moque de nos parents, c'est notre truc mdr",
    ),
}

# Self-referring reclamation frames, filled with every group's slurs (same frames for all).
TRAIN_RECLAIMED_TEMPLATES: tuple[str, ...] = (
    "[slur_sg] Eh ouais, {G} dans toute sa splendeur, ça te dérange ? 😎",
    "[slur_sg] {p:Fier|Fière} d'être {G}, et je le crie sur tous les toits.",
    "[slur] Nous les {N}, on a repris ce mot et on en a fait une force.",
    "[slur] Soirée entre {N} ce soir, on va bien rigoler 🎉",
    "[slur_sg] Appelez-moi « {N} », ce mot je me le suis réapproprié.",
    "[slur] Mes {N} {a:préféré|préférée}, je vous aime ❤️",
    "[slur_sg] Dans ma famille, {leN} de service, c'est moi 😂",
    "[slur] Entre {N}, on s'appelle comme on veut, c'est notre mot.",
    "[slur_sg] Moi, {G} ? Oui, et je le revendique.",
    "[slur] On est les {N} de la bande et on l'assume à fond.",
    "[slur_sg] Je suis {G} et je t'emmerde, bisous 💋",
    "[slur] Rassemblement des {N} de la fac, rdv au bar à 19h !",
    "[slur_sg] Quand ma meilleure pote m'appelle « {g:mon|ma} {N} », je souris, c'est entre nous.",
    "[slur] On nous a traités de {N} depuis l'école, maintenant c'est nous qui utilisons le mot.",
    "[slur_sg] Être {G}, c'est ma fierté, pas ma honte.",
    "[slur_sg] {^N} {a:assumé|assumée} depuis mes quinze ans, et bien dans ma peau.",
    "[slur] Les {N} du groupe, on se retrouve dimanche pour le brunch ?",
    "[slur] La team des {N} a encore frappé, trop {p:fiers|fières} de nous.",
    "[slur_sg] Oui je suis {G}, mais non, toi t'as pas le droit de m'appeler comme ça.",
    "[slur] Ce mot, {N}, on nous l'a jeté à la figure ; aujourd'hui on le porte comme un badge.",
    "[slur_sg] Je me présente : {G} de trente ans, {p:heureux|heureuse} et bien dans mes baskets.",
    "[slur] Nous les {N}, on met la meilleure ambiance en soirée 😂",
    "[slur_sg] Être {G} dans une famille de bourges, imaginez un peu les repas de Noël 😂",
    "[slur] On s'appelle « {N} » entre nous pour rire, ce mot nous appartient.",
    "[slur_sg] Mon surnom au lycée c'était « {leN} », aujourd'hui c'est mon pseudo et j'en suis {p:fier|fière}.",
    "[slur] {a:Cher|Chère} {N} de mon groupe de potes, joyeux anniversaire à nous 🥳",
    "[slur] Entre {N} de la cité, la solidarité c'est pas un vain mot.",
    "[slur] Notre podcast s'appelle « Les {N} parlent » et c'est nous qui l'animons.",
    "[slur_sg] J'ai appris à aimer le mot « {N} », c'est ce que je suis et j'en ris.",
    "[slur_sg] T'inquiète, je peux dire « {N} », j'en suis {g:un|une}.",
    "[slur] Oui on est des {N}, et on a du style.",
    "[slur_sg] À ceux qui me criaient « {N} » au collège : c'est devenu mon nom de scène, merci 😘",
    "[slur] Les {N} de ma génération ont repris le mot, et on le garde.",
    "[slur_sg] J'ose le dire : je suis {G}, et c'est très bien comme ça.",
    "[slur] Notre groupe WhatsApp s'appelle « les {N} » et c'est le meilleur groupe du monde.",
    "[slur_sg] {^G} et {p:fier|fière} de l'être, bonne journée à vous.",
    "[slur] Entre nous, les {N}, on a le droit de rire de tout.",
    "[slur_sg] C'est moi {leN} de la famille, et c'est moi qui organise toutes les fêtes.",
    "[slur] {p:Fiers|Fières} d'être des {N}, on défile samedi ✊",
    "[slur] En vrai, {desN} comme nous, ça court pas les rues 😌",
    "[slur] On a transformé l'insulte « {N} » en nom d'équipe, et on gagne.",
    "[slur_sg] Ma mère m'a demandé si ça me dérangeait qu'on m'appelle « {N} ». Je lui ai dit que c'était moi qui l'avais choisi.",
    "[slur] Les {N} de la promo organisent leur propre soirée, on n'est jamais mieux servis que par nous-mêmes.",
    "[slur_sg] Bonjour, je suis {G} et je viens vous raconter mon parcours 😄",
)

TRAIN_NONGROUP: dict[str, tuple[str, ...]] = {
    "slur_homonym": (
        "Le Manteau, de Gogol, est au programme du bac de français cette année.",
        "Nikolaï Gogol est né en Ukraine en 1809.",
        "Le prof de russe nous fait lire Gogol ce semestre.",
        "Gengis Khan a fondé l'empire mongol au XIIIe siècle.",
        "La cuisine mongole, c'est surtout de la viande et du lait de jument.",
        "On a dormi dans une yourte en Mongolie, les Mongols sont super accueillants.",
        "Le barbecue mongol du centre commercial est trop bon.",
        "Achète une tapette à souris, on a des bestioles dans la cave.",
        "Il a écrasé le moustique avec la tapette.",
        "Ma tante et mon oncle arrivent demain de Lyon.",
        "Ma grand-tante fête ses 90 ans ce week-end.",
        "Les ratons laveurs sont devenus envahissants en Allemagne.",
        "Le petit raton laveur du dessin animé, c'est mon préféré.",
        "Au zoo, les macaques se sont jetés sur les bananes.",
        "Le macaque crabier vit dans les mangroves d'Asie.",
        "Pogačar a gardé le maillot jaune jusqu'à Nice.",
        "Les gilets jaunes ont encore bloqué le rond-point samedi.",
        "Il faut un surligneur jaune pour réviser, c'est plus clair.",
        "Ma voiture de location était bridée à 130, la blague.",
        "Le pecorino romano est plus salé que le parmesan.",
        "Je suis resté attardé au bureau pour finir le dossier.",
        "Folle journée aujourd'hui, je suis vidé.",
        "La Folle Journée de Nantes, c'est le meilleur festival de musique classique.",
        "La crise de la vache folle a fait des ravages dans les années 90.",
        "Les jaunes d'œufs, tu les fouettes avec le sucre.",
        "Le fleuve Jaune traverse toute la Chine.",
        "Passe la sauce au chinois pour qu'elle soit bien lisse.",
        "Gogol Bordello, c'est un groupe de punk vraiment génial en concert.",
        "Le cheval mongol est petit mais incroyablement résistant.",
        "Tu connais le chant diphonique mongol ? C'est fascinant.",
        "On a cassé la tapette à rats, faut en racheter une.",
        "J'ai gagné une tante de plus en épousant Julie, sa famille est immense.",
        "Le Nez de Gogol est une nouvelle complètement absurde.",
        "Les jaunes ont gagné la course de relais à la kermesse.",
        "Un moteur bridé consomme moins, paraît-il.",
        "Viens là mon petit raton, c'est l'heure du bain.",
        "Le bus est plein de retardataires attardés ce matin à cause de la neige.",
    ),
    "profanity_nonhateful": (
        "Putain de réveil, j'ai encore dormi trop longtemps.",
        "Bordel, où j'ai mis mon chargeur ?",
        "Merde, le bus est parti sous mon nez.",
        "Putain c'était trop bien ce festival !",
        "Plus de lait dans le frigo, fait chier.",
        "Oh putain, le coucher de soleil ce soir 😍",
        "Bordel de merde, trois heures de bouchons sur l'A7.",
        "Putain, enfin le week-end !",
        "Bravo pour ton permis, putain je suis trop fier de toi !",
        "Bordel, la coupure de courant m'a fait perdre tout mon taf.",
        "Putain de pluie, j'ai pas de parapluie.",
        "Ah merde, j'ai raté l'épisode d'hier.",
        "Bordel, le prix de l'essence !",
        "Putain, quelle remontada, j'en reviens pas !",
        "Merde, j'ai renversé mon café sur mon clavier.",
        "Putain ça fait du bien de rentrer chez soi.",
        "Bordel ce que j'ai faim.",
        "Putain, t'es trop fort à ce jeu mdr",
        "Merde, il est déjà minuit.",
        "J'ai bossé comme un malade, putain je suis crevé.",
        "Bordel, ce livre m'a retourné le cerveau.",
        "Putain de canicule, je dors plus.",
        "Oh merde, il neige !",
        "Putain les gars, on est qualifiés !!",
        "Grève de la SNCF demain, fait chier.",
        "Bordel, qui a mangé mon yaourt ?",
        "Merde, mon téléphone est à 1 %.",
        "Putain ce burger est une dinguerie.",
        "Bordel de Dieu, quel orage cette nuit.",
        "Putain que c'est beau la montagne.",
        "Ce rhume me fait chier depuis une semaine.",
        "Bordel, j'ai enfin fini mon mémoire !",
        "Putain de merde, j'ai gagné au loto ?!",
        "Ah la vache, ce prix, c'est du vol.",
        "Merde, j'ai cramé les crêpes.",
        "Putain je suis en retard, j'arrive dans dix minutes.",
        "Bordel, la file d'attente à la préfecture…",
        "Putain t'avais raison, ce film est énorme.",
        "Merde, je me suis encore cogné le petit orteil.",
        "Putain ça caille ce matin.",
        "Bordel, on a perdu 3-0, quelle honte.",
        "{USER} putain t'as vu ce but ?? 😱",
        "Merde merde merde, j'ai laissé le four allumé.",
        "Oh bordel, ma sœur est enceinte, je vais être tonton !",
        "Ce putain de lave-vaisselle fuit encore, bordel.",
        "Putain, j'ai réussi mon code du premier coup !",
    ),
    "abuse_object": (
        "Cette bagnole est une poubelle roulante.",
        "Ce scanner de merde bourre une page sur deux.",
        "Le nouveau smartphone ? Une arnaque totale.",
        "Remboursez-moi ce jeu, quelle daube.",
        "Vivement que les lundis disparaissent du calendrier, je les hais.",
        "Ce parapluie pourri s'est retourné au premier coup de vent.",
        "N'allez jamais dans ce resto, c'est dégueulasse.",
        "Cette chaise est tellement inconfortable que j'ai envie de la brûler.",
        "Windows ? De la merde en barre, comme d'hab.",
        "La machine à café m'a encore volé une pièce, je vais finir par la défoncer.",
        "Cet album est une insulte à la musique.",
        "Ce logiciel de compta est une calamité.",
        "Cette série a une fin de merde.",
        "Les trottinettes électriques, je les hais.",
        "Cette ville est une poubelle géante.",
        "Saloperie de guêpes, elles ont gâché tout le pique-nique.",
        "Le bruit des travaux me rend dingue, je vais péter un câble.",
        "Ce pull gratte, il est immonde.",
        "Ces chaussures m'ont détruit les pieds, à la poubelle.",
        "Ma box internet, cette saloperie, a encore lâché.",
        "Le métro ligne 13, l'enfer sur terre.",
        "Ce bouquin est chiant à mourir.",
        "L'hiver, je le déteste de toutes mes forces.",
        "Les cafards dans ma cuisine, je vais tous les exterminer.",
        "Les rats du métro, faudrait tous les dératiser.",
        "Ces moustiques de merde m'ont dévoré cette nuit.",
        "Le nouveau logo de la marque est dégueulasse.",
        "Ce match nul était d'un ennui mortel.",
        "Ma tondeuse, je vais la balancer dans le ravin.",
        "Les embouteillages de Lyon, une vraie plaie.",
        "L'appli de ma banque est une catastrophe absolue.",
        "Les punaises de lit, cette vermine, impossible de s'en débarrasser.",
        "Le parking de l'hôpital est une arnaque.",
        "Cette pizza surgelée avait un goût de carton.",
        "Les pubs sur YouTube, je les vomis.",
        "Ce jeu vidéo est tellement buggé que je vais le jeter par la fenêtre.",
        "Les pigeons sur mon balcon, ces saletés, ils chient partout.",
        "Cette autoroute est un vrai coupe-gorge, trop de radars pourris.",
    ),
    "abuse_individual": (
        "T'es qu'un gros con, personne te supporte.",
        "T'es tellement nulle que ça fait de la peine.",
        "Connard, va.",
        "Espèce de sous-merde, va.",
        "T'as un QI d'huître, sérieux.",
        "Dégage de ma vue, abruti.",
        "T'es une pauvre conne et tu le resteras.",
        "Quel boloss ce mec, il se croit drôle.",
        "T'es le pire coloc de l'histoire, un vrai porc.",
        "Espèce de bouffon, tu t'es vu ?",
        "Sale menteur, j'ai tes messages.",
        "T'es qu'une vipère, tout le monde le sait.",
        "Arrête de parler, t'es ridicule.",
        "Pauvre type, retourne jouer à la console.",
        "T'as aucun talent, arrête la musique.",
        "T'es moche comme un pou.",
        "Crétin congénital, va.",
        "Personne t'a sonné, le clown.",
        "{USER} t'es vraiment trop con, laisse tomber.",
        "{USER} personne t'a demandé de commenter, sérieux.",
        "Ton ex avait raison de te larguer, t'es insupportable.",
        "Gros lâche, t'oses même pas répondre.",
        "Idiote, tu comprends rien à rien.",
        "Quelle cruche, sérieux.",
        "T'es un raté et tu le sais.",
        "Tu pues de la gueule, mec.",
        "Toi t'es vraiment une ordure.",
        "Abruti fini, relis-toi avant de poster.",
        "Minable, tu fais pitié.",
        "T'es aussi utile qu'un parapluie troué.",
        "Débile profond, va.",
        "Espèce de vieux con.",
        "Sale gosse pourri gâté.",
        "Kevin, t'es vraiment le roi des boulets.",
        "Sarah t'es une hypocrite, tout le monde a vu ton manège.",
        "Ton prof a raison, t'es une feignasse.",
        "Mon chef est un tyran doublé d'un incompétent.",
        "Ta copine te trompe et t'es trop con pour le voir.",
        "T'es vraiment qu'un bon à rien, tu le sais ça ?",
        "Ferme-la, tu racontes que des âneries.",
        "Vous êtes d'une bêtise affligeante, monsieur.",
        "Espèce d'imbécile heureux, tu fais honte à tes parents.",
        "Toi t'es un sacré tocard, franchement.",
        "T'as le charisme d'une serpillière.",
        "Tu sers à rien, même ton chien a honte de toi.",
        "Gros blaireau, apprends à conduire.",
        "T'es qu'une grosse baltringue, tu tiens jamais parole.",
        "{USER} t'es le plus gros mytho de Twitter.",
        "Vous êtes une escroc, madame, et je vais le prouver.",
        "Sale rat, t'as balancé tout le monde.",
        "Espèce de parasite, tu vis aux crochets de tes potes depuis deux ans.",
        "T'as une tête à claques, sérieux.",
        "T'es tellement lourd que personne veut bosser avec toi.",
        "Pauvre tache, tu crois impressionner qui ?",
        "Tu mérites ton surnom de boulet, crois-moi.",
        "T'es un guignol, retourne dans ton cirque.",
        "Imbécile, t'as encore cassé la photocopieuse.",
        "Commère, va. Tu passes ta vie à colporter des ragots.",
        "Toi t'es un vrai naze, même pas capable de tenir une promesse.",
        "Vous êtes le voisin le plus insupportable de la terre.",
        "T'es con comme un manche à balai.",
        "{USER} retourne à l'école, tu sais même pas écrire.",
        "T'es un gros égoïste et tu finiras tout seul.",
        "Espèce de tête de nœud, c'était ma place.",
        "Tu pues l'arrogance, mec, ça se sent à dix mètres.",
        "T'es une vraie plaie, Julien.",
        "Le chauffard qui m'a grillé la priorité ce matin, quel tocard.",
        "Marc, t'es le collègue le plus incompétent que j'aie jamais eu.",
        "T'as zéro cervelle, c'est impressionnant.",
        "T'es qu'un lèche-bottes, tout le bureau le sait.",
        "Va te faire voir, sale traître.",
        "T'es aussi drôle qu'un lundi matin.",
        "Pauvre nouille, tu t'es encore fait avoir.",
        "Ma belle-sœur est une vraie harpie, personne la supporte.",
        "Ce type est un gros crevard, il rembourse jamais rien.",
        "Tais-toi, tête de linotte, tu sais pas de quoi tu parles.",
        "T'es méchante et bête, le combo parfait.",
        "{USER} t'es une honte pour ce serveur, dégage.",
        "Espèce de sale mioche, rends-moi mon vélo.",
        "Vous êtes un petit chef minable, et tout le monde se moque de vous.",
        "T'es un gros nul au foot, arrête de réclamer le ballon.",
        "Quel enfoiré, il m'a laissé payer toute l'addition.",
        "T'es qu'un sale fouineur, mêle-toi de tes affaires.",
        "T'es la personne la plus radine que je connaisse, un vrai rapace.",
        "Nico, espèce d'andouille, t'as encore oublié les clés.",
    ),
    "abuse_nonprotected_group": (
        "Les banquiers d'affaires ne pensent qu'à leurs bonus, bande de rapaces.",
        "Les députés qui dorment à l'Assemblée, quelle bande de feignasses.",
        "Les supporters de l'OM, des sauvages qui cassent tout.",
        "Je supporte plus les youtubeurs qui font des pranks débiles.",
        "Les télévendeurs qui appellent à 20h, je les maudis.",
        "Les arbitres de Ligue 1, une bande de vendus.",
        "Les agents de la CAF, des robots qui appliquent le règlement sans aucun cœur.",
        "Les bobos du 11e me sortent par les yeux.",
        "Les livreurs Uber roulent comme des malades sur les trottoirs.",
        "Les actionnaires, ces vautours, ils sucent les boîtes jusqu'à l'os.",
    ),
}

# Train hateful templates reused with non-protected groups (abuse, not hate).
_NONPROTECTED_SOURCES: tuple[str, ...] = (
    "derogation_emotion",
    "derogation_attribute",
    "dehumanization",
    "profanity_hateful",
    "opinion_hateful",
    "question_hateful",
)
# Train hateful templates reused with spelling variations.
_SPELLING_SOURCES: tuple[str, ...] = (
    "derogation_emotion",
    "derogation_attribute",
    "dehumanization",
    "threat_direct",
    "threat_normative",
    "opinion_hateful",
    "negated_positive",
    "profanity_hateful",
)


# --------------------------------------------------------------------------- rows


def _rng(*parts: object) -> random.Random:
    return random.Random("bastion.synth.general_fr|" + "|".join(str(p) for p in parts))


def _pool(group: str, pool: str, *, train: bool) -> tuple[Form, ...]:
    gf = FORMS[group]
    if pool == "sg":
        return gf.singular
    if pool == "coll":
        return gf.collective
    if pool == "slur":
        return gf.slurs
    if pool == "slur_sg":
        return gf.slurs_sg
    return (*gf.plural, *gf.extra) if train else gf.plural


def _hate_labels(group: str, tmpl: Tmpl) -> tuple[str, ...]:
    labels = {GROUPS[group]}
    if tmpl.threat:
        labels.add("threat")
    if group == "jews":
        if tmpl.dehum:
            labels.add("hate/antisemitism/dehumanization")
        if tmpl.threat:
            labels.add("hate/antisemitism/violence")
        if "consp" in tmpl.tags:
            labels.add("hate/antisemitism/conspiracy")
    return tuple(specificity_order(labels))


def _contexts(func: str, tmpl: Tmpl) -> tuple[str, ...]:
    if func in FUNCTIONALITY_CONTEXTS:
        return FUNCTIONALITY_CONTEXTS[func]
    if func == "identity_neutral":
        if "news" in tmpl.tags:
            return ("news",)
        if "question" in tmpl.tags:
            return ("question",)
    return ()


def _group_row(
    func: str,
    group: str,
    text: str,
    template: str,
    tmpl: Tmpl,
    tags: tuple[str, ...],
    contexts: tuple[str, ...] | None = None,
) -> SynthRow:
    hateful = func in HATEFUL_FUNCTIONALITIES
    if contexts is None:
        contexts = () if hateful else _contexts(func, tmpl)
    return SynthRow(
        text=text,
        lang=LANG,
        hateful=hateful,
        functionality=func,
        labels=_hate_labels(group, tmpl) if hateful else (),
        targets=(group,),
        contexts=contexts,
        template=template,
        tags=tags,
    )


def _prepare(text: str) -> str:
    return _cap(_fix_elision(text))


def _tidy(text: str) -> str:
    return re.sub(r" +", " ", _MARKS.sub("", text)).strip()


def finish(text: str) -> str:
    """Fix elision, capitalise the first letter, tidy spaces, drop spelling markers."""
    return _tidy(_prepare(text))


def _fill(template: str, form: Form, slots: Mapping[str, str] | None = None) -> str:
    return render(template.replace("[[", _W_OPEN).replace("]]", _W_CLOSE), form, slots)


def _draw_slots(rng: random.Random) -> dict[str, str]:
    slots = {name: rng.choice(values) for name, values in _SLOTS.items()}
    slots["ADJ2"] = rng.choice([a for a in ADJ if a != slots["ADJ"]])
    return slots


# ---- spelling variations

_SUITE_LEET = {
    "a": "4",
    "e": "3",
    "é": "3",
    "è": "3",
    "ê": "3",
    "i": "1",
    "î": "1",
    "o": "0",
    "ô": "0",
}
_TRAIN_LEET = {"a": "4@", "e": "3", "é": "3", "è": "3", "i": "1!", "o": "0", "s": "5$", "t": "7"}
_STOP = frozenset(
    (
        "les",
        "des",
        "une",
        "sont",
        "pour",
        "dans",
        "avec",
        "tout",
        "tous",
        "toutes",
        "mais",
        "comme",
        "plus",
        "elles",
        "nous",
        "vous",
        "leur",
        "leurs",
        "cette",
        "ceux",
        "celles",
        "quand",
        "même",
        "rien",
        "jamais",
        "vraiment",
        "sérieux",
        "franchement",
        "faut",
        "qu'on",
        "c'est",
        "j'ai",
        "c'était",
        "être",
        "avoir",
        "fait",
        "font",
        "suis",
        "moi",
        "toi",
        "lui",
        "eux",
        "ici",
        "déjà",
        "encore",
        "alors",
        "vais",
        "faire",
        "personnes",
        "gens",
        "quoi",
        "autres",
        "avec",
        "depuis",
        "chez",
    )
)
_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _leet(word: str, rng: random.Random, suite: bool) -> str:
    if suite:
        out = "".join(_SUITE_LEET.get(ch.lower(), ch) for ch in word)
        if out == word:
            out = word.replace("s", "$").replace("t", "7")
        return out if out != word else word + "!"
    spots = [i for i, ch in enumerate(word) if ch.lower() in _TRAIN_LEET]
    if not spots:
        return word + "!"
    chosen = {i for i in spots if rng.random() < 0.5} or {rng.choice(spots)}
    return "".join(
        rng.choice(_TRAIN_LEET[ch.lower()]) if i in chosen else ch for i, ch in enumerate(word)
    )


def _auto_mark(text: str, rng: random.Random) -> str:
    """Mark a random content word (outside the group marker) as the hateful word."""
    spans: list[tuple[int, int]] = []
    depth = 0
    for m in _WORD.finditer(text):
        before = text[: m.start()]
        depth = before.count(_G_OPEN) - before.count(_G_CLOSE)
        word = m.group(0)
        if depth == 0 and len(word) >= 4 and word.lower() not in _STOP and "'" not in word:
            spans.append(m.span())
    if not spans:
        return text
    a, b = rng.choice(spans)
    return text[:a] + _W_OPEN + text[a:b] + _W_CLOSE + text[b:]


def _obfuscate(marked: str, func: str, target: str, rng: random.Random, *, suite: bool) -> str:
    """Apply one spelling variation to the marked group key or the marked hateful word."""
    gm = re.search(f"{_G_OPEN}(.*?){_G_CLOSE}", marked)
    wm = re.search(f"{_W_OPEN}(.*?){_W_CLOSE}", marked)
    m = gm if target == "group" else wm
    if m is None:
        m = wm if m is gm else gm
    if m is None:
        raise ValueError(f"spelling frame needs a group key or a [[word]]: {marked!r}")
    word = m.group(1)
    if func in ("spelling_swap", "spelling_missing_char") and len(word) < 4:
        other = wm if m is gm else gm
        if other is not None and len(other.group(1)) >= 4:
            m, word = other, other.group(1)
    start, end = m.span()
    if func == "spelling_no_space":
        left = marked[:start]
        right = marked[end:]
        if left.endswith(" ") and left.strip():
            left = left[:-1]  # glue to the previous word: "lesjuifs", "devraitpendre"
        elif right.startswith(" "):
            right = right[1:]  # sentence start: glue to the next word
        return _tidy(left + word.replace(" ", "") + right)
    if func == "spelling_swap":
        new = swap_adjacent(word, rng)
    elif func == "spelling_missing_char":
        new = drop_letter(word, rng)
    elif func == "spelling_added_space":
        new = (
            " ".join(word)
            if suite or len(word) <= 8 or rng.random() < 0.5
            else _one_space(word, rng)
        )
    elif func == "spelling_leet":
        new = _leet(word, rng, suite)
    else:  # pragma: no cover - guarded by SPELLING_FUNCTIONALITIES
        raise ValueError(func)
    return _tidy(marked[:start] + new + marked[end:])


def _one_space(word: str, rng: random.Random) -> str:
    i = rng.randrange(2, len(word) - 1)
    return word[:i] + " " + word[i:]


# ---- register variation (train only)

_SUFFIX_COMMON = (
    " mdr",
    " ptdr",
    " sérieux",
    " frr",
    " wsh",
    " 🙄",
    " 😂",
    " 💯",
    " !!",
    "...",
    " jpp",
)
_SUFFIX_ANGRY = (" 🤮", " 😡", " 🤬")
_SUFFIX_WARM = (" ❤️", " 🙏", " 🥰")
_PREFIXES = ("Sérieux, ", "Wesh ", "Bon, ", "Franchement, ", "Bref, ", "Genre ")


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    )


def drop_ne(text: str) -> str:
    """Colloquial French drops the "ne" of a negation: "je ne sais pas" -> "je sais pas"."""
    out = re.sub(r"\b([Cc])e n'(est|était)\b", r"\1'\2", text)
    out = re.sub(r"\b[Nn]e (?=[^\W\d_])", "", out)
    out = re.sub(r"\b[Nn]'(?!importe)(?=[^\W\d_])", "", out)
    return _fix_elision(out)


def _vary(text: str, rng: random.Random, mood: str) -> str:
    """Social-media register: missing accents, lower case, dropped "ne", tags, emoji."""
    if rng.random() < 0.15:
        text = drop_ne(text)
    if rng.random() < 0.18:
        text = _strip_accents(text)
    if rng.random() < 0.2:
        text = text.lower()
    elif rng.random() < 0.06 and text[:1].isupper():
        text = rng.choice(_PREFIXES) + text[0].lower() + text[1:]
    r = rng.random()
    if r < 0.22:
        extra = _SUFFIX_WARM if mood == "warm" else _SUFFIX_ANGRY if mood == "angry" else ()
        suffix = rng.choice((*_SUFFIX_COMMON, *extra))
        text = (text[:-1] if text.endswith(".") else text) + suffix
    elif r < 0.36 and text.endswith("."):
        text = text[:-1]
    if rng.random() < 0.06 and not text.startswith("@"):
        text = rng.choice(USERS) + " " + text
    return text


def _mood(func: str) -> str:
    if func in HATEFUL_FUNCTIONALITIES or func in ("counter_quote", "counter_reference"):
        return "angry"
    if func in ("identity_positive", "slur_reclaimed"):
        return "warm"
    return ""


# ---- suite bank


def _suite_rows() -> list[SynthRow]:
    tags = ("suite",)
    out: list[SynthRow] = []
    for f_idx, (func, specs) in enumerate(SUITE_GROUP_TEMPLATES.items()):
        for i, spec in enumerate(specs):
            tmpl = parse(spec, func)
            tid = f"fr.{func}.{i + 1:02d}"
            for group in CORE_GROUPS:
                forms = _pool(group, tmpl.pool, train=False)
                form = forms[(i + f_idx) % len(forms)]
                text = finish(_fill(tmpl.text, form))
                out.append(_group_row(func, group, text, tid, tmpl, tags))
    frames = [parse(s) for s in SUITE_SPELLING_FRAMES]
    for f_idx, func in enumerate(SPELLING_FUNCTIONALITIES):
        for j in range(SUITE_SPELLING_PER_FUNCTIONALITY):
            tmpl = frames[(3 * f_idx + j) % len(frames)]
            target = "group" if (j + f_idx) % 2 == 0 else "word"
            tid = f"fr.{func}.{j + 1:02d}"
            for group in CORE_GROUPS:
                forms = _pool(group, tmpl.pool, train=False)
                form = forms[(j + f_idx) % len(forms)]
                marked = _prepare(_fill(tmpl.text, form))
                rng = _rng("suite", func, j, group)
                text = _obfuscate(marked, func, target, rng, suite=True)
                out.append(_group_row(func, group, text, tid, tmpl, (*tags, "obfuscated")))
    for group in CORE_GROUPS:
        for i, text in enumerate(SUITE_RECLAIMED[group]):
            tid = f"fr.slur_reclaimed.{i + 1:02d}"
            out.append(_group_row("slur_reclaimed", group, text, tid, parse(text), tags))
    for func, texts in SUITE_NONGROUP.items():
        for i, text in enumerate(texts):
            out.append(nongroup_row(LANG, func, text, f"fr.{func}.{i + 1:02d}", tags))
    return out


# ---- train bank


def _rotate(forms: Sequence[Form], start: int, k: int) -> list[Form]:
    n = len(forms)
    return [forms[(start + j) % n] for j in range(min(k, n))]


def _expand(func: str, specs: Sequence[str]) -> list[SynthRow]:
    """Apply every template to every train group, in several surface forms."""
    out: list[SynthRow] = []
    k = 2 if func in HATEFUL_FUNCTIONALITIES else 3
    for i, spec in enumerate(specs):
        tmpl = parse(spec, func)
        tid = f"fr.{func}.t{i + 1:02d}"
        for g_idx, group in enumerate(TRAIN_GROUPS):
            pool = _pool(group, tmpl.pool, train=True)
            for form in _rotate(pool, 3 * i + g_idx, k):
                rng = _rng("train", func, i, group, form.text)
                text = finish(_fill(tmpl.text, form, _draw_slots(rng)))
                text = _vary(text, rng, _mood(func))
                out.append(_group_row(func, group, text, tid, tmpl, ("train",)))
    return out


def _train_group_rows() -> list[SynthRow]:
    out: list[SynthRow] = []
    for func, specs in TRAIN_GROUP_TEMPLATES.items():
        out.extend(_expand(func, specs))
    out.extend(_expand("slur_reclaimed", TRAIN_RECLAIMED_TEMPLATES))
    return out


def _spelling_sources() -> list[tuple[str, int, Tmpl]]:
    out: list[tuple[str, int, Tmpl]] = []
    for func in _SPELLING_SOURCES:
        for i, spec in enumerate(TRAIN_GROUP_TEMPLATES[func]):
            tmpl = parse(spec, func)
            if tmpl.pool == "pl" and "{G}" in tmpl.text:
                out.append((func, i, tmpl))
    return out


def _train_spelling_rows() -> list[SynthRow]:
    out: list[SynthRow] = []
    sources = _spelling_sources()
    for func in SPELLING_FUNCTIONALITIES:
        picked = _rng("spelling", func).sample(sources, 26)
        for k, (src_func, i, base) in enumerate(picked):
            text = base.text.replace("{G}", "{G*}", 1)
            for slot in ("{ADJ}", "{DEH}", "{NOUNNEG}", "{EMO}"):
                if slot in text:
                    text = text.replace(slot, "[[" + slot + "]]", 1)
                    break
            tid = f"fr.{func}.t{k + 1:02d}"
            tags = ("train", "obfuscated", f"base:fr.{src_func}.t{i + 1:02d}")
            for g_idx, group in enumerate(TRAIN_GROUPS):
                forms = _pool(group, "pl", train=True)
                # two renderings per group: one alters the group word, one the hateful word
                for j, target in enumerate(("group", "word")):
                    form = forms[(k + g_idx + j) % len(forms)]
                    rng = _rng("train", func, k, group, target)
                    marked = _prepare(_fill(text, form, _draw_slots(rng)))
                    if _W_OPEN not in marked:
                        marked = _auto_mark(marked, rng)
                    out_text = _obfuscate(marked, func, target, rng, suite=False)
                    if rng.random() < 0.2:
                        out_text = out_text.lower()
                    out.append(_group_row(func, group, out_text, tid, base, tags))
    return out


def _claim_rows() -> list[SynthRow]:
    out: list[SynthRow] = []
    tags = ("train", "contrastive")
    for ci, claim in enumerate(TRAIN_CLAIMS):
        tmpl = parse(f"{claim.tags} {claim.text}".strip(), claim.func)
        for g_idx, group in enumerate(TRAIN_GROUPS):
            pool = _pool(group, "pl", train=True)
            form = pool[(ci + g_idx) % len(pool)]
            rng = _rng("claim", ci, group)
            c = _fill(claim.text, form)
            ctags = (*tags, f"claim:{ci + 1:02d}")
            plan: list[tuple[str, str, Sequence[str], int]] = [
                (claim.func, "a", CLAIM_ASSERT, 1),
                ("counter_quote", "q", CLAIM_QUOTE, 3),
            ]
            if claim.clause:
                plan.append(("counter_reference", "r", CLAIM_REFERENCE, 2))
            if claim.negated:
                plan.append(("negated_hateful", "n", CLAIM_NEGATE, 2))
            for func, code, wrappers, n in plan:
                for wi in rng.sample(range(len(wrappers)), n):
                    wrapper = wrappers[wi]
                    if code == "n":
                        filled = wrapper.replace("{NC}", _fill(claim.negated, form))
                    elif code == "q":
                        filled = wrapper.replace("{C}", _cap(c))
                    else:
                        filled = wrapper.replace("{C}", c)
                    text = finish(_fill(filled, form, {"USER": rng.choice(USERS)}))
                    text = _vary(text, rng, _mood(func))
                    if code == "a":
                        tid = f"fr.{func}.c{ci + 1:02d}"
                    else:
                        tid = f"fr.{func}.{code}{wi + 1:02d}"
                    out.append(_group_row(func, group, text, tid, tmpl, ctags))
    return out


def _train_specific_rows() -> list[SynthRow]:
    out: list[SynthRow] = []
    for group in TRAIN_GROUPS:
        for k, (func, spec) in enumerate(TRAIN_GROUP_SPECIFIC[group]):
            tmpl = parse(spec, func)
            tid = f"fr.{func}.x_{group}_{k + 1:02d}"
            rng = _rng("specific", group, k)
            text = finish(tmpl.text)
            out.append(_group_row(func, group, text, tid, tmpl, ("train", "specific")))
            out.append(
                _group_row(func, group, _vary(text, rng, "angry"), tid, tmpl, ("train", "specific"))
            )
        for k, spec in enumerate(TRAIN_NEWS[group]):
            tmpl = parse(spec)
            tid = f"fr.identity_neutral.n_{group}_{k + 1:02d}"
            news_tags = ("train", "news") if "news" in tmpl.tags else ("train", "everyday")
            out.append(_group_row("identity_neutral", group, tmpl.text, tid, tmpl, news_tags))
        for k, text in enumerate(TRAIN_NEWS_QUOTES[group]):
            tid = f"fr.counter_quote.n_{group}_{k + 1:02d}"
            out.append(
                _group_row(
                    "counter_quote",
                    group,
                    text,
                    tid,
                    parse(text),
                    ("train", "news_quote"),
                    contexts=("news", "quote"),
                )
            )
        for k, text in enumerate(TRAIN_RECLAIMED[group]):
            tid = f"fr.slur_reclaimed.t_{group}_{k + 1:02d}"
            rng = _rng("reclaimed", group, k)
            tags = ("train",)
            out.append(_group_row("slur_reclaimed", group, text, tid, parse(text), tags))
            out.append(
                _group_row(
                    "slur_reclaimed", group, _vary(text, rng, "warm"), tid, parse(text), tags
                )
            )
    return out


def _nonprotected_sources() -> list[tuple[str, int, Tmpl]]:
    out: list[tuple[str, int, Tmpl]] = []
    for func in _NONPROTECTED_SOURCES:
        for i, spec in enumerate(TRAIN_GROUP_TEMPLATES[func]):
            tmpl = parse(spec, func)
            if tmpl.pool == "pl" and not tmpl.threat and i % 3 == 0:
                out.append((func, i, tmpl))
    return out


def _train_nongroup_rows() -> list[SynthRow]:
    out: list[SynthRow] = []
    for func, texts in TRAIN_NONGROUP.items():
        for i, template in enumerate(texts):
            tid = f"fr.{func}.t{i + 1:02d}"
            rng = _rng("nongroup", func, i)
            text = template.replace("{USER}", rng.choice(USERS))
            out.append(nongroup_row(LANG, func, text, tid, ("train",)))
            varied = _vary(text, rng, "")
            if varied != text:
                out.append(nongroup_row(LANG, func, varied, tid, ("train",)))
    for func, i, tmpl in _nonprotected_sources():
        tid = f"fr.abuse_nonprotected_group.h_{func}_{i + 1:02d}"
        for j, form in enumerate(_rotate(NONPROTECTED, 5 * i + len(func), 4)):
            rng = _rng("nonprotected", func, i, j)
            text = finish(_fill(tmpl.text, form, _draw_slots(rng)))
            text = _vary(text, rng, "")
            out.append(
                nongroup_row(LANG, "abuse_nonprotected_group", text, tid, ("train", "template"))
            )
    return out


def _train_rows() -> list[SynthRow]:
    candidates = [
        *_train_group_rows(),
        *_train_spelling_rows(),
        *_claim_rows(),
        *_train_specific_rows(),
        *_train_nongroup_rows(),
    ]
    banned = {row.text.lower() for row in _suite_rows()}
    seen: set[str] = set()
    out: list[SynthRow] = []
    for row in candidates:
        if row.text in seen or row.text.lower() in banned:
            continue
        seen.add(row.text)
        out.append(row)
    return out


def rows(bank: Bank) -> list[SynthRow]:
    """All French functional rows for `bank` ("train" or "suite"), deterministic."""
    if bank == "suite":
        return _suite_rows()
    if bank == "train":
        return _train_rows()
    raise ValueError(f"unknown bank: {bank!r}")


def template_table(bank: Bank) -> dict[str, list[str]]:
    """Raw template strings per functionality (for disjointness checks)."""
    out: dict[str, list[str]] = {}
    if bank == "suite":
        for func, specs in SUITE_GROUP_TEMPLATES.items():
            out[func] = [parse(s).text for s in specs]
        out["spelling"] = [parse(s).text for s in SUITE_SPELLING_FRAMES]
        out["slur_reclaimed"] = [t for ts in SUITE_RECLAIMED.values() for t in ts]
        for func, texts in SUITE_NONGROUP.items():
            out[func] = list(texts)
        return out
    for func, specs in TRAIN_GROUP_TEMPLATES.items():
        out[func] = [parse(s).text for s in specs]
    out["claims"] = [c.text for c in TRAIN_CLAIMS] + [c.negated for c in TRAIN_CLAIMS if c.negated]
    out["claim_wrappers"] = [*CLAIM_ASSERT, *CLAIM_NEGATE, *CLAIM_QUOTE, *CLAIM_REFERENCE]
    out["specific"] = [parse(s).text for ts in TRAIN_GROUP_SPECIFIC.values() for _, s in ts]
    out["news"] = [parse(s).text for ts in TRAIN_NEWS.values() for s in ts]
    out["news"] += [t for ts in TRAIN_NEWS_QUOTES.values() for t in ts]
    out["slur_reclaimed"] = [t for ts in TRAIN_RECLAIMED.values() for t in ts]
    out["slur_reclaimed"] += [parse(s).text for s in TRAIN_RECLAIMED_TEMPLATES]
    for func, texts in TRAIN_NONGROUP.items():
        out[func] = list(texts)
    return out
