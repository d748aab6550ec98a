"""What the demo people write: calm, ordinary sample text, written for Reconnect.

None of it is about danger or harm (``tests/demo`` checks that the safety screen flags
none of it), and nobody in it has a name: people are "my partner", "a friend", "my sister".
The three stretches follow the demo's three months: flat, harder, slowly better.
"""

from __future__ import annotations

from typing import Final, NamedTuple


class Entry(NamedTuple):
    """One journal entry: a title (or none), the text and its tags."""

    title: str | None
    body: str
    tags: tuple[str, ...]


# Check-in notes, by how the check-in felt.
LOW_NOTES: Final = (
    "Slept badly. Foggy all morning.",
    "Long day at work, not much left in the tank.",
    "Quiet evening, felt a bit far away from everything.",
    "Went through the motions today.",
    "Skipped lunch again. Need to stop doing that.",
    "Tired in a way a coffee does not fix.",
    "Hard to get going this morning.",
    "Watched a film but could not tell you what happened in it.",
    "Too many meetings. My head is full.",
    "Not sad exactly, just flat.",
)
MIDDLE_NOTES: Final = (
    "An ordinary day. Nothing much to report.",
    "Bit tired, but the afternoon was fine.",
    "Tidied the kitchen, that helped a little.",
    "Short walk at lunch. Good to get some air.",
    "Work was busy but manageable.",
    "Made soup and ate it slowly for once.",
    "Read a few pages before bed.",
)
GOOD_NOTES: Final = (
    "Good chat with a friend on the phone.",
    "Walked the long way home through the park.",
    "Laughed properly at dinner.",
    "Got the report finished and felt lighter.",
    "Slept well for the third night in a row.",
    "Sat in the garden with a cup of tea.",
    "Cooked together and it was easy and fun.",
    "Noticed I was enjoying myself and let it be.",
    "Sunshine and a slow breakfast.",
)

FLAT_ENTRIES: Final = (
    Entry(
        "Autopilot",
        "Work, dinner, screen, bed. Same routine as yesterday, and I was only half there "
        "for it. It felt like watching my own day through a window.",
        ("work", "autopilot"),
    ),
    Entry(
        None,
        "My partner asked how I was and I said fine without thinking. Later I tried to "
        "work out what I would have said if I had thought about it, and I was not sure.",
        ("partner",),
    ),
    Entry(
        "Sunday",
        "Slow Sunday. I did the shopping and a load of washing. I meant to call my sister "
        "and did not get round to it. Maybe next weekend.",
        ("weekend", "family"),
    ),
    Entry(
        "Starting this",
        "Trying this app because a friend mentioned feeling numb and it sounded familiar. "
        "I am not sure what to write yet. Tired, mostly. A bit cut off.",
        ("first-steps",),
    ),
    Entry(
        None,
        "Had lunch at my desk again. The afternoon went by in a blur of emails. I could "
        "not tell you one thing I actually enjoyed today, which is worth noticing.",
        ("work",),
    ),
    Entry(
        "Music",
        "Put on an album I used to love. It was nice, but it did not land the way it used "
        "to. Still, I listened to the whole thing, which I have not done in ages.",
        ("music",),
    ),
    Entry(
        "Small thing",
        "Watered the plants on the windowsill. One of them has a new leaf. Small, but I "
        "noticed it.",
        ("home",),
    ),
)

HARD_ENTRIES: Final = (
    Entry(
        "Deadline week",
        "The project deadline moved forward and everything got squeezed. I worked late "
        "three nights running. I am snappy and short with people and I do not like it.",
        ("work", "stress"),
    ),
    Entry(
        None,
        "Woke up at four and could not get back to sleep. Lay there making lists in my "
        "head. Dragged myself through the day on coffee.",
        ("sleep",),
    ),
    Entry(
        "Missed the gym",
        "Told myself I would go after work and then just sat on the sofa. I know moving "
        "helps. Today it felt like too much. Trying not to be hard on myself about it.",
        ("movement",),
    ),
    Entry(
        "Quiet at dinner",
        "We ate in front of the television again. My partner told me about their day and "
        "I only half listened. I said sorry afterwards and we laughed about it.",
        ("partner",),
    ),
    Entry(
        "A grey day",
        "A grey sort of day, nothing much either way. A friend sent a funny message and I "
        "smiled, though I was too tired to reply properly.",
        ("feelings",),
    ),
    Entry(
        None,
        "Meeting with my manager about the workload. It went better than I expected. "
        "They agreed to move one of the tasks to someone else. A bit of breathing room.",
        ("work",),
    ),
    Entry(
        "Rain",
        "Rain all weekend, stayed in. Did a jigsaw for an hour and it was oddly calming. "
        "My mind went quiet for a while.",
        ("weekend", "home"),
    ),
    Entry(
        "Naming it",
        "Tried the feeling words on the check-in. It took a while to pick, but 'drained' "
        "fitted better than 'fine'. Odd how much it helped to say it properly.",
        ("feelings", "check-in"),
    ),
    Entry(
        "Worn out",
        "Busy week. I keep saying yes to things and then resenting it. I would like to "
        "practise saying no to one small thing next week.",
        ("boundaries", "work"),
    ),
)

