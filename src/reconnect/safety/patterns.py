"""The safety screen's patterns, kept apart from its logic so they can be reviewed together.

Each rule matches a meaning in the normalised text (lowercase, straight apostrophes,
slang spelled out). ``negatable`` rules are skipped when a negation precedes them in
the same clause; ``self_directed`` rules are skipped in sentences about stories, news
or teaching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reconnect.messages import SafetyReasons as R


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@dataclass(frozen=True)
class Rule:
    """A pattern, the reason it stands for, and how context may cancel it."""

    pattern: re.Pattern[str]
    reason: str
    negatable: bool = True
    self_directed: bool = True
    needs_persistence: bool = False


# Slang, shorthand and misspellings, rewritten before matching.
REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (_re(pattern), replacement)
    for pattern, replacement in (
        # "kms" is also kilometres: "200 kms", "low for kms on a used car"
        (
            r"(?<![\d.])(?<!\d )\bkms\b(?! (on|per|away|from|to|of|in|an hour|a day|left|driven))",
            "kill myself",
        ),
        (r"\bunaliv(e|ing)\b", r"kill\1"),
        (r"\bkill(ing)?\s+my\s*sel[fv]e?\b", r"kill\1 myself"),
        (r"\bneck(ing)? myself\b", "kill myself"),
        (r"\boff(ing)? myself\b", r"kill\1 myself"),
        (r"\bmy\s+sel[fv]\b|\bmyslef\b|\bmysef\b", "myself"),
        (r"\bsewer\s*slide\b|\bsu[iy]?c[iy]?d[ei]?\b|\bsuicde\b|\bsucide\b|\bsuiside\b", "suicide"),
        (r"\bsu[iy]?c[iy]?d[iy]?al\b|\bsuicidial\b|\bsucidal\b|\bsuisidal\b", "suicidal"),
        (r"\bctb\b", "end my life"),
        (r"\bs/?h\b(?=.*\b(again|urge|relapse)\b)", "self-harm"),
        (r"\bself[\s-]*harm", "self-harm"),
        (r"\bwanna\b", "want to"),
        (r"\bgonna\b", "going to"),
        (r"\bgotta\b", "got to"),
        (r"\bcant\b", "can't"),
        (r"\bdont\b", "don't"),
        (r"\bdoesnt\b", "doesn't"),
        (r"\bwont\b", "won't"),
        (r"\bim\b", "i'm"),
        (r"\bive\b", "i've"),
        (r"\bive\b", "i've"),
        (r"\bu\b", "you"),
        (r"\bbc\b|\bcuz\b|\bcos\b", "because"),
        (r"\bany ?more\b", "anymore"),
        (r"\b(\w+)in'", r"\1ing"),
        (r"\boverdos(e|ing)\b|\bod'?ing\b|\bo\.d\.", "overdose"),
    )
)

# Figures of speech that borrow the words of dying and killing.
IDIOMS: tuple[re.Pattern[str], ...] = tuple(
    _re(pattern)
    for pattern in (
        r"\b(is|are|was|were|'s|'re) (literally |really |slowly )?killing me\b",
        r"\bkill(ing)? (for|it|time)\b",
        r"\bkilled it\b|\babsolutely killed\b",
        r"\bdying (to|for)\b|\bto die for\b",
        r"\b(going to|gonna|will|'ll) die (if i don't|without|unless|of|from) (my |a |some |get )?"
        r"(coffee|tea|food|chocolate|sleep|laughing|laughter|boredom|embarrassment|cuteness|hunger|heat)\b",
        r"\b(going to|gonna|will|'ll) die if i don't get (my |a |some )?\w+ (soon|now|today)\b",
        r"\b(die|died|dying) (of|from|with) (laughter|laughing|embarrassment|boredom|shame|cuteness|curiosity)\b",
        r"\bdead (tired|serious|on|set|end|easy|wrong|right)\b",
        r"\b(battery|phone|laptop|car|plants?|flowers?|engine|conversation|party|it) (is |was |has |had )?(died|dead)\b",
        r"\bi'm dead\b(?= ?[\U0001F600-\U0001F64F])",
        r"\bend (this|the|that|our) (argument|fight|meeting|call|conversation|project|relationship)\b",
        r"\b(accidentally|by accident) (cut|burnt|burned|hurt) myself\b",
        r"\b(wak(e|es|ing) up|get(ting)? up|oversleep\w*) (late|early|on time|in time|too (late|early))\b",
        r"\b(cut|burnt|burned|hurt) myself (shaving|cooking|chopping|slicing|gardening|playing|at the gym|"
        r"on (a|the|some|my)|with (a|the) (knife|paper|tin|can)|by accident|accidentally)\b",
    )
)

NEGATION = _re(
    r"\b(never|not|no longer|no way|n't|nor|neither|wouldn't|won't|would not|will not|"
    r"don't|do not|didn't|did not|am not|i'm not|stopped)\b"
)
STORY = _re(
    r"\b(character|novel|book|film|movie|show|series|episode|story|news|article|documentary|"
    r"podcast|song|lyrics|play|game|course|training|prevention|awareness|statistics|rates?|"
    r"research|study|lecture|essay|history|historical)\b"
)
PAST = _re(
    r"\b(years? ago|months ago|in the past|used to|as a (kid|child|teen|teenager|student)|"
    r"when i was (young|younger|little|a kid|a teen|a teenager|at school|in school|\d+)|"
    r"back (then|in)|last year|(\d+|a few|several|many) years (ago|clean|free)|once tried)\b"
)
CURRENT = _re(
    r"\b(again|tonight|last night|this (week|weekend|morning|evening|afternoon)|right now|"
    r"want to|going to|urges?|planning|plan to)\b"
)
PERSISTENT = _re(
    r"\b(for (weeks|months|years|ages|a long time|so long|days)|all the time|constantly|always|"
    r"every (day|night|evening|morning)|anymore|lately|these days|since|most days|"
    r"months|weeks|nothing reaches|even (with|when|at)|no matter what|all day)\b"
)

SELF = r"(myself|my (own )?life)"
WISH = r"(want|wanna|wish|wished|wishing|going|ready|plan|planning|trying|try|tempted|thinking about|think about|thought about)"
OTHER = (
    r"(he|she|they|my (friend|partner|brother|sister|son|daughter|mum|mom|mother|dad|father|"
    r"husband|wife|boyfriend|girlfriend|colleague|flatmate|roommate|best friend|cousin|kid|child))"
)

CRISIS_RULES: tuple[Rule, ...] = (
    Rule(
        _re(
            rf"\b{OTHER}\b[^.]*\b(going to|wants? to|talk(ed|s|ing)? about|threaten(ed|s|ing)? to|"
            r"plann?(ed|ing|s)? to|tried to|said (he|she|they)('d| would))\s+(kill (him|her|them)sel(f|ves)|"
            r"take (his|her|their) (own )?life|end (his|her|their) (own )?life|end it all|die|"
            r"hurt (him|her|them)sel(f|ves)|not be (here|around|alive))\b"
        ),
        R.OTHER_AT_RISK,
    ),
    Rule(
        _re(
            rf"\b{OTHER}\b[^.]*\b(doesn't|does not|don't|do not) want to (live|be alive|be here|exist)\b"
        ),
        R.OTHER_AT_RISK,
        negatable=False,
    ),
    Rule(_re(rf"\b{OTHER}\b[^.]*\b(is|'s|seems|sounded|sounds) (so )?suicidal\b"), R.OTHER_AT_RISK),
    Rule(
        _re(
            rf"\b{OTHER}\b[^.]*\b(thinking|thought|thinks) about (jumping|dying|ending it|ending (his|her|their) "
            r"life|killing (him|her|them)sel(f|ves)|not being here)\b"
        ),
        R.OTHER_AT_RISK,
        negatable=False,
    ),
    Rule(
        _re(rf"\b{OTHER}\b[^.]*\bwish(es|ed)? (he|she|they) (was|were|'d be) dead\b"),
        R.OTHER_AT_RISK,
        negatable=False,
    ),
    Rule(
        _re(r"\b(kill(ing)?|hang(ing)?|shoot(ing)?|drown(ing)?|poison(ing)?) myself\b"),
        R.SUICIDAL_THOUGHTS,
    ),
    Rule(
        _re(
            r"\b(end(ing)?|finish(ing)?|take|taking|took) (my (own )?life|myself)\b(?! (savings|story|stories|in (my|our) "
            r"hands|back|insurance|into|experience|lessons?))|\bend(ing)? it all\b"
        ),
        R.SUICIDAL_THOUGHTS,
    ),
    Rule(_re(r"\bsuicidal\b"), R.SUICIDAL_THOUGHTS),
    Rule(
        _re(
            r"\b(commit(ting)?|attempt(ing|ed)?|thinking about|think about|thoughts of|plan(ning)?|"
            r"consider(ing)?) suicide\b|\bsuicide (note|plan|attempt|method)s?\b"
        ),
        R.SUICIDAL_THOUGHTS,
    ),
    Rule(
        _re(
            # the person's own wish, not a warning to someone else ("you're going to die")
            rf"(?<!you're )(?<!you are )(?<!we're )(?<!they're )\b{WISH} (to |i could |i can |i'd |i would |"
            r"that i could )?(just |simply )?(die|be dead|"
            r"not (be )?alive|stop existing|not exist|(disappear|vanish|be gone|go away)( forever| for good| "
            r"permanently| and never come back)|(go to )?sleep forever|never wake( up)?|not wake up)\b"
        ),
        R.NOT_WANTING_TO_LIVE,
    ),
    Rule(
        _re(
            r"\b(i|i'm|me)\b[^.]*\b(wish|wished) (i|i'd) (was|were|had) (dead|never been born|not born|gone)\b|"
            r"\b(wish|wished) (i'd|i had|i was|i were) never (been )?born\b"
        ),
        R.NOT_WANTING_TO_LIVE,
    ),
    Rule(
        _re(
            r"\b(don't|do not|no longer|not|never) (want|wanting) to (live|be alive|exist|keep living|go on|"
            # "wake up to a face like that" is not about waking; "wake up to another day" is
            r"keep going|carry on|wake up(?! to (?!another|more|this|my|the same))"
            r"(?! (early|late|at|before|on time|in time|so early|too early))|"
            r"be (here|around|alive) (anymore|no more|any longer))\b"
        ),
        R.NOT_WANTING_TO_LIVE,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(sleep|fall asleep|go to sleep|close my eyes) and (never|not) wake( up)?\b|"
            r"\b(hope|hoping|wish|pray|praying) (that )?i (don't|do not|won't|will not|never) wake up\b"
            r"(?! (early|late|in time|on time|too|before|at))|"
            r"\b(imagin\w*|dream\w* (of|about)|wish\w*|hop(e|ing)|pictur\w*) (of )?(never |not )wak(e|ing) up\b(?! (late|early|too|on time|in time))"
        ),
        R.NOT_WANTING_TO_LIVE,
    ),
    Rule(
        # "sick of living in this flat" is about the flat
        _re(
            r"\b(tired|sick|weary) of (existing|living|being alive|life|being here)\b(?! (in|out|at|with|on|off|under|through|here|there|next|near|abroad|alone in))"
        ),
        R.NOT_WANTING_TO_LIVE,
    ),
    Rule(
        _re(
            r"\b(everyone|everybody|they|the world|my family|my kids|people|he|she) (would|will|'d) be "
            r"(fine|better|happier|okay|ok|better off|relieved) (without me|if i (was|were) gone|if i died|"
            r"if i (wasn't|weren't) (here|around|alive)|if i (was|were) dead)\b"
            r"(?! (at|for|on|in|this|tonight|today))"
        ),
        R.NOT_WANTING_TO_LIVE,
        negatable=False,
    ),
    Rule(
        _re(r"\b(don't|do not|can't|cannot) see myself (being )?(around|alive|here|living)\b"),
        R.NOT_WANTING_TO_LIVE,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(no|any|a|the) (reason|point) (to|in|of|for)( me to)? (still )?(live|living|life|being alive|"
            r"be alive|keep going|go on|going on|carry on|stay|staying|be here|be around)\b"
            r"(?! (at|in|for|late|until|till|over|on|with|up|home|the night))|\bno purpose (in|to|for) (living|life|being alive)\b"
        ),
        R.NOT_WANTING_TO_LIVE,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(life|living|it) (isn't|is not|ain't|isnt) worth (living|it anymore)\b|\bnot worth living\b"
        ),
        R.NOT_WANTING_TO_LIVE,
        negatable=False,
    ),
    Rule(
        _re(r"\bwhat'?s the point (of|in) (living|life|being alive|going on|staying alive)\b"),
        R.NOT_WANTING_TO_LIVE,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(better off|be better) (dead|without me|if i (was|were) (gone|dead))\b|"
            r"\bbetter off without me\b|"
            # "it would be better (for everyone) if I wasn't here", but not "...here when the plumber comes"
            r"\b(better|easier|simpler|lighter|happier)( off)?( for (everyone|everybody|them|all of them|my family|"
            r"my kids|you))? if i "
            r"(just )?(died|was dead|were dead|was gone|were gone|killed myself|(wasn't|weren't) (here|around|"
            r"alive)|disappeared (forever|for good|permanently))\b(?! (when|for|at|during|while|until|by|on|today|"
            r"tonight|tomorrow))|"
            r"\beasier for (everyone|everybody|them|all of them|my family) if i (just )?disappeared\b"
        ),
        R.NOT_WANTING_TO_LIVE,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(nobody|no one|noone|no-one) (would|will|'d) (even |really |ever |actually )?(notice|care|miss me)"
            r"[^.]*\bif i (died|was gone|were gone|was dead|were dead|disappeared|wasn't here|weren't here)\b|"
            r"\bif i died (tomorrow|today|tonight)\b"
        ),
        R.NOT_WANTING_TO_LIVE,
        negatable=False,
    ),
    Rule(
        _re(
            r"\bcan't (go on|keep going|do this)( living| like this)?( anymore)?\b(?=.*\b(die|end|live|life|gone)\b)|"
            r"\bcan't (keep|go on|carry on) living\b"
        ),
        R.NOT_WANTING_TO_LIVE,
        negatable=False,
    ),
    Rule(
        _re(
            r"\bif i (disappeared|died|was gone|were gone|wasn't here|weren't here|killed myself)\b[^.]*\b(nobody|"
            r"no one|noone|no-one) (would|will|'d)\b"
        ),
        R.NOT_WANTING_TO_LIVE,
        negatable=False,
    ),
    Rule(
        _re(
            rf"\b{WISH} to (just )?end (it|things|everything)\b(?! (with|between|for (the|to)night|here and))"
            r"(?=\s*($|[.,!?;]|now|tonight|today|forever|for good|already|soon|permanently|once and for all|"
            r"this (week|weekend)))|"
            r"\bhow easy it (would|'d) be to (just )?(end it|die|disappear|not wake up|not be here)\b|"
            r"\b(thinking|thought|think) (about|of) ending (it|things|everything)\b(?! (with|between))"
            r"(?=\s*($|[.,!?;]|now|tonight|soon|forever|for good|permanently))"
        ),
        R.SUICIDAL_THOUGHTS,
    ),
    Rule(
        _re(
            r"\bnothing (left )?to live for\b|\bdone with (life|living|being alive|existing)\b|"
            r"\bwant out of (this life|life|living|existence|being alive)\b|"
            # "I'd rather die than wear that" is a figure of speech; "...than keep feeling this" is not
            r"\b(i'd|i would) rather (be dead|die|not (be alive|exist|wake up|be here))(?=\s*($|[.,!?;]|than "
            r"(keep|go on|live|feel|be like this|carry on|continue|face|wake|spend|deal|put up)))|"
            r"\b(dying|death|suicide|ending it|killing myself) (is|seems|feels like) (the |my )?only "
            r"(option|way out|answer|choice|solution|way)\b|"
            r"\b(only|no) way out (is|except|but|other than) (death|dying|to die|suicide|ending it)\b|"
            r"\b(don't think i can|can't|cannot) (stay alive|keep living|go on living|hold on)( much| any)? longer\b"
        ),
        R.NOT_WANTING_TO_LIVE,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(want|need|wish|wishing|just want) (it all|everything|all of it|the pain|my life|life) to "
            r"(stop|end|be over)\b.*\b(forever|for good|permanently|for ever)\b"
        ),
        R.NOT_WANTING_TO_LIVE,
        negatable=False,
    ),
    Rule(
        _re(
            r"\burges? to (cut|self-harm|hurt myself|harm myself|burn myself|die|kill myself|end it)\b"
            r"(?! (the|my|back|down|costs|ties|out|in|corners|it short))"
        ),
        R.SELF_HARM,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(cut|cutting|burn|burning|hurt|hurting|harm|harming|hit|hitting|punish|punishing|starve|"
            r"starving|scratch|scratching) myself\b"
        ),
        R.SELF_HARM,
    ),
    Rule(_re(r"\bself-harm(ing|ed)?\b"), R.SELF_HARM),
    Rule(
        _re(
            r"\b(cut|cutting|burned|burning) again\b|\brelapsed?\b[^.]*\b(cut|cutting|self-harm|hurting myself|"
            r"burning)\b"
        ),
        R.SELF_HARM,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(pills|tablets|meds|medication|medicines?|painkillers|rope|noose|gun|razor|blades?)\b[^.]*\b(saved|stockpil\w*|bought|collect\w*|"
            r"ready|hidden|hiding|enough)\b|\b(saved|stockpil\w*|bought|collect\w*|hoard\w*) (up )?(the |my |some |enough |a |an )?"
            r"(pills|tablets|meds|medication|medicines?|painkillers|rope|gun|razors?|blades?)\b"
        ),
        R.PLAN_OR_MEANS,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(ways|how) to (kill myself|die|end it|end my life|overdose)\b|\bhow many (pills|tablets)\b|"
            r"\boverdose\b"
        ),
        R.PLAN_OR_MEANS,
    ),
    Rule(
        _re(
            r"\b(jump|jumping|throw myself|step) (off|from|in front of|under)\b[^.]*\b(bridge|roof|building|"
            r"train|cliff|balcony|window|car|bus|tracks)\b"
        ),
        R.PLAN_OR_MEANS,
    ),
    Rule(
        _re(r"\b(this weekend|tonight|tomorrow) (is|will be) (it|the (night|day|end))\b"),
        R.PLAN_OR_MEANS,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(goodbye|farewell|suicide) (letters?|notes?|messages?)\b|\bwr(ote|iting|ite) (letters|a letter|notes?|"
            r"goodbyes?) to\b[^.]*\b(in case|won't|not be|not here|after i)\b"
        ),
        R.GOODBYE,
        negatable=False,
    ),
    Rule(
        _re(
            r"\bgiv(e|ing|en) (away )?(all )?my (things|stuff|belongings|possessions)( away)?\b|"
            r"\bwon't need (my things|my stuff|my belongings)\b|"
            # "then I won't need them" alone is everyday talk; "anymore" makes it a goodbye
            r"\bwon't need (them|it|anything|any of it) (anymore|any more|ever again|where i'm going)\b"
        ),
        R.GOODBYE,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(won't|will not|might not) be (here|around|alive) (next|much longer|for long|anymore|by)\b|"
            r"\bin case i'm not (here|around)\b|\bthis is (my )?goodbye\b"
        ),
        R.GOODBYE,
        negatable=False,
    ),
)

# Ways of speaking about one's own death that are not set phrases: dwelling on it, methods,
# last nights and goodbyes, being "better off gone". Written from wordings the first rules
# missed, by meaning rather than by the exact words.
DEATH = (
    r"(dying|death|my (own )?death|being dead|killing myself|ending it( all)?|ending my life|suicide|"
    r"not being (here|alive|around)|not existing|my (own )?funeral|never waking up)"
)
CRISIS_RULES += (
    Rule(
        _re(
            rf"\b(can't stop|keep|kept|been|always|constantly|often|sometimes)( just)? (thinking|dreaming|"
            rf"fantasi[sz]ing|obsessing) (about|of) {DEATH}\b|"
            rf"\b(fantasi[sz]\w*|obsess\w*|daydream\w*) (about|of|over) {DEATH}\b|"
            r"\b(think|thinking|thought) about (driving|crashing|steering|swerving) (my car )?(into|off|in front of)\b"
        ),
        R.SUICIDAL_THOUGHTS,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(slit\w*|slash\w*|cut\w*|open\w*) (my|both) wrists\b|"
            r"\b(took|taken|swallowed|downed) (a bunch|a handful|all|loads|a lot|too many|a whole (bottle|box|"
            r"packet|strip)|the whole (bottle|box|packet))( of)? (my |the )?(pills|tablets|meds|painkillers)\b|"
            r"\b(pills|tablets|meds|painkillers) (are )?(lined up|counted out|laid out|ready)\b|"
            r"\b(bridge|roof|tracks|cliff|ledge|river|edge)\b[^.]*\b(keeps? calling|is calling|calls) (me|to me)\b"
        ),
        R.PLAN_OR_MEANS,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(this|tonight|today) (is|will be) my (very )?last (night|day)\b|"
            r"\bmade up my mind\b[^.]*\b(tonight|last|goodbye|end|over|gone|it's time)\b|"
            r"\bsaying (my|all my|final) goodbyes?\b|\b(i'm|i am|i'll|i will) (saying )?goodbye to (everyone|you all|"
            r"the world|this world)\b|(^|[.!?] |i'm done\W+)goodbye (everyone|everybody|all|world|cruel world)\b|"
            r"\bwr(ote|itten|iting|ite) (letters|notes|a letter|a note) to (everyone|all|my (family|kids|children|"
            r"parents|partner|wife|husband))[^.]*\b(just in case|in case|for after|for when i'm gone)\b|"
            r"\bif i'm (not|no longer) (here|around|alive) (tomorrow|by|next|in the morning)\b"
        ),
        R.GOODBYE,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(want|wanna|wish)( to)? (be|stay)? ?(off|gone from) this (earth|world|planet)\b|"
            r"\bdon't want to be (on|in) this (earth|world|planet)( anymore)?\b|"
            r"\b(had enough|sick|tired|weary) of (living|life|being alive|existing|this life)\b(?! (in|out|at|with|on|off|under|through|here|there|next|near|abroad|alone in))|"
            r"\bno (point|use|sense) (in )?(going on|carrying on|living|being alive|staying alive)\b|"
            r"\bbetter off (gone|dead|not here|not existing|not alive)\b|"
            r"\b(easier|better|simpler) to (just )?not (be here|be alive|exist|wake up|be around)\b|"
            r"\bwant (it|life|everything|it all|my life) over( with)?\b(?! (with|by|before|so))"
        ),
        R.NOT_WANTING_TO_LIVE,
        negatable=False,
    ),
    Rule(
        _re(
            # a wish or intention about one's own death ("I hope I die in my sleep"), not about
            # someone or something else ("I want capitalism to die")
            r"\b(want|wants|wanted|wanna|wish|wishes|wishing|hope|hoping|pray|praying|ready|plan|planning|"
            r"tempted|longing|considering|decided|time for me)( to)? (just |really |simply )?(to |that i |i |"
            r"i'd |i could |i would |for me to )?(just |simply )?(die|be dead|(fall asleep|sleep|go to sleep) "
            r"forever|leave this (world|earth|life)|swallow (everything|all (of )?(my|the|them)|the whole)|"
            r"hang myself|jump (off|from|in front of) (a|the|my)\b)(?! (of|from|laughing|for|with))|"
            r"\b(wish|wishing|hope|hoping|pray\w*) (that )?(a|the|some) (car|bus|train|truck|lorry) (would|will|to) "
            r"hit me\b|"
            r"\bfavou?r (to everyone |for everyone )?by (dying|disappearing|killing myself|being gone|not being here)\b"
        ),
        R.NOT_WANTING_TO_LIVE,
    ),
    Rule(
        _re(
            r"\bcan't (bear|stand|face|take) (living|being alive|another day|one more day)\b|"
            r"\b(don't|can't|cannot) (see|imagine|picture) (a|any) future (where|in which|with) (i'm|i am|me) "
            r"(alive|here|still)\b|"
            r"\b(slipping|drifting|edging|getting closer|sliding) (towards?|to) (ending it|the end|death|dying|"
            r"suicide)\b|"
            r"\b(no one|nobody|no-one) (will|would|'ll) (have to|need to) (deal with|worry about|put up with|"
            r"look after|carry) me\b"
        ),
        R.NOT_WANTING_TO_LIVE,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(painless|quick|quickest|easy|easiest|surest) (ways?|methods?) to (go|die|end it|do it|kill myself)\b|"
            r"\b(taking|take|took|swallow\w*) (all|every one of|the whole (bottle|box|packet) of) my (pills|tablets|"
            r"meds|medication|antidepressants|painkillers|sleeping pills)\b|"
            r"\b(knife|blade|razor|rope|pills|gun|noose)\b[^.]*\b(next to|beside|by|under) my (bed|pillow)\b|"
            r"\b(stood|standing|sat|sitting|stand) (on|at) (the )?(edge|ledge) of (the|a) (roof|bridge|building|"
            r"cliff|platform|balcony)\b"
        ),
        R.PLAN_OR_MEANS,
        negatable=False,
    ),
    Rule(
        _re(
            # euphemisms for ending one's life
            r"\bcheck(ing)? out (for good|permanently|of (this|life))\b|"
            r"\b(won't|will not|not going to) be (a|such a) (problem|burden|bother|nuisance) (to|for) "
            r"(anyone|everyone|you|anybody) (much longer|for long|anymore|after tonight)\b|"
            r"\bwon't (bother|trouble|burden) (you|anyone|anybody|everyone) (again )?(after|past) (tonight|today|"
            r"this)\b|"
            r"\bmake (it|it all|everything|the pain) stop (for good|forever|permanently)\b|"
            r"\b(how much longer|how long) i can keep myself safe\b|\bcan't keep myself safe\b|"
            r"\bdone with (this|the) (world|life|planet)\b|"
            r"\b(if|when) i don't wake up\b[^.]*\b(fine|okay|ok|relief|better|good)\b|"
            r"\b(hope|wish|pray)\w* (i|that i) (get|got|have|had|die in) (in )?an? (accident|crash)\b"
        ),
        R.NOT_WANTING_TO_LIVE,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(thinking|think|thought) about (trying|doing it) again\b|"
            r"\b(planning|plan|planned) how to do it\b|"
            r"\bwithout it looking like (suicide|i did it)\b|"
            r"\bhow high (the|that) (bridge|building|roof|cliff|balcony)\b|"
            r"\b(standing|sitting|stood|sat) on (the )?(roof|edge|ledge)\b[^.]*"
            r"\b(just wanted|want(ed)? someone|goodbye|to know)\b|"
            r"\bbought (the stuff|what|everything) i need\b[^.]*\b(waiting|tonight|asleep)\b"
        ),
        R.PLAN_OR_MEANS,
        negatable=False,
    ),
    Rule(
        _re(
            # an overdose taken or being gathered, means laid out
            r"\b(swallowed|took|taken|downed) (a|the) (handful|bunch|bottle|box|packet|lot|load)s? of (my |the )?"
            r"(pills|tablets|meds|medication|paracetamol|painkillers|sleeping pills|antidepressants)\b|"
            r"\b(saving|stockpiling|hoarding|keeping) (them|my (meds|pills|tablets|medication)) up\b|"
            r"\bsaving up (my )?(meds|pills|tablets|medication)\b|"
            r"\b(pills|tablets|meds|razor|blades?|rope|gun)\b[^.]*\b(on the table|in front of me|laid out|"
            r"lined up|out on the)\b|"
            r"\b(cleaned|loaded|checked) (his|her|their|my) (gun|rifle|pistol)\b|"
            r"\b(affairs|things) in order\b|"
            r"\bhow long the fall would take\b|"
            r"\bslice myself\b|\b(bathroom|kitchen|room) with (the|a) (razor|blade|knife)\b"
        ),
        R.PLAN_OR_MEANS,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(this is )?my (very )?last (entry|message|post|note)\b|"
            r"\bi (just )?can't stay\b[^.]*\b(love|sorry|blame)\b|\b(love|sorry|blame)\b[^.]*\bi (just )?can't stay\b|"
            r"\bwants? to be with (dad|mum|mom|my (dad|mum|mom|husband|wife|son|daughter|brother|sister)|him|her) "
            r"again\b[^.]*\b(died|passed|gone)\b|"
            r"\b(hitting|banging|smashing) my head (against|on|into)\b[^.]*\b(until|till|bleed|stars)\b"
        ),
        R.GOODBYE,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(lethal|fatal|deadly) (dose|amount|overdose)\b|"
            r"\bhow (many|much) [\w ]{1,30}\b(is|would be|are) (lethal|fatal|deadly|enough to die)\b|"
            r"\b(make it|so it|to make it) looks? like an accident\b|"
            r"\b(walk|walking|walked|step|stepping|stepped|lie|lying) (onto|on to|in front of) (the|a) (tracks|"
            r"train|lorry|truck|bus)\b"
        ),
        R.PLAN_OR_MEANS,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(sorted|sorting|in order|tidied|tidying|tidy)\b[^.]*\bbefore i (go|leave|"
            r"die|am gone|'m gone)\b|"
            r"\bwho (gets|will get|should get|should have|will have) my (things|stuff|belongings|guitar|books|"
            r"cat|dog|car)\b|"
            r"\b(won't|will not|not going to) be (around|here|alive) (to see|for (christmas|my birthday|"
            r"the weekend|new year|much longer))\b|"
            r"\bnot planning (to be|on being) (here|around|alive) (for|by|at|next)\b"
        ),
        R.GOODBYE,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(burning|cutting|scratching|carving|slicing) (into )?my (skin|arms?|wrists?|thighs?|legs?)\b"
        ),
        R.SELF_HARM,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(scratch\w*|cut\w*|burn\w*|hit\w*|bit|bite|biting|carv\w*) my (arms?|legs?|wrists?|skin|"
            r"thighs?|stomach|hands?)\b[^.]*\b(bled|bleed\w*|blood|again|on purpose|to feel|until|deep)\b"
        ),
        R.SELF_HARM,
        negatable=False,
    ),
)

CONCERN_RULES: tuple[Rule, ...] = (
    Rule(
        _re(
            r"\b(numb|empty|hollow|dead inside|nothing reaches me|feel nothing|felt nothing|"
            r"can't feel (anything|joy|happy|happiness|love|a thing)|don't feel anything|flat)\b(?! special)"
        ),
        R.NUMBNESS,
        needs_persistence=True,
    ),
    Rule(
        _re(
            r"\bdead inside\b|\bnothing reaches me\b|\b(watching|watch) my (own )?life (from|through|like)\b|"
            r"\bdetached from (everything|everyone|my life|myself)\b|\bgo(ing|es|ne)? through the motions\b|"
            r"\bon autopilot\b(?=.*\b(weeks|months|always|every)\b)"
        ),
        R.NUMBNESS,
    ),
    Rule(
        _re(
            r"\bhopeless\b|\bno hope\b|\b(don't|can't|do not|cannot) see (things|it|anything|life) (ever )?"
            r"(getting|get|going to get) better\b|\bnever (going to )?get better\b|\bno future\b"
        ),
        R.HOPELESSNESS,
    ),
    Rule(
        _re(
            r"\bnothing (i do )?matters\b|\bwhy (do|should) i (even )?bother\b|\bwhat'?s the point\b|"
            r"\bnone of it matters\b"
        ),
        R.HOPELESSNESS,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(stopped|stop) caring about (anything|everything)\b|\bdon't care about anything\b|"
            r"\blost (all )?interest in (everything|anything)\b|\bnothing (interests|excites) me\b"
        ),
        R.APATHY,
    ),
    Rule(
        _re(
            r"\b(can't|couldn't|cannot) (get|drag myself) out of bed\b|"
            r"\bhaven't (left the (house|flat|apartment|room|bedroom)|eaten|showered|slept|been outside)\b|"
            r"\bstopped (eating|showering|washing|sleeping|getting dressed)( properly)?\b|"
            r"\bpanic attacks? (every|each) (day|night|morning)\b|"
            r"\bmissed (a|two|three|several|\d+) (week|weeks|days) of (work|school|class)\b|"
            r"\bcan't (think|function|cope|work|eat|sleep)\b[^.]*\b(at all|anymore)\b|\bcan't cope\b|"
            r"\bfalling apart\b|\bbreaking down\b|\bcan't (do|take) (this|it) anymore\b|"
            r"\b(want|need|wish) (it all|everything|all of it) to (stop|end|be over)\b"
        ),
        R.NOT_COPING,
    ),
    Rule(
        _re(
            r"\b(pushed|pushing|push) (everyone|everybody|all my friends|people) away\b|"
            r"\balone every (day|evening|night|weekend)\b|"
            r"\bhaven't (talked|spoken) to anyone\b|\bno one to talk to\b|\bcut (myself )?off from (everyone|"
            r"everybody|friends|my friends)\b|\bisolat(ed|ing) myself\b|\b(shut|shutting) (myself )?down "
            r"(completely|totally|entirely)\b"
        ),
        R.ISOLATION,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(i'm|i am|i feel like|feel like|feeling like) (just |such |only )?(a|such a) burden\b"
        ),
        R.HOPELESSNESS,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(tried|attempted) (to )?(kill myself|take my (own )?life|end my life|suicide)\b|"
            r"\bsuicide attempt\b"
        ),
        R.PAST_ATTEMPT,
        negatable=False,
    ),
)

# Not feeling safe with a partner or someone at home: hurt, threatened, controlled or afraid
# of them. Not a crisis level of its own: a text with only this is marked ``concern`` with
# this reason, so the person sees the lines for domestic abuse beside it. Written narrowly,
# so that everyday uses do not count ("it hit me", "he hit me up", "she beat me at chess",
# "scared of him leaving me", "pushed me into the pool", "checks my phone for the
# weather"); emotional hurt ("he hurt my feelings", "my partner hurts me") is left to the
# other rules and the model. See docs/safety.md for what was measured.
_PARTNER = (
    r"my (husband|wife|partner|boyfriend|girlfriend|bf|gf|fianc[eé]e?|ex|ex-husband|ex-wife|"
    r"ex-partner|ex-boyfriend|ex-girlfriend|spouse)"
)
_FAMILY = (
    r"my (dad|father|stepdad|stepfather|mum|mom|mother|stepmum|stepmom|brother|sister|son|daughter)"
)
_AGENT = rf"(he|she|{_PARTNER})"
_CLOSE = rf"(he|she|{_PARTNER}|{_FAMILY})"
_GAP = r"((?!(never|not|no|nothing)\b)(?![\w']*n't\b)[\w']+ ){0,2}"
_VIOLENCE = (
    r"((hit|hits|hitting)(?= me\b)(?! me (up|with (?!(a|his|her|the) (belt|fist|hand|bottle|stick|shoe|chair|bat)))))"
    r"|slapped|slaps|slapping|punched|punches|punching|choked|chokes|choking|strangled|strangles|"
    r"strangling|raped|rapes"
)
UNSAFE_RULES: tuple[Rule, ...] = (
    Rule(_re(rf"\b{_CLOSE} {_GAP}({_VIOLENCE}) me\b"), R.UNSAFE_AT_HOME),
    Rule(
        _re(
            rf"\b{_CLOSE} {_GAP}(beat|beats|beating) me\b(?! (to|at|every|in (a|the) (race|game|match)))"
        ),
        R.UNSAFE_AT_HOME,
    ),
    Rule(
        _re(
            rf"\b{_CLOSE} {_GAP}(kicked|kicks|kicking) me\b(?! (under|out\b(?! of (the|our|my) (house|home|flat|apartment))))"
        ),
        R.UNSAFE_AT_HOME,
    ),
    Rule(
        _re(
            rf"\b{_CLOSE} {_GAP}(pushed|pushes|shoved|shoves|threw|throws) me (against|down|into|onto) "
            r"(the |a )?(wall|floor|ground|stairs|door|table|car|bed)\b"
        ),
        R.UNSAFE_AT_HOME,
    ),
    Rule(
        _re(rf"\b{_CLOSE} {_GAP}grabbed me by (the|my) (throat|neck|hair|arm|wrist)"),
        R.UNSAFE_AT_HOME,
    ),
    Rule(
        _re(rf"\b{_CLOSE} {_GAP}(sexually assaulted|assaulted|locked|locks) me\b"), R.UNSAFE_AT_HOME
    ),
    Rule(
        _re(rf"\b{_AGENT} (is|has been) (so |really |very |getting )?(abusive|violent)\b"),
        R.UNSAFE_AT_HOME,
    ),
    Rule(
        _re(
            rf"\b{_CLOSE} (hurts|hurt) me (when|if) (he|she)('s| is| gets| got) (drunk|angry|mad)\b"
            rf"|\b{_CLOSE} touch(es|ed)? me and i (don't|do not|didn't) want"
        ),
        R.UNSAFE_AT_HOME,
    ),
    Rule(_re(rf"\b{_AGENT} {_GAP}(is stalking|stalks|keeps stalking) me\b"), R.UNSAFE_AT_HOME),
    Rule(
        _re(
            r"\bi('m| am| feel| get|'ve been| have been) (so |really |very |too |always |often )?"
            rf"(scared|afraid|terrified|frightened) of (him|her|{_PARTNER}|{_FAMILY})"
            r"(?!'s)(?! [\w']+ing\b)(?! (reaction|disappointment|health|dying|leaving)\b)"
            r"|\b(scared|afraid|terrified|frightened) of what (he|she) (will|might|would|could) do\b"
        ),
        R.UNSAFE_AT_HOME,
    ),
    Rule(
        _re(
            r"\b(afraid|scared|terrified) to go (back )?home\b(?=\s*($|[.!?]|tonight\b|because\b|when\b|if\b))"
        ),
        R.UNSAFE_AT_HOME,
    ),
    Rule(
        _re(
            rf"\b{_AGENT} (won't|doesn't|does not|will not|never) (let|lets|allow|allows) me "
            r"(see|talk to|call|visit) (my )?(friends|family|mum|mom|dad|sister|brother|parents)\b"
            rf"|\b{_AGENT} (won't|doesn't|does not|will not) (let|allow) me (leave|have (my own|any) (money|phone))\b"
            r"(?! (without|to))"
        ),
        R.UNSAFE_AT_HOME,
        negatable=False,
    ),
    Rule(
        _re(
            rf"\b{_AGENT} (controls|monitors|tracks) (all |all of )?(my (money|phone|location|spending)|"
            r"everything i do|who i (see|talk to))\b(?! (because|since|for))"
            rf"|\b{_AGENT} (checks|goes through|reads) (who i talk to|my (phone|messages|texts|emails)\b(?! (for|to help)))"
            rf"|\b{_AGENT} (takes|took) (away )?my (phone|money|keys|passport) (away )?and (won't|will not|doesn't) give"
        ),
        R.UNSAFE_AT_HOME,
    ),
    Rule(
        _re(
            rf"\b{_CLOSE} (threatens|threatened|keeps threatening) me\b"
            rf"|\b{_AGENT} ((said|says|told me|swore) (that )?(he|she)('d|'ll| will| would| is going to|"
            r" was going to)|(\w+ )?threaten(s|ed|ing)? to) (kill|hurt|hit|beat) me\b(?! up)"
            rf"|\b{_PARTNER} (\w+ )?threaten(s|ed|ing)? to take (the|my|our) (kids|children)\b"
        ),
        R.UNSAFE_AT_HOME,
    ),
)
# A sentence that says it is play or a joke does not count.
UNSAFE_PLAY = _re(
    r"\b(playful(ly)?|as a joke|joking(ly)?|lol|haha|hilarious|high five|in (fortnite|minecraft|"
    r"the game|a game)|at (chess|cards)|pillow fight|wrestl(e|ing)|tickl(e|ed|ing))\b"
)
UNSAFE_REASON = R.UNSAFE_AT_HOME

PAST_REASON = R.PAST_ATTEMPT
LEARNED_CRISIS_REASON = R.LEARNED_CRISIS
LEARNED_CONCERN_REASON = R.LEARNED_CONCERN
QUESTIONNAIRE_REASON = R.QUESTIONNAIRE
OTHER_AT_RISK_REASON = R.OTHER_AT_RISK
NOT_ENGLISH_REASON = R.NOT_ENGLISH
