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
        (r"\bkms\b", "kill myself"),
        (r"\bunaliv(e|ing)\b", r"kill\1"),
        (r"\bkill(ing)?\s+my\s*sel[fv]e?\b", r"kill\1 myself"),
        (r"\bneck(ing)? myself\b", "kill myself"),
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
        r"\b(die|died|dying) (of|from|with) (laughter|laughing|embarrassment|boredom|shame|cuteness|curiosity)\b",
        r"\bdead (tired|serious|on|set|end|easy|wrong|right)\b",
        r"\b(battery|phone|laptop|car|plants?|flowers?|engine|conversation|party|it) (is |was |has |had )?(died|dead)\b",
        r"\bi'm dead\b(?= ?[\U0001F600-\U0001F64F])",
        r"\bend (this|the|that|our) (argument|fight|meeting|call|conversation|project|relationship)\b",
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
        _re(r"\b(kill(ing)?|hang(ing)?|shoot(ing)?|drown(ing)?|poison(ing)?) myself\b"),
        R.SUICIDAL_THOUGHTS,
    ),
    Rule(
        _re(
            r"\b(end(ing)?|take|taking|took) (it all|my (own )?life|myself)\b(?! (savings|story|stories|in (my|our) "
            r"hands|back|insurance|into|experience|lessons?))"
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
            rf"\b{WISH} (to |i could |i can |i'd |i would |that i could )?(just |simply )?(die|be dead|"
            r"not (be )?alive|stop existing|not exist|(disappear|vanish|be gone|go away)( forever| for good| "
            r"permanently| and never come back)|(go to )?sleep forever|never wake up|not wake up)\b"
        ),
        R.NOT_WANTING_TO_LIVE,
    ),
    Rule(
        _re(
            r"\b(i|i'm|me)\b[^.]*\b(wish|wished) (i|i'd) (was|were|had) (dead|never been born|not born|gone)\b"
        ),
        R.NOT_WANTING_TO_LIVE,
    ),
    Rule(
        _re(
            r"\b(don't|do not|no longer|not|never) (want|wanting) to (live|be alive|exist|keep living|go on|"
            # "wake up to a face like that" is not about waking; "wake up to another day" is
            r"keep going|carry on|wake up(?! to (?!another|more|this|my|the same))|be here anymore|"
            r"be around anymore)\b"
        ),
        R.NOT_WANTING_TO_LIVE,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(sleep|fall asleep|go to sleep|close my eyes) and (never|not) wake up\b|"
            r"\b(imagin\w*|dream\w* (of|about)|wish\w*|hop(e|ing)|pictur\w*) (of )?(never |not )wak(e|ing) up\b(?! (late|early|too|on time|in time))"
        ),
        R.NOT_WANTING_TO_LIVE,
    ),
    Rule(
        _re(r"\b(tired|sick|weary) of (existing|living|being alive|life|being here)\b"),
        R.NOT_WANTING_TO_LIVE,
    ),
    Rule(
        _re(
            r"\b(everyone|everybody|they|the world|my family|my kids|people|he|she) (would|will|'d) be "
            r"(fine|better|happier|okay|ok|better off|relieved) (without me|if i (was|were) gone)\b"
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
            r"\b(no|any|a|the) (reason|point|purpose) (to|in|of|for) (live|living|life|being alive|be alive|"
            r"keep going|go on|going on|carry on|stay|staying)\b"
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
            r"\bbetter off without me\b"
        ),
        R.NOT_WANTING_TO_LIVE,
        negatable=False,
    ),
    Rule(
        _re(
            r"\b(nobody|no one|noone|no-one) (would|will|'d) (notice|care|miss me)[^.]*\bif i (died|was gone|were gone|"
            r"disappeared|wasn't here|weren't here)\b|\bif i died (tomorrow|today|tonight)\b"
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
            r"ready|hidden|hiding|enough)\b|\b(saved|stockpil\w*|bought|collect\w*|hoard\w*) (up )?(the |my |some |enough )?"
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
            r"\bcan't get out of bed\b|\bhaven't (left the house|eaten|showered|slept|been outside)\b|"
            r"\bmissed (a|two|three|several|\d+) (week|weeks|days) of (work|school|class)\b|"
            r"\bcan't (think|function|cope|work|eat|sleep)\b[^.]*\b(at all|anymore)\b|\bcan't cope\b|"
            r"\bfalling apart\b|\bbreaking down\b|\bcan't (do|take) (this|it) anymore\b"
        ),
        R.NOT_COPING,
    ),
    Rule(
        _re(
            r"\bpushed (everyone|everybody|all my friends|people) away\b|\balone every (day|evening|night|weekend)\b|"
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

PAST_REASON = R.PAST_ATTEMPT
LEARNED_CRISIS_REASON = R.LEARNED_CRISIS
LEARNED_CONCERN_REASON = R.LEARNED_CONCERN
QUESTIONNAIRE_REASON = R.QUESTIONNAIRE
