"""The emotion vocabulary for check-ins, in our own words.

Grouped by the quadrant of the pleasantness x energy grid where each feeling
usually sits, so that people can learn to name what they feel more precisely.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

Quadrant = Literal["high_pleasant", "low_pleasant", "high_unpleasant", "low_unpleasant"]


@dataclass(frozen=True)
class EmotionWord:
    """A feeling word, where it usually sits on the grid, and a one-line meaning."""

    word: str
    quadrant: Quadrant
    meaning: str


def _group(quadrant: Quadrant, pairs: tuple[tuple[str, str], ...]) -> tuple[EmotionWord, ...]:
    return tuple(EmotionWord(word, quadrant, meaning) for word, meaning in pairs)


HIGH_PLEASANT = _group(
    "high_pleasant",
    (
        ("excited", "Buzzing about something that is about to happen."),
        ("joyful", "A bright, full happiness that is hard to keep in."),
        ("enthusiastic", "Keen to throw yourself into something."),
        ("elated", "Lifted up, as if after great news."),
        ("inspired", "Struck by an idea or example that makes you want to act."),
        ("proud", "Glad about something you did or someone you love did."),
        ("energised", "Plenty of fuel in the tank."),
        ("playful", "In the mood to joke, tease gently, or try things for fun."),
        ("hopeful", "Expecting that things can get better."),
        ("amused", "Something struck you as funny."),
        ("eager", "Impatient, in a good way, to begin."),
        ("thrilled", "A rush of delight."),
        ("delighted", "Very pleased by something that happened."),
        ("motivated", "Clear about what you want to do, and ready to do it."),
        ("confident", "Trusting yourself to handle what comes."),
        ("cheerful", "Light and good-humoured."),
        ("passionate", "Deeply caring about something, with energy behind it."),
        ("curious", "Wanting to find out more."),
        ("lively", "Awake, quick and full of movement."),
        ("amazed", "Pleasantly surprised by something bigger than you expected."),
        ("determined", "Set on getting something done, whatever it takes."),
        ("focused", "Attention gathered on one thing, without strain."),
        ("affectionate", "Warmth you want to show someone."),
        ("brave", "Ready to do something that scares you a little."),
        ("empowered", "Feeling you have a say in your own life."),
        ("alive", "Fully present in your body and the moment."),
        ("appreciated", "Noticed and valued by someone."),
        ("connected", "Close to someone, as if a line runs between you."),
    ),
)

LOW_PLEASANT = _group(
    "low_pleasant",
    (
        ("calm", "Quiet inside; nothing pulling at you."),
        ("content", "Enough, just as things are."),
        ("relaxed", "Body and mind have let go of tension."),
        ("peaceful", "Settled, with no conflict inside or around you."),
        ("grateful", "Thankful for something or someone."),
        ("serene", "A deep, still calm."),
        ("safe", "Protected; no need to be on guard."),
        ("tender", "Soft and caring towards someone, or towards yourself."),
        ("loved", "Knowing someone holds you dear."),
        ("cared-for", "Someone is looking out for you."),
        ("accepted", "Taken as you are, without having to change."),
        ("relieved", "A weight has lifted."),
        ("cosy", "Warm, comfortable, tucked in."),
        ("comfortable", "At ease in your body and surroundings."),
        ("at-ease", "Nothing to prove right now."),
        ("reflective", "Thinking things over, quietly."),
        ("balanced", "Steady; neither too much nor too little."),
        ("mellow", "Soft, slow and easy-going."),
        ("secure", "Confident that the ground beneath you will hold."),
        ("satisfied", "Pleased with how something turned out."),
        ("fulfilled", "What you did felt meaningful."),
        ("restful", "Recovering, recharging, unhurried."),
        ("close", "Near to someone in feeling, not only in place."),
        ("moved", "Touched by something kind or beautiful."),
        ("trusting", "Able to rely on someone without checking."),
        ("hopeful-quiet", "A soft sense that things will be alright."),
        ("compassionate", "Feeling with someone who is struggling, and wishing them well."),
        ("understood", "Someone really got what you meant."),
    ),
)

HIGH_UNPLEASANT = _group(
    "high_unpleasant",
    (
        ("anxious", "Uneasy about what might happen; the body on alert."),
        ("angry", "Something feels wrong or unfair, and you want it to stop."),
        ("frustrated", "Blocked from something you want, again."),
        ("stressed", "More demands than resources right now."),
        ("overwhelmed", "Too much at once; hard to know where to start."),
        ("irritated", "Small things are getting under your skin."),
        ("nervous", "Jittery before something that matters."),
        ("panicky", "A surge of fear that feels hard to control."),
        ("tense", "Muscles and mind braced."),
        ("worried", "Thoughts circling around what could go wrong."),
        ("jealous", "Afraid of losing someone's attention or closeness to another."),
        ("restless", "Unable to settle or sit still."),
        ("furious", "Anger at full strength."),
        ("resentful", "Holding on to a hurt that was not put right."),
        ("scared", "Sensing danger, real or imagined."),
        ("shocked", "Jolted by something unexpected and unwelcome."),
        ("embarrassed", "Exposed in front of others, wanting to hide."),
        ("pressured", "Pushed to act or decide before you are ready."),
        ("defensive", "Ready to protect yourself from criticism."),
        ("agitated", "Stirred up and unable to calm down."),
        ("annoyed", "Mildly bothered by something or someone."),
        ("on-edge", "Waiting for something bad; easily startled."),
        ("betrayed", "Someone you trusted broke that trust."),
        ("disgusted", "Strong dislike, as if something is wrong to the core."),
        ("envious", "Wanting what someone else has."),
        ("impatient", "Time feels too slow for what you need."),
        ("insecure", "Unsure of your worth or your place."),
        ("trapped", "No way out that you can see."),
    ),
)

LOW_UNPLEASANT = _group(
    "low_unpleasant",
    (
        ("sad", "Heavy-hearted about something that matters to you."),
        ("lonely", "Wanting connection that is not there right now."),
        ("numb", "Feelings seem switched off or far away."),
        ("empty", "A hollow, as if something is missing inside."),
        ("tired", "Low on energy; wanting rest."),
        ("disconnected", "Cut off from others, or from your own feelings."),
        ("bored", "Nothing holds your interest."),
        ("detached", "Watching your life from a distance, as if it were someone else's."),
        ("hopeless", "Hard to imagine things getting better."),
        ("drained", "Used up, as if someone pulled the plug."),
        ("disappointed", "Something did not turn out as you hoped."),
        ("discouraged", "Losing heart after setbacks."),
        ("withdrawn", "Pulling back from people and activities."),
        ("flat", "Neither good nor bad; little colour in the day."),
        ("apathetic", "Hard to care about things that used to matter."),
        ("ashamed", "Feeling that something about you is wrong or bad."),
        ("guilty", "Regret about something you did or did not do."),
        ("hurt", "Wounded by something someone said or did."),
        ("heartbroken", "Grief over a loss of love or closeness."),
        ("exhausted", "Completely worn out, in body or mind."),
        ("indifferent", "Not minding either way, even about things you used to mind."),
        ("down", "A low mood that hangs around."),
        ("burnt-out", "Depleted by demands that went on too long."),
        ("invisible", "As if nobody notices you."),
        ("helpless", "Unable to change what is happening."),
        ("rejected", "Pushed away or left out."),
        ("melancholy", "A wistful, quiet sadness."),
        ("distant", "Far from the people near you, even in the same room."),
        ("foggy", "Thoughts slow and unclear."),
        ("grieving", "Missing someone or something that is gone."),
    ),
)

VOCABULARY: Final[tuple[EmotionWord, ...]] = (
    HIGH_PLEASANT + LOW_PLEASANT + HIGH_UNPLEASANT + LOW_UNPLEASANT
)
BY_WORD: Final[dict[str, EmotionWord]] = {entry.word: entry for entry in VOCABULARY}
QUADRANT_ORDER: Final[tuple[Quadrant, ...]] = (
    "high_unpleasant",
    "high_pleasant",
    "low_unpleasant",
    "low_pleasant",
)


def words_in(quadrant: Quadrant) -> list[EmotionWord]:
    """The words of one quadrant, in the order written above."""
    return [entry for entry in VOCABULARY if entry.quadrant == quadrant]


def quadrant_of(pleasantness: int, energy: int) -> Quadrant:
    """The grid quadrant for a point; the centre lines count as low and unpleasant."""
    high = energy > 0
    pleasant = pleasantness > 0
    if high:
        return "high_pleasant" if pleasant else "high_unpleasant"
    return "low_pleasant" if pleasant else "low_unpleasant"


@dataclass(frozen=True)
class WordChoice:
    """The words offered for one spot on the grid: the best dozen first, then the rest of
    its quadrant, then the other quadrants (one tap away)."""

    quadrant: Quadrant
    best: tuple[EmotionWord, ...]
    more: tuple[EmotionWord, ...]
    elsewhere: tuple[tuple[Quadrant, tuple[EmotionWord, ...]], ...]


BEST_COUNT: Final = 12


def choose_words(
    pleasantness: int, energy: int, *, favourites: Sequence[str] = (), chosen: Sequence[str] = ()
) -> WordChoice:
    """The words for a spot: the person's own most used words of its quadrant first
    (``favourites``, most used first), then the quadrant's words in the order written above;
    a word already ``chosen`` from this quadrant is always among those shown first."""
    quadrant = quadrant_of(pleasantness, energy)
    own = words_in(quadrant)
    rank = {word: i for i, word in enumerate(favourites)}
    by_fit = sorted(own, key=lambda w: (w.word not in chosen, rank.get(w.word, len(rank))))
    others = tuple((q, tuple(words_in(q))) for q in QUADRANT_ORDER if q != quadrant)
    return WordChoice(quadrant, tuple(by_fit[:BEST_COUNT]), tuple(by_fit[BEST_COUNT:]), others)
