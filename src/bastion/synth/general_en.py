"""English functional templates for hate detection, every protected group alike.

Two disjoint template banks (see `bastion.synth.base`):

- ``suite``: our functional test suite. Each group functionality has 6-10 plain
  templates, every one applied to the eight core groups with one surface form per
  group (rotated deterministically), so per-group accuracy is measured on the
  same tests. Functionalities without a group target have 10-20 rows each.
- ``train``: at least three times as many templates per functionality, written in
  a social-media voice (lowercase, typos, emoji, hashtags, @mentions), applied to
  every group and several surface forms, plus contrastive rows (the same hateful
  words asserted, quoted to condemn, condemned by reference, negated) and
  everyday/news mentions of groups.

All sentences are our own; none comes from HateCheck or Multilingual HateCheck.
The slurs are written plainly on purpose: a detector has to learn them.

Placeholders: ``{G}`` plural noun phrase ("Jewish people"), ``{g}`` singular with
article ("a Jewish person"), ``{gn}`` singular without article ("Jewish person"),
``{Gadj}`` adjective ("Jewish"), ``{S}``/``{s}``/``{sb}`` a group slur (plural,
singular with article, bare), ``{U}`` an @handle, ``{N}`` a non-protected group.
Spelling frames mark the hateful word as ``[word]``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence
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

LANG = "en"

TRAIN_GROUPS: tuple[str, ...] = (*CORE_GROUPS, "asian", "arabs", "roma", "indigenous")

NONHATEFUL_GROUP_FUNCTIONALITIES: tuple[str, ...] = (
    "slur_reclaimed",
    "negated_hateful",
    "identity_neutral",
    "identity_positive",
    "counter_quote",
    "counter_reference",
)
NONGROUP_FUNCTIONALITIES: tuple[str, ...] = (
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


# --------------------------------------------------------------------------- groups


@dataclass(frozen=True, slots=True)
class Form:
    """One surface form of a group: ``{G}``, ``{g}``, ``{gn}``, ``{Gadj}``."""

    plural: str
    singular: str
    bare: str
    adj: str


@dataclass(frozen=True, slots=True)
class Slur:
    """A group slur: ``{S}``, ``{s}``, ``{sb}``."""

    plural: str
    singular: str
    bare: str


@dataclass(frozen=True, slots=True)
class Reclaimed:
    """An in-group speaker and the reclaimed word they use about themselves."""

    me: str  # "As a Jew"
    plural: str  # {R}
    bare: str  # {r}


def _f(plural: str, singular: str, adj: str) -> Form:
    bare = singular.split(" ", 1)[1]
    return Form(plural, singular, bare, adj)


def _sl(plural: str, singular: str) -> Slur:
    return Slur(plural, singular, singular.split(" ", 1)[1])


FORMS: dict[str, tuple[Form, ...]] = {
    "jews": (
        _f("Jews", "a Jew", "Jewish"),
        _f("Jewish people", "a Jewish person", "Jewish"),
        _f("Jewish folks", "a Jewish guy", "Jewish"),
    ),
    "muslims": (
        _f("Muslims", "a Muslim", "Muslim"),
        _f("Muslim people", "a Muslim person", "Muslim"),
        _f("Muslim folks", "a Muslim guy", "Muslim"),
    ),
    "black": (
        _f("Black people", "a Black person", "Black"),
        _f("Black folks", "a Black guy", "Black"),
        _f("Black men", "a Black man", "Black"),
    ),
    "women": (
        _f("women", "a woman", "female"),
        _f("ladies", "a lady", "female"),
        _f("girls", "a girl", "female"),
    ),
    "lgbtq": (
        _f("gay people", "a gay person", "gay"),
        _f("gay men", "a gay man", "gay"),
        _f("lesbians", "a lesbian", "lesbian"),
        _f("bisexual people", "a bisexual person", "bisexual"),
        _f("queer people", "a queer person", "queer"),
    ),
    "trans": (
        _f("trans people", "a trans person", "trans"),
        _f("trans women", "a trans woman", "trans"),
        _f("trans men", "a trans man", "trans"),
        _f("transgender people", "a transgender person", "transgender"),
    ),
    "disabled": (
        _f("disabled people", "a disabled person", "disabled"),
        _f("people with disabilities", "a person with a disability", "disabled"),
        _f("wheelchair users", "a wheelchair user", "disabled"),
        _f("autistic people", "an autistic person", "autistic"),
        _f("blind people", "a blind person", "blind"),
    ),
    "immigrants": (
        _f("immigrants", "an immigrant", "immigrant"),
        _f("refugees", "a refugee", "refugee"),
        _f("migrants", "a migrant", "migrant"),
        _f("asylum seekers", "an asylum seeker", "asylum-seeking"),
    ),
    "asian": (
        _f("Asian people", "an Asian person", "Asian"),
        _f("Asians", "an Asian", "Asian"),
        _f("Chinese people", "a Chinese person", "Chinese"),
    ),
    "arabs": (
        _f("Arabs", "an Arab", "Arab"),
        _f("Arab people", "an Arab person", "Arab"),
        _f("Arab folks", "an Arab guy", "Arab"),
    ),
    "roma": (
        _f("Roma people", "a Roma person", "Roma"),
        _f("Romani people", "a Romani person", "Romani"),
        _f("Romani folks", "a Romani guy", "Romani"),
    ),
    "indigenous": (
        _f("Indigenous people", "an Indigenous person", "Indigenous"),
        _f("Native Americans", "a Native American", "Native American"),
        _f("Aboriginal people", "an Aboriginal person", "Aboriginal"),
        _f("First Nations people", "a First Nations person", "First Nations"),
    ),
}

SLURS: dict[str, tuple[Slur, ...]] = {
    "jews": (_sl("kikes", "a kike"), _sl("yids", "a yid")),
    "muslims": (_sl("ragheads", "a raghead"), _sl("muzzies", "a muzzie")),
    "black": (_sl("niggers", "a nigger"), _sl("coons", "a coon")),
    "women": (_sl("bitches", "a bitch"), _sl("femoids", "a femoid")),
    "lgbtq": (_sl("faggots", "a faggot"), _sl("dykes", "a dyke"), _sl("fags", "a fag")),
    "trans": (_sl("trannies", "a tranny"), _sl("troons", "a troon")),
    "disabled": (_sl("retards", "a retard"), _sl("cripples", "a cripple")),
    "immigrants": (_sl("wetbacks", "a wetback"), _sl("illegals", "an illegal")),
    "asian": (_sl("chinks", "a chink"), _sl("gooks", "a gook")),
    "arabs": (_sl("towelheads", "a towelhead"), _sl("camel jockeys", "a camel jockey")),
    "roma": (_sl("gypos", "a gypo"), _sl("pikeys", "a pikey")),
    "indigenous": (_sl("redskins", "a redskin"), _sl("injuns", "an injun")),
}

RECLAIMED: dict[str, tuple[Reclaimed, ...]] = {
    "jews": (Reclaimed("As a Jew", "yids", "yid"), Reclaimed("As a Jewish woman", "yids", "yid")),
    "black": (
        Reclaimed("As a Black man", "niggas", "nigga"),
        Reclaimed("As a Black woman", "niggas", "nigga"),
    ),
    "women": (Reclaimed("As a woman", "bitches", "bitch"),),
    "lgbtq": (
        Reclaimed("As a lesbian", "dykes", "dyke"),
        Reclaimed("As a gay man", "fags", "fag"),
        Reclaimed("As a queer person", "queers", "queer"),
    ),
    "trans": (
        Reclaimed("As a trans woman", "trannies", "tranny"),
        Reclaimed("As a trans man", "trannies", "tranny"),
    ),
    "disabled": (
        Reclaimed("As a disabled person", "crips", "crip"),
        Reclaimed("As a wheelchair user", "cripples", "cripple"),
    ),
    "muslims": (Reclaimed("As a Muslim", "muzzies", "muzzie"),),
    "immigrants": (
        Reclaimed("As an immigrant", "FOBs", "FOB"),
        Reclaimed("As a refugee kid", "FOBs", "FOB"),
    ),
    "asian": (Reclaimed("As an Asian American", "FOBs", "FOB"),),
    "indigenous": (Reclaimed("As a Native person", "NDNs", "NDN"),),
    "roma": (Reclaimed("As a Romany Gypsy", "Gypsies", "Gypsy"),),
}

USERS: tuple[str, ...] = (
    "@mike_writes",
    "@sarahj",
    "@footy_fan_2",
    "@the_real_tom",
    "@lena.k",
    "@newsjunkie",
    "@kayla_b",
    "@darren_h",
)

SUITE_NONPROTECTED: tuple[str, ...] = (
    "landlords",
    "politicians",
    "gamers",
    "lawyers",
    "estate agents",
    "vegans",
    "Tottenham fans",
    "referees",
    "crypto bros",
    "influencers",
    "traffic wardens",
    "tech CEOs",
)
TRAIN_NONPROTECTED: tuple[str, ...] = (
    "lawyers",
    "landlords",
    "politicians",
    "gamers",
    "vegans",
    "Chelsea fans",
    "Arsenal fans",
    "cyclists",
    "tech bros",
    "influencers",
    "CEOs",
    "journalists",
    "referees",
    "crypto bros",
    "car salesmen",
    "telemarketers",
    "TikTokers",
    "Tory voters",
    "anti-vaxxers",
    "flat earthers",
    "hipsters",
    "golfers",
    "accountants",
    "Apple fans",
    "Reddit mods",
    "estate agents",
)


def surface_forms() -> list[str]:
    """Every group surface form and slur, longest first (for frame normalisation)."""
    words: set[str] = set()
    for forms in FORMS.values():
        for form in forms:
            words.update((form.plural, form.singular, form.bare, form.adj))
    for slurs in SLURS.values():
        for slur in slurs:
            words.update((slur.plural, slur.singular, slur.bare))
    for recs in RECLAIMED.values():
        for rec in recs:
            words.update((rec.plural, rec.bare))
    return sorted(words, key=lambda w: (-len(w), w))


# --------------------------------------------------------------------------- templates


@dataclass(frozen=True, slots=True)
class Tmpl:
    text: str
    dehum: bool = False  # dehumanising comparison (adds the antisemitism subtype for jews)
    threat: bool = False  # threat of violence (adds "threat")
    only: tuple[str, ...] = ()  # train only: restrict to these groups


Spec = str | Tmpl


def _d(text: str) -> Tmpl:
    return Tmpl(text, dehum=True)


def _x(text: str) -> Tmpl:
    return Tmpl(text, threat=True)


def _dx(text: str) -> Tmpl:
    return Tmpl(text, dehum=True, threat=True)


def _o(groups: str, spec: Spec) -> Tmpl:
    t = spec if isinstance(spec, Tmpl) else Tmpl(spec)
    return Tmpl(t.text, t.dehum, t.threat, tuple(groups.split()))


def _tmpl(spec: Spec, func: str) -> Tmpl:
    t = spec if isinstance(spec, Tmpl) else Tmpl(spec)
    if func == "dehumanization" and not t.dehum:
        t = Tmpl(t.text, True, t.threat, t.only)
    if func in THREAT_FUNCTIONALITIES and not t.threat:
        t = Tmpl(t.text, t.dehum, True, t.only)
    return t


# ---- suite bank: plain sentences, every template fits every core group

SUITE_GROUP_TEMPLATES: dict[str, tuple[Spec, ...]] = {
    "derogation_emotion": (
        "I despise {G} more than anything.",
        "{G} turn my stomach.",
        "Nothing on this earth disgusts me like {G} do.",
        "Being in the same room as {G} fills me with pure rage.",
        "I get physically nauseous whenever {g} walks past me.",
        "My hatred for {G} grows every single day.",
        "I loathe {G} with every fibre of my being.",
        "Just hearing {G} talk makes my blood boil.",
    ),
    "derogation_attribute": (
        "{G} are too stupid to be trusted with anything.",
        "{G} are lazy, dishonest and proud of it.",
        "{G} lie as easily as they breathe.",
        "{G} are violent by nature, that is simply a fact.",
        "{G} are the dirtiest people in this country.",
        "You will never meet {g} with an ounce of intelligence.",
        "Selfish, greedy, useless: that's {G} for you.",
        "{G} are criminals from the day they're born.",
    ),
    "dehumanization": (
        "{G} crawl out of the gutter like cockroaches.",
        "This country has a plague, and its name is {G}.",
        "To me {G} will always be subhuman garbage.",
        "{G} breed like rats in a sewer.",
        "Every one of those {G} is a parasite feeding off the rest of us.",
        "I don't see {G} as people, just filthy animals.",
        "{G} spread through a town like a disease.",
        "Treat {G} like the walking trash they are.",
    ),
    "derogation_implicit": (
        "Someone should build a proper enclosure for {G} at the zoo.",
        "My dog has better manners than {G}.",
        "Funny how the crime rate jumped right after {G} moved into the area.",
        "{G} in charge of a country? Enjoy the ruins.",
        "I'd rather sleep in a ditch than share a house with {g}.",
        "Evolution clearly skipped {G}.",
        "If you let {G} onto your street, don't be shocked when house prices crash.",
        "Keep an eye on your wallet when {g} is around.",
    ),
    "threat_direct": (
        "I'm going to hurt the next {gn} I run into.",
        "Me and my mates are going to beat up some {G} this weekend.",
        "I will burn down every house where {G} live.",
        "If {g} moves onto my street, they'll be leaving in an ambulance.",
        "First chance I get, I'm killing {G}.",
        "I'll make sure {G} in this town are too scared to leave their homes.",
        "I'm bringing a knife next time I see {G} at the station.",
        "One day I'm going to make {G} pay in blood.",
    ),
    "threat_normative": (
        "{G} should be rounded up and shot.",
        "Someone needs to get rid of {G} for good.",
        "Every last one of those {G} deserves to hang.",
        "This country would be better off if {G} were exterminated.",
        "{G} must be locked away where nobody ever has to see them again.",
        "{G} should be driven out of this country by force.",
        "{G} ought to be wiped off the face of the earth.",
        _d("It's time we put {G} down like the dogs they are."),
    ),
    "slur": (
        "This neighbourhood went downhill once the {S} arrived.",
        "There's {s} living next door now, unbelievable.",
        "Keep those filthy {S} away from my family.",
        "Typical {sb}, always causing trouble.",
        "I'm not working another shift alongside {S}.",
        "The whole bus was full of {S} today, I had to get off.",
        "Never trust {s}.",
        "Go back under your rock, you stupid {sb}.",
    ),
    "profanity_hateful": (
        "Fuck {G}, every last one of them.",
        "{G} are a fucking disgrace to this planet.",
        "I'm so fucking sick of {G}.",
        "{G}? Worthless shits, the whole lot.",
        "Screw {G}, they're a pile of crap.",
        "Get these goddamn {G} out of my sight.",
        "{G} can go to hell, the whole damn lot of them.",
        "What a shitty bunch of people {G} are.",
    ),
    "pronoun_clause": (
        "I've worked with plenty of {G} and every one of them made my skin crawl.",
        "{G} keep asking for respect when they deserve none of it.",
        "I know a few {G} and I'd happily never see them again.",
        "Whenever {G} open their mouths they prove how worthless they are.",
        "My street is full of {G} now and they've turned it into a dump.",
        "I met {g} at work last year and they were as revolting as I expected.",
        "{G} think they're equal to us, but they never will be.",
        "{G} have moved into my building and I wish they would all disappear.",
    ),
    "pronoun_sentence": (
        "{G} are moving into my area. I can't stand them.",
        "Everyone keeps telling me to be nice to {G}. They make me want to throw up.",
        "My new coworker is {g}. I already despise them.",
        "{G} were all over the news again. Every one of them is a waste of space.",
        "Have you seen {G} lately? They're disgusting.",
        "We had {G} at the party last night. I hope they never come back, they're vile.",
        "{G} want special treatment. They deserve nothing.",
        "I sat next to {g} on the train. They were as gross as the rest of them.",
    ),
    "negated_positive": (
        "{G} have never contributed anything of value.",
        "There is nothing good about {G}, not one thing.",
        "Respect is something {G} will never deserve.",
        "I've never met {g} who was honest.",
        "{G} could live a thousand years and still never measure up to us.",
        "Nobody has ever been better off for knowing {G}.",
        _d("{G} don't count as real people in my eyes."),
        "The lives of {G} mean nothing to me.",
    ),
    "question_hateful": (
        "What is that smell that follows {G} around everywhere?",
        "Why can't {G} just crawl back into whatever hole they came from?",
        "How are {G} even allowed to vote?",
        "Does anyone actually enjoy being around {G}, or is everyone pretending?",
        "What makes {G} this stupid, is it genetic?",
        "Who decided {G} deserve the same rights as normal people?",
        "Is there anything more pathetic than {g}?",
        "What is it about {G} that makes them so revolting?",
    ),
    "opinion_hateful": (
        _d("{G} are a cancer eating away at this country, that's my opinion."),
        _d("It's my sincere belief that {G} are a lower form of life."),
        "If I'm being honest with myself, {G} are worth less than the dirt on my shoes.",
        "Mark my words: {G} are the lowest scum this country has ever seen.",
        "Call me whatever you like, but {G} are revolting to me.",
        "I've come to feel that {G} drag everything down with them.",
        _d("As far as I'm concerned {G} are an inferior breed."),
        _d("I've always thought {G} were vermin."),
    ),
    "negated_hateful": (
        "I have no problem with {G} whatsoever.",
        "It is simply false that {G} are dangerous.",
        "{G} pose no threat to anyone.",
        "Wishing harm on {G} is something I'd never do.",
        "There's nothing disgusting about {G}.",
        "{G} have done nothing to deserve being treated like criminals.",
        "{G} are in no way inferior to anyone else.",
        "I'd never say a bad word about {G}.",
    ),
    "identity_neutral": (
        "I rent my flat from {g}.",
        "Quite a few {G} live on my road.",
        "We had a talk from {g} at school today.",
        "My sister shares a flat with {g} from her course.",
        "{G} make up a decent share of the people in my town.",
        "I'm having lunch with {g} from work tomorrow.",
        "The survey asked {G} about their commute.",
        "Two {G} were on the panel at the conference.",
    ),
    "identity_positive": (
        "{G} are some of the kindest people I know.",
        "I'm so grateful for my {Gadj} friends.",
        "The world needs more {G}.",
        "Proud to stand alongside {G} today and every day.",
        "Having {g} as my manager was the best thing that happened to our team.",
        "This country is richer for having {G} in it.",
        "I admire the resilience of {G}.",
        "My town is better because {G} live here.",
    ),
    "counter_quote": (
        'Just blocked an account for replying "{G} should die" to my video.',
        'My uncle said "{G} are animals" at dinner, so I got up and left.',
        'Writing "I hate {G}" in a public comment section says everything about you.',
        'The graffiti on the bridge reads "{G} out". It is vile and needs to be removed.',
        'If you post "{G} are a disease" you should expect to be banned.',
        'A man on the train shouted "filthy {S}" at a family. Nobody should have to hear that.',
        '"{G} are all criminals" was painted on a shop window, I helped scrub it off.',
        'I keep getting messages saying "{G} deserve to suffer". Sent to the mods.',
    ),
    "counter_reference": (
        "People keep calling {G} animals and it has to end.",
        "Anyone who wants {G} dead has no place in this community.",
        "Comparing {G} to rats is straight out of a propaganda playbook.",
        "If your first instinct is to blame {G}, you need to look in a mirror.",
        "Hating {G} is not a personality, it is just cruelty.",
        "I am done pretending that jokes about {G} being subhuman are harmless.",
        "Threatening {G} online is still a threat, and it should be reported.",
        "Lies about {G} being dangerous get people hurt, so quit sharing them.",
    ),
}

# Spelling frames: `[word]` is the hateful word; even positions target the group word.
SUITE_SPELLING_FRAMES: tuple[Spec, ...] = (
    _d("{G} are [revolting] creatures."),
    "Honestly I [despise] every last one of those {G}.",
    "{G} are nothing more than [scum].",
    _d("{G} feed off us like [parasites]."),
    _x("[Kill] every one of those {G}."),
    _x("Filthy {S} should [burn]."),
    "Ugly, [stupid] {G} everywhere you look.",
    "Get {G} out of my sight, they're [trash].",
    "I hope {G} [suffer] for a very long time.",
    _dx("We need to [exterminate] {G}."),
)

SUITE_RECLAIMED: dict[str, tuple[str, ...]] = {
    "jews": (
        "My bubbe called every Jew she liked 'a good yid', so that's what I call my friends too.",
        "Us yids are hosting the seder at my place this year, bring wine.",
        "(((me))) reporting for duty, see you all at shul.",
        "Proud yid, proud of my family, proud of where we came from.",
        "Just two yids arguing about the best bagel place in town.",
        "My rabbi calls all of us 'yidden' and honestly it warms my heart.",
    ),
    "black": (
        "Me and my niggas are heading to the cookout this weekend.",
        "That's my nigga right there, known him since we were six.",
        "As a Black man, 'nigga' between me and my brothers is love, not hate.",
        "My niggas showed up for me when nobody else did.",
        "Black girls calling each other 'my nigga' at brunch is a whole vibe.",
        "We grew up on the same block, he's my nigga for life.",
    ),
    "women": (
        "Me and my bitches are going out tonight, don't wait up.",
        "Bad bitch energy only this year, ladies.",
        "SlutWalk is this Saturday, see you there, my fellow sluts.",
        "As a woman, calling my best friend 'bitch' is the highest compliment I can give.",
        "Boss bitches unite, we closed the deal today.",
        "My girls are the best bitches in the world and I'd do anything for them.",
    ),
    "lgbtq": (
        "We're queer, we're here, and we're not going anywhere.",
        "Proud dyke, proud of my wife, proud of our little family.",
        "Me and the other fags from my choir are doing karaoke tonight.",
        "Among us gay men, 'faggot' gets thrown around with nothing but love.",
        "The Dyke March was amazing this year, so many happy faces.",
        "Queer and thriving, thanks for asking.",
    ),
    "trans": (
        "As a trans woman I sometimes call myself a tranny with my friends, it's our joke.",
        "Just a couple of trannies at the beach living our best lives.",
        "My trans friends and I named our group chat 'tranny brunch club' and we love it.",
        "Proud troon here, having a fantastic time, thank you very much.",
        "As a trans guy I'm allowed to say tranny about myself, and I do.",
        "Tranny meetup at the café on Sunday, all the girls are coming.",
    ),
    "disabled": (
        "Crip culture is real and I'm so proud to be part of it.",
        "Me and the other crips are taking over the front row at the gig.",
        "As a disabled person I call myself a cripple sometimes because it's my word to use.",
        "Crip pride means showing up exactly as we are.",
        "My wheelchair gang call ourselves the cripple crew and we go everywhere together.",
        "Being a proud crip has taught me more about community than anything else.",
    ),
    "muslims": (
        "Us muzzies are breaking our fast at eight, come through if you're hungry.",
        "Muzzie squad assemble, Eid prayers at nine sharp.",
        "As a Muslim, when my friends and I call ourselves muzzies it's affectionate.",
        "Proud muzzie, proud of my faith, proud of my mum's cooking.",
        "The muzzies in my group chat have been arguing about biryani for an hour.",
        "Yes I'm a muzzie, yes I pray five times a day, and yes I'll still beat you at FIFA.",
    ),
    "immigrants": (
        "We're FOBs and proud, my mum still packs rice for every trip.",
        "Fresh off the boat and thriving, thanks for asking.",
        "As an immigrant, me and my friends call ourselves the FOB squad and it makes us laugh.",
        "Proud anchor baby here, my parents worked so hard for all of us.",
        "Just a bunch of FOBs cooking way too much food for a Sunday lunch.",
        "As a refugee I've started calling myself an alien because the paperwork does anyway.",
    ),
}

SUITE_NONGROUP: dict[str, tuple[str, ...]] = {
    "slur_homonym": (
        "My granddad's faggots recipe uses pork liver and sage.",
        "We tied a faggot of dry sticks together to carry up to the fire pit.",
        "Our bitch just had a litter of six healthy puppies.",
        "The old manor on the hill is said to be full of spooks.",
        "Add a fire retardant coat to the timber frame before the inspection.",
        "He nipped outside for a fag and missed the whole speech.",
        "A thin chink of light showed under the barn door.",
        "The flood crippled the railway network for a week.",
        "We cycled along the dyke watching the windmills turn.",
        "The tranny on my old pickup finally gave out on the motorway.",
        "We heard a coon rummaging in the bins last night.",
        "Gypsy moths have been spotted in the orchard this year.",
    ),
    "profanity_nonhateful": (
        "Fuck yes, we finally won the league!",
        "Holy shit, that concert was incredible.",
        "I stubbed my toe on the bloody table again, damn it.",
        "This coffee is so fucking good.",
        "Well shit, I missed the last train home.",
        "What the hell is going on with my internet today?",
        "Damn, you look amazing in that dress!",
        "I'm so fucking proud of my little brother.",
        "Ah crap, I left my keys at work.",
        "That goal was bloody brilliant, holy hell.",
        "Fuck me, it's freezing out there.",
        "Shit, I forgot it's my mum's birthday tomorrow.",
    ),
    "abuse_object": (
        "I hate this weather so much, it's disgusting.",
        "This sandwich is absolute garbage.",
        "My laptop is a worthless piece of junk.",
        "Mondays should be wiped off the calendar.",
        "That new building downtown is the ugliest thing I've ever seen.",
        "Pineapple on pizza makes me sick.",
        "This printer deserves to be smashed to pieces.",
        "Traffic in this city is a plague.",
        "I despise the smell of boiled cabbage.",
        "The new phone update is trash, total filth.",
        "This app's interface is vile and useless.",
        "Rain again? I hate this miserable grey sky.",
    ),
    "abuse_individual": (
        "You're a pathetic excuse for a human being.",
        "Nobody likes you, just log off forever.",
        "You're the dumbest person I've ever had the misfortune of talking to.",
        "Shut your mouth, you worthless clown.",
        "Everything about you is creepy and disgusting.",
        "Honestly, you are a waste of oxygen.",
        "Your face makes me want to throw up.",
        "You're so stupid it's painful to watch.",
        "Go away, nobody asked for your garbage opinion, idiot.",
        "You are an embarrassment to your whole family.",
        "Spineless, lying rat. That's all you are.",
        "You're a talentless hack and you always will be.",
    ),
    # Suite hateful frames aimed at non-protected groups: abuse, not hate.
    "abuse_nonprotected_group": (
        "{N} turn my stomach.",
        "I loathe {N} with every fibre of my being.",
        "{N} are too stupid to be trusted with anything.",
        "{N} are lazy, dishonest and proud of it.",
        "{N} lie as easily as they breathe.",
        "Every one of those {N} is a parasite feeding off the rest of us.",
        "I don't see {N} as people, just filthy animals.",
        "If I'm being honest with myself, {N} are worth less than the dirt on my shoes.",
        "Mark my words: {N} are the lowest scum this country has ever seen.",
        "Fuck {N}, every last one of them.",
        "What a shitty bunch of people {N} are.",
        "What makes {N} this stupid, is it genetic?",
    ),
}


# ---- train bank: social-media voice, three times as many frames, none shared with the suite

_DEPORTABLE = "jews muslims black immigrants asian arabs roma"

TRAIN_GROUP_TEMPLATES: dict[str, tuple[Spec, ...]] = {
    "derogation_emotion": (
        "I hate {G}.",
        "i fucking hate {G} so much",
        "{G} disgust me.",
        "honestly {G} just gross me out",
        "I can't stand {G}, never could.",
        "{G} make my skin crawl 🤢",
        "nothing makes me angrier than {G}",
        "I have zero tolerance for {G}, they repulse me",
        "idk why but {G} make me want to puke",
        "The more I see of {G}, the more I hate them.",
        "i cant even look at {g} without feeling sick",
        "Sorry not sorry, I detest {G}.",
        "{G}? Ugh. Pure disgust.",
        "every time {g} sits near me on the tube I want to scream",
        "I hate {G} with a passion #truth",
        "Nobody hates {G} more than I do lmao",
        "{G} fill me with so much disgust it's unreal",
        "I genuinely can't bear {G}. revolting.",
        "My hatred of {G} is 100% justified",
        "I would rather eat glass than spend an hour with {G}.",
        "{U} same, {G} make me sick too",
        "ngl {G} give me the creeps and I hate them",
        "{G} are the most repulsive people on the planet",
        "i despise {G} and i'm not ashamed to say it",
        "Seeing {G} on my feed ruins my whole day 😡",
        "{G} just piss me off, all of them",
        "I'm allergic to {G}. Can't be near them.",
        "{G} = instant disgust",
        # More wording variety.
        "{G} make my blood run cold, just pure loathing",
        "the sight of {G} makes me want to vomit 🤮",
        "Honestly the rage I feel when {G} open their mouths is unreal.",
        "i get so angry just thinking about {G}",
        "Every day my loathing for {G} gets a little stronger.",
        "ew. {G}. just ew.",
        "I can't stand being around {G}, they make me physically ill",
        "nothing fills me with contempt quite like {G}",
        "being anywhere near {G} makes my skin crawl, no joke",
        "{G} make me so furious I could scream",
        "My disgust for {G} has no limits.",
        "I have nothing but contempt for {G}.",
        "the hate i feel for {G} is off the charts rn",
        "{G} sicken me to my core",
        "Does anyone else feel physically sick around {G}? Because I do.",
        "ugh I loathe {G} so much it hurts",
        "i'm seething. {G} again. can't stand a single one of them 😤",
        "pure revulsion, that's what {G} make me feel",
        "{G} give me the ick so bad, I can't hide it",
        "I can't even hear {G} mentioned without my blood pressure spiking",
        "When {g} walks into the room my whole mood turns to disgust.",
        "{G} make me want to tear my hair out, that's how much I hate them",
        "I'll never stop hating {G} lol",
        "Just thinking about {G} ruins my appetite.",
        "The contempt I have for {G} is bottomless. #sorrynotsorry",
        "I'm done pretending {G} don't disgust me.",
        "Can't describe how much {G} irritate and revolt me. Truly.",
        "my skin literally crawls whenever {G} are nearby",
        "{U} trust me, I hate {G} even more than you do",
        "I'd be lying if I said {G} didn't make me sick. They do. Every day.",
        "Whenever {G} come up in conversation I feel the anger rising",
        "honestly {G} fill me with revulsion, the whole lot of them",
        "I get a knot of rage in my chest whenever I see {G} 😠",
        "hate hate HATE {G}",
        "{G} bring out a fury in me I can't control",
        "Is it wrong that {G} make me feel nauseous? Don't care, they do.",
        "My loathing of {G} started young and it's only grown since.",
        "{G}?? 🤢🤢🤢 no thank you, they make me gag",
        "seeing {G} in my local shop makes me want to throw up",
        "I can't tolerate {G}, the mere thought of them makes me angry",
        "pure hatred. that's all I feel for {G}. #nofilter",
        "The older I get, the more {G} repulse me.",
        "{G} fill me with fury, every single one of them",
        "i feel dirty after talking to {g}, honestly makes me sick",
        "my stomach drops with disgust every time I spot {G} on my street",
        "so much bile in me for {G}, can't even hide it anymore",
    ),
    "derogation_attribute": (
        "{G} are so dumb.",
        "{G} are all liars.",
        "{G} are lazy af",
        "{G} are naturally violent",
        "{G} are thieves, all of them",
        "{G} can't be trusted.",
        "{G} are dirty and smell awful",
        "{G} are incapable of basic logic lol",
        "{G} are greedy and selfish",
        "{g} will always be a liar, that's just who they are",
        "{G} are mentally inferior.",
        "{G} are pathetic, weak and useless",
        "typical {G}, too stupid to follow simple rules",
        "{G} are the most dishonest people you'll ever meet",
        "{G} have no morals whatsoever.",
        "{G} are a bunch of brainless sheep",
        "{G} are born manipulators",
        "{G} are disgusting.",
        "{G} are ugly inside and out",
        "{G} are nothing but trouble.",
        "{G} are all freeloaders living off the rest of us",
        "{G} are dangerous and everyone knows it",
        "{G} are a bunch of criminals 🙄",
        "{G} are too emotional to make decisions",
        "{G} are cowards, always have been",
        "{G} are frauds who contribute nothing",
        "it's a fact that {G} are less intelligent",
        "{G} are such hypocrites smh",
    ),
    "dehumanization": (
        "{G} are vermin.",
        "{G} are rats 🐀",
        "{G} are animals.",
        "{G} are parasites",
        "{G} are a cancer on society",
        "{G} are trash, literal human garbage",
        "{G} are pigs.",
        "{G} are cockroaches, they get in everywhere",
        "{G} are lice.",
        "{G} are not human.",
        "{G} are subhumans tbh",
        "{G} are apes",
        "{G} are a virus",
        "{G} are leeches sucking this country dry",
        "{G} are maggots",
        "{G} are filth",
        "{G} are savages",
        "{G} are a disease.",
        "{G} are like bugs, they multiply everywhere",
        "{G} are less than human",
        "{G} are dogs 🐕",
        "{G} are an infestation",
        "{G} are monkeys lmao",
        "{G} are a pest problem",
        "{G} are just livestock with phones",
        "{G} are creatures, not people",
        "{G} are worms",
        "{G} are a swarm of locusts",
    ),
    "derogation_implicit": (
        "put {G} back in the zoo where they belong",
        "I wouldn't let {g} anywhere near my kids.",
        "funny how every time something gets stolen there's {g} nearby 🤔",
        "{G} running things? lol we all saw how that ends",
        "the neighbourhood was nice until {G} showed up",
        "{G} have the brains of a goldfish",
        "imagine thinking {G} are capable of running a business 😂",
        "{G} are proof that evolution can go backwards",
        "Lock your car if you see {G} around.",
        "Oh look, {g} wants equal rights. Adorable. 🙄",
        "Hire {g}? Sure, if you want the company bankrupt by Friday.",
        "There's a reason {G} aren't allowed in my shop.",
        "If {G} vanished tomorrow, nobody would notice except for the drop in crime.",
        "{G} should be grateful we even let them live here",
        "You can always tell where {G} live, just follow the smell.",
        "I'd sooner trust a snake than {g}.",
        "{G} in my office? Time to hide the valuables.",
        "{G} should stick to cleaning toilets, it's all they're good for",
        "Society worked fine before {G} started demanding things.",
        "Everything {G} touch turns to rubbish.",
        "Thank god my grandparents didn't live to see {G} on TV.",
        "I'm not saying anything, but I cross the street when I see {G}",
        "Oh sure, {G} are *totally* known for their honesty 🙄",
        "wow {G} contributing something for once? shocking 😂",
        _o("women", "{G} belong in the kitchen, not in parliament"),
        _o("women", "{G} should be barefoot and pregnant, not running companies"),
        _o("women", "{g} driving? pull over and pray 😂"),
        _o("black indigenous", "{G} should go back to the jungle"),
        _o("black", _d("somebody get {G} a banana 🍌🐒")),
        _o("black", "{G} belong on a plantation"),
        _o("muslims arabs", "{G} should go back to the desert"),
        _o("muslims arabs", "every time {G} show up something explodes 💥"),
        _o("immigrants muslims asian arabs roma", "{G} should go back where they came from"),
        _o("immigrants", "{G} came here for the free stuff and nothing else"),
        _o("jews", "{G} counting their shekels again I see"),
        _o("jews", "{G} and their noses, always in someone else's business"),
        _o("lgbtq trans", "keep {G} away from children, we all know why"),
        _o("lgbtq trans", "{G} should crawl back into the closet"),
        _o("trans", "{G} are just confused and need therapy, not rights"),
        _o("disabled", "{G} should be kept in institutions, out of sight"),
        _o("disabled", "who lets {G} have kids anyway"),
        _o("asian", "{G} eat dogs lol"),
        _o("asian", "{G} brought the virus here and we all know it"),
        _o("roma", "hide your bikes, {G} are in town"),
        _o("roma", "{G} camped at the park again, lock everything"),
        _o("indigenous", "{G} should be grateful we gave them anything"),
        # More wording variety.
        "my labrador behaves better at the dinner table than {G} ever could",
        "honestly I'd take a tent in a ditch over {G} as neighbours",
        _d("{G} belong in an enclosure with a sign that says do not feed"),
        "{G} should come with a warning label, like bleach",
        "I'd trust a stray cat over {g} any day",
        "Hire {G}? I'd rather hire a houseplant, at least it shows up",
        "{G} are worth less than the chair I'm sitting on",
        "build a fence around {G} and charge admission, best zoo in the country 😂",
        _d("someone needs to put {G} on a leash"),
        "I'd rather swim with sharks than live next door to {G}",
        "{G} have the table manners of a barnyard",
        "if {G} were a product I'd ask for a refund",
        "{G} need a zookeeper, not a social worker",
        _d("keep {G} in a cage at the fair and let the kids throw peanuts"),
        "my goldfish contributes more to society than {G} do",
        "I'd rather eat my own shoe than shake hands with {g}",
        "{G} are the human equivalent of a pothole",
        "I'd sooner share my flat with rats than with {G}",
        "{G} are like expired milk, best tossed before they stink up the fridge",
        "do {G} come with a receipt? asking so we can return them",
        "my toaster has more brains than {G}",
        "{g} in charge? might as well let the cat run the company 😂",
        "Honestly {G} should be kept behind glass, like at the aquarium",
        "I'd rather walk barefoot on lego than be near {G}",
        _d("One look at {G} and you understand why towns hire pest control"),
        _d("{G} and stray dogs, same energy, same smell"),
        "you can put {G} in a suit but they're still {G} 🙄",
        _d(
            "the council should put spikes on the benches to keep {G} off, like they do for pigeons"
        ),
        "{G} in a nice neighbourhood are like a stain on a white shirt",
        "difference between {G} and a bin bag? the bin bag gets collected on Tuesdays 😂",
        "my houseplants have more personality than {G}",
        "Place went downhill the moment they let {G} in, just saying 👀",
        "The only thing {G} are good for is lowering house prices",
        "Wouldn't sit next to {g} if you paid me.",
        _d("if I wanted to hang out with {G} I'd go visit a farm"),
        "I'd rather scrub a public toilet than work alongside {G}",
        "{G} remind me of the mould in my bathroom, they keep coming back",
        "{g} as my doctor? I'll take my chances with a vet thanks",
        "{G} should be happy with the scraps, it's more than they're worth",
        "My cat is smarter and cleaner than any {gn} I've met",
        "you know it's a rough area when {G} are hanging around the corner 👀",
        "{G} are about as useful as a chocolate teapot",
        "give {G} a mop and they'll finally have found their calling",
        "a rusty shopping trolley has more value than {G}",
        "honestly I'd pick a night in a kennel over a dinner with {G}",
    ),
    "threat_direct": (
        "I'm going to kill {G}.",
        "I will shoot every {gn} I see",
        "gonna stab the next {gn} that talks to me",
        "I swear I'll beat the shit out of any {gn} who comes near me",
        "Me and the lads are hunting {G} tonight.",
        "I'm gonna make {G} bleed.",
        "I will personally make sure {G} regret ever coming near me",
        "I'll run over any {gn} I see crossing the road",
        "I'm going to put a bullet in {g}",
        "Next {gn} who looks at me wrong is getting their head kicked in, I promise.",
        "I'm coming for {G}. Sleep with one eye open.",
        "I'm going to gas {G}",
        _d("I will slaughter {G}, they're animals anyway"),
        "I've got a bat waiting for any {gn} who walks past my house",
        "Going to set fire to the place where {G} meet tonight.",
        "I'll strangle {g} with my bare hands if I get the chance.",
        "i'm gonna murder some {G}",
        "I'm going to hurt {G}, and I won't stop until they're gone.",
        "Watch me wipe out every {gn} in this town.",
        "I'm buying a gun and going after {G}.",
        "When I find {g} alone I'm going to make them suffer.",
        "I'll drown {G} in the river if they come here",
        "I'll break every bone in the body of the next {gn} I meet",
        "tomorrow I'm going to show {G} what real violence looks like",
        "I'm going to blow up the building full of {G}",
        "{U} send me the address, I'll deal with those {G} myself 🔪",
    ),
    "threat_normative": (
        "{G} should all be killed.",
        _o(_DEPORTABLE, "{G} should be deported."),
        "{G} need to be wiped out.",
        "Kill all {G}.",
        "{G} deserve to die.",
        "{G} should be gassed.",
        "Someone should shoot {G}.",
        "{G} should be locked up.",
        "Hang all {G}",
        "{G} should be sterilised so they can't breed",
        "round up all {G} and put them in camps",
        "{G} must be eradicated.",
        "Time for a final solution for {G}.",
        "{G} should be thrown off a bridge",
        "{G} should be burned alive 🔥",
        "Death to {G}.",
        "{G} deserve a bullet.",
        "we need to purge this country of {G}",
        "{G} shouldn't be allowed to live.",
        "Lock {G} in cages and throw away the key.",
        "Expel every last {gn} from this country",
        "{G} should be beaten in the streets.",
        _d("{G} need to be put down."),
        "{G} must be stopped by any means necessary, violence included.",
        "{G} should be executed publicly",
        "Somebody please just bomb {G} already",
    ),
    "slur": (
        "{S} are everywhere now",
        "fuck off {sb}",
        "Another {sb} moved in downstairs, great.",
        "I don't hire {S}.",
        "{S} ruin everything they touch.",
        "look at this {sb} lmao",
        "Stupid {S}.",
        "{S} aren't welcome here.",
        "{U} shut up you {sb}",
        "Dirty {S} all over the high street",
        "no {S} allowed in my bar",
        "Why is there always {s} in every ad now",
        "Of course the thief was {s}.",
        "I can smell {S} from a mile away",
        "Nobody wants you here, {sb}.",
        "{S} get out",
        "{S} should know their place",
        "ugh, {S} everywhere on this app",
        "My landlord rented to {S}, moving out asap",
        "The {S} are at it again.",
        "Bunch of {S} took over the park",
        "Typical {sb} behaviour.",
        "{S} make this place a dump",
        "Can't believe they let {S} into this school",
        "lol {S} crying again #triggered",
        "{S} like you should keep your mouth shut",
        # Slurs in everyday complaints, exclusion and disgust.
        "stuck behind {s} at the checkout again, absolute nightmare",
        "my street used to be nice before the {S} moved in",
        "{S} shouldn't be allowed in this pub",
        "can't go to the shops without tripping over {S}",
        "my mum nearly got mugged by {S}, I swear they're all the same",
        "honestly {S} make me want to puke",
        "the bus was packed with {S} this morning, disgusting",
        "why does my gym let {S} in",
        "get these {S} out of our town",
        "{S} are ruining the neighbourhood, every single day",
        "caught {s} eyeing up my car again",
        "who let this {sb} post here",
        "not renting my flat to {S}, ever",
        "{U} nobody cares what you think, {sb}",
        "{S} stink up the whole train",
        "some {sb} pushed in front of me at the post office",
        "the park's gone to hell, full of {S}",
        "{S} belong nowhere near decent people",
        "absolutely vile, these {S}",
        "one more {sb} in this group chat and I'm leaving",
        "imagine having {s} as your boss lmao",
        "my kid's new teacher is {s}, pulling him out tomorrow",
        "ban the {S} from this forum already",
        "{S} are the reason this city is a dump",
        "go cry somewhere else, {sb}",
        "sick of seeing {S} on every corner",
        "filthy {sb} spat on the pavement right in front of me",
        "another day, another {sb} ruining my commute",
        "{S} don't deserve to breathe the same air as us",
        "{S} screaming on the night bus again, feral lot",
        "nobody here wants {S} at the match",
        "we don't serve {S} in this shop",
    ),
    "profanity_hateful": (
        "fuck {G}",
        "{G} are fucking trash.",
        "{G} can fuck right off.",
        "Fuck all {G}, seriously.",
        "{G} are shit people.",
        "goddamn {G} everywhere",
        "{G} are a bunch of fucking idiots",
        "screw {G}, worthless assholes",
        "{G} are shitstains on society",
        "damn {G} ruin every fucking thing",
        "{G} are pieces of shit",
        "fucking {G} again, ffs",
        "Fuck off back to your hole, {G}",
        "{G} are the biggest fucking waste of oxygen",
        "piss off {G}, nobody wants you",
        "{G} can go fuck themselves",
        "I don't give a shit what {G} think, they're all fucking morons",
        _d("{G} are goddamn parasites"),
        "bloody {G}, always whining, fuck them",
        "{G} are bastards, all of them",
        "shut the fuck up {G}",
        "{G} suck ass",
        "{G} are crap humans",
        "hell no, fuck {G} and everything they stand for",
        "{G} = scumbags. fuck em.",
    ),
    "pronoun_clause": (
        "I've met a lot of {G} and they were all horrible.",
        _d("{G} think they're so special but they're just vermin"),
        "Every time I meet {G} they remind me why I hate them.",
        _d("My cousin married {g} and honestly they're a parasite."),
        "I tried to like {G} but they're just too disgusting",
        "{G} want acceptance but they'll never get it from me because they're vile",
        "There's {g} in my class and I wish they'd drop dead",
        "I worked with {G} for years and they're all lazy frauds",
        "{G} complain constantly, and it's because they're useless",
        "my neighbours are {G} and they've made the street a tip",
        "{G} keep posting about their rights, like they deserve any",
        "if you spend a day with {G} you'll see they're all scum",
        "I used to work with {G}, they're liars every single one",
        "{G} should remember that they're worthless to us",
        "I see {G} at the gym and they make me want to throw up",
        "We let {G} in and now they're destroying everything",
        "{G} say they're oppressed but they're the problem",
        "whenever i talk to {G} i realise how stupid they are",
        "{G} act like victims even though they ruin everything they touch",
        "I grew up around {G} and I've hated them ever since",
        _d("Don't let {G} fool you, they're all snakes"),
        "My boss hired {g} and they're as useless as I thought",
        "{G} can protest all they want, they'll always be inferior",
        "the minute {G} show up they start stinking the place up",
        # More clause shapes.
        "I've met plenty of {G} and every one of them was rude",
        "I lived next to {G} for a year and they were filthy the whole time",
        "{G} keep saying they want respect but they've done nothing to earn it",
        "my manager hired two {G} and they've been useless from day one",
        "I gave {G} a chance once and they proved me right about them",
        "{G} moved onto my road and now it's a dump because of them",
        "whenever {G} open their mouths they say something stupid",
        "I know {G} say they're hardworking but they're all liars",
        "my daughter's friend is {g} and I can tell they're a bad influence",
        "I used to defend {G} until I realised they're all the same",
        "{G} demand equality when they're clearly beneath us",
        "everywhere {G} go they leave a mess behind them",
        "I've worked alongside {G} and not one of them pulled their weight",
        "{G} act like they own the place even though they're freeloaders",
        "{G} can smile all they like, I know they're rotten inside",
        "my landlord rents to {G} and they've trashed every flat",
        "I sat with {G} at lunch once and they were revolting",
        _d("you'd think {G} would be grateful but they never are, they're leeches"),
        "I've dated {g} before and they were a nightmare like the rest of them",
        "{G} keep crying about discrimination when they bring it on themselves",
        "the {G} at my work think they're clever but they're thick as mud",
        "I met {g} at a party and they confirmed everything I think about them",
        "{G} want to be treated like us but they'll never be as good",
        "every {gn} I've ever known has been a liar and a cheat",
        "I trusted {g} once and they robbed me blind, they're all like that",
        "{G} pretend they're victims while they tear this country apart",
        "I've seen how {G} raise their kids and they're unfit to be parents",
        "{G} think we don't notice but they're ruining our schools",
        "any time I deal with {G} they end up wasting my time",
        "I know a few {G} and honestly they're the worst people I've met",
        "my old flatmate was {g} and they were as disgusting as you'd expect",
    ),
    "pronoun_sentence": (
        "{G} moved in next door. I hate them already.",
        "Saw {G} on the train today. They're so gross.",
        "{G} were protesting again. They disgust me.",
        "Just met {g}. Awful, like all of them.",
        "So many {G} in this city now. They ruin everything.",
        "My sister's friends are all {G}. I think they're worthless.",
        "{G} want more rights. They don't deserve any.",
        "another {gn} moved in down the road. I wish they'd leave.",
        "{G} are on TV again. They make me sick.",
        "There are {G} at my kid's school. They shouldn't be there.",
        _d("{G} keep commenting here. They're vermin."),
        "My coworker is {g}. They're a disgrace.",
        "Look at {G}. They're pathetic.",
        "Our new doctor is {g}. Not trusting them, they're all the same.",
        "{G} got their own parade. Who cares, they're trash.",
        "I've been around {G} my whole life. They're all liars.",
        "{G} again in the headlines. Honestly they should all vanish.",
        "My uni is full of {G}. They're ruining it.",
        "{G} think this country belongs to them. It never will. They're nothing.",
        "Met some {G} at a bar last night. Never again, they're revolting.",
        "{G}. They're the worst. End of.",
        "Had to sit next to {g} on the plane. They stank.",
        "Nobody invited {G}. They should get lost.",
        "We have {G} on our street now. I despise every one of them.",
    ),
    "negated_positive": (
        "{G} aren't worth a damn.",
        "{Gadj} lives have zero value",
        "{G} will never be equal to us.",
        _d("{G} aren't real people."),
        "not once in my life has {g} been worth my time",
        "{G} don't deserve to live here.",
        "{G} have no place in a civilised society.",
        "{G} bring nothing good to this country",
        "there's not a single decent {gn} out there",
        "{G} aren't smart enough to have opinions",
        "{G} don't deserve human rights",
        "no respect for {G}, never will have",
        "{G} are not welcome, and never will be",
        "{G} can't do anything right",
        "{G} are never going to be normal",
        "{G} aren't capable of love",
        "not one {gn} has ever done something useful",
        "{G} do not deserve kindness",
        "{G} have zero redeeming qualities",
        _d("{G} are no better than animals"),
        "{G} contribute nothing. Nothing.",
        "I don't think {G} deserve to vote",
        "{G} should never be treated as equals",
        "{G} don't matter",
        # More wording variety.
        "try to find something good about {G}. you can't. there isn't anything.",
        "in 40 years I haven't come across one honest {gn}",
        "{G} will never deserve respect",
        "{G} can't be trusted with anything, not even a shopping list",
        "{G} have no value to this society",
        "I've never seen {G} do anything worthwhile",
        "not a single one of those {G} has a shred of decency",
        "{Gadj} opinions are worth nothing",
        "{G} will never be smart, no matter how much school they get",
        "nobody could ever love {g}",
        "{G} aren't fit to run a bath, let alone a country",
        "{G} have never built anything and never will",
        "I can't name one good thing {G} have done",
        "{G} don't have a single redeeming feature",
        "{G} aren't worth the air they breathe",
        "{G} are never going to be as good as the rest of us",
        "you'll never find {g} you can rely on",
        "{G} don't deserve a seat at any table",
        "no sane person would ever call {G} their equals",
        "name one useful thing {G} ever gave us. go on, I'll wait.",
        "{G} won't ever earn my respect. ever.",
        "honest {G}? no such thing lol",
        "{G} lack any kind of talent",
        "Kind {G}? Never met one.",
        "{G} will never belong here, no matter how long they stay",
        "Not one {gn} in history has been worth remembering",
        "{G} aren't worth saving",
        "{G} can't be good parents, it's just not in them",
        "{G} have no right to be proud of anything",
        "none of those {G} are worth listening to",
        "{G} have absolutely nothing to offer",
        "there's no such thing as a trustworthy {gn}",
        "{G} will never be welcome at my table",
        "Why would anyone respect {G}? They've done nothing to earn it.",
        "{G} never make anything better, only worse",
        "{G} don't know the meaning of hard work and never will",
        "I refuse to believe {G} are capable of anything decent",
        "{G} aren't and never will be real citizens",
        "{G} have no dignity left to protect",
        "the world gets nothing from {G}, zero, nada",
        "{G} are not worth a second of my time 🙄",
        "not even one {gn} deserves a second chance",
        "{G} can't be loyal to anyone, it's not in their nature",
        "a {gn} with integrity? never seen it, never will",
        # Negating anything good, more shapes.
        "{G} will never be good enough, not in a million years",
        "not a single {gn} has ever made this place better",
        "{G} could never measure up to the rest of us",
        "no {gn} is worth the trouble, not one",
        "{Gadj} lives don't matter to me at all",
        "nothing anyone does will ever make {G} decent",
        "{G} will never amount to anything",
        "there isn't one {gn} I'd trust with my dog",
        "{G} don't have a clever bone in their bodies",
        "{G} can never be honest, it's impossible for them",
        "{G} haven't earned a single one of the rights they have",
        "no amount of education will ever fix {G}",
        "{G} will never deserve to be treated like everyone else",
        "{g} will never be my equal, don't care what the law says",
        "{G} aren't worth the time of day",
        "respect {G}? for what exactly, there's literally nothing there",
        "zero value added by {G}, past, present or future",
        "no one will ever convince me {G} are worth anything",
        "{G} don't deserve happiness",
        "{G} will never be real members of this community",
        "{G} aren't good for anything, never were",
        "you'll never meet {g} who's worth a penny",
        "{G} are not and never will be welcome in my life",
        "{Gadj} feelings don't count for anything",
        "{G} don't deserve a voice, full stop",
        "no matter what {G} do, they'll never be worth a thing",
        "{G} don't deserve jobs, homes or anything else",
        "{G} will never be anything more than a burden",
        "I've never once met {g} who wasn't a waste of space",
        "{G} can't ever be part of a decent society",
        "{Gadj} contributions? there aren't any and there never will be",
        "{G} don't deserve to be loved",
    ),
    "question_hateful": (
        "why are {G} so disgusting?",
        "Why do {G} always ruin everything?",
        "why are {G} like this 🤮",
        "Can someone explain why {G} are allowed to exist?",
        "Why is it always {G} causing problems?",
        _d("Am I the only one who thinks {G} are vermin?"),
        "Why are {G} so dumb lol?",
        "Is it just me or do {G} stink?",
        "Why do we even let {G} vote?",
        "what's the point of {G} honestly?",
        "How can anyone respect {G}?",
        "Why can't {G} just disappear?",
        "Who actually likes {G}? Asking for a friend 😂",
        "why are {G} such a burden on society?",
        _d("When will people admit {G} are subhuman?"),
        "Why do {G} think anyone wants them around?",
        "Why are {G} always so violent?",
        "Is there a bigger waste of space than {G}?",
        "Why should {G} get any rights at all?",
        _d("Why are {G} such parasites?"),
        "Isn't it obvious {G} are inferior?",
        "why do {G} have to be so annoying all the time??",
        "Can we all agree {G} are trash?",
        "Does anyone else want {G} gone?",
        # Rhetorical and exclusionary questions, more shapes.
        "genuine question, is spending time with {G} fun for anybody?",
        "is there anything worse than {g} moving in next door?",
        "how is anyone supposed to trust {G} after everything?",
        "who in their right mind would want {G} as neighbours?",
        "when are {G} going to stop leeching off the rest of us?",
        "seriously, what good have {G} ever done for anyone?",
        "why do {G} always have to stink up the bus?",
        "how much longer do we have to put up with {G}?",
        "can we ship {G} off somewhere already? 🙄",
        "why on earth are {G} allowed anywhere near schools?",
        "has {g} ever said anything intelligent? ever?",
        "wouldn't this country be better off without {G}?",
        "why does every {gn} act like such a freeloader?",
        "what is it with {G} and being filthy all the time?",
        _d("are {G} even human at this point? 🤔"),
        _d("how are {G} any different from rats, really?"),
        "who thought letting {G} into our neighbourhood was a good idea??",
        "why are {G} so useless at literally everything?",
        "is it too much to ask for a street without {G} on it?",
        "how do {G} live with being this pathetic?",
        "why would anyone hire {g} when they're all lazy?",
        "can anyone name a {gn} who isn't a total disgrace?",
        "why are {G} even allowed to stand for parliament?",
        "what's wrong with {G}? like genuinely, what is wrong with them",
        "anyone else sick of {G} whining all day or just me?",
        _d("why do {G} breed like that? 🤮"),
        "how many more {G} do we have to tolerate before someone says enough?",
        "why does anyone pretend {G} are normal?",
        "who exactly asked for more {G} in this town?",
        "so when do we finally get to kick {G} out for good?",
        "is there a single thing {G} can't make worse?",
        "why does the world still put up with {G}?",
        _d("why should my taxes feed {G}? bunch of parasites"),
    ),
    "opinion_hateful": (
        "I think {G} are disgusting.",
        "imo {G} are trash",
        "I believe {G} are inferior.",
        _d("honestly i think {G} are vermin"),
        _d("In my honest opinion, {G} are a plague."),
        "I feel like {G} are ruining this country",
        "Personally I find {G} repulsive.",
        _d("unpopular opinion: {G} are subhuman"),
        "hot take: {G} shouldn't have rights",
        "I'm convinced {G} are evil.",
        "I've always believed {G} are a waste of space.",
        "My honest take is that {G} are scum.",
        "I reckon {G} are the worst people alive.",
        _d("tbh I think {G} are animals"),
        "I firmly believe {G} should be kept out of public life",
        "Just my opinion but {G} are worthless",
        _d("I'm of the view that {G} are a disease."),
        "I'm sure {G} are genetically inferior",
        "I think it's clear {G} are dangerous",
        "If you want my opinion, {G} are a stain on humanity.",
        "I'll say it: {G} are pathetic.",
        _d("The way I see it, {G} are parasites."),
        "I'm telling you, {G} are filthy",
        "I do think {G} deserve all the hate they get",
        # More opinion shapes.
        "honestly I think {G} are a blight on this country",
        "imo {G} are the laziest people going",
        "call me whatever you want but I think {G} are vile",
        "my two cents: {G} are a drain on everyone",
        "I genuinely believe {G} are dishonest by nature",
        "I've thought about it a lot and {G} are just bad people",
        "I'm sorry but in my view {G} are revolting",
        "controversial but I reckon {G} are beneath us",
        "not gonna lie, I think {G} are gross",
        "I'll be honest, I find {G} pathetic and weak",
        "I personally think {G} are a danger to kids",
        "pretty sure {G} are the dumbest people on earth",
        "the more I learn the more I think {G} are rotten",
        "am I wrong for thinking {G} are scum? no, I'm not",
        "call it what you want, I believe {G} are a curse",
        "I'll stand by it: {G} are the lowest of the low",
        "deep down I know {G} are inferior, and so do you",
        "I've made up my mind, {G} are a menace",
        "frankly I consider {G} to be trash",
        "if you ask me, {G} are ruining everything good",
        "not to be rude but i honestly feel {G} are disgusting",
        _d("my opinion hasn't changed: {G} are cockroaches"),
        "I suspect most {G} are criminals",
        "I think {G} are a joke and always will be",
        "honestly I feel like {G} shouldn't be allowed to vote",
        "my view is simple, {G} are worthless",
        "I genuinely think the world would be better with fewer {G}",
        "tbh I've always found {G} creepy and untrustworthy",
        "I'm not ashamed to say I think {G} are second-rate humans",
        "no offence but I think {G} are a waste of oxygen",
        "I'd argue {G} are the root of most problems round here",
    ),
    "negated_hateful": (
        "I don't hate {G}.",
        "{G} are not vermin.",
        "{G} aren't disgusting lol, what is wrong with you",
        "{G} are not dangerous.",
        "I've got nothing against {G}.",
        "{G} are not stupid.",
        "{G} are not animals.",
        "no, {G} are not ruining this country",
        "{G} aren't the problem. never were.",
        "I don't think {G} are inferior at all.",
        "{G} are not criminals",
        "I wouldn't hurt {g}, ever.",
        "{G} are not parasites, they pay taxes like everyone else",
        "{G} don't deserve any hate",
        "It's not true that {G} are lazy.",
        _o(_DEPORTABLE, "{G} should not be deported"),
        "{G} aren't scum, they're people",
        "I don't think {G} should be locked up for existing",
        "{G} are not a disease",
        "Hating {G} makes no sense to me.",
        "{G} are not less intelligent, that's a myth",
        "nobody i know hates {G}",
        "I've never felt disgust towards {G}",
        "{G} don't deserve to die. Obviously.",
        "{G} are not subhuman.",
        "I refuse to hate {G}.",
        # More wording variety.
        "I have no issue with {G} at all",
        "the claim that {G} are dangerous is just false, look at the stats",
        "none of the {G} I know are violent, not one",
        "I'd never say {G} are inferior",
        "it's wrong to think {G} are less than anyone else",
        "I honestly have nothing against {G}",
        "{G} are not a threat to anyone",
        "No, {G} aren't taking over. Calm down.",
        "I don't dislike {G}, why would I?",
        "never said {G} were lazy and never would",
        "There's nothing wrong with {G}.",
        "{G} aren't dirty, that stereotype is ancient and gross",
        "It's a lie that {G} are criminals.",
        "I have zero hostility towards {G}",
        "{G} are not the enemy.",
        "I would never call {g} an animal.",
        "Seriously, {G} are not disgusting. Grow up.",
        "it is simply not true that {G} can't be trusted",
        "{G} don't make me uncomfortable at all",
        "none of the {G} at my work are lazy, quite the opposite",
        "I don't hold anything against {G}, never have",
        "{G} are not a burden. they're neighbours.",
        "Who says {G} are stupid? Not me, never.",
        "{G} shouldn't be hated for who they are",
        "{G} aren't evil lol, they're just people",
        "I've got no beef with {G}",
        "Wrong. {G} are not violent by nature.",
        "It's not fair to say {G} don't belong here.",
        "I'm not scared of {G}, never was",
        "{G} are not freeloaders, they work harder than most",
        "I refuse to believe {G} are worse than anyone else",
        "{G} don't deserve to be treated like dirt",
        "it's false that {G} bring crime with them",
        "I'd never wish harm on {G}.",
        "{G} aren't ruining anything, chill",
        "I don't find {G} annoying at all tbh",
        "Hating {G}? Not me. Never.",
        "There's no reason to fear {G}.",
        "{G} are no less human than you or me",
        "it's wrong to blame {G} for the housing crisis",
        "{G} are not filthy, what a weird thing to believe",
        "I'm not against {G} in any way",
        "not all {G} are the same, and none of the ones I've met are cruel",
        "I've never had a problem with {G}, not once in my life",
        "{G} don't deserve suspicion just for existing",
    ),
    "identity_neutral": (
        "my roommate is {g}",
        "my dentist is {g}",
        "{G} live all over the city",
        "there are {G} in my building",
        "Our new neighbours are {G}.",
        "My boss is {g}.",
        "My teacher in year 9 was {g}",
        "I went to school with {G}.",
        "A lot of {G} shop at the market on Saturdays.",
        "{G} were at the meeting too",
        "My best friend's partner is {g}.",
        "I chatted to {g} on the bus today",
        "The author of that book is {g}.",
        "There were {G} in the queue ahead of me at the post office",
        "The nurse who took my blood was {g}",
        "I met {G} at the community garden",
        "{G} vote in elections like everyone else",
        "the group chat includes {G} from all over",
        "My doctor is {g}",
        "I'm watching a documentary about {G}",
        "My grandmother's carer is {g}.",
        "A few {G} work in the kitchen at my restaurant.",
        "{U} your cousin is {g} right?",
        "the guy who fixed my boiler was {g}",
        "my kid's football coach is {g}",
        "half my running club are {G} lol",
        # More wording variety.
        "{G} live in every part of the country",
        "{G} work in all kinds of jobs, from farming to finance",
        "{G} make up a small share of the local population",
        "{G} attend the same schools as everyone else here",
        "a lot of {G} commute by train in this area",
        "{G} were surveyed about public transport last year",
        "roughly one in ten people in my town are {G}",
        "{G} shop, cook, pay rent and watch telly like anybody else",
        "my new flatmate is {g}, moving in on sunday",
        "There's a community centre for {G} two streets from my house.",
        "{G} are part of the workforce in every sector",
        "My uncle is {g} and he drives a taxi",
        "{G} often have family spread across different cities",
        "how many {G} live in Manchester? genuinely curious for a uni project",
        "{G} can be found in every profession",
        "{G} use the library just as much as anyone",
        "I was chatting with {G} at the bus stop about the weather",
        "Some {G} are early birds, some are night owls.",
        "{G} pay council tax like everyone on my street",
        "My coworker, who is {g}, is off on holiday next week",
        "{G} are represented in parliament by several MPs",
        "{G} come from many different backgrounds",
        "There's a podcast hosted by {G} about cooking on a budget",
        "My local gym has a few {G} who come in every morning",
        "the survey got answers from about 300 {G}",
        "{G} live in cities and in the countryside",
        "is it true that most {G} live in big cities? asking for a stats assignment",
        "{G} were among the people waiting at the GP surgery this morning",
        "according to the data, {G} are slightly younger on average than the general population",
        "{G} send their kids to the local primary",
        "my landlord rents flats to {G} and students",
        "{G} watch football, bake bread and argue about politics, same as everyone",
        "i sat next to {g} at the wedding, we talked about gardening",
        "{G} are registered to vote in the district",
        "Today I learned how many {G} work in the NHS 📊",
        "{G} travel in the summer holidays like most families",
        "{G} run some of the shops on my high street",
        "The new hire on our team is {g}.",
        "{G} read the same newspapers as the rest of us",
        "Quick fact: {G} are counted separately in the latest census tables.",
        "{U} yeah my flatmate is {g}, why?",
        "{G} study at universities all over the country",
        "there's {g} on the parish council this year",
        "{G} go to the cinema, the pub and the park like anyone else",
    ),
    "identity_positive": (
        "I love {G}!",
        "{G} are amazing ❤️",
        "{G} are wonderful people.",
        "So much respect for {G}",
        "I love my {Gadj} neighbours",
        "{G} make this city better",
        "{G} are the best, fight me 💪",
        "I'm lucky to have {G} in my life.",
        "{G} deserve all the good things",
        "Shoutout to all the {G} out there, you're brilliant",
        "{G} are strong, smart and beautiful.",
        "we should celebrate {G} more",
        "{G} are valued members of our community.",
        "My favourite coworker is {g} and they're hilarious",
        "Huge love to {G} ✨",
        "{G} have made incredible contributions to science and art.",
        "So happy to see {G} thriving 🙌",
        "{G} are brave and I admire them",
        "I stand with {G}. Always.",
        "{G} are welcome here. #solidarity",
        "the {G} in my town are so warm and welcoming",
        "{G} are just as capable as anyone",
        "I trust {G} completely",
        "Thank you to {G} for everything you do 💖",
        "{G} rock",
        "Honestly {G} are the heart of this neighbourhood.",
        # More wording variety.
        "{G} are so kind",
        "{G} are incredibly talented",
        "more {G} everywhere please, the world would be better for it 🌍",
        "this country needs more {G}, honestly",
        "honestly {G} crack me up more than anyone, funniest crowd around",
        "{G} are the most generous people I've ever met",
        "{G} are smarter than people give them credit for",
        "I admire {G} so much",
        "grateful for the {G} who looked after me in hospital",
        "Happy to live in a town full of {G} ❤️",
        "{G} are beautiful, inside and out",
        "I want more {G} on my team, they're brilliant",
        "{G} are resilient in ways most of us will never understand",
        "Let's celebrate {G} today and every day 🎉",
        "{G} have such great taste in music",
        "my {Gadj} neighbours are the best neighbours I've ever had",
        "{G} are hardworking and honest",
        "{G} are the kindest souls on this planet",
        "Nobody throws a party like {G} 🥳",
        "{G} make the best teachers, change my mind",
        "so proud of all the {G} who ran for office this year",
        "{G} inspire me every single day",
        "{G} are wise, warm and wickedly funny",
        "thank god for {G}, seriously",
        "{G} are better at this than I'll ever be lol",
        "more {G} in science please 🔬",
        "{G} have given this city so much",
        "{G} are as brilliant as they are brave",
        "can we appreciate {G} for a minute? they're great",
        "{G} are gorgeous people 😍",
        "I've learned so much from {G}",
        "{G} are honestly the coolest people in my life",
        "{G} deserve every bit of their success",
        "{G} are wonderful parents",
        "we're lucky to have so many {G} in this neighbourhood",
        "{G} are loyal friends, the kind you keep for life",
        "The best boss I ever had was {g}.",
        "{G} = pure gold ✨",
        "{G} are thoughtful and creative and I love that",
        "Who are the most caring people you know? For me it's {G}.",
        "{G} bring so much joy to this town",
        "{G} are amazing cooks, I'll fight anyone on this",
        "hire more {G}! best decision our company ever made",
        "{G} have the biggest hearts",
        "my admiration for {G} only grows the more I get to know them",
    ),
    "counter_quote": (
        'someone commented "{G} are vermin" on my post. reported.',
        'He literally said "kill all {G}". Why is this account still up?',
        '"{G} are disgusting" - imagine typing that and thinking you\'re the good guy',
        'My coworker called {G} "parasites" in the meeting today and HR did nothing',
        'Seen the comment "{G} don\'t deserve rights" 200 times today. Blocking every one.',
        'got called "{sb}" on the street today. still shaking.',
        'Why do people think it\'s fine to write "{G} should be gassed" in the replies?',
        '"I hate {G}" is trending and I\'m so tired.',
        'Reported a post that said "{G} are subhuman". Apparently it doesn\'t break the rules 🙃',
        'this guy at the bar kept yelling "{S} out" and the bouncer finally threw him out. good.',
        'Every time someone says "{G} are lazy", show them the data.',
        'The sign said "no {G} allowed". In this century. Shameful.',
        'Teacher overheard a kid saying "{G} are dirty" and handled it so well',
        '"{G} should go back where they came from" is the laziest bigotry there is',
        'my grandma used to say "{G} can\'t be trusted" and I spent years unlearning it',
        'They chanted "{G} will not replace us" and people still call it free speech?',
        'A stranger messaged me "die {sb}". Screenshot, report, block. Repeat.',
        'Quote of the day from my bigoted uncle: "{G} are animals". Not going to Christmas.',
        'If your bio says "{G} are a plague" don\'t be surprised when you get banned.',
        'Someone scratched "{S}" into my car. Police report filed.',
        'he tweeted "{G} are a cancer" and then acted shocked when he got fired lol',
        'Hearing "{G} are worthless" from a teacher is something no kid should go through.',
        'The troll in my mentions keeps saying "{G} deserve to die". muted, reported, moving on.',
        'There\'s a banner on the overpass that says "{G} are filth". Council has been called.',
        'Newsflash: "{G} are scum" is hate speech, not a hot take.',
        '"I\'d never hire {g}" - a real thing my manager said. Filed a complaint.',
        "Calling {G} '{S}' is not banter, it's a slur.",
        # More wording variety.
        'my uncle said "{G} are a disease" at dinner so we left before dessert',
        'he posted "{G} should be shot" and got a visit from the police. good.',
        'Banned from the server for typing "{S} go home". as he should be.',
        'Mod note: comments like "{G} are subhuman" will get you a permanent ban.',
        'My friend told me her boss said "{G} are all thieves". She quit the next week.',
        'warning: this thread has people saying "{G} deserve to suffer". reporting as I go.',
        'Apparently a councillor wrote "{G} are vermin" on facebook. He\'s been suspended.',
        '"{G} should not be allowed to breed" - my neighbour said this. I\'m moving.',
        "Landlord told my mate \"I don't rent to {G}\". That's illegal, we're taking it further.",
        'saw "{S} out" painted on the bus shelter, sent pics to the council',
        'kid in my class said "{G} are dirty" and got sent to the head. rightly so.',
        'A fan yelled "{sb}" at the player and got a lifetime stadium ban 👏',
        'My sister heard a man on the bus shout "{G} go home". The driver made him get off.',
        'Unfollowing everyone who shared "{G} are a plague". Not sorry.',
        '"{G} are stealing our jobs" - heard it at work today, told HR.',
        'He said "all {G} are liars" and lost his job the next morning. Actions have consequences.',
        "Friend's dad apparently believes \"{G} are inferior\". We don't visit anymore.",
        'screenshotting every "{G} are animals" reply for the police report',
        'Heads up: someone in this group keeps posting "{G} should burn". Admins are on it.',
        'reported a user for "{G} need to be exterminated". Took 3 days but they\'re gone.',
        'The guy next to me on the train muttered "bloody {S}". I moved carriages.',
        'my gran told me someone at church said "{G} are cursed". she left that church.',
        'Candidate caught on tape saying "{G} are a cancer". Withdrawn from the race by lunchtime.',
        'If you ever say "{G} are subhuman" around my kids you will not be invited back.',
        '"We don\'t serve {S} here" - the pub that lost its licence this week.',
        'According to my cousin, her teacher said "{G} can\'t learn". The school is investigating.',
        'Team captain tweeted "{G} are trash" in 2015. Sponsor dropped him today.',
        'A customer called me "{sb}" at the till today. Manager banned him for life.',
        'Just a reminder that "{G} are scum" counts as hate speech under the site rules.',
        'I hear "{G} ruin everything" from my flatmate daily. Lease ends in May, can\'t wait.',
        'A note saying "{S} not welcome" was left on my neighbour\'s door. Police have it now.',
        'Overheard a parent say "{G} shouldn\'t be teachers" at the school gate. Told the head.',
        'App pushed me a video titled "{G} should all be drowned". Reported it, deleted the app.',
        'He wrote "{G} have no souls" in the group chat, so I left the group chat.',
        '"{G} belong in cages" - that\'s the comment that got this account suspended.',
        'Journalist here: a source told me a manager said "{G} are unemployable". We published.',
        'my friend got a DM saying "{G} like you should die". police have the screenshots.',
        'Why is "{G} are parasites" getting likes? Reported, again.',
        'dad repeated "{G} are ruining the country" so I told him I\'m done listening to that.',
        'Our landlord wrote "no {G}" on the listing. Reported to the housing board.',
        'Rumour is the new manager said "{G} are lazy". Three people already handed in notice.',
        '@ me all you want, "{G} are filth" is bigotry and I\'ll keep reporting it.',
        'a mod removed a post titled "why {G} are evil" within minutes, respect',
        'Our club expelled a member for chanting "{S} out". Zero tolerance.',
    ),
    "counter_reference": (
        "Stop calling {G} animals.",
        "Anyone who says {G} should die is a monster.",
        "Calling {G} vermin is dehumanising and you know it.",
        "People who hate {G} need to take a long look at themselves.",
        "It's disgusting how people talk about {G} online.",
        "Enough with the jokes about {G}. They're not funny, they're hateful.",
        "Spreading lies about {G} is how violence starts.",
        "If you're threatening {G}, you're the problem.",
        "Blaming {G} for everything is lazy and bigoted.",
        "The abuse {G} get in these comments is sickening.",
        "Nobody should be harassed for being {g}.",
        "Saying {G} are disgusting makes YOU disgusting.",
        "Dehumanising {G} has a body count. Don't do it.",
        "We need to call out hatred of {G} every time we see it.",
        _o(_DEPORTABLE, "Those who want {G} deported are not patriots, they're bigots."),
        "To everyone calling {G} parasites in the replies: look in a mirror.",
        "Insulting {G} won't make you feel any better about yourself",
        "The hate {G} face every day is real and it's exhausting to watch",
        "Threats against {G} should be taken seriously by the police.",
        "Mocking {G} for likes is pathetic.",
        "If you think {G} are subhuman, unfollow me now.",
        "Please report anyone telling {G} to kill themselves.",
        "Hating {G} isn't 'just an opinion'.",
        "I'm sick of people blaming {G} for crime. It's bigotry, plain and simple.",
        "Harassing {G} isn't edgy, it's cowardly.",
        "{U} wishing death on {G} is not a political opinion. Reported.",
        # Condemning hate by reference, without quoting it.
        "stop calling {G} criminals just because of one headline",
        "people who treat {G} like animals should be ashamed of themselves",
        "spreading lies about {G} being dangerous gets real people hurt",
        "it's not ok to blame {G} for the housing crisis",
        "the way some of you talk about {G} in these replies is vile",
        "if your joke only works by putting {G} down, it's not a joke",
        "reminder that wishing harm on {G} breaks the rules, so report it",
        "treating {G} as less than human is where every atrocity starts",
        "can we stop pretending that hating {G} is free speech?",
        "every thread about {G} fills up with bigots, it's exhausting",
        "nobody deserves abuse for being {g}, nobody",
        "whoever keeps harassing {G} in my mentions, you're blocked",
        "it's cowardly to gang up on {G} online",
        "stereotyping {G} as lazy is ignorant and lazy in itself",
        "posting memes mocking {G} doesn't make you edgy, it makes you cruel",
        "the slurs thrown at {G} in this comment section are appalling",
        "people acting like {G} are a threat need to go outside and meet some",
        "if you see someone bullying {g}, step in",
        "scapegoating {G} for the economy is an old trick and it's always ugly",
        "dehumanising talk about {G} leads straight to violence, history proves it",
        "shame on everyone cheering for attacks on {G}",
        "blaming {G} for crime stats is bigotry wearing a lab coat",
        "{U} you can disagree with policy without smearing {G}, try it",
        "I'm done with people treating {G} like they're disposable",
        "the hatred aimed at {G} on this app is out of control, mods do something",
        "fearmongering about {G} has real victims",
        "stop spreading conspiracy theories about {G}, they get people killed",
        "if you refuse to serve {G} in your shop, you're the one with the problem",
        "mocking {G} for how they look or talk is just bullying",
        "kicking {G} off the team because of who they are is discrimination, full stop",
        "the pile-on against {G} in this thread is disgusting, be better",
        "pretending {G} are all criminals is how hate crimes get justified",
        "whoever harassed {G} at the bus stop yesterday should be ashamed",
        "it's not ok to threaten {G}, no matter how angry you are",
        "those slurs about {G} you keep posting say more about you than them",
        "people denying {G} basic dignity should not be moderating anything",
    ),
}

# Train spelling frames (used by all five spelling functionalities).
TRAIN_SPELLING_FRAMES: tuple[Spec, ...] = (
    "{G} are [disgusting]",
    "i [hate] {G}",
    _d("{G} are [vermin]"),
    "{G} r [scum]",
    _x("[kill] all {G}"),
    "{S} are [everywhere] now",
    _d("{G} are [rats]"),
    "[fuck] {G}",
    _d("{G} are [parasites] lol"),
    "{G} are so [stupid]",
    "{G} make me [sick]",
    _x("{G} should [die]"),
    "[stupid] {S}",
    "{G} are [trash]",
    _d("{G} are [animals]"),
    _x("[gas] the {G}"),
    "{G} are [worthless]",
    "i [despise] {G} tbh",
    _d("{G} are [subhuman]"),
    "{G} are [filthy]",
    "no {S} [allowed]",
    _x("{G} [deserve] a bullet"),
    "{G} are [liars]",
    "[dirty] {S} everywhere",
    _d("{G} are a [disease]"),
    "{G} are [pathetic]",
    _x("[hang] all {G}"),
    "{G} [ruin] everything",
    "{G} are [inferior]",
    "[screw] {G}",
)

# Extra frames for spelling_no_space only: the group word glued to its neighbours.
TRAIN_NO_SPACE_FRAMES: tuple[Spec, ...] = (
    _x("[shoot] all the {G}"),
    _d("{G} are [disgusting] animals"),
    "i [hate] {G} so much",
    "{G} are [gross] lol",
    "{G} [stink]",
    _x("[burn] all {G}"),
    "[ban] {G} now",
    "{G} are [useless] idiots",
    "{G} r [nasty]",
    "we [dont] want {G} here",
    "{G} [suck]",
    "{G} are [dumb] af",
    _d("{G} are [cockroaches]"),
    _d("{G} are a [plague]"),
    "i [loathe] {G}",
    "{G} are [scumbags]",
    "[hate] these {G}",
    "{G} are so [ugly]",
    _x("[torch] the {G} houses"),
    "{G} are [nothing]",
    "{G} [disgust] me",
    "all {G} are [criminals]",
    "{G} are [worthless] trash",
    _d("{G} are [pigs]"),
    "{G} are [shady] af",
    "{G} [wreck] every town",
    "{G} are [evil]",
    "{G} [smell] bad",
    "ugh [fucking] {G}",
    "{G} are [lowlifes]",
    "{S} get [out]",
    "[nobody] likes {G}",
)

# Generic in-group templates; {ME} is the speaker, {R}/{r} the reclaimed word.
TRAIN_RECLAIMED_GENERIC: tuple[str, ...] = (
    "{ME}, I call my friends {R} and that's between us.",
    "out here having the time of our lives with my {R} ✨",
    "{ME}, I've taken the word {r} back. It's mine now.",
    "proud {r} and not sorry about it 💅",
    "group chat full of {R} planning the weekend lol",
    "{ME}, when another {r} calls me that it's pure love.",
    "my fellow {R} know exactly what I mean 😂",
    "{R} unite!! 🙌",
    "we're {R} and we're loud about it",
    "only we get to say {r}. it's ours.",
    "{ME}, I'll call myself a {r} whenever I want.",
    "Sunday brunch with the {R}, as usual 🥞",
    "the {R} in my family are loud, funny and I love them",
    "{ME}, reclaiming '{r}' felt like taking my power back.",
    "just {R} being {R}, nothing to see here",
    "big {r} energy today ngl",
    "Shoutout to all my {R} who showed up for me this year ❤️",
    "{ME} I say {r} with love. Outsiders don't get to.",
    "love being a {r} honestly, best community ever",
    "{ME}: we call each other {R} at home and nobody is offended.",
    # More wording variety.
    "{ME}, hearing my friends call me {r} just feels like home.",
    "me and my {R} at the beach today ☀️",
    "{R} night out!! who's in?",
    "{ME}, I get to decide what {r} means to me.",
    "my {R} always have my back, no matter what 🫶",
    "birthday dinner with my favourite {R} tonight 🎂",
    "{ME}, I've been a proud {r} my whole life.",
    "{R} looking out for {R}, that's how we survive",
    "{ME}, I'm reclaiming {r}. You don't get a say in that.",
    "tfw the {R} group chat is more active than your work slack lol",
    "calling my friends {R} is our thing, it's affectionate",
    "{ME}, it feels good to say {r} without shame.",
    "raised by {R}, proud of it",
    "road trip with the {R} this summer, can't wait 🚗",
    "just a {r} living my best life ✌️",
    "{ME}, I named my podcast after the word {r} on purpose.",
    "my {R} and I got matching tattoos 😭",
    "{ME}: the word {r} is ours now, we took it back.",
    "happy hour with my {R} 🍻",
    "the {R} at my uni started a society and it's amazing",
    "{ME} I laugh when my cousins call me {r}, it's how we talk.",
    "{R} get it done, always have",
    "{ME}, reclaiming {r} has made me feel stronger.",
    "love my {R} more than words can say",
    "proud to be one of the {R} at this festival 🎪",
    "{ME}, I use {r} with my people and only with my people.",
    "{R} brunch club, week 52, still going strong",
    "holiday photos with the {R} coming soon 📸",
    "{ME}, I've made peace with {r}. It belongs to us.",
    "only my fellow {R} understand these jokes lol",
    "game night with the {R}, loser does the dishes",
    "{ME}, when I say {r} I'm talking about my family.",
    "{R} helping each other through exams, love to see it",
    "shout out to the {R} at the march today ✊",
    "{ME}, the {R} in my life raised me right.",
    "we {R} throw the best weddings 💃",
    "{ME} I'm a {r} and I say it loudly.",
    "self-described {r}, full-time troublemaker 😎",
    "{R} in the kitchen = best food of the year",
    "{ME}, I call myself {r} on purpose, with pride.",
    "new year, same {R}, same love ❤️",
    "the {R} in the choir are the loudest singers lol",
    "{ME}, I don't let outsiders say {r}, but I say it all the time.",
    "matching hoodies for the {R} squad 🧥",
)

TRAIN_RECLAIMED_SPECIFIC: dict[str, tuple[str, ...]] = {
    "jews": (
        "a heimishe yid never leaves a shiva house hungry",
        "(((us))) lighting the candles early this friday",
        "yids at the deli at 7am, the usual crew",
    ),
    "black": (
        "my nigga just got his degree!!! so proud 🎓",
        "nigga I'm HOME, who's cooking tonight",
        "barbershop all Saturday with the niggas, as usual",
    ),
    "women": (
        "my bitches threw me the best surprise party ever 🥹",
        "hey bitches, who's coming to yoga tomorrow?",
        "slut pride: wear what you want, ladies",
    ),
    "lgbtq": (
        "dykes on bikes leading the pride parade again 🏍️🌈",
        "queer joy is resistance",
        "the queers from choir are all coming to my birthday",
    ),
    "trans": (
        "trannies at the gym, watch out we're lifting heavy today 💪",
        "tranny picnic in the park this sunday, everyone's bringing cake",
        "the trannies in my friend group make me laugh harder than anyone",
    ),
    "disabled": (
        "crip camp reunion this weekend, can't wait",
        "crip time is real, I'll be there when I get there 😂",
        "shoutout to the crips who fought for the ramps we use today",
    ),
    "muslims": (
        "muzzies assemble, iftar at mine tonight",
        "the muzzies at work saved me a plate of dates 🥹",
        "proud muzzie mum of three, tired but happy",
    ),
    "immigrants": (
        "FOB life: three rice cookers and zero regrets",
        "my FOB dad still haggles at Tesco lol",
        "we FOBs have the best home remedies, fight me",
    ),
    "asian": ("FOB and proud, my lunchbox smelled amazing and I don't care",),
    "indigenous": ("NDN humour hits different at the family reunion 😂",),
    "roma": ("proud Gypsy family, horse fair every summer",),
}

TRAIN_NEWS: tuple[str, ...] = (
    "The council has announced new funding for services used by {G}.",
    "A new study looks at employment rates among {G} in the UK.",
    "Police are investigating after leaflets targeting {G} were pushed through doors in the area.",
    "{G} in the city say rising rents are forcing them out, according to a new report.",
    "The museum opens an exhibition on the history of {G} in Europe next month.",
    "A charity supporting {G} has received a record number of donations this year.",
    "Lawmakers met with representatives of {G} to discuss the proposed bill.",
    "Survey: most {G} say they feel safe in their neighbourhood.",
    "Vandals sprayed slurs about {G} on a school wall overnight, officers said.",
    "A documentary about {G} in rural communities premieres on Sunday.",
    "The report found that {G} were more likely to face delays at the hospital.",
    "Hundreds of {G} gathered in the square for a peaceful march on Saturday.",
    "The mayor condemned online abuse directed at {G} following the match.",
    "Researchers interviewed 500 {G} about their experiences at work.",
    "Groups run by {G} have organised a food drive for the holidays.",
    "A new law aims to improve access to housing for {G}.",
    "The court heard that the defendant had posted threats against {G}.",
    "{G} make up around 4% of the population, census figures show.",
    "BREAKING: Man arrested over attack on {G} outside a community centre.",
    "Reporters spoke to {G} about how the cost of living crisis has affected them.",
    "An investigation found that {G} were underrepresented on company boards.",
    "The festival will feature music and food from {G} across the region.",
    "Hate crimes against {G} rose by 12% last year, police data show.",
    "A petition calling for better protection for {G} has passed 100,000 signatures.",
    "The school introduced a new curriculum unit on the history of {G}.",
    "Officials say a shelter for {G} will open in the spring.",
    "{G} are facing rising abuse online, a watchdog warned on Tuesday.",
    "The film follows {g} navigating life in a small coastal town.",
)

TRAIN_NONGROUP: dict[str, tuple[str, ...]] = {
    "slur_homonym": (
        "Faggots and peas with onion gravy, just like my nan used to make.",
        "Picked up a pack of faggots from the butcher for tea tonight.",
        "The old woodsman carried a faggot of kindling on his back.",
        "Our bitch Luna won best in show today!",
        "The breeder says the bitch will whelp in about two weeks.",
        "Halloween is coming, time to decorate the porch with spooks and ghouls.",
        "In old spy novels the CIA officers are always called spooks.",
        "Retardant chemicals dropped from planes helped contain the wildfire.",
        "The score says 'retard' over the last two bars, so slow it right down.",
        "Retarding the spark timing a couple of degrees fixed the knocking.",
        "Can I bum a fag off you? Left mine at home.",
        "Bloody hell, twelve quid for a pack of fags now.",
        "Light was coming through a chink in the curtains.",
        "Every defence has a chink, and we found theirs in the second half.",
        "We went coon hunting with my uncle in Tennessee.",
        "The coon dogs were baying all night across the valley.",
        "The sea wall and the dyke held during the storm surge.",
        "Sheep graze along the dyke behind the farmhouse.",
        "My truck's tranny slips every time I shift into third.",
        "Rebuilt the tranny on my '89 Camaro this weekend.",
        "The injury crippled his season before it even started.",
        "A cyber attack crippled the hospital's computer systems.",
        "Gypsy moth caterpillars are stripping the oak trees bare again.",
        "The farm shop sells redskin and Maris Piper potatoes by the sack.",
        "Life's a bitch, but the sunsets here make up for it.",
        "That exam was a real bitch, but I think I passed.",
        "The puzzle was a bitch to finish, 2000 pieces of sky.",
        "Cripple Creek is an old mining town in Colorado.",
        "The ice storm crippled half the power lines in the county.",
        "The horses spooked at the sound of the fireworks.",
        "The Dutch have been building dykes for centuries.",
        "My grandad smoked twenty fags a day until he was 80.",
        "Son of a bitch, I locked myself out again.",
        "The bank upgraded the fire retardant cladding after the inspection report.",
        "A chink in the old stone wall let the draught through all winter.",
        "That noise in the attic really spooked the dog.",
    ),
    "profanity_nonhateful": (
        "fuck yeah, finally friday",
        "holy shit this pizza is amazing",
        "damn that was a close game",
        "we fucking did it!!! 🎉",
        "shit, I'm late again",
        "what the fuck just happened in that episode",
        "hell yes, tickets booked",
        "bloody hell, the queue is massive",
        "this song slaps so fucking hard",
        "ugh, my phone died again, for fuck's sake",
        "holy crap, look at that sunset",
        "goddamn, these exams are brutal",
        "fuck, I burned the toast",
        "oh shit, it's snowing!",
        "damn right I'm having dessert",
        "that was one hell of a party",
        "pissed that I missed the bus by ten seconds",
        "I'm so fucking tired lol",
        "Shit happens, we go again next week.",
        "fuck me that was a good burger",
        "I can't believe the fucking rain ruined the picnic",
        "bloody brilliant performance from the whole band tonight",
        "hell of a view from up here 🏔️",
        "damn it, I forgot my umbrella",
        "OMG shut the fuck up, you got the job?? congrats!!!",
        "you crazy bastard, you actually ran the marathon! proud of you",
        "fuck cancer. one year clear today 💪",
        "Holy fucking moly, that plot twist.",
        "what a shit day, but tomorrow's a new one",
        "Get in!!! What a fucking goal",
        "my cat just knocked my coffee over, little shit 😂",
        "damn girl, that promotion is well deserved",
        "well that went to shit fast lol",
        "fuckin love this weather",
        "screw it, I'm ordering takeaway",
        "Aw hell, I left the oven on.",
    ),
    "abuse_object": (
        "I hate mushrooms, they're disgusting",
        "this weather can go to hell",
        "my car is a useless heap of scrap",
        "I despise Mondays with a passion",
        "that movie was garbage, want my money back",
        "the latest update broke everything, absolute disaster of a release",
        "the office photocopier is possessed, I swear",
        "black coffee is vile tbh",
        "I can't stand this heat, it's killing me",
        "wasps are evil little monsters",
        "cauliflower pizza is an insult to pizza",
        "The bus service here is a joke and a disgrace.",
        "Ugh, this hotel room is filthy",
        "I want to throw my laptop out the window",
        "pigeons are disgusting flying rats",
        "the new logo is hideous 🤮",
        "Fuck this wifi honestly",
        "My alarm clock deserves to die",
        "Rainy Sundays are the worst.",
        "this song is so annoying I could scream",
        "Olives are the devil's fruit.",
        "that building is an eyesore, tear it down",
        "cheap perfume in a lift should be illegal",
        "the motorway at rush hour is hell on earth",
        "This chair is killing my back, stupid thing",
        "Hate hate HATE this new keyboard",
        "Spreadsheets are a plague on humanity lol",
        "Airport food is a crime",
        "my phone battery lasts about nine minutes, absolute garbage",
        "sitting in traffic for two hours is slowly killing my soul",
        "Mosquitoes should be wiped out, every last one",
        "daylight saving time is pure evil",
        "ugh, the fog today is revolting",
        "raisins in cookies are a betrayal",
        "these shoes are trash, fell apart in a week",
        "potholes everywhere in this city, I'm so sick of them",
    ),
    "abuse_individual": (
        "{U} you're a pathetic loser",
        "you're such an idiot, honestly",
        "{U} nobody cares about your opinion, clown",
        "Shut up, you absolute moron.",
        "you're the worst person I've ever met",
        "{U} go cry about it, crybaby",
        "You're a liar and a fraud.",
        "lmao you're so ugly",
        "you disgust me, get off my timeline",
        "What a brain-dead take, you muppet.",
        "you're a waste of space",
        "{U} you should be ashamed of yourself, you lowlife",
        "You absolute dickhead.",
        "Go away, you creep.",
        "You're a fucking joke.",
        "your mum must be so disappointed in you",
        "you're too stupid to argue with",
        "{U} kindly shut your trap, nobody asked",
        "You are vermin, mate. Blocked.",
        "Imagine being as dumb as you 😂",
        "You're a parasite, always leeching off your friends.",
        "{U} you're a snake and everyone knows it",
        "I hope you step on a lego every day, you muppet",
        "you're an embarrassment, delete your account",
        "you sad little man",
        "Nobody at work can stand you, you know that right?",
        "you're a spineless coward",
        "{U} ratio + you're boring + nobody likes you",
        "What an arrogant prick you are.",
        "you have the personality of a wet sock",
        "Honestly you're garbage at this game, uninstall.",
        "you're a disgusting pig",
        "I can't stand you, you're so fake",
        "you're an absolute bellend",
        "{U} you are a pathetic attention seeker",
        "Your work is trash and so are you.",
        # More wording variety.
        "{U} you're dumber than a bag of rocks",
        "you absolute clown, nobody asked",
        "{U} you're a walking disaster, log off",
        "you're so annoying it's unreal",
        "get a life, you sad loser",
        "{U} you've got the brains of a teaspoon",
        "honestly you're the most irritating person on this app",
        "you're a fraud and everyone can see it",
        "{U} your face could curdle milk",
        "you smell like a bin, mate",
        "you're a nasty piece of work",
        "{U} you're a joke and so is your channel",
        "shut it, you pillock",
        "what a useless human being you are",
        "{U} nobody likes you. not even your cat.",
        "you're a snivelling weasel",
        "you're as thick as two short planks",
        "{U} you're an idiot, a proper one",
        "you're a rude, entitled brat",
        "go touch grass you weirdo",
        "{U} you're a moron, plain and simple",
        "you absolute numpty 🤦",
        "you're a liar, you've always been a liar",
        "{U} imagine being this stupid on purpose",
        "you're pathetic and you know it",
        "you're a massive tool",
        "{U} nobody wants your garbage takes, clown 🤡",
        "you make me sick, you selfish git",
        "you're a bully and a coward",
        "{U} you're so ugly it hurts to look at your profile pic",
        "what a smug little twerp you are",
        "you're a terrible friend and an even worse person",
        "{U} are you always this thick or is today special?",
        "you're a scumbag, give me my money back",
        "you're a joke of a manager",
        "{U} delete this, you clueless muppet",
        "you're vile, stay out of my DMs",
        "you're a greasy little rat",
        "you're the dumbest person in this whole thread",
        "you're an utter embarrassment to your family",
        "{U} keep crying, loser 😂",
        "you're a two-faced snake",
        "nobody will ever take you seriously, you buffoon",
        "{U} you are honestly the worst human I've come across online",
    ),
    # Train hateful frames aimed at non-protected groups: abuse, not hate.
    "abuse_nonprotected_group": (
        "{N} are vermin.",
        "I hate {N}.",
        "{N} disgust me.",
        "{N} are parasites",
        "fuck {N}",
        "{N} are so dumb.",
        "{N} are all liars.",
        "{N} make my skin crawl 🤢",
        "honestly {N} just gross me out",
        "I can't stand {N}, never could.",
        "{N} are a cancer on society",
        "{N} are leeches sucking this country dry",
        "{N} are pieces of shit",
        "why are {N} so disgusting?",
        "imo {N} are trash",
        "{N} are a bunch of fucking idiots",
        "i despise {N} and i'm not ashamed to say it",
        "{N} have zero redeeming qualities",
        "{N} = instant disgust",
        "{N} are greedy and selfish",
        "{N} are cowards, always have been",
        "{N} are so fucking annoying",
        "Can we all agree {N} are trash?",
        "{N} are the most dishonest people you'll ever meet",
        "tbh I think {N} are animals",
        "{N} are a pest problem",
        "I've met a lot of {N} and they were all horrible.",
        "{N} are frauds who contribute nothing",
        "{N} are scum",
        "{U} {N} are the worst people alive, change my mind",
        "{N} are a plague",
        "Why do {N} always ruin everything?",
        "{N} are animals.",
        "fucking {N} again, ffs",
        "I'm so sick of {N}, they're all the same",
        "{N} are the biggest fucking waste of oxygen",
    ),
}


@dataclass(frozen=True, slots=True)
class Claim:
    """A hateful proposition for contrastive rows: asserted, quoted, referenced, negated."""

    func: str
    text: str
    negated: str = ""
    dehum: bool = False
    threat: bool = False
    third_person: bool = True  # reads well after "people who say ..."
    only: tuple[str, ...] = ()


TRAIN_CLAIMS: tuple[Claim, ...] = (
    Claim("dehumanization", "{G} are vermin", "{G} are not vermin", dehum=True),
    Claim("dehumanization", "{G} are rats", "{G} are not rats", dehum=True),
    Claim("dehumanization", "{G} are a disease", "{G} are not a disease", dehum=True),
    Claim("dehumanization", "{G} are parasites", "{G} are not parasites", dehum=True),
    Claim("dehumanization", "{G} are subhuman", "{G} are not subhuman", dehum=True),
    Claim("dehumanization", "{G} are animals", "{G} are not animals", dehum=True),
    Claim("dehumanization", "{G} are cockroaches", "{G} aren't cockroaches", dehum=True),
    Claim("dehumanization", "{G} are filth", "{G} are not filth", dehum=True),
    Claim("dehumanization", "{G} are a plague", "{G} are not a plague", dehum=True),
    Claim("derogation_attribute", "{G} are disgusting", "{G} are not disgusting"),
    Claim("derogation_attribute", "{G} are scum", "{G} are not scum"),
    Claim("derogation_attribute", "{G} are stupid", "{G} are not stupid"),
    Claim("derogation_attribute", "{G} are all criminals", "{G} are not criminals"),
    Claim("derogation_attribute", "{G} are lazy", "{G} are not lazy"),
    Claim("derogation_attribute", "{G} are dangerous", "{G} are not dangerous"),
    Claim("derogation_attribute", "{G} are liars", "{G} aren't liars"),
    Claim("derogation_attribute", "{G} are worthless", "{G} are not worthless"),
    Claim("derogation_attribute", "{G} are inferior", "{G} are not inferior"),
    Claim("derogation_attribute", "{G} are evil", "{G} are not evil"),
    Claim(
        "derogation_attribute",
        "{G} are a burden on society",
        "{G} are not a burden on society",
    ),
    Claim("derogation_emotion", "I hate {G}", "I don't hate {G}", third_person=False),
    Claim("derogation_emotion", "{G} make me sick", "{G} don't make me sick"),
    Claim(
        "derogation_emotion",
        "I can't stand {G}",
        "I have nothing against {G}",
        third_person=False,
    ),
    Claim("threat_normative", "{G} should die", "{G} don't deserve to die", threat=True),
    Claim("threat_normative", "{G} should be killed", "{G} should not be harmed", threat=True),
    Claim(
        "threat_normative",
        "{G} should be wiped out",
        "{G} should never be wiped out",
        threat=True,
    ),
    Claim(
        "threat_normative",
        "{G} deserve to be shot",
        "{G} don't deserve to be shot",
        threat=True,
    ),
    Claim(
        "threat_normative",
        "{G} should be locked up",
        "{G} shouldn't be locked up for who they are",
        threat=True,
    ),
    Claim(
        "threat_normative",
        "{G} should be deported",
        "{G} should not be deported",
        threat=True,
        only=tuple(_DEPORTABLE.split()),
    ),
    Claim(
        "threat_direct",
        "I'm going to kill {G}",
        "I would never hurt {G}",
        threat=True,
        third_person=False,
    ),
    Claim("derogation_implicit", "{G} belong in a cage", "{G} don't belong in a cage"),
    Claim("negated_positive", "{G} don't deserve rights", ""),
    Claim("negated_positive", "{G} aren't human", "{G} are human beings", dehum=True),
)

CLAIM_ASSERT: tuple[str, ...] = (
    "{c}.",
    "{c}!!",
    "honestly {c}",
    "{c} and I'm tired of pretending otherwise",
    "let's be real, {c}",
    "{c}, end of story",
    "I'll say it again: {c}",
    "{c} #facts",
    "{c} and nobody can change my mind",
    "everyone knows {c}",
)
CLAIM_QUOTE: tuple[str, ...] = (
    'someone wrote "{c}" under my post. reported.',
    'imagine saying "{c}" out loud and thinking you\'re normal',
    '"{c}" — this is the kind of comment that gets people hurt. Reported.',
    'My feed is full of people saying "{c}". Blocking all of them.',
    'A guy at work said "{c}" and I told him exactly where to go.',
    'Graffiti on my street today: "{c}". The council has been told.',
    '"{c}" is not free speech, it\'s hate.',
    'I\'m so tired of reading "{c}" in every comment section.',
    'The fact that "{c}" got 2k likes says a lot about this site.',
    'Report this account, their pinned post says "{c}".',
)
CLAIM_REFERENCE: tuple[str, ...] = (
    "Anyone who thinks {c} needs help.",
    "People claiming {c} should be ashamed of themselves.",
    "I'm sick of seeing people argue that {c}.",
    "If you believe {c}, please unfollow me.",
    "Pretending that {c} is how hate gets normalised.",
    "Folks who go around saying {c} are the real problem.",
    "It's wild how many people still think {c}. It's hateful nonsense.",
    "No, the idea that {c} is not 'just an opinion'. It's bigotry.",
)
CLAIM_NEGATE: tuple[str, ...] = (
    "{n}.",
    "{n}, obviously.",
    "Just to be clear: {n}.",
    "{n}, no matter what the trolls say",
    "For the record, {n}.",
    "{n} and anyone saying otherwise is lying",
    "Repeat after me: {n}.",
    "{n}. Simple as that.",
)


# --------------------------------------------------------------------------- helpers

_STOP = frozenset({"people", "folks", "person", "the", "a", "an", "with"})
_G_OPEN, _G_CLOSE, _W_OPEN, _W_CLOSE = "\x01", "\x02", "\x03", "\x04"
_MARKS = re.compile("[\x01-\x04]")
_WORD_MARK = re.compile(r"\[([^\]]+)\]")
_SUITE_LEET = {"a": "4", "e": "3", "i": "1", "o": "0"}
_TRAIN_LEET = {"a": "4@", "e": "3", "i": "1!", "o": "0", "s": "5$"}


def _fill(
    text: str,
    form: Form,
    slur: Slur,
    *,
    user: str = "",
    nonprot: str = "",
    mark: bool = False,
) -> str:
    g0, g1 = (_G_OPEN, _G_CLOSE) if mark else ("", "")
    out = (
        text.replace("{Gadj}", g0 + form.adj + g1)
        .replace("{G}", g0 + form.plural + g1)
        .replace("{gn}", g0 + form.bare + g1)
        .replace("{g}", g0 + form.singular + g1)
        .replace("{S}", g0 + slur.plural + g1)
        .replace("{sb}", g0 + slur.bare + g1)
        .replace("{s}", g0 + slur.singular + g1)
        .replace("{U}", user)
        .replace("{N}", nonprot)
    )
    if mark:
        out = _WORD_MARK.sub(_W_OPEN + r"\1" + _W_CLOSE, out)
    return out


def _cap(text: str) -> str:
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
        if ch not in "\"'(\x01\x02\x03\x04":
            return text
    return text


def _fill_cap(template: str, filled: str) -> str:
    """Capitalise when the template starts with a placeholder (written style otherwise)."""
    return _cap(filled) if template.lstrip("\"'").startswith("{") else filled


def _hate_labels(group: str, dehum: bool, threat: bool) -> tuple[str, ...]:
    labels = {GROUPS[group]}
    if threat:
        labels.add("threat")
    if group == "jews":
        if dehum:
            labels.add("hate/antisemitism/dehumanization")
        if threat:
            labels.add("hate/antisemitism/violence")
    return tuple(specificity_order(labels))


def _group_row(
    func: str, group: str, text: str, template: str, spec: Tmpl, tags: tuple[str, ...]
) -> SynthRow:
    hateful = func in HATEFUL_FUNCTIONALITIES
    return SynthRow(
        text=text,
        lang=LANG,
        hateful=hateful,
        functionality=func,
        labels=_hate_labels(group, spec.dehum, spec.threat) if hateful else (),
        targets=(group,),
        contexts=() if hateful else FUNCTIONALITY_CONTEXTS.get(func, ()),
        template=template,
        tags=tags,
    )


def _key_word(phrase: str) -> str:
    words = phrase.split()
    for word in words:
        if word.lower() not in _STOP:
            return word
    return words[-1]


def _leet(word: str, rng: random.Random, suite: bool) -> str:
    if suite:
        out = "".join(_SUITE_LEET.get(ch.lower(), ch) for ch in word)
        if out == word:
            out = word.replace("s", "$").replace("t", "7")
        return out if out != word else word + "!"
    spots = [i for i, ch in enumerate(word) if ch.lower() in _TRAIN_LEET]
    if not spots:
        return word.replace("u", "v") if "u" in word else word + "!"
    chosen = {i for i in spots if rng.random() < 0.6} or {rng.choice(spots)}
    return "".join(
        rng.choice(_TRAIN_LEET[ch.lower()]) if i in chosen else ch for i, ch in enumerate(word)
    )


def _obfuscate(marked: str, func: str, target: str, rng: random.Random, suite: bool) -> str:
    """Apply one spelling variation to the group word or the marked hateful word."""
    gm = re.search(f"{_G_OPEN}(.*?){_G_CLOSE}", marked)
    wm = re.search(f"{_W_OPEN}(.*?){_W_CLOSE}", marked)
    if gm is None or wm is None:
        raise ValueError(f"spelling frame needs a group and a [word]: {marked!r}")
    if func == "spelling_no_space":
        start, end = min(gm.start(), wm.start()), max(gm.end(), wm.end())
        segment = marked[start:end]
        if len(_MARKS.sub("", segment).split()) <= 6:
            out = marked[:start] + segment.replace(" ", "") + marked[end:]
        else:
            tokens = marked.split(" ")
            first = next(n for n, tok in enumerate(tokens) if _G_OPEN in tok)
            last = next(n for n, tok in enumerate(tokens) if _G_CLOSE in tok)
            lo, hi = max(0, first - 1), min(len(tokens), last + 2)
            out = " ".join([*tokens[:lo], "".join(tokens[lo:hi]), *tokens[hi:]])
        return _MARKS.sub("", out)
    word = _key_word(gm.group(1)) if target == "group" else wm.group(1)
    if func in ("spelling_swap", "spelling_missing_char") and len(word) < 4:
        target, word = "word", wm.group(1)
    if func == "spelling_swap":
        new = swap_adjacent(word, rng)
    elif func == "spelling_missing_char":
        new = drop_letter(word, rng)
    elif func == "spelling_added_space":
        new = " ".join(word)
    elif func == "spelling_leet":
        new = _leet(word, rng, suite)
    else:  # pragma: no cover - guarded by SPELLING_FUNCTIONALITIES
        raise ValueError(func)
    m = gm if target == "group" else wm
    inner = m.group(1).replace(word, new, 1)
    return _MARKS.sub("", marked[: m.start()] + inner + marked[m.end() :])


def _vary(text: str, rng: random.Random) -> str:
    """Mild, realistic casing/punctuation variation (train only)."""
    r = rng.random()
    if r < 0.16:
        text = text.lower()
    elif r < 0.20:
        text = text.replace("'", "")
    r = rng.random()
    if r < 0.12 and text.endswith("."):
        text = text[:-1]
    elif r < 0.15 and text.endswith("."):
        text = text[:-1] + "!!"
    return text


def _specs(func: str, specs: Iterable[Spec]) -> list[Tmpl]:
    return [_tmpl(s, func) for s in specs]


# --------------------------------------------------------------------------- suite bank


def _suite_rows() -> list[SynthRow]:
    rng = random.Random("bastion.synth.general_en:suite")
    tags = ("suite",)
    out: list[SynthRow] = []
    for f_idx, (func, specs) in enumerate(SUITE_GROUP_TEMPLATES.items()):
        for i, spec in enumerate(_specs(func, specs)):
            tid = f"en.{func}.{i + 1:02d}"
            for group in CORE_GROUPS:
                forms, slurs = FORMS[group], SLURS[group]
                form, slur = forms[(i + f_idx) % len(forms)], slurs[(i + f_idx) % len(slurs)]
                text = _cap(_fill(spec.text, form, slur))
                out.append(_group_row(func, group, text, tid, spec, tags))
    frames = _specs("", SUITE_SPELLING_FRAMES)
    for f_idx, func in enumerate(SPELLING_FUNCTIONALITIES):
        for j in range(6):
            spec = frames[(2 * f_idx + j) % len(frames)]
            target = "group" if (j + f_idx) % 2 == 0 else "word"
            tid = f"en.{func}.{j + 1:02d}"
            for group in CORE_GROUPS:
                forms, slurs = FORMS[group], SLURS[group]
                form, slur = forms[(j + f_idx) % len(forms)], slurs[(j + f_idx) % len(slurs)]
                marked = _fill(spec.text, form, slur, mark=True)
                text = _cap(_obfuscate(marked, func, target, rng, suite=True))
                out.append(_group_row(func, group, text, tid, spec, (*tags, "obfuscated")))
    for group in CORE_GROUPS:
        for i, text in enumerate(SUITE_RECLAIMED[group]):
            tid = f"en.slur_reclaimed.{i + 1:02d}"
            out.append(_group_row("slur_reclaimed", group, text, tid, Tmpl(text), tags))
    for func, texts in SUITE_NONGROUP.items():
        for i, text in enumerate(texts):
            filled = _cap(text.replace("{N}", SUITE_NONPROTECTED[i % len(SUITE_NONPROTECTED)]))
            out.append(nongroup_row(LANG, func, filled, f"en.{func}.{i + 1:02d}", tags))
    return out


# --------------------------------------------------------------------------- train bank


def _pick_forms(rng: random.Random, forms: Sequence[Form], k: int) -> list[Form]:
    return rng.sample(list(forms), min(k, len(forms)))


def _train_group_rows(rng: random.Random) -> list[SynthRow]:
    out: list[SynthRow] = []
    for func, specs in TRAIN_GROUP_TEMPLATES.items():
        k = 2 if func in HATEFUL_FUNCTIONALITIES else 3
        for i, spec in enumerate(_specs(func, specs)):
            tid = f"en.{func}.t{i + 1:02d}"
            groups = spec.only or TRAIN_GROUPS
            kk = k + 1 if spec.only else k
            for group in groups:
                for form in _pick_forms(rng, FORMS[group], kk):
                    slur = rng.choice(SLURS[group])
                    filled = _fill(spec.text, form, slur, user=rng.choice(USERS))
                    text = _vary(_fill_cap(spec.text, filled), rng)
                    out.append(_group_row(func, group, text, tid, spec, ("train",)))
    return out


def _train_spelling_rows(rng: random.Random) -> list[SynthRow]:
    out: list[SynthRow] = []
    frames = _specs("", TRAIN_SPELLING_FRAMES)
    no_space = _specs("", TRAIN_NO_SPACE_FRAMES)
    for func in SPELLING_FUNCTIONALITIES:
        specs = [*frames, *no_space] if func == "spelling_no_space" else frames
        for i, spec in enumerate(specs):
            tid = f"en.{func}.t{i + 1:02d}"
            for group in TRAIN_GROUPS:
                form, slur = rng.choice(FORMS[group]), rng.choice(SLURS[group])
                target = rng.choice(("group", "word"))
                marked = _fill_cap(spec.text, _fill(spec.text, form, slur, mark=True))
                text = _obfuscate(marked, func, target, rng, suite=False)
                if rng.random() < 0.2:
                    text = text.lower()
                out.append(_group_row(func, group, text, tid, spec, ("train", "obfuscated")))
    return out


def _train_reclaimed_rows(rng: random.Random) -> list[SynthRow]:
    out: list[SynthRow] = []
    for i, template in enumerate(TRAIN_RECLAIMED_GENERIC):
        tid = f"en.slur_reclaimed.t{i + 1:02d}"
        for group, recs in RECLAIMED.items():
            rec = rng.choice(recs)
            text = template.replace("{ME}", rec.me).replace("{R}", rec.plural)
            text = _vary(text.replace("{r}", rec.bare), rng)
            out.append(_group_row("slur_reclaimed", group, text, tid, Tmpl(text), ("train",)))
    n = len(TRAIN_RECLAIMED_GENERIC)
    for group, texts in TRAIN_RECLAIMED_SPECIFIC.items():
        for text in texts:
            n += 1
            tid = f"en.slur_reclaimed.t{n:02d}"
            out.append(_group_row("slur_reclaimed", group, text, tid, Tmpl(text), ("train",)))
    return out


def _train_news_rows(rng: random.Random) -> list[SynthRow]:
    out: list[SynthRow] = []
    for i, template in enumerate(TRAIN_NEWS):
        tid = f"en.identity_neutral.n{i + 1:02d}"
        for group in TRAIN_GROUPS:
            for form in _pick_forms(rng, FORMS[group], 2):
                text = _fill_cap(template, _fill(template, form, SLURS[group][0]))
                out.append(
                    SynthRow(
                        text=text,
                        lang=LANG,
                        hateful=False,
                        functionality="identity_neutral",
                        labels=(),
                        targets=(group,),
                        contexts=("news",),
                        template=tid,
                        tags=("train", "news"),
                    )
                )
    return out


def _claim_rows(rng: random.Random) -> list[SynthRow]:
    out: list[SynthRow] = []
    tags = ("train", "contrastive")
    for ci, claim in enumerate(TRAIN_CLAIMS):
        spec = Tmpl(claim.text, claim.dehum, claim.threat)
        for group in claim.only or TRAIN_GROUPS:
            form = rng.choice(FORMS[group])
            slur = SLURS[group][0]
            c = _fill(claim.text, form, slur)
            n = _fill(claim.negated, form, slur)
            plan: list[tuple[str, tuple[str, ...], str, str]] = [
                (claim.func, CLAIM_ASSERT, "{c}", c),
                ("counter_quote", CLAIM_QUOTE, "{c}", c),
            ]
            if claim.third_person:
                plan.append(("counter_reference", CLAIM_REFERENCE, "{c}", c))
            if claim.negated:
                plan.append(("negated_hateful", CLAIM_NEGATE, "{n}", n))
            for func, wrappers, slot, value in plan:
                for wi in rng.sample(range(len(wrappers)), 2):
                    wrapper = wrappers[wi]
                    text = wrapper.replace(slot, value)
                    text = _cap(text) if wrapper.startswith(slot) else text
                    tid = f"en.{func}.c{ci + 1:02d}w{wi + 1:02d}"
                    out.append(_group_row(func, group, _vary(text, rng), tid, spec, tags))
    return out


def _train_nongroup_rows(rng: random.Random) -> list[SynthRow]:
    out: list[SynthRow] = []
    for func, texts in TRAIN_NONGROUP.items():
        for i, template in enumerate(texts):
            tid = f"en.{func}.t{i + 1:02d}"
            reps = 4 if "{N}" in template or "{U}" in template else 1
            nouns = rng.sample(TRAIN_NONPROTECTED, reps)
            for noun in nouns:
                text = template.replace("{N}", noun).replace("{U}", rng.choice(USERS))
                text = _vary(_cap(text) if template.startswith("{N}") else text, rng)
                out.append(nongroup_row(LANG, func, text, tid, ("train",)))
    return out


def _train_rows() -> list[SynthRow]:
    rng = random.Random("bastion.synth.general_en:train")
    candidates = [
        *_train_group_rows(rng),
        *_train_spelling_rows(rng),
        *_train_reclaimed_rows(rng),
        *_train_news_rows(rng),
        *_claim_rows(rng),
        *_train_nongroup_rows(rng),
    ]
    banned = {row.text for row in _suite_rows()}
    seen: set[str] = set()
    out: list[SynthRow] = []
    for row in candidates:
        if row.text in seen or row.text in banned:
            continue
        seen.add(row.text)
        out.append(row)
    return out


def rows(bank: Bank) -> list[SynthRow]:
    """All English functional rows for `bank` ("train" or "suite"), deterministic."""
    if bank == "suite":
        return _suite_rows()
    if bank == "train":
        return _train_rows()
    raise ValueError(f"unknown bank: {bank!r}")
