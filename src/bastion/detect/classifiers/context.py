"""Stance and context cues (EN/FR): quoting, counter-speech, news, education, negation…

This detector only reports what framing it sees, with spans; the cascade
decides how a context weighs against hateful content ("score the frame, not
the words"). Patterns run on normalized text: casefolded, no diacritics,
quotes folded to `"` and `'`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import regex

from bastion.models import Example, NormalizedText, Signal
from bastion.plugin import Detector


def _words(*alternatives: str) -> str:
    return r"\b(?:" + "|".join(alternatives) + r")\b"


# Quoted segments: double quotes, or single quotes that are not apostrophes.
_QUOTED = regex.compile(r'"([^"]{2,})"|(?<![\w])\'([^\']{3,})\'(?![\w])')

# "he wrote: jews are ...", "he called me a dirty ...", "il m'a traite de sale ..." — the
# reported words run to the end of the clause. A bare "says" is not enough: it needs a
# colon, or a verb that names who was insulted.
_SPEECH_VERBS = (
    r"wrote|writes|said|says|commented|posted|tweeted|replied|messaged|yelled|shouted|"
    r"screamed|a ecrit|a dit|a commente|a poste|a crie|criait|hurlait|m'envoie|m'a envoye"
)
_REPORTED_SPEECH = regex.compile(
    r"(?:\b(?:"
    + _SPEECH_VERBS
    + r")\s*:\s*|"
    + _words(
        r"called (?:me|us|him|her|them|my \w+)",
        r"calls? (?:me|us)",
        r"told (?:me|us|him|her) (?:that|to)",
        r"dm'?d me",
        r"m'a traitee? de",
        r"nous traite de",
        r"l'a traitee? de",
        r"me traite de",
        r"m'a (?:dit|ecrit) (?:que|de)",
        r"nous a dit que",
    )
    + r"\s*)([^.!?\n,;\"]{3,})"
)

_COUNTER = regex.compile(
    _words(
        r"reported",
        r"reporting (?:this|him|her|them|it|the account)",
        r"report (?:this|him|her|them|it|the account)",
        r"blocked",
        r"flagged (?:it|this)",
        r"screenshots?",
        r"this is (?:not ok(?:ay)?|unacceptable|disgusting|vile|hateful|antisemitic|racist|"
        r"why|what)",
        r"(?:is|are|was|sounds) (?:so |just |pure |plain |deeply |absolutely )?(?:wrong|hateful|"
        r"disgusting|unacceptable|vile|racist|antisemitic|anti-semitic|bigoted|sick|"
        r"hurtful|offensive|shameful|appalling|evil|gross|horrible|awful|a lie|lies|a myth|"
        r"a conspiracy theory|dangerous|bigotry|hate speech|not ok(?:ay)?|not acceptable)",
        r"stop (?:saying|calling|spreading|posting|blaming|repeating|comparing|treating|"
        r"using|writing)",
        r"(?:never|don't|do not|dont) (?:say|call|tell|write|post|use)",
        r"anyone (?:who|that) (?:says|thinks|believes|calls|writes|posts)",
        r"people (?:who|that) (?:say|think|believe|call|write|post)",
        r"those who (?:say|think|believe|call)",
        r"(?:it'?s|it is) not ok(?:ay)? to",
        r"no place for",
        r"how dare",
        r"shame on",
        r"call(?:ing)? (?:it|this|them|him|her) out",
        r"the comments (?:i|we) (?:get|got|receive|see)",
        r"look at (?:the|these|what|this) (?:comments?|replies|messages)",
        r"(?:hate|hateful|antisemitic|racist) (?:comments?|messages?|replies|dms|abuse)",
        r"this kind of (?:comment|hate|rhetoric|talk|language|bigotry)",
        r"(?:need|needs) (?:better |real )?moderation",
        r"(?:sick|tired) of (?:people|reading|seeing|hearing|getting)",
        r"(?:fight|fighting|combat|combating|against|condemn|condemns|condemned|denounce)"
        r" (?:antisemitism|racism|hate|hatred|bigotry|islamophobia|homophobia|transphobia|"
        r"misogyny|xenophobia|ableism)",
        r"(?:i|we) condemn",
        r"not funny",
        r"what is wrong with (?:people|you)",
        r"signalee?s?",
        r"j'ai signale",
        r"porte plainte",
        r"porter plainte",
        r"bloquee?",
        r"c'est (?:honteux|inadmissible|degueulasse|inacceptable|raciste|antisemite|abject|"
        r"ignoble|faux|un mensonge|un mythe|grave|dangereux|immonde|de la haine)",
        r"(?:est|sont) (?:honteux|honteuse|inadmissible|inacceptable|raciste|racistes|"
        r"antisemites?|abjects?|ignobles?|faux|un mensonge|un mythe|dangereux|haineux)",
        r"arretez? de (?:dire|traiter|repeter|comparer|accuser|ecrire|insulter)",
        r"(?:ne|n') ?(?:dites|dis|ecris|ecrivez) (?:pas|jamais)",
        r"ceux qui (?:disent|pensent|traitent|ecrivent|croient)",
        r"les gens qui (?:disent|pensent|traitent|ecrivent|croient)",
        r"pas de place pour",
        r"honte a",
        r"voila (?:les|le|ce que|ce genre de) (?:commentaires?|messages?|reponses?)",
        r"ce genre de (?:commentaires?|propos|messages?|haine)",
        r"(?:lutter|lutte|luttons) contre",
        r"propos (?:racistes|antisemites|haineux|homophobes|sexistes)",
        r"commentaires? (?:racistes|antisemites|haineux|homophobes|sexistes)",
        r"je condamne",
        # Naming the prejudice as such: on real posts, those that say "antisemitism" are
        # overwhelmingly about it (reporting, calling it out), not doing it.
        r"anti-?semit(?:ism|isme|ic|e|es)",
        r"(?:islamophob|homophob|transphob|xenophob|misogyn)\w*",
        r"racism|racisme|bigotry|sexism|sexisme|ableism|validisme",
        r"(?:c'est|c est) pas drole",
    )
)

# The quoted words are someone else's: a third party said them, or the speaker talks
# *about* such words ("comments like", "saying ... is").
_ATTRIBUTION = regex.compile(
    _words(
        r"(?:he|she|they|someone|somebody|some guy|some \w+|a guy|a man|a woman|a user|"
        r"an account|people|this guy|this \w+|that guy|my \w+|his \w+|her \w+|a \w+ of mine|"
        r"@\w+|commenters?|trolls?|xgroupx) (?:\w+ )?(?:said|says|wrote|writes|posted|commented|"
        r"tweeted|replied|yelled|shouted|screamed|told|called|keeps? saying|kept saying|"
        r"used to say|would say|dm'?d)",
        r"i (?:was|got|keep getting|get) (?:called|told)",
        r"(?:comments?|statements?|phrases?|posts?|messages?|words|slogans?|things) like",
        r"(?:saying|writing|posting|tweeting|chanting|shouting|yelling|repeating)"
        r" (?:xquotex|that)",
        r"when (?:people|someone|they|you) (?:say|write|post|chant|shout)",
        r"(?:il|elle|ils|elles|quelqu'un|un mec|un type|une fille|un gars|mon \w+|ma \w+|"
        r"son \w+|sa \w+|des gens|un internaute|un compte|un abonne|un commentateur|"
        r"@\w+) (?:m'|nous |l'|t')?(?:a|ont|avait) (?:dit|ecrit|poste|commente|crie|hurle|"
        r"traitee?s? de|lance|balance)",
        r"on m'a (?:traitee? de|dit|ecrit)",
        r"(?:commentaires?|propos|phrases?|messages?|mots|slogans?) (?:comme|du genre|de ce genre)",
        r"(?:dire|ecrire|poster|crier|repeter) (?:xquotex|ca|cela)",
        r"quand (?:on|les gens|quelqu'un|ils) (?:dit|disent|ecrit|ecrivent|crie|crient)",
    )
)

# The speaker agrees with what was quoted: the quote is endorsed, not condemned.
_ENDORSE = regex.compile(
    _words(
        r"(?:was|is|were|are) (?:so |totally |absolutely |100% )?right",
        r"as (?:\w+ ){1,3}(?:said|says|wrote|put it)",
        r"couldn'?t agree more",
        r"well said",
        r"so true",
        r"facts",
        r"based",
        r"i agree",
        r"agreed",
        r"exactly",
        r"spot on",
        r"truth",
        r"avait raison",
        r"a raison",
        r"c'est vrai",
        r"trop vrai",
        r"tellement vrai",
        r"d'accord avec",
        r"bien dit",
    )
)

_NEWS = regex.compile(
    _words(
        r"police",
        r"arrested",
        r"charged with",
        r"investigat\w*",
        r"prosecutors?",
        r"court",
        r"trial",
        r"sentenced",
        r"convicted",
        r"according to",
        r"survey",
        r"poll",
        r"study (?:finds|found|shows)",
        r"report (?:finds|found|shows|says)",
        r"officials",
        r"authorities",
        r"ministry",
        r"spokesperson",
        r"spokesman",
        r"vandali[sz]ed",
        r"swastikas? (?:found|painted|daubed|sprayed|scrawled)",
        r"graffiti",
        r"incidents?",
        r"hate crimes?",
        r"(?:rose|rise|increase|increased|surge|surged|spike)",
        r"breaking",
        r"headline",
        r"removed (?:videos?|posts?|content)",
        r"interpelles?",
        r"enquete",
        r"parquet",
        r"tribunal",
        r"proces",
        r"condamnee?s?",
        r"selon",
        r"d'apres",
        r"sondage",
        r"etude",
        r"plainte deposee",
        r"tags? antisemites?",
        r"profanation",
        r"actes? antisemites?",
        r"en hausse",
        r"le ministre",
        r"prefecture",
        r"gendarmes?",
        r"mis en examen",
    )
)

_EDUCATION = regex.compile(
    _words(
        r"remember",
        r"remembrance",
        r"commemorat\w*",
        r"memorial",
        r"museum",
        r"survivors?",
        r"history",
        r"historians?",
        r"historical",
        r"yom hashoah",
        r"kristallnacht",
        r"in (?:1[89]\d\d)",
        r"during the (?:war|holocaust|shoah|occupation)",
        r"were (?:deported|murdered|killed|gassed|exterminated) (?:in|at|by|during)",
        r"lessons?",
        r"teach\w*",
        r"students",
        r"textbooks?",
        r"never again",
        r"forgery",
        r"propaganda (?:film|poster|posters)",
        r"memoire",
        r"souvenir",
        r"commemor\w*",
        r"musee",
        r"rescapee?s?",
        r"survivante?s?",
        r"historiens?",
        r"histoire",
        r"deportee?s?",
        r"deportation",
        r"rafle",
        r"vel d'hiv",
        r"drancy",
        r"eleves",
        r"en cours",
        r"enseign\w*",
        r"manuels?",
        r"plus jamais ca",
    )
)

_NEGATION = regex.compile(
    _words(
        r"(?:don't|dont|do not|doesn't|does not|didn't|did not|never|no longer) "
        r"(?:hate|despise|loathe|detest|dislike|fear|blame|want to (?:hurt|kill|harm))",
        r"(?:are|is|were|was)(?:n't| not| never) (?:\w+ )?(?:scum|vermin|rats?|animals|"
        r"disgusting|inferior|evil|dangerous|a plague|a disease|parasites|stupid|criminals|"
        r"the problem|to blame|responsible|in control|controlling|behind)",
        r"(?:don't|dont|do not|doesn't|does not) (?:control|run|own|rule|deserve to die)",
        r"no (?:one|body) (?:should|deserves|has the right)",
        r"nobody (?:should|deserves)",
        r"(?:is|that'?s|it'?s) (?:a |an )?(?:myth|lie|conspiracy theory|nazi myth|"
        r"antisemitic myth|hoax|fabrication|debunked)",
        r"not true",
        r"(?:je|j') ?(?:ne |n')?(?:deteste|hais|meprise) (?:pas|plus|jamais)",
        r"(?:ne|n') ?(?:sont|est|controlent|dirigent|possedent|tiennent|meritent)"
        r" (?:pas|jamais|en rien)",
        r"ne sont pas",
        r"personne ne (?:merite|devrait)",
        r"c'est (?:un mythe|un mensonge|une theorie du complot|faux|une legende)",
        r"(?:mythe|mensonge|theorie du complot) (?:antisemite|nazi)",
    )
)

_QUESTION_START = regex.compile(
    r"^(?:how|what|when|where|who|which|why did|why do historians|is it true|did|does|do|can|"
    r"could|was|were|comment|pourquoi|quand|ou|qui|quel|quelle|quels|quelles|c'etait quoi|"
    r"est-ce que|est ce que|y a-t-il|combien)\b"
)
_GOOD_FAITH = regex.compile(
    _words(
        r"historians?",
        r"sources?",
        r"learn",
        r"understand",
        r"explain",
        r"books?",
        r"recommend",
        r"count(?:ed)?",
        r"records?",
        r"museum",
        r"meaning",
        r"mean",
        r"origin",
        r"origine",
        r"historiens?",
        r"livres?",
        r"comprendre",
        r"expliquer",
        r"signifie",
        r"veut dire",
        r"au xixe",
        r"au 19e",
        r"histoire",
    )
)

_POLICY = regex.compile(
    _words(
        r"(?:israeli|israel's|israels|french|us|american|russian|chinese|iranian|the)"
        r" (?:government|cabinet|army|military|forces|minister|prime minister|occupation|"
        r"policy|policies|strikes?|blockade|bombing|bombardment|settlers?|settlements?)",
        r"idf",
        r"tsahal",
        r"netanyahu",
        r"ben[- ]gvir",
        r"smotrich",
        r"gouvernement (?:israelien|francais|americain)",
        r"armee israelienne",
        r"colonies",
        r"colonisation",
        r"sanctions?",
        r"boycott\w*",
        r"war crimes?",
        r"crimes? de guerre",
        r"droit international",
        r"international law",
        r"geneva conventions?",
        r"ceasefire",
        r"cessez-le-feu",
        r"human rights",
        r"droits de l'homme",
    )
)

_SELF = regex.compile(
    _words(
        r"as an? (?:proud |fellow )?(?:jew|jewish|muslim|black|gay|lesbian|bi|queer|trans|"
        r"disabled|autistic|immigrant|refugee|woman|arab|roma)",
        r"(?:i'm|im|i am|we're|we are) (?:a |an )?(?:proud )?(?:jew|jews|jewish|muslim|"
        r"muslims|black|gay|lesbian|queer|trans|disabled|autistic|an immigrant|immigrants|"
        r"a refugee|refugees|women)",
        r"\(\(\((?:me|us|myself)\)\)\)",
        r"my (?:grandma|grandmother|grandpa|grandfather|family|parents|mom|dad|mother|father)"
        r" (?:survived|was deported|fled|escaped)",
        r"(?:je suis|nous sommes|on est|en tant que) (?:un |une )?(?:fiere? )?(?:juif|juive|"
        r"juifs|juives|feuj|feujs|musulmane?s?|noire?s?|gays?|lesbiennes?|homos?|trans|"
        r"handicapee?s?|immigree?s?|refugiee?s?|arabes?|femmes?)",
        r"en tant que (?:juif|juive|musulmane?|noire?|femme|homo|gay|lesbienne|trans)",
        r"signed,? (?:an? |your )?(?:proud |friendly |local )?(?:jew|jewish \w+|muslim|"
        r"black \w+|gay \w+|trans \w+|immigrant)",
        r"signe,? (?:un |une |ton |ta |votre )?(?:juif|juive|feuj|musulmane?|noire?|immigree?)",
    )
)


@dataclass(frozen=True, slots=True)
class Frame:
    """The text with quoted words cut out, when the speaker condemns what is quoted."""

    text: str
    quotes: tuple[tuple[int, int], ...]  # normalized ranges that were cut out


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Normalized ranges of quoted or reported words."""
    ranges = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    for m in _REPORTED_SPEECH.finditer(text):
        ranges.append((m.start(1), m.end(1)))
    return sorted(ranges)


