"""Example texts for the screen's learned signal, written by us (not taken from any data set).

The screen embeds these once and compares each new text with them: a text much closer
to the crisis or concern examples than to the safe ones raises the level.
"""

from __future__ import annotations

CRISIS_EXAMPLES: tuple[str, ...] = (
    "I don't want to exist anymore.",
    "I keep thinking about ending my life.",
    "I am going to kill myself tonight.",
    "Everyone would be happier if I was gone for good.",
    "I have a plan to end things this week.",
    "I want to die, I can't see another way out.",
    "I hurt myself again last night because I couldn't stand feeling nothing.",
    "I've been cutting again and I can't stop.",
    "I looked up how many pills it would take.",
    "I'm saying goodbye to everyone, I won't be around much longer.",
    "There is no reason left for me to stay alive.",
    "I wish I could just stop existing.",
    "I am thinking of jumping from the top of my building.",
    "My brother told me he plans to kill himself.",
    "My girlfriend says she has no reason to live and I'm frightened for her.",
    "Living feels pointless and I'm ready to be done with it.",
    "I wrote a note for my parents to find afterwards.",
    "I'm tired of being alive.",
    "I want it all to be over, permanently.",
    "Tonight I'm going to take all my medication at once.",
    "I don't think I'll survive the week and honestly I don't want to.",
    "I keep picturing my own funeral and it feels like relief.",
)

CONCERN_EXAMPLES: tuple[str, ...] = (
    "For weeks I have felt nothing at all, like I'm made of glass.",
    "I go through every day on autopilot and nothing touches me anymore.",
    "I can't remember the last time I felt happy about anything.",
    "I've stopped answering my friends and I spend every weekend alone.",
    "It feels like nothing will ever change for me.",
    "I haven't been able to work or eat properly for two weeks.",
    "I feel disconnected from my own children and it scares me.",
    "Every day is grey and heavy and I don't see a way out of it.",
    "I shut down whenever my partner tries to talk and I feel far away from everyone.",
    "I attempted suicide a long time ago and the anniversary is making me shaky.",
    "I used to hurt myself when I was younger and the old feelings are coming back.",
    "I'm exhausted and empty, and I've been calling in sick all month.",
    "Nothing brings me joy anymore, not even the things I loved.",
    "I feel like a ghost in my own home.",
    "I'm overwhelmed to the point that I can't do the simplest things.",
    "I've lost interest in everything and I just lie in bed.",
)

SAFE_EXAMPLES: tuple[str, ...] = (
    "This traffic is going to be the death of me.",
    "I'm dying to try the new bakery on the corner.",
    "I nearly died laughing at the film last night.",
    "The houseplants died while I was on holiday.",
    "I'd kill for a holiday right now.",
    "My laptop battery died in the middle of the meeting.",
    "We watched a documentary about a shipwreck and it was sad.",
    "I'm reading a memoir where the author lost a parent to suicide.",
    "I finished the marathon and my legs are dead.",
    "I'm so done with this spreadsheet, it's finally finished.",
    "I would never do anything to hurt myself, but I'm sad today.",
    "I felt a bit low this morning and better after lunch with a friend.",
    "We argued about money and then made up over dinner.",
    "I'm nervous about the interview tomorrow but I've prepared.",
    "Grief comes in waves since my grandfather died, and today was a gentle one.",
    "I want to end the meeting early so we can all go home.",
    "Work was boring but the evening walk was lovely.",
    "I felt numb for a moment after the news, then I cried and felt better.",
    "I'm learning how to support friends who are struggling.",
    "The game was killing it tonight, what a comeback.",
    "I'm tired after a long week but content.",
    "I don't want to go out tonight, I'd rather rest.",
    "I'm tired of this job and can't wait for the weekend.",
    "I'm sick of the rain this month.",
    "This week has been exhausting but it's nearly over.",
    "I'm fed up with my flatmate leaving dishes everywhere.",
)