BETTER_ENTRIES: Final = (
    Entry(
        "A walk",
        "Walked to the river before work. Cold, bright morning. I noticed the birds and "
        "the smell of the water and felt properly awake for the first time in a while.",
        ("walk", "outdoors"),
    ),
    Entry(
        "A good talk",
        "My partner and I talked after dinner, phones away. I told them I have been a bit "
        "distracted and quiet lately. They said they had noticed and were glad I said it. "
        "I felt closer afterwards.",
        ("partner", "talking"),
    ),
    Entry(
        None,
        "Said no to an extra meeting and nothing terrible happened. Used the hour to "
        "finish something properly instead.",
        ("boundaries", "work"),
    ),
    Entry(
        "Sleep",
        "Phone out of the bedroom for a week now. I am falling asleep sooner. Mornings "
        "are still slow but less grey.",
        ("sleep",),
    ),
    Entry(
        "Calling my sister",
        "Finally called my sister. We talked for an hour about nothing and everything. "
        "I laughed a lot. I had forgotten how easy it is with her.",
        ("family",),
    ),
    Entry(
        "Cooking",
        "Tried a new recipe, a slow bean stew. It took all afternoon and I enjoyed every "
        "bit of it, chopping and stirring and tasting.",
        ("cooking", "home"),
    ),
    Entry(
        None,
        "Work was stressful again today, but I noticed it in my shoulders early and took "
        "five minutes to breathe. It did not fix the day, but it helped.",
        ("work", "breathing"),
    ),
    Entry(
        "Feeling more",
        "Something sad came on the radio and I felt it, a little lump in my throat. Strange "
        "thing to be glad about, but I am. The feelings seem closer to the surface again.",
        ("feelings",),
    ),
    Entry(
        "Saturday",
        "Market in the morning, then a long lunch with friends. Came home tired in a good way.",
        ("weekend", "friends"),
    ),
    Entry(
        "Check-in with us",
        "We did our weekly check-in. I wrote that I appreciated the tea they brought me "
        "on Tuesday. Reading their answer made me smile.",
        ("partner", "together"),
    ),
    Entry(
        None,
        "A calm, steady day. Nothing special happened and that was fine. I was there for it.",
        ("calm",),
    ),
    Entry(
        "Bike",
        "Got the old bike out and rode along the canal. My legs complained. I loved it.",
        ("movement", "outdoors"),
    ),
    Entry(
        "Looking back",
        "Read some of my entries from two months ago. I can see the difference. Not fixed, "
        "not finished, but more here.",
        ("reflection",),
    ),
    Entry(
        "Plans",
        "We planned a day out for next month, just the two of us. It feels good to have "
        "something to look forward to together.",
        ("partner", "plans"),
    ),
)

PARTNER_ENTRIES: Final = (
    Entry(
        "Noticing",
        "They seem tired and far away lately. I miss our evening chats. I am trying not "
        "to take it personally and to ask gently instead.",
        ("us",),
    ),
    Entry(
        "Glad we talked",
        "We talked properly last night. They told me work has been wearing them down and "
        "they have felt a bit switched off. I am glad they said it, and I told them I am "
        "on their side.",
        ("us", "talking"),
    ),
    Entry(
        "My own evening",
        "Went to my pottery class. It is good to have something that is just mine. Came "
        "home calm and happy to see them.",
        ("me-time",),
    ),
)

# Relationship check-in answers, one pool per question.
FEELING_NOTES: Final = (
    "A bit tired, but glad it is the weekend.",
    "Busy week, calmer now.",
    "Honestly a bit flat, but here.",
    "Content. It was a good week.",
    "Stretched thin at work, better at home.",
    "Lighter than last week.",
)
APPRECIATIONS: Final = (
    "You made me tea without me asking.",
    "You listened when I was grumpy about work.",
    "Thank you for doing the shopping on Thursday.",
    "I liked our walk on Sunday.",
    "You made me laugh when I needed it.",
    "You were kind to me when I was tired this week.",
    "The note you left on the fridge.",
)
NEEDS: Final = (
    "A quiet evening together, no screens.",
    "A bit more time to myself on Saturday morning.",
    "A hug when I get home.",
    "To plan something fun for next month.",
    "Help with the washing up this week.",
)
SHARES: Final = (
    "I find it hard to say when I am tired, so I go quiet instead.",
    "Sometimes I worry I am not much fun lately.",
    "I felt proud of myself for saying no at work.",
    "I miss how we used to talk before bed.",
    "I am trying to notice my feelings more, and it is strange but good.",
)
TOGETHER_WISHES: Final = (
    "A walk by the river.",
    "Cook something new together.",
    "A film night with blankets.",
    "Breakfast out on Sunday.",
    "A board game evening.",
)
REPLIES: Final = (
    "Thank you for writing that. I noticed it too.",
    "That made my day.",
    "Yes to the walk! Sunday morning?",
    "I did not know that. Thank you for telling me.",
)

# Practice logs.
PRACTICE_NOTES: Final = (
    "Felt a little calmer afterwards.",
    "Hard to focus at first, easier by the end.",
    "Did it in the park. Nice.",
    "Short one today, but I did it.",
    "Helped me slow down after work.",
    "Noticed my shoulders drop.",
)
BIDS: Final = (
    ("They showed me a funny video.", "I laughed and we watched another one."),
    ("I asked how their meeting went.", "They told me all about it over dinner."),
    ("They reached for my hand on the sofa.", "I held it and we stayed like that a while."),
    ("I made them a coffee.", "They smiled and said thanks."),
)
QUESTIONNAIRE_NOTE: Final = "Took this after a long week. Curious to see how it changes."
ACTIVITY_TITLE: Final = "Try the new bakery on the corner"