def _outside(text: str, ranges: list[tuple[int, int]]) -> str:
    parts: list[str] = []
    pos = 0
    for start, end in ranges:
        if start < pos:
            continue
        parts.append(text[pos:start])
        parts.append(" xquotex ")
        pos = end
    parts.append(text[pos:])
    return " ".join("".join(parts).split())


def condemned_frame(item: NormalizedText) -> Frame | None:
    """The frame around quoted words when it condemns, attributes or reports them, else None."""
    text = item.text
    ranges = quoted_ranges(text)
    if not ranges:
        return None
    frame = _outside(text, ranges)
    reported = _COUNTER.search(frame) or _ATTRIBUTION.search(frame) or _NEWS.search(frame)
    if _ENDORSE.search(frame) or not reported:
        return None
    return Frame(frame, tuple(ranges))


class ContextDetector(Detector):
    """Reports non-violating contexts (taxonomy.CONTEXTS) with the cue's span."""

    name: ClassVar[str] = "context"

    def signals(self, item: NormalizedText) -> list[Signal]:
        text = item.text
        out: list[Signal] = []

        def add(name: str, start: int, end: int, score: float) -> None:
            out.append(
                Signal(
                    detector=self.name,
                    kind="context",
                    name=name,
                    score=score,
                    spans=(item.raw_span(start, end),),
                )
            )

        ranges = quoted_ranges(text)
        frame = _outside(text, ranges) if ranges else text
        counter = _COUNTER.search(frame)
        if ranges and not _ENDORSE.search(frame):
            add("quote", ranges[0][0], ranges[0][1], 0.9 if counter else 0.6)
        if counter:
            # Find the cue's position in the real text (the frame shifts offsets).
            cue = _COUNTER.search(text)
            span = (cue.start(), cue.end()) if cue else (0, 0)
            add("counter_speech", span[0], span[1], 0.9 if ranges else 0.7)
        for name, pattern, score in (
            ("news", _NEWS, 0.6),
            ("education", _EDUCATION, 0.6),
            ("negated", _NEGATION, 0.8),
            ("policy_criticism", _POLICY, 0.6),
            ("self_reference", _SELF, 0.9),
        ):
            m = pattern.search(text)
            if m:
                add(name, m.start(), m.end(), score)
        stripped = text.strip()
        if stripped.endswith("?") and _QUESTION_START.search(stripped):
            good = _GOOD_FAITH.search(stripped)
            add("question", 0, len(stripped), 0.8 if good else 0.4)
        return out

    def examples(self) -> list[Example]:
        return [
            Example(
                "He wrote 'gas the jews' under my video. Reported.",
                ("quote", "counter_speech"),
            ),
            Example(
                "Il m'a traité de « sale youpin », j'ai porté plainte.",
                ("quote", "counter_speech"),
                lang="fr",
            ),
            Example("Swastikas found on a Lyon synagogue, police probe.", ("news",)),
            Example("Today we remember the six million.", ("education",)),
            Example("As a Jew I light candles on Friday.", ("self_reference",)),
            Example(
                "Jews don't control the media, that's a Nazi myth.",
                ("negated",),
            ),
            Example("How do historians count Auschwitz victims?", ("question",)),
            Example(
                "Netanyahu's cabinet is starving Gaza; sanction it.",
                ("policy_criticism",),
            ),
            Example("Hitler was right.", (), absent=("quote", "counter_speech", "negated")),
            Example(
                'My uncle said "jews are rats" and he was right.',
                (),
                absent=("counter_speech", "quote"),
            ),
        ]
