"""Every sentence a person reads, in one place so tone can be reviewed together.

Wording rules: reflect, check in, notice; "talking to a professional could help".
Never diagnose, never label the person, never promise treatment.
"""

from __future__ import annotations

from typing import Final


class App:
    NAME: Final = "Reconnect"
    TAGLINE: Final = "A quiet place to notice what you feel and find your way back to it."
    SKIP_LINK: Final = "Skip to main content"
    NAV_LABEL: Final = "Main"
    NAV_DAILY: Final = "Day to day"
    NAV_MORE: Final = "Look back and learn"
    NAV_HOME: Final = "Today"
    NAV_CHECKIN: Final = "Check in"
    NAV_JOURNAL: Final = "Journal"
    NAV_ACCOUNT: Final = "Account"
    NAV_SIGN_OUT: Final = "Sign out"
    NAV_SIGN_IN: Final = "Sign in"
    NAV_SIGN_UP: Final = "Create an account"
    GET_HELP: Final = "Get help now"
    FOOTER: Final = (
        "Reconnect is a self-reflection tool, not a medical service. Everything you write "
        "stays on this computer."
    )
    SAVE: Final = "Save"
    CANCEL: Final = "Cancel"
    DELETE: Final = "Delete"
    EDIT: Final = "Edit"
    PREVIOUS: Final = "Newer"
    NEXT: Final = "Older"
    ERROR_TITLE: Final = "Something needs another look"
    INVALID_REQUEST: Final = "The request does not match what this operation takes: {problems}."
    NOT_FOUND: Final = (
        "We could not find that page. It may have been deleted, or it may not be yours."
    )
    OUT_OF_RANGE: Final = "A number in this request is too large. Please check it and try again."
    TEXT_HAS_NUL: Final = (
        "Some text in this request holds a NUL character (\\u0000), which cannot be stored. "
        "Please remove it and try again; nothing was saved."
    )
    TEXT_NOT_UNICODE: Final = (
        "Some text in this request is not valid Unicode (a lone surrogate such as \\ud800). "
        "Please check it and try again; nothing was saved."
    )
    SERVER_ERROR: Final = (
        "Something went wrong on our side. Nothing you saved before this was lost. "
        "Please try again."
    )
    CSRF_FAILED: Final = (
        "This form had expired, so nothing was changed. Please go back, reload the page and "
        "try again."
    )
    SIGN_IN_NEEDED: Final = "Please sign in to continue."
    NOT_FOUND_TITLE: Final = "Not found"
    NAV_MORE_SHORT: Final = "More"
    THEME: Final = "Theme"
    THEME_NAMES: Final = {"system": "Same as this device", "light": "Light", "dark": "Dark"}
    THEME_UNKNOWN: Final = "There is no such theme. Please choose one of: {choices}."


class Accounts:
    SETUP_TITLE: Final = "Welcome to Reconnect"
    SETUP_INTRO: Final = (
        "This is a fresh install. Create the owner account for this computer. Your password "
        "protects your journal; there is no way to recover it, so keep it somewhere safe."
    )
    SIGN_IN_TITLE: Final = "Sign in"
    SIGN_UP_TITLE: Final = "Create an account"
    USERNAME: Final = "Username"
    USERNAME_HINT: Final = (
        "3 to 40 characters: lowercase letters, digits, dots, dashes, underscores."
    )
    DISPLAY_NAME: Final = "What should we call you? (optional)"
    PASSWORD: Final = "Password"
    PASSWORD_HINT: Final = "At least 10 characters."
    NEW_PASSWORD: Final = "New password"
    CURRENT_PASSWORD: Final = "Current password"
    COUNTRY: Final = "Country, so we can show the right helplines"
    SIGN_IN: Final = "Sign in"
    SIGN_UP: Final = "Create account"
    SIGNUP_CLOSED: Final = "New accounts are switched off on this server. Ask its owner for one."
    BAD_CREDENTIALS: Final = "That username and password do not match. Please try again."
    LOCKED: Final = (
        "Too many attempts for this account. For your safety it is paused for {minutes} "
        "minutes. Help is still available from the link at the top of every page."
    )
    SLOW_DOWN: Final = "Too many sign-in attempts from here. Please wait a minute and try again."
    USERNAME_TAKEN: Final = "That username is taken. Please pick another."
    USERNAME_INVALID: Final = (
        "A username is 3 to 40 characters: lowercase letters, digits, dots, dashes or underscores."
    )
    PASSWORD_TOO_SHORT: Final = "Please choose a password of at least 10 characters."
    PASSWORD_TOO_LONG: Final = "Please choose a password of at most 256 characters."
    DISPLAY_NAME_TOO_LONG: Final = "Please keep the name under 80 characters."
    COUNTRY_UNKNOWN: Final = "Please choose a country from the list."
    WRONG_PASSWORD: Final = "Your current password did not match, so nothing was changed."
    PASSWORD_CHANGED: Final = (
        "Your password was changed. Other signed-in browsers were signed out, your API "
        "tokens were revoked and the calendar feed was turned off: make new ones below "
        "and on your plan page if you need them."
    )
    SETTINGS_SAVED: Final = "Your settings were saved."
    ACCOUNT_TITLE: Final = "Your account"
    PROFILE_TITLE: Final = "About you"
    SIGNED_IN_AS: Final = "Signed in as {username}"
    CHANGE_PASSWORD: Final = "Change password"
    TOKENS_TITLE: Final = "Personal access tokens"
    TOKENS_INTRO: Final = (
        "Tokens let your own scripts use the Reconnect API at /api/v1. Treat a token like "
        "a password. It is shown once."
    )
    TOKEN_NAME: Final = "Token name"
    TOKEN_PREFIX: Final = "Starts with"
    TOKEN_CREATE: Final = "Create token"
    TOKEN_CREATED: Final = "Copy this token now; it will not be shown again:"
    TOKEN_REVOKE: Final = "Revoke"
    TOKEN_REVOKED: Final = "The token was revoked."
    TOKEN_NAME_INVALID: Final = "Please give the token a name of 1 to 80 characters."
    TOKEN_EXPIRES: Final = "Expires"
    TOKEN_NEVER_EXPIRES: Final = "never"
    TOKEN_EXPIRED: Final = "expired"
    TOKEN_LIFETIME: Final = "Stops working after"
    TOKEN_LIFETIME_CHOICES: Final = {
        "30": "30 days",
        "90": "90 days",
        "365": "a year",
        "never": "never (until you revoke it)",
    }
    TOKEN_LIFETIME_INVALID: Final = (
        "Please choose how long the token should work: 30 days, 90 days, a year or never."
    )
    NO_TOKENS: Final = "You have no tokens."
    API_TOKEN_INVALID: Final = (
        "A valid personal access token is needed (Authorization: Bearer ...)."
    )
    API_TOKEN_SCHEME: Final = (
        "A personal access token, created under Your account, Personal access tokens."
    )
    SIGNED_OUT: Final = "You are signed out. Take care."
    TIME_ZONE: Final = "Your time zone"
    TIME_ZONE_HINT: Final = (
        "Your days, streaks, reminders and reports follow it. For example Europe/London or "
        "America/Chicago."
    )
    TIME_ZONE_FROM_COUNTRY: Final = "The main time zone of the country above"
    TIME_ZONE_INVALID: Final = (
        "{value!r} is not a time zone we know. Please choose one from the list, such as "
        "Europe/London."
    )
    TIME_ZONE_SAVED: Final = "Your time zone was saved."
    ADVANCED: Final = "Advanced"


class Checkins:
    TITLE: Final = "Check in"
    INTRO: Final = (
        "How are you, right now? Pick a spot on the grid, then the words that fit. "
        "There is no right answer; noticing is the practice."
    )
    PLEASANTNESS: Final = "How pleasant does it feel?"
    ENERGY: Final = "How much energy do you have?"
    PLEASANT_LOW: Final = "Very unpleasant"
    PLEASANT_HIGH: Final = "Very pleasant"
    ENERGY_LOW: Final = "Very low energy"
    ENERGY_HIGH: Final = "Very high energy"
    WORDS: Final = "Words that fit (pick any)"
    NOTE: Final = "Anything you want to add? (optional, private)"
    SAVE: Final = "Save check-in"
    SAVED: Final = "Check-in saved. Thank you for pausing to notice."
    HISTORY: Final = "Recent check-ins"
    NONE_YET: Final = "No check-ins yet. Your first one takes under a minute."
    DELETED: Final = "The check-in was deleted."
    UPDATED: Final = "The check-in was changed."
    NOT_FOUND: Final = "There is no check-in {id} among yours."
    DRAFT_CRISIS_BODY: Final = (
        "What you wrote sounds like you may not be safe right now. The check-in is not "
        "saved yet (see below why); please reach out to one of these lines first."
    )
    EDIT_TITLE: Final = "Change a check-in"
    EDIT_INTRO: Final = "Your check-in from {when}. Change anything, then save."
    NEXT: Final = "Next: words that fit"
    SAVE_CHANGES: Final = "Save changes"
    WORDS_FOR: Final = "Words that fit ({quadrant}); pick any, or none"
    SHOW_MEANINGS: Final = "Show what the words mean"
    MORE_WORDS: Final = "More words for this spot ({count})"
    ELSEWHERE: Final = "Words from elsewhere on the grid"
    GRID_HINT: Final = "Tap the grid, or use the two sliders below (arrow keys work too)."
    PLEASANTNESS_SHORT: Final = "pleasantness"
    ENERGY_SHORT: Final = "energy"
    DELETE_CONFIRM: Final = "Delete this check-in for good?"
    GRID_INVALID: Final = "Pleasantness and energy must each be a whole number from -4 to 4."
    WORDS_UNKNOWN: Final = "These words are not in the emotion list: {words}."
    WORDS_TOO_MANY: Final = "Please pick at most {limit} words."
    NOTE_TOO_LONG: Final = "The note is {length} characters; please keep it under {limit}."
    QUADRANTS: Final = {
        "high_unpleasant": "High energy, unpleasant",
        "high_pleasant": "High energy, pleasant",
        "low_unpleasant": "Low energy, unpleasant",
        "low_pleasant": "Low energy, pleasant",
    }


class Journal:
    DRAFT_CRISIS_BODY: Final = (
        "What you wrote sounds like you may not be safe right now. The entry is not saved "
        "yet (see below why); please reach out to one of these lines first."
    )
    TITLE: Final = "Journal"
    NEW: Final = "New entry"
    EDIT_TITLE: Final = "Edit entry"
    ENTRY_TITLE: Final = "Title (optional)"
    BODY: Final = "What is on your mind?"
    TAGS: Final = "Tags (optional, separated by commas)"
    DATE: Final = "Date"
    PROMPT_LABEL: Final = "A prompt for today, if it helps"
    OTHER_PROMPT: Final = "Another prompt"
    SAVE: Final = "Save entry"
    SAVED: Final = "Entry saved."
    UPDATED: Final = "Entry updated."
    DELETED: Final = "Entry deleted."
    DELETE_CONFIRM: Final = "Delete this entry for good? This cannot be undone."
    SEARCH: Final = "Search your journal"
    SEARCH_BUTTON: Final = "Search"
    TAG_FILTER: Final = "Showing entries tagged {tag}."
    NO_ENTRIES: Final = "Nothing here yet. A few honest lines are enough."
    NO_RESULTS: Final = "No entries match that search."
    BODY_EMPTY: Final = "The entry is empty. Write at least a few words, then save."
    BODY_TOO_LONG: Final = (
        "The entry is {length} characters; the limit is {limit}. Nothing was lost: "
        "shorten it or split it in two."
    )
    TITLE_TOO_LONG: Final = "Please keep the title under {limit} characters."
    TAG_INVALID: Final = (
        "Tags are 1 to 40 characters each, at most {limit} tags: {tag!r} does not fit."
    )
    DATE_INVALID: Final = "The date {value!r} is not a valid date (use YYYY-MM-DD)."
    DATE_IN_FUTURE: Final = "The date is in the future; please pick today or an earlier day."
    WORDS: Final = "{count} words"
    DETECTED: Final = "Feelings noticed in this text:"
    YOUR_READING: Final = "Feelings you named for this text:"
    CORRECT: Final = "Not quite right? Choose the feelings that fit"
    CORRECT_SAVE: Final = "Save my reading"
    CORRECTED: Final = "Thank you. Your own reading is kept with the entry."
    EMOTIONS_UNKNOWN: Final = "These are not among the emotions the app knows: {words}."
    NOTHING_NOTICED: Final = "No particular feeling stood out to the on-device analysis."
    TAGS_NAV: Final = "Tags"
    PAGES_NAV: Final = "Pages"
    ENTRY_NOT_FOUND: Final = (
        "We could not find that entry. It may have been deleted, or it may not be yours."
    )
    NAMED_FEELINGS_KEPT: Final = (
        "The feelings you named for this entry ({words}) stay as they are when you change the "
        "text. You can choose them again on the entry's page."
    )
    PROMPT_USE: Final = "I am writing to this prompt (it is kept with the entry)"
    DATE_TOO_EARLY: Final = "The date is too far back; please pick a day from {day} onwards."


class Markers:
    TITLE: Final = "Your writing over time"
    INTRO: Final = (
        "These numbers come only from your own entries and check-ins, on this computer. "
        "They are not a test and say nothing about you as a person: they are a mirror you "
        "can glance at, week by week, to notice how your way of putting feelings into "
        "words changes."
    )
    NONE_YET: Final = "Write a few entries or check-in notes and your weekly view will appear here."
    WEEK: Final = "Week of"
    SAMPLES: Final = "Texts"
    VARIETY: Final = "Different feelings"
    EMODIVERSITY: Final = "Feeling mix (0 to 1)"
    NO_EMOTION: Final = "Texts with no clear feeling"
    ABSOLUTIST: Final = "All-or-nothing words per 100"
    WE_SHARE: Final = '"We" among I/we words'
    EXPLAIN: Final = {
        "variety": "How many different feelings were named or noticed. Naming feelings "
        "precisely is a skill that grows with practice.",
        "emodiversity": "How evenly your feelings were spread: near 0 means one feeling "
        "dominated, near 1 means many were present.",
        "no_emotion": "Texts where no particular feeling stood out. Many in a row can go "
        "with feeling muted or far away.",
        "absolutist": "Words like always, never, nothing, completely. Everyone uses them; "
        "a rising share can go with black-and-white thinking on hard days.",
        "we_share": 'How often you wrote "we" rather than "I". In couples, more "we" '
        "tends to go with feeling like a team.",
    }
    NAV: Final = "Over time"


class Demo:
    HELP: Final = (
        "Make a demo account with three months of sample check-ins, entries, questionnaires, "
        "a plan and a linked demo partner, so every page has something to show. It only "
        "ever touches its own two accounts (demo and demo-partner). Each run prints new "
        "random passphrases for them, because a fixed, published one would let anyone who "
        "can reach your server sign in; only their hashes are kept."
    )
    RESET_HELP: Final = "Remove the demo accounts and make them afresh, dated up to today."
    REMOVE_HELP: Final = "Remove the demo accounts and everything in them, and make nothing new."
    DEMO_NAME: Final = "Demo"
    PARTNER_NAME: Final = "Demo partner"
    NAME_TAKEN: Final = (
        "An account named {username} already exists and was not made by reconnect demo, so "
        "the demo leaves it alone and stops here. Nothing was changed."
    )
    ALREADY_THERE: Final = "The demo accounts already exist: run reconnect demo --reset."
    STEPS: Final = {
        "questionnaires": "Questionnaires",
        "plan": "A plan",
        "logs": "Practice logs",
        "checkins": "Check-ins",
        "entries": "Journal entries",
        "together": "Together with the demo partner",
    }
    WRITING: Final = "Writing three months of sample data"
    STEP_STARTED: Final = "  {step}..."
    MADE: Final = (
        "Made the demo: {checkins} check-ins, {entries} journal entries, {questionnaires} "
        "questionnaires and {logs} practice logs over three months, and a linked partner "
        "with couple check-ins."
    )
    EXISTS: Final = (
        "The demo is already here (made on {day}), so nothing was added. Its accounts have "
        "new passphrases now. For sample data dated up to today: reconnect demo --reset"
    )
    OPEN: Final = "Open {url} and sign in with:"
    SIGN_IN: Final = "  {name}: username {username}, passphrase {passphrase}"
    SIGN_IN_NOTE: Final = (
        "These passphrases are shown only now; run reconnect demo again for new ones."
    )
    HOW_TO_REMOVE: Final = (
        "To remove the demo and everything in it: reconnect demo --remove "
        "(your own accounts are never touched)."
    )
    REMOVED: Final = "Removed the demo ({count} accounts and everything in them)."
    NOTHING_TO_REMOVE: Final = "There is no demo to remove."


class Today:
    GREETING: Final = "Hello, {name}"
    CHECKIN_NUDGE: Final = "A check-in takes under a minute: where are you on the grid right now?"
    NO_WORDS: Final = "no words picked"
    AGENDA: Final = "For today, if you like"
    AGENDA_NONE: Final = "Nothing is planned for today. Your plan has small practices for any day."
    PLAN_LINK: Final = "Open your plan"
    START_TITLE: Final = "Where would you like to start?"
    START_INTRO: Final = (
        "Tick what fits; both can be true. It only changes what Today and your plan suggest "
        "first: everything stays open to you, and you can change it on your account page."
    )
    START_INTRO_ACCOUNT: Final = (
        "Tick what fits; both can be true. It only changes what Today and your plan suggest "
        "first: everything stays open to you."
    )
    START_SELF: Final = "I feel numb or far away"
    START_SUPPORTING: Final = "Someone close to me seems far away"
    START_SAVE: Final = "Save"
    START_SKIP: Final = "Not now"
    FOR_YOU_TITLE: Final = "Suggested for you"
    FOR_YOU_CHANGE: Final = "Change where you start"
    TAKEN: Final = "{label} (yours so far: look back, or take it again)"
    FOR_SELF: Final = (
        ("/assess/signs", "Reflect on the signs of detachment"),
        ("/learn/what-is-detachment", "What emotional detachment is"),
    )
    FOR_SUPPORTING: Final = (
        ("/assess/partner", "When someone close seems far away: a reflection"),
        ("/learn/partner-seems-far-away", "When your partner seems far away"),
        ("/together", "Invite them to check in together, with no pressure"),
    )


class SafetyReasons:
    """Why the screen answered as it did (shown gently, never as a label for the person)."""

    SUICIDAL_THOUGHTS: Final = "thoughts of suicide"
    NOT_WANTING_TO_LIVE: Final = "thoughts of not wanting to live"
    SELF_HARM: Final = "hurting yourself"
    PLAN_OR_MEANS: Final = "a plan or the means to end your life"
    GOODBYE: Final = "signs of saying goodbye"
    OTHER_AT_RISK: Final = "someone else who may be at risk"
    PAST_ATTEMPT: Final = "a past suicide attempt or self-harm coming back to mind"
    NUMBNESS: Final = "numbness or emptiness that has lasted"
    HOPELESSNESS: Final = "hopelessness"
    APATHY: Final = "losing interest in everything"
    NOT_COPING: Final = "distress that is making daily life hard"
    ISOLATION: Final = "pulling away from people"
    LEARNED_CRISIS: Final = (
        "words that may mean thoughts of not wanting to live or of hurting yourself"
    )
    LEARNED_CONCERN: Final = "words that may mean lasting numbness or distress"
    NOT_ENGLISH: Final = "not read: the screen reads English only"
    UNSAFE_AT_HOME: Final = "words that may mean you do not feel safe with someone close"
    QUESTIONNAIRE: Final = (
        "an answer about thoughts of being better off dead or of hurting yourself"
    )


class Help:
    TITLE: Final = "Get help now"
    INTRO: Final = (
        "If you are in danger or thinking about ending your life, please reach out now. "
        "You deserve support, and talking to someone can help right away."
    )
    EMERGENCY: Final = "In an emergency, call your local emergency number."
    EMERGENCY_NUMBER: Final = "Emergency number: {number}"
    YOUR_COUNTRY: Final = "Lines for {country}"
    OTHER_COUNTRIES: Final = "Other countries"
    WORLDWIDE: Final = "Anywhere in the world"
    NOT_ALONE: Final = (
        "Reconnect never contacts anyone for you. These lines are free or low-cost, "
        "confidential, and staffed by people who want to listen."
    )
    CLI_HELP: Final = (
        "Show crisis and support lines (no account needed); --plan adds your safety plan."
    )
    NOT_ENGLISH_TITLE: Final = "Reconnect's safety check reads English only"
    NOT_ENGLISH_TEXT: Final = (
        "Your words are saved as you wrote them. The check that looks for signs you may need "
        "help right now can only read English, so it could not read this. If you are "
        "struggling or thinking about ending your life, please reach out now:"
    )
    CRISIS_TITLE: Final = "You matter, and help is here right now"
    CRISIS_SAVED: Final = (
        "What you just wrote sounds very painful. It has been saved, privately. You do not "
        "have to carry this alone: the people on these lines are there for exactly this, "
        "day and night."
    )
    CRISIS_NEXT: Final = "If you can, reach out to one of them now, or to someone you trust."
    ABUSE_TITLE: Final = "If you are afraid of a partner or someone at home"
    ABUSE_INTRO: Final = (
        "Threats, control, being hurt or made to feel afraid are not a part of detachment, and "
        "not something to wait out. These lines are free and confidential, and you can call "
        "just to talk it through. If you are in danger now, call the emergency number."
    )
    ABUSE_NONE: Final = (
        "Find A Helpline lists support for abuse in many countries (choose the topic)."
    )
    ABUSE_CLI: Final = "If you are afraid of a partner or someone at home:"
    UNSAFE_TITLE: Final = "Are you safe with the people at home?"
    UNSAFE_TEXT: Final = (
        "What you wrote sounds as if someone close may be hurting, threatening or controlling "
        "you. That is never your fault, and it is not something to wait out. Free, "
        "confidential lines can talk it through with you, whenever you are ready."
    )
    UNSAFE_LINK: Final = "Lines for someone afraid of a partner or someone at home"
    UNSAFE_NOW: Final = "If you are in danger right now, call {number}."
    OTHER_TITLE: Final = "If someone you wrote about may be in danger"
    OTHER_SAVED: Final = (
        "If what you wrote is about someone close to you who may be thinking about ending "
        "their life or hurting themselves: you cannot know for sure from a few words, and you "
        "do not have to handle this alone. Here is what helps."
    )
    OTHER_YOU: Final = (
        "The lines below are for you too: for advice on what to do next, and for how you "
        "are feeling. Reconnect contacts no one; it is up to you who you call."
    )
    OPEN_PLAN: Final = "Open your safety plan"
    WRITE_PLAN: Final = "Write a safety plan"
    GROUNDING_TITLE: Final = "A minute to steady yourself"
    GROUNDING_INTRO: Final = "Breathe out slowly. Then, without rushing, notice:"
    GROUNDING_STEPS: Final = (
        "5 things you can see around you.",
        "4 things you can touch, and how they feel.",
        "3 things you can hear.",
        "2 things you can smell, or two smells you like.",
        "1 thing you can taste, or one kind thing you can say to yourself.",
    )
    GROUNDING_END: Final = "Feet on the floor. You are here, now. The feeling can pass."
    CONCERN_TITLE: Final = "Talking to someone could help"
    CONCERN_TEXT: Final = (
        "What you wrote sounds heavy, and it sounds as if it has been like this for a while. "
        "Talking to a professional could help: a doctor, counsellor or therapist can listen "
        "and help you find a way through."
    )
    CONCERN_LINK: Final = "How to find a professional"
    CONSIDER_LINK: Final = "When to consider help"
    PLAN_TITLE: Final = "My safety plan"
    PLAN_INTRO: Final = (
        "A safety plan is a short list, in your own words, of what helps when things get "
        "dark. Write it on a calmer day; open it when you need it. It is encrypted and only "
        "you can see it."
    )
    PLAN_SIGN_IN: Final = (
        "Sign in to write or open your safety plan. The lines above need no account."
    )
    PLAN_EMPTY: Final = "You have not written a safety plan yet."
    PLAN_SAVE: Final = "Save my plan"
    PLAN_SAVED: Final = "Your safety plan was saved."
    PLAN_PRINT: Final = "Print my plan"
    PLAN_EDIT: Final = "Edit my plan"
    PLAN_TOO_LONG: Final = "Please keep each part under {limit} characters."
    PLAN_UNKNOWN_SECTION: Final = "These are not parts of a safety plan: {names}."
    PLAN_SECTIONS: Final = {
        "warning_signs": (
            "Warning signs",
            "Thoughts, feelings or situations that tell me a crisis may be coming.",
        ),
        "coping_steps": (
            "Things I can do on my own",
            "What has helped me before: a walk, music, a shower, breathing slowly.",
        ),
        "distractions": (
            "People and places that take my mind off things",
            "A friend to text, a café, a park, a library.",
        ),
        "people_to_ask": (
            "People I can ask for help",
            "Names and numbers of people I trust to talk to.",
        ),
        "professionals": (
            "Professionals and lines I can call",
            "My doctor, counsellor, a crisis line, the nearest emergency department.",
        ),
        "safe_surroundings": (
            "Making my surroundings safer",
            "What I can put away or ask someone to keep for me.",
        ),
        "reasons_to_live": (
            "My reasons for living",
            "People, animals, hopes and plans that matter to me.",
        ),
    }
    PRO_TITLE: Final = "Finding a professional"
    PRO_INTRO: Final = (
        "Reaching out is a strength, not a failure. Here is how people usually start."
    )
    PRO_STEPS: Final = (
        "Your family doctor or GP is often the easiest first step: they can listen, rule out "
        "physical causes such as thyroid problems or medication side effects, and refer you.",
        "Look for a counsellor, psychotherapist or psychologist who is registered with a "
        "professional body in your country; many list their approach and fees online.",
        "For couples, look for someone who works with couples (for example emotionally "
        "focused or Gottman-trained therapists).",
        "If cost is a worry, ask about sliding-scale fees, community clinics, university "
        "training clinics, or what your employer or insurance covers.",
        "It is fine to try a first session and decide whether the fit is right.",
    )
    PRO_SCRIPT_TITLE: Final = "What you might say on the first call"
    PRO_SCRIPT: Final = (
        "\"Hello, I'm looking for some support. For a while now I've been feeling numb and "
        "disconnected from people close to me, and it's affecting my relationship and my "
        "day-to-day life. I'd like to know whether you see people with this, what a first "
        'appointment involves, and what it costs."'
    )
    CONSIDER_TITLE: Final = "When to consider help"
    CONSIDER_INTRO: Final = (
        "This page looks only at what you have written here over the last four weeks, on "
        "this computer. It cannot know everything about you, and it is not a diagnosis."
    )
    CONSIDER_SUGGEST: Final = (
        "From what you have shared, talking to a professional could help. You deserve "
        "support, and it often makes a real difference."
    )
    CONSIDER_URGENT: Final = (
        "Recently you wrote about not wanting to live or about hurting yourself. Please "
        "reach out to one of the lines on the help page today."
    )
    CONSIDER_NOTHING: Final = (
        "Nothing in your recent check-ins or entries stands out. If you are struggling, "
        "though, your own sense matters more than any page: talking to someone can help at "
        "any time."
    )
    CONSIDER_GENERAL_TITLE: Final = "Signs that it may be time to talk to someone"
    CONSIDER_GENERAL: Final = (
        "Feeling numb, empty or hopeless for more than two weeks.",
        "Distress that makes it hard to work, study, sleep, eat or look after yourself.",
        "Pulling away from the people you love, or constant conflict at home.",
        "Using alcohol, drugs or work to avoid feeling anything.",
        "Any thoughts of not wanting to live: please reach out today.",
    )
    SIGNAL_CRISIS_TEXTS: Final = (
        "You wrote about not wanting to live or hurting yourself ({count} times)."
    )
    SIGNAL_CONCERN_TEXTS: Final = (
        "Several of your texts ({count}) spoke of lasting numbness, hopelessness or distress."
    )
    SIGNAL_LOW_MOOD: Final = (
        "Most of your check-ins ({share}%) were low in energy and unpleasant, over {days} days."
    )
    SIGNAL_NUMB_WORDS: Final = (
        "You often chose words like numb, empty or detached ({count} check-ins)."
    )
    SIGNAL_CONFLICT_WORDS: Final = (
        "You often chose words like angry, resentful or betrayed ({count} check-ins)."
    )
    SIGNAL_ISOLATION_WORDS: Final = (
        "You often chose words like lonely, withdrawn or distant ({count} check-ins)."
    )
    API_SCREEN_EMPTY: Final = "Send some text to screen."
    CLI_HEADER: Final = (
        "If you are in danger or thinking about ending your life, please reach out now."
    )
    TEXT_NUMBER: Final = "Text {number}"


class Cli:
    ROOT_HELP: Final = (
        "Reconnect: notice what you feel, write it down, and find your way back to it. "
        "Help is always one command away: reconnect help"
    )
    SERVE_HELP: Final = "Serve the web app (default http://127.0.0.1:8765)."
    DB_HELP: Final = "Database maintenance."
    DB_UPGRADE_HELP: Final = "Apply database migrations up to the newest (or a given) revision."
    DB_UPGRADED: Final = "The database is up to date."
    KEYS_HELP: Final = "Encryption keys for your private text."
    KEYS_ROTATE_HELP: Final = "Make a new encryption key and re-encrypt everything with it."
    KEYS_ROTATED: Final = "Re-encrypted {count} rows under the new key {key_id}."
    KEYS_RETIRED_KEPT: Final = (
        "The old keys stay in the keyring, retired: they seal nothing new, but backups made "
        "before today still need them. Once you no longer need those backups, "
        "'reconnect keys prune' removes every key nothing in the database uses."
    )
    KEYS_PRUNE_HELP: Final = (
        "Remove retired encryption keys that nothing in the database uses any more "
        "(backups made before the last rotation need them)."
    )
    KEYS_STILL_USED: Final = (
        "Kept, still sealing stored text (rows): {keys}. Run 'reconnect keys rotate' to "
        "re-encrypt them under the active key."
    )
    KEYS_NOTHING_TO_PRUNE: Final = "No retired key can be removed."
    KEYS_PRUNED: Final = (
        "Removed the retired keys {keys}. Backups sealed under them can no longer be restored."
    )
    KEYS_FROM_ENV: Final = (
        "The key comes from RECONNECT_ENCRYPTION_KEY, which this command cannot change. "
        "Use RECONNECT_ENCRYPTION_KEY_FILE (a keyring file) to rotate keys."
    )
    USER_HELP: Final = "Accounts on this install."
    START_HELP: Final = (
        "Say where you start: --me (you feel numb or far away), --someone-close (someone "
        "close seems far away), or both; it shapes what is suggested first."
    )
    START_SAVED: Final = "Saved. Suggested for you first:"
    START_NOTHING: Final = "Saved. Nothing in particular is suggested first; everything stays open."
    USER_CREATE_HELP: Final = "Create an account."
    USER_SET_PASSWORD_HELP: Final = "Set a new password for an account (signs it out everywhere)."
    USER_CREATED: Final = "Created the account {username}."
    PASSWORD_SET: Final = (
        "The password for {username} was changed; its browsers were signed out, its API "
        "tokens revoked and its calendar feed turned off."
    )
    PASSWORD_PROMPT: Final = "Password"
    PASSWORD_NEEDS_TTY: Final = "No terminal to ask for a password: use --password-stdin."
    NO_SUCH_USER: Final = "There is no account named {username!r}."
    NO_USERS: Final = "There are no accounts yet. Create one with: reconnect user create NAME"
    WHICH_USER: Final = (
        "This install has several accounts: say whose with --user NAME (or RECONNECT_USER)."
    )
    JOURNAL_HELP: Final = "Write a journal entry (from the argument, standard input or $EDITOR)."
    CHECKIN_HELP: Final = "Check in: pleasantness and energy from -4 to 4, and words that fit."
    ENTRIES_HELP: Final = "List or search your journal entries."
    EDITOR_TEMPLATE: Final = "\n# Write your entry above. Lines starting with # are ignored.\n"
    NOTHING_SAVED: Final = "The entry was empty, so nothing was saved."
    ENTRY_SAVED: Final = "Saved entry {id} ({words} words)."
    CHECKIN_SAVED: Final = "Check-in saved ({quadrant}). Thank you for pausing to notice."
    CHECKIN_UPDATED: Final = "Check-in {id} changed ({quadrant})."
    CHECKIN_EDIT_OPTION: Final = (
        "Change check-in ID instead of adding one: only what you give changes "
        "(factors you give replace its factors). 'reconnect checkins' lists the ids."
    )
    CHECKINS_HELP: Final = "List your check-ins, newest first, with their ids."
    NO_CHECKINS: Final = "No check-ins yet."
    MORE_CHECKINS: Final = "More check-ins: add --page {page}."
    CHECKIN_NEEDS_VALUES: Final = "Give --pleasantness and --energy (each -4 to 4)."
    PLEASANTNESS_PROMPT: Final = "How pleasant does it feel, from -4 to 4?"
    ENERGY_PROMPT: Final = "How much energy do you have, from -4 to 4?"
    WORDS_PROMPT: Final = "Words that fit (optional, separated by spaces)"
    EMOTIONS_NOTICED: Final = "Feelings noticed in this text: {emotions}"
    CONCERN_NOTE: Final = (
        "It sounds like things have been heavy. Talking to a professional could help; "
        "run 'reconnect help' for lines you can call."
    )
    BAD_DATE: Final = "The date {value!r} is not a valid date (use YYYY-MM-DD)."
    NO_ENTRIES: Final = "No entries found."
    MORE_PAGES: Final = "More entries: add --page {page}."
    SAFETY_HELP: Final = "The safety screen."
    SCREEN_HELP: Final = (
        "Read one text per line on standard input; write one JSON object per line with "
        "level (crisis, concern or none), reason and signals."
    )
    EMOTIONS_HELP: Final = "The on-device emotion model."
    PREDICT_HELP: Final = (
        "Read one text per line (a file or standard input) and write one JSON object per "
        "line with the detected labels and all scores."
    )
    PREDICTING: Final = "Analysing"
    NO_SUCH_FILE: Final = "There is no file at {path}."
    ANALYZE_HELP: Final = "Re-analyse stored texts after a model change (resumable)."
    ANALYZE_NEEDS_ALL: Final = "Say --all to re-analyse every stored text from an older model."
    ANALYSING: Final = "Re-analysing"
    ANALYSED: Final = "Re-analysed {count} texts with {version}."
    SERVING: Final = "Reconnect is running at {url} (press Ctrl+C to stop)."
    KEYRING_PROBLEM: Final = "There is a problem with the encryption keys: {problem}"
    MODEL_PROBLEM: Final = (
        "Reconnect will not start without its safety screen, and a model file is not right: "
        "{problem}. Reinstall Reconnect (or run `git checkout src/reconnect/analysis`) and try again."
    )
    DATABASE_PROBLEM: Final = "The database could not be used: {problem}. Try: reconnect db upgrade"
    SETTINGS_PROBLEM: Final = "The settings cannot be used: {problem}. See docs/configuration.md."
    DB_CREATED: Final = "A new database was created, with everything it needs."
    DB_MIGRATED: Final = "The database was upgraded; it is up to date now."
    VERSION: Final = "reconnect {version}"
    VERSION_HELP: Final = "Print the version and exit."
    JSON_HELP: Final = "Print JSON (one object per line for a list) instead of text."
    JSON_NEEDS_SHOW: Final = "--json goes with --show: reconnect together checkin --show --json"
    USER_TIME_ZONE_HELP: Final = (
        "Show or change your time zone (your days, streaks, reminders and reports follow it)."
    )
    USER_TIME_ZONE: Final = "Your time zone: {zone}"


class Learn:
    """The learn library's page chrome (the topics themselves live in content/learn/)."""

    NAV: Final = "Learn"
    TITLE: Final = "Learn"
    INTRO: Final = (
        "Short, plain-language pages about feeling cut off: what it is, where it can come "
        "from, how it touches relationships, and what tends to help. Read them in any order."
    )
    SEARCH_LABEL: Final = "Search the library"
    SEARCH_BUTTON: Final = "Search"
    RESULTS_FOR: Final = "Pages about “{query}”"
    NO_RESULTS: Final = "No page mentions all of those words. Try fewer or simpler words."
    ALL_TOPICS: Final = "All topics"
    RELATED: Final = "Related pages"
    TRY_PRACTICES: Final = "Ready to try it? The practices turn this strategy into small steps."
    NOT_ADVICE: Final = (
        "These pages are for reflection and are not medical advice. If you are struggling, "
        "talking to a professional could help."
    )
    UNKNOWN_TOPIC: Final = "There is no page called {slug!r} in the library."
    STRATEGIES_LINK: Final = "About the five strategies"
    WHEN_TO_SEEK_HELP_LINK: Final = "When to seek help"
    PROFESSIONAL_STRATEGY_LINK: Final = "Reaching out for professional help"
    PROFESSIONAL_LINKS: Final = "Read more in the library"

    class Cli:
        LEARN_HELP: Final = "Read the learn library in the terminal: list topics, or show one."
        TOPIC_ARG: Final = "The topic to show (its slug, e.g. what-is-detachment)."
        SEARCH_OPT: Final = "Only topics containing these words."
        COLUMNS: Final = ("topic", "title", "about")
        NO_RESULTS: Final = "No topic mentions all of those words."
        READ_HINT: Final = "Read one with: reconnect learn TOPIC"


class Assess:
    """Questionnaires and reflective checklists: page chrome, results wording, errors."""

    NAV: Final = "Questionnaires"
    PLAN_TITLE: Final = "Small steps from here"
    PLAN_FROM_REFLECTION: Final = (
        "What you answered here shapes the practices your plan suggests, so the plan can "
        "start where you are."
    )
    PLAN_WITH_PROFESSIONAL: Final = (
        "Alongside talking to a professional, a few small practices in your plan can help "
        "from day to day."
    )
    PLAN_ANY: Final = "If small, regular steps would help, your plan suggests a few practices."
    PLAN_LINK: Final = "Open your plan"
    TITLE: Final = "Questionnaires and reflections"
    INTRO: Final = (
        "Short questionnaires to see where you stand and how it changes. Nothing here is a "
        "diagnosis: the scores are a way to reflect, and to decide whether talking to a "
        "professional could help."
    )
    REFLECTIONS_TITLE: Final = "Reflections"
    REFLECTIONS_INTRO: Final = (
        "Our own checklists, written for reflection. They are not validated measures and have "
        "no cut-offs."
    )
    VALIDATED_TITLE: Final = "Questionnaires from research"
    VALIDATED_INTRO: Final = (
        "Questionnaires researchers developed and tested, shown with their authors' own "
        "wording, ranges and credits."
    )
    REFLECTION_BADGE: Final = "Reflection, not a validated measure"
    VALIDATED_BADGE: Final = "Validated questionnaire"
    LAST_TAKEN: Final = "Last time: {date}, {total} ({band})"
    NEVER_TAKEN: Final = "Not taken yet"
    DUE: Final = "Due for a check-in"
    START: Final = "Start"
    START_AGAIN: Final = "Take it again"
    RESUME: Final = "Carry on where you left off ({done} of {count} answered)"
    HISTORY_LINK: Final = "History"
    ALL_ON_ONE_PAGE: Final = "All questions on one page"
    ONE_AT_A_TIME: Final = "One question at a time"
    QUESTION_OF: Final = "Question {number} of {count}"
    ITEM_LABEL: Final = "question {number}"
    SLIDER_HINT: Final = "0 is the first description, 4 the second."
    SUBMIT: Final = "See my result"
    SAVE_PROGRESS: Final = "Save and finish later"
    NEXT: Final = "Next"
    BACK: Final = "Back"
    DISCARD: Final = "Start over"
    PROGRESS_SAVED: Final = "Your answers so far are saved. Come back any time to finish."
    DRAFT_DISCARDED: Final = "Your unfinished answers were cleared."
    ALL_ANSWERED: Final = "You have answered every question."
    REVIEW_AND_SUBMIT: Final = "Review your answers on one page, or see your result now."
    ABOUT_TITLE: Final = "About this questionnaire"
    CITATION: Final = "Citation"
    LICENCE: Final = "Licence"
    SOURCE: Final = "Source"
    UNKNOWN_INSTRUMENT: Final = "There is no questionnaire called {slug!r}."
    UNKNOWN_ITEMS: Final = "These are not questions in this questionnaire: {items}."
    OUT_OF_RANGE: Final = "The answer to {item} must be one of the options, from {low} to {high}."
    MISSING_ITEMS: Final = (
        "Please answer every question before seeing a result. Still to answer: {items}."
    )
    NOTE_TOO_LONG: Final = "The note is {length} characters; please keep it under {limit}."
    REMINDER_INVALID: Final = "Choose how often to be reminded: never, or every 7 to 90 days."
    RESULT_TITLE: Final = "Your {title} result"
    RESULT_TAKEN: Final = "Taken {date}"
    SCORE: Final = "Score: {total} out of {max_total}"
    SCORE_RANGE: Final = "Score: {total} (possible range {min_total} to {max_total})"
    BAND_VALIDATED: Final = "Scores in this range are often described by the authors as “{band}”."
    BAND_REFLECTION: Final = (
        "Your answers suggest: {band}. This is a reflection, not a measurement."
    )
    NO_REFERRAL_RANGE: Final = "The authors do not give a score at which to seek help."
    AT_REFERRAL: Final = "Talking to a professional could help."
    AT_REFERRAL_DETAIL: Final = (
        "Your score is in the range where the questionnaire's authors suggest a conversation "
        "with a doctor, counsellor or therapist. It does not mean something is wrong with you: "
        "it means support is worth considering."
    )
    FIND_PROFESSIONAL: Final = "How to find a professional"
    FOR_DETACHMENT: Final = "What it may mean for detachment"
    READ_MORE: Final = "Read more"
    SUBSCALES: Final = "Parts of the score"
    CHANGE_TITLE: Final = "Since last time"
    CHANGE_UP: Final = "Up {delta} since {date} (was {previous})."
    CHANGE_DOWN: Final = "Down {delta} since {date} (was {previous})."
    CHANGE_SAME: Final = "The same as on {date}."
    CHANGE_FIRST: Final = "This is your first result, so there is nothing to compare yet."
    HIGHER_IS_BETTER: Final = "On this questionnaire a higher score means more well-being."
    RESONATES: Final = "What resonates"
    NONE_RESONATE: Final = "Nothing was ticked this time."
    CRISIS_TITLE: Final = "You are not alone. Please reach out now."
    CRISIS_BODY: Final = (
        "You said you have had thoughts that you would be better off dead or of hurting "
        "yourself. Those thoughts deserve care straight away. You can talk to someone right now:"
    )
    CRISIS_NOTE_BODY: Final = (
        "What you wrote sounds very painful, and you deserve support right now. You can talk "
        "to someone straight away:"
    )
    CRISIS_MORE: Final = "More lines, a grounding exercise and your safety plan"
    NOTE_LABEL: Final = "A private note about this result (optional)"
    NOTE_HINT: Final = "Only you can see it; it is stored encrypted."
    NOTE_SAVE: Final = "Save note"
    NOTE_SAVED: Final = "Your note was saved."
    NOTE_CONCERN: Final = (
        "It sounds like things have been heavy. Talking to a professional could help."
    )
    HISTORY_TITLE: Final = "Your {title} history"
    HISTORY_EMPTY: Final = "No results yet."
    HISTORY_CHART_LABEL: Final = "{title} scores over time, from {first} to {last}"
    HISTORY_TABLE_CAPTION: Final = "Every {title} result, oldest first"
    COL_DATE: Final = "Date"
    COL_SCORE: Final = "Score"
    COL_RANGE: Final = "Range"
    COL_REFERRAL: Final = "Talk to a professional?"
    YES: Final = "Yes"
    NO: Final = "No"
    REMINDER_TITLE: Final = "Reminders"
    REMINDER_LABEL: Final = "Remind me to take this again"
    REMINDER_NEVER: Final = "Never"
    REMINDER_EVERY: Final = "Every {days} days"
    REMINDER_SAVE: Final = "Save reminder"
    REMINDER_SAVED: Final = "Your reminder was saved."
    TODAY_TITLE: Final = "Time for your {title}"
    TODAY_DETAIL: Final = "Last taken {date}. It takes a few minutes."
    CALENDAR_TITLE: Final = "Reconnect: {title}"
    CALENDAR_DESCRIPTION: Final = "A few minutes to check in with the {title} questionnaire."
    CONSIDER_AT_REFERRAL: Final = (
        "Your {title} result on {date} was in the range where its authors suggest talking to "
        "a professional."
    )
    CONSIDER_RISK_ANSWER: Final = (
        "On {date} you answered that you had thoughts of being better off dead or of hurting "
        "yourself."
    )
    CLI_HELP: Final = (
        "Take a questionnaire in the terminal (reconnect assess phq9), list them (--list), or "
        "see your history (reconnect assess history phq9)."
    )
    CLI_NEEDS_NAME: Final = "Name a questionnaire, e.g. reconnect assess phq9 (see --list)."
    CLI_NEEDS_TTY: Final = "This questionnaire asks one question at a time: run it in a terminal."
    CLI_CHOOSE: Final = "Your answer"
    CLI_INVALID_CHOICE: Final = "Please type one of: {choices}."
    CLI_RESUMING: Final = "Carrying on where you left off ({done} answered)."
    CLI_SAVED_DRAFT: Final = (
        "Stopped. Your answers so far are saved; run the same command to carry on."
    )
    CLI_RESULT: Final = "{title}: {total} out of {max_total}. {band_sentence}"
    CLI_RESULT_ID: Final = "Saved as result {id}."
    CLI_HISTORY_EMPTY: Final = "No {title} results yet."
    CLI_LEARN: Final = "Read more: {links}"
    LEARN_TITLES: Final = {
        "what-is-detachment": "What emotional detachment is",
        "vs-disinterest": "Detachment or disinterest?",
        "vs-healthy-boundaries": "Detachment or healthy boundaries?",
        "signs-in-relationships": "How detachment shows in relationships",
        "causes": "What can cause detachment",
        "effects-on-couples": "How detachment affects couples",
        "strategy-identify-emotions": "Learning to name your feelings",
        "strategy-boundaries": "Setting boundaries that keep you connected",
        "strategy-self-care": "Looking after yourself",
        "strategy-communication": "Talking and listening again",
        "strategy-professional-help": "Getting professional support",
        "when-to-seek-help": "When to seek help",
        "practical-tips": "Practical tips",
        "faq": "Questions people ask",
        "partner-seems-far-away": "When your partner seems far away",
        "bringing-it-up": "How to bring it up",
        "looking-after-yourself": "Looking after yourself while you wait",
        "suggesting-professional-help": "Suggesting professional help",
    }
    CLI_JSON_NEEDS_LIST: Final = (
        "--json goes with --list or history: reconnect assess --list --json, "
        "reconnect assess history NAME --json"
    )

    HISTORY_X_AXIS: Final = "Date taken"
    HISTORY_Y_AXIS: Final = "Score"
    HISTORY_POINT: Final = "{date}: score {score}"


class Plan:
    """The personal plan, practices, goals, streaks and the calendar feed."""

    NAV: Final = "Plan"
    SOURCES_TITLE: Final = "Where the suggestions come from"
    SOURCES_INTRO: Final = (
        "Suggestions follow your answers to these reflections. Take or retake one whenever "
        "things change, and the suggestions change with it."
    )
    SOURCE_TAKEN: Final = "last taken {date}"
    SOURCE_NOT_YET: Final = "not taken yet"
    SOURCES_ALL: Final = "Every questionnaire and reflection"
    GOAL_PROGRESS_ONE: Final = "{done} of 1 day"
    TITLE: Final = "Your plan"
    INTRO: Final = (
        "A few small practices, chosen from five strategies, that you can fit into an "
        "ordinary week. Change anything: it is your plan."
    )
    EMPTY: Final = (
        "Your plan is empty for now. You can start from our suggestions, or pick practices "
        "yourself from the list."
    )
    SUGGESTED_TITLE: Final = "Suggested for you"
    SUGGESTED_INTRO: Final = (
        "Based on what you have reflected on so far. These are ideas, not instructions."
    )
    ADD_SUGGESTIONS: Final = "Add these to my plan"
    BROWSE: Final = "See every practice"
    WHY: Final = "Why this was suggested"
    ADDED_BY_YOU: Final = "You added this yourself."
    TODAY_TITLE: Final = "For today"
    TODAY_NONE: Final = "Nothing planned for today. Rest is part of the plan too."
    TODAY_DETAIL: Final = "About {minutes} minutes"
    WEEK_TITLE: Final = "This week"
    GOAL_PROGRESS: Final = "{done} of {target} days"
    GOAL_MET: Final = "Done for this week. Well done."
    STREAK_TITLE_LABEL: Final = "Your streak"
    STREAK_NONE: Final = "Your streak starts the next time you do a practice."
    STREAK_LINE: Final = "{days} practice days in a row (your best: {best})."
    STREAK_LINE_ONE: Final = "Your streak has begun: 1 practice day (your best: {best})."
    STREAK_FORGIVING: Final = "One missed day never breaks a streak here."
    MILESTONES_TITLE: Final = "Milestones"
    STREAK_TITLE: Final = "{days} practice days in a row"
    STREAK_MESSAGE: Final = (
        "You have kept coming back to yourself. That steadiness is worth noticing."
    )
    FIRST_TITLE: Final = "Your first practice"
    FIRST_MESSAGE: Final = "Every way back starts with one small step. You took it."
    COUNT_TITLE: Final = "{count} practices done"
    COUNT_MESSAGE: Final = "Each one was a moment of care for yourself. They add up."
    STRATEGIES_TITLE: Final = "All five strategies tried"
    STRATEGIES_MESSAGE: Final = (
        "You have explored every strategy. You know more now about what helps you."
    )
    PRACTICES_TITLE: Final = "Practices"
    PRACTICES_INTRO: Final = (
        "Every practice, grouped by strategy. Add the ones that appeal to you; you can "
        "remove them again at any time."
    )
    IN_PLAN: Final = "In your plan"
    ADD: Final = "Add to my plan"
    REMOVE: Final = "Remove from my plan"
    DURATION: Final = "About {minutes} minutes"
    HOW_OFTEN: Final = "How often"
    DAYS_PER_WEEK: Final = "{count} days a week"
    ONCE_A_WEEK: Final = "Once a week"
    EVERY_DAY: Final = "Every day"
    AT_TIME: Final = "at {time}"
    STEPS_TITLE: Final = "How to do it"
    PROMPTS_TITLE: Final = "Prompts to choose from"
    READ_MORE: Final = "Read more about this strategy"
    SCHEDULE_TITLE: Final = "When to do it"
    SCHEDULE_DAYS: Final = "Days"
    SCHEDULE_TIME: Final = "Reminder time"
    SCHEDULE_SAVE: Final = "Save the schedule"
    WEEKDAY_NAMES: Final = {
        "MO": "Monday",
        "TU": "Tuesday",
        "WE": "Wednesday",
        "TH": "Thursday",
        "FR": "Friday",
        "SA": "Saturday",
        "SU": "Sunday",
    }
    LOG_TITLE: Final = "I did this"
    LOG_INTRO: Final = "Note how it went. Everything here is optional and stays private."
    RATING_LABEL: Final = "How did it feel?"
    RATINGS: Final = {
        1: "Hard",
        2: "A bit hard",
        3: "Okay",
        4: "Good",
        5: "Really good",
    }
    RATING_NONE: Final = "Rather not say"
    NOTE_LABEL: Final = "A note (optional)"
    DONE_ON_LABEL: Final = "When"
    LOG_SAVE: Final = "Save"
    LOGGED: Final = "Saved. Thank you for taking this time for yourself."
    LOG_DELETED: Final = "That entry was deleted."
    HISTORY_TITLE: Final = "Your recent times"
    HISTORY_NONE: Final = "Nothing logged yet. Whenever you are ready."
    PLAN_ADDED: Final = "Added to your plan."
    PLAN_REMOVED: Final = "Taken out of your plan. What you logged is kept."
    PLAN_GENERATED: Final = "Your plan is ready. Change anything that does not fit."
    SCHEDULE_SAVED: Final = "Schedule saved."
    BREATHING_START: Final = "Breathe with the circle"
    BREATHING_TOGGLE: Final = "Start or pause the circle"
    BREATHING_IN: Final = "Breathe in"
    BREATHING_HOLD: Final = "Pause"
    BREATHING_OUT: Final = "Breathe out"
    BREATHING_STEPS_TITLE: Final = "Breathing step by step"
    BREATHING_STEP: Final = "{phase} for {seconds} seconds"
    BREATHING_ROUNDS: Final = "Repeat {rounds} times, about {minutes} minutes in all."
    BREATHING_REDUCED: Final = (
        "Your device asks for less motion, so the circle stays still: follow the steps below "
        "at your own pace."
    )
    CALENDAR_TITLE: Final = "Reminders in your calendar"
    CALENDAR_INTRO: Final = (
        "Subscribe to a private calendar address and your practices (and anything else "
        "coming up here) appear in the calendar app you already use, with a gentle reminder."
    )
    CALENDAR_PRIVATE: Final = (
        "Anyone with this address can see the titles and times in your calendar, but "
        "nothing you have written. Keep it to yourself; you can replace or turn it off here."
    )
    CALENDAR_NONE: Final = "There is no calendar address yet."
    CALENDAR_ACTIVE: Final = "Your calendar address is active (created {created})."
    CALENDAR_SHOWN_ONCE: Final = (
        "Here is your address. Copy it into your calendar app now: for your privacy we "
        "store only a fingerprint of it and cannot show it again."
    )
    CALENDAR_URL_LABEL: Final = "Your calendar address"
    CALENDAR_CREATE: Final = "Create a calendar address"
    CALENDAR_REGENERATE: Final = "Replace the address (the old one stops working)"
    CALENDAR_REVOKE: Final = "Turn the calendar off"
    CALENDAR_REVOKED: Final = "The calendar address no longer works."
    TIME_ZONE_LABEL: Final = "Your time zone"
    TIME_ZONE_HINT: Final = (
        "The same one as on your account page: your days and reminders follow it. For "
        "example Europe/London or America/Chicago."
    )
    TIME_ZONE_SAVE: Final = "Save the time zone"
    TIME_ZONE_SAVED: Final = "Time zone saved."
    FEED_NAME: Final = "Reconnect practices"
    FEED_NOT_FOUND: Final = (
        "This calendar address does not work (any more). Make a new one on the Plan page."
    )
    LEARN_LINKS: Final = "Read more"
    FIRST_CALL_LINK: Final = "What to say at the first call"
    PRACTICE_UNKNOWN: Final = "There is no practice called {slug!r}."
    NOT_IN_PLAN: Final = "That practice is not in your plan."
    LOG_NOT_FOUND: Final = "We could not find that entry. It may have been deleted."
    RATING_INVALID: Final = "Choose how it felt from 1 (hard) to 5 (really good), or leave it out."
    NOTE_TOO_LONG: Final = "The note is too long: please keep it under {limit} characters."
    ANSWER_TOO_LONG: Final = "An answer is too long: please keep each under {limit} characters."
    FIELDS_UNKNOWN: Final = "This practice does not ask for: {names}."
    DATE_IN_FUTURE: Final = "That date is in the future. Log a practice on the day you did it."
    DATE_INVALID: Final = "{value!r} is not a date (use YYYY-MM-DD)."
    DAYS_INVALID: Final = "These are not days of the week: {days}. Use MO, TU, WE, TH, FR, SA, SU."
    TIME_INVALID: Final = "{value!r} is not a time of day (use HH:MM, for example 19:30)."
    CONCERN: Final = (
        "It sounds like things have been heavy. Talking to a professional could help, and "
        "support is always one click away."
    )
    REASONS: Final = {
        "starter": "A gentle place to start while you get to know what helps you.",
        "starter:supporting": (
            "A gentle place to start when someone close seems far away: looking after "
            "yourself, and small, easy ways to reach them."
        ),
        "grounding": "A calm anchor you can come back to whatever else you try.",
        "referral": (
            "One of your questionnaires reached the range where its authors suggest talking "
            "to a professional. Talking to someone could help."
        ),
        "cause:trauma": (
            "You said hard past experiences resonate. Working through them with a trained "
            "person can make it safer, and calming your body helps along the way."
        ),
        "cause:stress": "You said stress resonates. This helps your body and mind let go a little.",
        "cause:patterns": (
            "You said relationship patterns resonate. Clear, kind boundaries can change them."
        ),
        "cause:mental_health": (
            "You said your mental health may play a part. A professional can help you "
            "understand what is going on."
        ),
        "cause:vulnerability": (
            "You said fear of being vulnerable resonates. Small, safe steps of openness help."
        ),
        "cause:physical": (
            "You said physical factors may play a part. A doctor can check them, and "
            "movement often helps."
        ),
        "sign:avoid_conversations": "You noticed yourself avoiding deeper conversations.",
        "sign:numbness": "You noticed feeling numb or flat fairly often.",
        "sign:autopilot": "You noticed going through the days on autopilot.",
        "sign:solitude": "You noticed seeking time alone more than usual.",
        "sign:resist_vulnerability": "You noticed holding back from being open.",
        "sign:low_empathy": "You noticed it being hard to feel with other people.",
        "sign:physical_withdrawal": "You noticed pulling back from closeness and touch.",
        "sign:celebrating_support": "You noticed it being hard to share others' joys or worries.",
        "sign:burdened": "You noticed feeling weighed down by other people's needs.",
        "contrast:avoidance": "Your reflection leaned towards avoiding closeness.",
        "contrast:care": "Your reflection leaned towards finding it hard to show care.",
        "contrast:numbness": "Your reflection leaned towards shutting feelings down.",
        "contrast:emptiness": "Your reflection leaned towards a lasting sense of emptiness.",
        "noticed:pulling_away": "You noticed them pulling away and sharing less of what they feel.",
        "noticed:avoids_future": "You noticed them steering away from talk about you or the future.",
        "noticed:indifferent": "You noticed them seeming unmoved by things that used to matter.",
        "noticed:less_affection": "You noticed them holding back from closeness or affection.",
        "noticed:avoids_conflict": "You noticed them sidestepping disagreements.",
        "effect:isolated": "You said you often feel alone. Your own support matters too.",
        "effect:rejected": "You said you often feel pushed away. Looking after yourself helps.",
        "effect:resentful": "You said you often feel resentful. Naming your own needs can help.",
        "effect:self_blame": (
            "You said you wonder whether you caused it. Someone pulling away is rarely about "
            "one thing you did, and your own feelings deserve support too."
        ),
        "effect:fear_of_loss": "You said you worry about losing the relationship.",
        "untried:tried_talking": "You have not tried talking about it yet. A gentle opener can help.",
        "untried:tried_together": "You have not suggested easy time together yet.",
        "untried:tried_support": "You have not found support for yourself yet.",
    }

    class Cli:
        PLAN_HELP: Final = "Your plan and this week's goals."
        PLAN_SUGGEST_HELP: Final = "Add the suggested practices to your plan."
        PLAN_ADD_HELP: Final = "Add a practice to your plan (or change when you do it)."
        PLAN_REMOVE_HELP: Final = "Take a practice out of your plan (what you logged is kept)."
        PLAN_CALENDAR_HELP: Final = (
            "Make a new private calendar address for your reminders (the old one stops "
            "working), or turn it off with --off."
        )
        PRACTICE_HELP: Final = "Practices from the five strategies: list them or log one."
        PRACTICE_LIST_HELP: Final = "List every practice, grouped by strategy."
        PRACTICE_DONE_HELP: Final = "Log a practice you did, with how it felt."
        EMPTY: Final = "Your plan is empty. Add our suggestions with: reconnect plan suggest"
        ADDED: Final = "Added {title} ({days} at {time})."
        REMOVED: Final = "Took {title} out of your plan. What you logged is kept."
        SUGGESTED_NONE: Final = "Everything we would suggest is already in your plan."
        LOGGED: Final = "Logged {title}. Thank you for taking this time for yourself."
        STREAK: Final = (
            "Practice days in your streak: {days} (best {best}). One missed day never breaks it."
        )
        MILESTONE: Final = "Milestone: {title}. {message}"
        WEEK: Final = "This week"
        COLUMNS: Final = ("name", "practice", "when", "this week")
        LIST_COLUMNS: Final = ("slug", "practice", "minutes", "in your plan")

    LOG_DELETE_CONFIRM: Final = "Delete this practice log for good? This cannot be undone."


class Together:
    """Couples: linking, relationship check-ins, the vulnerability ladder, activities."""

    NAV: Final = "Together"
    TITLE: Final = "Together"
    INTRO: Final = (
        "A gentle, structured way for two partners to check in with each other. Each of you "
        "answers privately; the answers are shown side by side only when you have both "
        "written yours."
    )
    # Linking
    NOT_LINKED_INTRO: Final = (
        "To begin, one of you makes an invite code here and gives it to the other in person "
        "or by message. The other enters it on their own Together page."
    )
    INVITE_TITLE: Final = "Invite your partner"
    INVITE_BUTTON: Final = "Make an invite code"
    INVITE_CODE: Final = "Your invite code (it works once and expires {when}):"
    INVITE_MESSAGE_LABEL: Final = "A message to send with it, if you like"
    INVITE_MESSAGE_HINT: Final = (
        "Change anything you like. Reconnect sends nothing: copy it into a message yourself, "
        "or say it in your own words."
    )
    INVITE_MESSAGE: Final = (
        "I have started using an app called Reconnect to notice how I am feeling, and I "
        "wondered whether you would like to try its check-ins with me. There is no "
        "pressure at all, and saying no, or not now, is completely fine.\n\n"
        "If we link up, you would only see what we both choose to share: answers to a short "
        "check-in, shown once we have both answered, and anything either of us decides to "
        "share. Nobody's journal, notes or reflections are shared unless they choose to. "
        "Either of us can unlink at any time.\n\n"
        "If you would like to try: Reconnect runs here, on our own computer, so ask me for "
        'its address and for an account (or choose "Create an account" on its sign-in page, '
        "if it offers one), then open Together and enter this code: {code} (it works once, "
        "until {when})."
    )
    INVITE_COPY: Final = "Copy the message"
    INVITE_COPIED: Final = "Copied."
    INVITE_HOW: Final = (
        "Give this code to your partner. It is shown only now: if you lose it, make a new one."
    )
    ACCEPT_TITLE: Final = "I have a code from my partner"
    ACCEPT_LABEL: Final = "Invite code"
    ACCEPT_HINT: Final = "Ten letters and digits, for example ABCDE-23456."
    ACCEPT_BUTTON: Final = "Link with my partner"
    ACCEPT_CONSENT: Final = "By linking, you agree to share exactly what the sharing page lists."
    LINKED: Final = "You are linked. Take a look at what is shared, then start a check-in."
    LINKED_WITH: Final = "You are linked with {name}."
    UNLINK_TITLE: Final = "Unlink"
    UNLINK_TEXT: Final = (
        "Either of you can unlink at any time, without asking. From then on neither of you "
        "sees anything shared through this link."
    )
    UNLINK_BUTTON: Final = "Unlink from my partner"
    UNLINK_CONFIRM: Final = "Unlink now? Neither of you will see your shared check-ins again."
    UNLINKED: Final = "You are no longer linked. Nothing is shared any more."
    CODE_INVALID: Final = (
        "That code does not work: it may have a typo, have expired, or have been used "
        "already. Ask your partner for a new one."
    )
    CODE_EMPTY: Final = "Please enter the invite code your partner gave you."
    OWN_CODE: Final = "That is your own invite code: give it to your partner to enter."
    ALREADY_LINKED: Final = (
        "You are already linked with a partner. Reconnect links one partner at a time: "
        "unlink first if you want to link with someone else."
    )
    INVITER_LINKED: Final = (
        "The person who made this code has since linked with someone else, so it no longer works."
    )
    NOT_LINKED: Final = (
        "You are not linked with a partner, so there is nothing to show here. You can link "
        "from the Together page."
    )
    # What is shared
    SHARING_TITLE: Final = "What is shared, and what never is"
    SHARING_LINK: Final = "What is shared"
    SHARED_ITEMS: Final = (
        "Your check-in answers, once you have both answered (never before).",
        "Replies you write under a revealed check-in.",
        "The check-in schedule you pick, and who last changed it.",
        "Activities you add, plan or mark done.",
        "Journal entries you choose to share, one at a time, until you unshare them.",
        "Your username and the name you chose to be called.",
    )
    NEVER_SHARED: Final = (
        "Your journal, except entries you share one by one.",
        "Your mood check-ins, questionnaires and their results.",
        "Your safety plan.",
        "Your step on the vulnerability ladder.",
        "Anything the safety screen noticed in what you wrote.",
    )
    SHARED_TITLE: Final = "These are shared with your partner"
    SHARED_NOW_TITLE: Final = "Shared right now"
    SHARED_NOW_CHECKINS: Final = "Check-ins between you: {count}."
    SHARED_NOW_ACTIVITIES: Final = "Activities on your shared list: {count}."
    SHARED_NOW_MINE: Final = "Journal entries you share: {count}"
    SHARED_NOW_THEIRS: Final = "Journal entries {name} shares with you: {count}"
    NEVER_TITLE: Final = "These are never shown to your partner"
    SHARING_UNLINK: Final = (
        "When either of you unlinks, everything above stops being shown to the other at once."
    )
    # Schedule
    SCHEDULE_TITLE: Final = "Check-in schedule"
    SCHEDULE_NONE: Final = "You have not picked a time for your check-ins yet."
    SCHEDULE_SUMMARY: Final = "{every} on {weekday} at {time}."
    EVERY_SUMMARY: Final = {1: "Every week", 2: "Every two weeks"}
    SCHEDULE_CHANGED_BY: Final = "Last changed by {name}."
    SCHEDULE_CHANGED_BY_YOU: Final = "You changed it last."
    SCHEDULE_NEXT: Final = "Next check-in: {date}."
    SCHEDULE_EDIT: Final = "Change the schedule"
    SCHEDULE_INTRO: Final = (
        "Pick a time that suits you both. Either of you can change it; you both see it, and "
        "it appears in each of your calendar feeds."
    )
    WEEKDAY: Final = "Day"
    TIME: Final = "Time"
    EVERY: Final = "How often"
    EVERY_CHOICES: Final = {1: "every week", 2: "every two weeks"}
    WEEKDAYS: Final = (
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    )
    SCHEDULE_SAVE: Final = "Save schedule"
    SCHEDULE_SAVED: Final = "The schedule was saved. Your partner sees it too."
    WEEKDAY_INVALID: Final = "Please pick a day of the week."
    TIME_INVALID: Final = "Please give a time as HH:MM, for example 19:30."
    EVERY_INVALID: Final = "Check-ins can be every week or every two weeks."
    CALENDAR_TITLE: Final = "Relationship check-in"
    CALENDAR_DESCRIPTION: Final = (
        "Time for your check-in together: each of you answers privately, then you read "
        "both answers side by side."
    )
    TODAY_CHECKIN: Final = "Relationship check-in"
    TODAY_DUE: Final = (
        "Today is your check-in day. Your answers stay private until you have both written."
    )
    TODAY_PARTNER_WAITING: Final = "Your partner has answered and is waiting for yours."
    TODAY_OPEN: Final = "A check-in is open; add your answer when you are ready."
    TODAY_ACTIVITY: Final = "Planned together today"
    # Check-ins
    CHECKIN_TITLE: Final = "Our check-in"
    CHECKIN_START: Final = "Start or continue our check-in"
    CHECKIN_INTRO: Final = (
        "Answer for yourself, honestly and kindly. Your partner sees nothing until you have "
        "both answered; then both answers appear side by side."
    )
    CHECKIN_EDITING: Final = (
        "You have answered. You can still change your answer until your partner has written theirs."
    )
    FELT_WORDS: Final = "How I felt this week (pick any words that fit)"
    FELT_NOTE: Final = "Anything to add about how I felt? (optional)"
    APPRECIATED: Final = "Something I appreciated about you or us"
    NEED: Final = "Something I need"
    VULNERABLE: Final = "One small vulnerable share"
    VULNERABLE_HINT: Final = "A prompt at your step of the ladder, if it helps: {prompt}"
    TOGETHER_WISH: Final = "Something I would like us to do together"
    OPTIONAL: Final = "(optional)"
    SUBMIT: Final = "Save my answer"
    ANSWER_SAVED: Final = (
        "Your answer is saved. It stays private until your partner has answered too."
    )
    ANSWER_REVEALED: Final = "You have both answered: here are your answers side by side."
    FEELINGS_NEEDED: Final = "Please pick at least one word or write a line about how you felt."
    TEXT_TOO_LONG: Final = "Please keep each answer under {limit} characters; nothing was lost."
    WAITING: Final = (
        "Waiting for {name} to answer. Their answer, and yours, will appear side by side as "
        "soon as they have written it."
    )
    PARTNER_DONE: Final = "{name} has answered: add yours to see both side by side."
    READY: Final = "Both answers are ready."
    SHOW_ANSWERS: Final = "Show both answers"
    YOU: Final = "You"
    FELT: Final = "How I felt"
    LEFT_BLANK: Final = "(left blank)"
    LISTEN_TITLE: Final = "Listening to each other"
    LISTEN_INTRO: Final = "Before replying, try these two steps, out loud or in writing:"
    REPLIES_TITLE: Final = "Replies"
    REPLY_LABEL: Final = "Your reply"
    REPLY_BUTTON: Final = "Add reply"
    REPLY_SAVED: Final = "Your reply was added."
    REPLY_EMPTY: Final = "The reply is empty. Write a few words, then add it."
    REPLY_BEFORE_REVEAL: Final = "Replies open once you have both answered."
    NO_REPLIES: Final = "No replies yet."
    HISTORY_TITLE: Final = "Our check-ins"
    HISTORY_NONE: Final = "No check-ins yet."
    STATE_REVEALED: Final = "both answered"
    STATE_WAITING_PARTNER: Final = "waiting for your partner"
    STATE_WAITING_YOU: Final = "waiting for you"
    STATE_OPEN: Final = "open"
    OPENED_ON: Final = "Check-in of {date}"
    STREAK: Final = "Check-ins in a row: {count}"
    STREAK_NONE: Final = "Your first check-in together starts your streak."
    PARTNER_RISK_TITLE: Final = "{name} may be in danger"
    PARTNER_RISK_INTRO: Final = (
        "Something your partner wrote here sounds like they may be thinking about ending "
        "their life or hurting themselves. You cannot know for sure from words on a screen, "
        "and you do not have to handle this alone. Here is what helps."
    )
    PARTNER_RISK_STEPS: Final = (
        "If they may be in danger right now, call the emergency number below, and stay with "
        "them (or stay on the phone) until help arrives.",
        'Ask them directly and calmly: "Are you thinking about suicide?" Asking does not put '
        "the idea in their head; it shows you can hear the answer.",
        "Listen more than you speak. You do not need to fix it; being there and taking them "
        "seriously matters most.",
        "If you can, make the surroundings safer together: put away pills, blades or anything "
        "they have mentioned.",
        "Call one of the lines below together, or for advice on what to do next.",
    )
    PARTNER_RISK_YOU: Final = (
        "Look after yourself too: these lines are for the people who care for someone as well."
    )
    CRISIS_TEXT: Final = (
        "What you wrote sounds very painful. Your answer is saved. Reconnect sends nothing "
        "to anyone; once your partner has answered they will read your answer as you wrote "
        "it, with some guidance on how to support someone who is struggling. You do not have to carry this alone: these lines are there "
        "day and night."
    )
    # Ladder
    LADDER_TITLE: Final = "Your vulnerability ladder"
    LADDER_INTRO: Final = (
        "Opening up is easier in small steps. The ladder goes from light sharing to deep; "
        "you move only when you choose to, never automatically. Only you see your step; the "
        "prompt for your vulnerable share follows it."
    )
    LADDER_CURRENT: Final = "You are on step {number}: {title}."
    LADDER_CHOOSE: Final = "Stay here"
    LADDER_MOVE: Final = "Move to this step"
    LADDER_SAVED: Final = "Your step was saved. Take it at your own pace."
    LADDER_INVALID: Final = "Please pick one of the ladder's steps."
    LADDER_STEP: Final = "Step {number}"
    LADDER_CURRENT_MARK: Final = "(you are here)"
    # Activities
    ACTIVITIES_TITLE: Final = "Things to do together"
    ACTIVITIES_INTRO: Final = (
        "Shared time builds closeness. Pick an idea or add your own, plan a date, and mark it "
        "done when you have done it."
    )
    OUR_LIST: Final = "Our list"
    NO_ACTIVITIES: Final = "Your list is empty. Pick an idea below, or add your own."
    IDEAS_TITLE: Final = "Ideas"
    ADD_IDEA: Final = "Add to our list"
    OWN_IDEA: Final = "Our own idea"
    OWN_IDEA_LABEL: Final = "What would you like to do together?"
    ADD_OWN: Final = "Add"
    PLANNED_FOR: Final = "Planned for {date}"
    NOT_PLANNED: Final = "No date yet"
    DONE_ON: Final = "Done on {date}"
    PLAN_LABEL: Final = "Date"
    PLAN_BUTTON: Final = "Plan"
    MARK_DONE: Final = "Mark done"
    MARK_NOT_DONE: Final = "Not done after all"
    ACTIVITY_ADDED: Final = "Added to your list."
    ACTIVITY_SAVED: Final = "Saved."
    ACTIVITY_REMOVED: Final = "Removed from your list."
    ACTIVITY_REMOVE_CONFIRM: Final = "Remove this from your shared list?"
    ACTIVITY_TITLE_INVALID: Final = "Please give the activity a name of 1 to {limit} characters."
    IDEA_UNKNOWN: Final = "That idea is not in the list."
    DATE_INVALID: Final = "The date {value!r} is not a valid date (use YYYY-MM-DD)."
    # Shared journal entries
    SHARED_PAGE_TITLE: Final = "Shared with me"
    SHARED_PAGE_INTRO: Final = (
        "Journal entries are private. Here you can choose single entries to show your "
        "partner, and read the ones they chose to show you. You can stop sharing yours at any time."
    )
    FROM_PARTNER: Final = "Shared by {name}"
    NOTHING_FROM_PARTNER: Final = "{name} has not shared any journal entries with you."
    MINE_SHARED: Final = "Entries you share"
    NOTHING_SHARED: Final = "You are not sharing any journal entries."
    SHARE_LABEL: Final = "Choose one of your entries to share"
    SHARE_BUTTON: Final = "Share this entry"
    SHARE_NONE_TO_SHARE: Final = "You have no journal entries to share."
    SHARED_NOTICE: Final = "The entry is now shared with your partner."
    UNSHARE: Final = "Stop sharing"
    UNSHARED: Final = "The entry is no longer shared."
    ENTRY_SHARING_TITLE: Final = "Sharing with {name}"
    ENTRY_PRIVATE: Final = (
        "Only you can read this entry. You can show it to {name}, and stop sharing at any time."
    )
    ENTRY_SHARED_WITH: Final = "{name} can read this entry."
    ENTRY_SHARE_BUTTON: Final = "Share with {name}"
    READ_ONLY: Final = "Shared with you to read. It stays {name}'s own."
    OPEN_IN_JOURNAL: Final = "Open it in your journal"
    SHARED_BADGE: Final = "shared with your partner"
    BACK: Final = "Back to Together"
    # CLI
    CLI_HELP: Final = (
        "Check in together with your partner: invite, accept, checkin, status, unlink."
    )
    CLI_INVITE_HELP: Final = "Make a single-use invite code for your partner."
    CLI_ACCEPT_HELP: Final = "Link with your partner using the code they gave you."
    CLI_UNLINK_HELP: Final = "Unlink from your partner; nothing is shared any more."
    CLI_STATUS_HELP: Final = "Your partner, your schedule, your streak and the open check-in."
    CLI_CHECKIN_HELP: Final = (
        "Answer your check-in: asks question by question, or takes the answers as options. "
        "--show shows the open or latest one."
    )
    CLI_REPLY_HELP: Final = "Reply under a check-in you have both answered."
    CLI_INVITE_CODE: Final = "Invite code: {code} (works once; expires {when})."
    CLI_NOT_LINKED: Final = "Not linked with a partner. Make a code with: reconnect together invite"
    CLI_NEEDS_ANSWERS: Final = (
        "No terminal to ask in: give --word or --felt, and optionally --appreciated, --need, "
        "--share and --together."
    )
    CLI_OPEN_ROUND: Final = "Open check-in: {state}."
    CLI_NO_ROUND: Final = "No check-in is open. Start one with: reconnect together checkin"
    CLI_WORDS_PROMPT: Final = "How did you feel this week? (emotion words, separated by spaces)"
    CLI_SKIP_HINT: Final = "Press Enter to skip a question."


class Patterns:
    """Contributing factors and the patterns page."""

    INSIGHTS_LINK: Final = "Your mood, feelings and questionnaires over time are on Insights"
    # The factor chips on the check-in and entry forms
    FACTORS_LEGEND: Final = "What was going on? (optional, one tap each)"
    FACTORS_HINT: Final = (
        "These help you notice what goes with better or harder days. Skip any of them."
    )
    SLEEP_HOURS: Final = "Hours slept last night"
    SLEEP_HOURS_HINT: Final = "A number from 0 to 24, such as 7 or 6.5."
    CATEGORY: Final = {
        "sleep_quality": "How you slept",
        "movement": "Movement today",
        "people": "Who you were with",
        "places": "Where you were",
        "activities": "What you were doing",
    }
    OPTIONS: Final = {
        "poor": "poorly",
        "okay": "okay",
        "good": "well",
        "move_none": "not much",
        "move_light": "a little (a walk, stretching)",
        "move_active": "a lot (sport, a workout)",
        "partner": "partner",
        "family": "family",
        "friends": "friends",
        "colleagues": "colleagues",
        "alone": "on my own",
        "home": "home",
        "work": "work",
        "outdoors": "outdoors",
        "out": "out and about",
        "travelling": "travelling",
        "working": "working",
        "studying": "studying",
        "chores": "chores",
        "caring": "caring for someone",
        "socialising": "socialising",
        "screens": "screens",
        "reading": "reading",
        "hobby": "a hobby",
        "creative": "something creative",
        "resting": "resting",
    }
    NOT_SAID: Final = "not saying"
    OWN_TAGS: Final = "Your own tags (optional, separated by commas)"
    FACTORS_SHOWN: Final = "What was going on:"
    SHOW_SLEEP: Final = "slept {hours} h"
    SHOW_QUALITY: Final = "slept {quality}"
    SHOW_MOVEMENT: Final = "moved {movement}"
    SLEEP_INVALID: Final = (
        "Hours slept must be a number from 0 to 24 (such as 7 or 6.5); {value!r} does not "
        "fit. Nothing was saved yet and your other answers are kept below."
    )
    CHOICE_UNKNOWN: Final = "{value!r} is not one of the choices for {what} ({allowed})."

    # The patterns page
    TITLE: Final = "Patterns"
    LINK_FROM_CHECKIN: Final = "See what goes with your check-ins"
    INTRO: Final = (
        "What tends to go with your more pleasant or harder moments, from your own "
        "check-ins and entries. These are things that go together, not causes: a pattern "
        "is a question to reflect on, not an answer."
    )
    PERIOD_LABEL: Final = "Look at"
    PERIODS: Final = {"90": "the last 3 months", "365": "the last 12 months", "all": "everything"}
    PERIOD_SHOW: Final = "Show"
    BASED_ON: Final = "Check-ins looked at: {checkins}. Journal entries looked at: {entries}."
    FOUND_HEADING: Final = "What stands out"
    NONE_FOUND: Final = (
        "Nothing stands out clearly yet. That is a fine answer: with more check-ins, and "
        "factors ticked on them, clearer patterns may appear, or it may simply be that no "
        "single factor makes much difference for you."
    )
    STARTING: Final = (
        "Patterns appear once there are at least {min} check-ins with a factor and {min} "
        "without it. Tick a few factors when you check in and come back in a few weeks."
    )
    CONTEXT: Final = {
        "sleep:enough": "After 7 or more hours of sleep",
        "sleep:short": "After less than 6 hours of sleep",
        "quality:good": "After sleeping well",
        "quality:okay": "After sleeping okay",
        "quality:poor": "After sleeping poorly",
        "movement:moved": "On days you moved",
        "people:partner": "With your partner",
        "people:family": "With family",
        "people:friends": "With friends",
        "people:colleagues": "With colleagues",
        "people:alone": "On your own",
        "places:home": "At home",
        "places:work": "At work",
        "places:outdoors": "Outdoors",
        "places:out": "Out and about",
        "places:travelling": "While travelling",
        "activities:working": "While working",
        "activities:studying": "While studying",
        "activities:chores": "Doing chores",
        "activities:caring": "Caring for someone",
        "activities:socialising": "Socialising",
        "activities:screens": "On screens",
        "activities:reading": "Reading",
        "activities:hobby": "Doing a hobby",
        "activities:creative": "Doing something creative",
        "activities:resting": "Resting",
        "weekday:0": "On Mondays",
        "weekday:1": "On Tuesdays",
        "weekday:2": "On Wednesdays",
        "weekday:3": "On Thursdays",
        "weekday:4": "On Fridays",
        "weekday:5": "On Saturdays",
        "weekday:6": "On Sundays",
        "time:morning": "In the morning",
        "time:afternoon": "In the afternoon",
        "time:evening": "In the evening",
        "time:night": "At night",
    }
    CONTEXT_TAG: Final = "With your tag #{tag}"
    OUTCOME: Final = {
        "pleasantness": "pleasantness",
        "energy": "energy",
        "no_emotion": "no feeling detected in what you wrote",
    }
    NUMERIC_SENTENCE: Final = {
        ("pleasantness", "higher"): (
            "{context}, your check-ins were more pleasant than your usual in {k} of {n} cases."
        ),
        ("pleasantness", "lower"): (
            "{context}, your check-ins were less pleasant than your usual in {k} of {n} cases."
        ),
        ("energy", "higher"): (
            "{context}, your energy was higher than your usual in {k} of {n} cases."
        ),
        ("energy", "lower"): (
            "{context}, your energy was lower than your usual in {k} of {n} cases."
        ),
    }
    NUMERIC_DETAIL: Final = (
        "On average {difference} points on the -4 to 4 scale compared with the {others} "
        "check-ins without it (usual: {typical}); the difference is likely between "
        "{low} and {high} ({confidence}% interval)."
    )
    FLAT_SENTENCE: Final = {
        "higher": (
            "{context}, the on-device analysis found no particular feeling in {k} of {n} "
            "texts you wrote ({share}), against {others_share} otherwise."
        ),
        "lower": (
            "{context}, the on-device analysis found no particular feeling in only {k} of "
            "{n} texts you wrote ({share}), against {others_share} otherwise."
        ),
    }
    FLAT_DETAIL: Final = (
        "Compared with {others} texts without it; the difference is likely between {low} "
        "and {high} percentage points ({confidence}% interval)."
    )
    EVIDENCE: Final = (
        "Strength of evidence: p {p}; allowing for the {tests} comparisons made, q {q}."
    )
    GOES_WITH: Final = "This goes with, and does not show a cause."
    EXPLORE: Final = "If you want to explore this:"
    UNCLEAR_HEADING: Final = "Looked at, nothing clear"
    UNCLEAR_INTRO: Final = (
        "These had enough check-ins to compare, and no clear difference showed up."
    )
    UNCLEAR_ITEM: Final = "{context} and {outcome}: {n} with, {others} without."
    NOT_ENOUGH_HEADING: Final = "Not enough yet"
    NOT_ENOUGH_INTRO: Final = (
        "These need at least {min} check-ins with the factor and {min} without before "
        "anything is said about them. The counts here take check-ins and journal entries "
        "together (both are read for whether a feeling was named), so they can be higher "
        "than a count of check-ins alone."
    )
    NOT_ENOUGH_ITEM: Final = "{context}: {n} with, {others} without."
    WHEN_HEADING: Final = "Weekdays and times of day"
    WHEN_INTRO: Final = (
        "Averages on the -4 to 4 scale, shown once a day or time has {min} check-ins. "
        "Any difference that stands out is listed above with its uncertainty."
    )
    WHEN_GROUP: Final = "Day or time"
    WHEN_COUNT: Final = "Check-ins"
    WHEN_PLEASANT: Final = "Average pleasantness"
    WHEN_ENERGY: Final = "Average energy"
    WHEN_NOT_ENOUGH: Final = "not enough yet"
    METHOD_HEADING: Final = "How this is worked out"
    METHOD: Final = (
        "For each factor, check-ins with it are compared with check-ins without it, only "
        "among check-ins where you answered that question. Pleasantness and energy are "
        "compared with a Mann-Whitney test, and so is the share of texts with no feeling "
        "detected (with Fisher's exact test when the numbers are small). Because many "
        "comparisons are made at once, a "
        "Benjamini-Hochberg correction keeps the share of chance findings among those "
        "shown at about 1 in 20, and the intervals are widened to match. 'Your usual' is "
        "the middle value of your other check-ins."
    )
    LIMITS: Final = (
        "Limits: these are your own notes, at the moments you chose to check in; factors "
        "travel together (busy work days may also be short-sleep days); and a pattern can "
        "run either way or come from something not recorded at all."
    )
    LINKS: Final = {
        "learn/strategy-self-care": "Looking after yourself",
        "learn/strategy-communication": "Talking with each other",
        "learn/strategy-boundaries": "Boundaries",
        "learn/strategy-identify-emotions": "Naming what you feel",
        "learn/vs-healthy-boundaries": "Detachment or healthy solitude?",
        "plan/practices/breathing": "A breathing exercise",
        "plan/practices/movement": "Moving a little",
        "plan/practices/mindfulness-minutes": "Mindful minutes",
        "plan/practices/honest-sharing": "Honest sharing",
        "plan/practices/empathic-listening": "Empathic listening",
        "plan/practices/boundary-statement": "A boundary statement",
        "plan/practices/boundary-log": "A boundary log",
        "plan/practices/hobby": "Time for a hobby",
        "plan/practices/journaling-prompt": "A journaling prompt",
        "plan/practices/accepting-feelings": "Accepting feelings",
    }
    LEARN_KIND: Final = "read"
    PRACTICE_KIND: Final = "practice"

    # API and CLI
    PERIOD_INVALID: Final = "The period must be 90, 365 or all (days), not {value!r}."
    CLI_NOTED: Final = "Noted: {factors}."
    CLI_PERIOD_HELP: Final = "How far back to look: 90, 365 or all (days)."
    CLI_JSON_HELP: Final = "Print the report as JSON (the same shape as the API)."
    CLI_LINK: Final = "Explore: {links}"
    CLI_HELP: Final = (
        "Show which factors go with more pleasant or harder check-ins (goes with, not causes)."
    )
    CLI_FOUND: Final = "What stands out (check-ins: {checkins}, entries: {entries}):"
    CLI_UNCLEAR: Final = "Looked at with nothing clear: {count} comparisons."
    CLI_NOT_ENOUGH: Final = "Not enough yet: {items}."
    CLI_SLEEP_HELP: Final = "Hours slept last night (0 to 24)."
    CLI_QUALITY_HELP: Final = "How you slept: poor, okay or good."
    CLI_MOVEMENT_HELP: Final = "Movement today: none, light or active."
    CLI_WITH_HELP: Final = (
        "Who you were with (repeat): partner, family, friends, colleagues, alone."
    )
    CLI_AT_HELP: Final = "Where you were (repeat): home, work, outdoors, out, travelling."
    CLI_DOING_HELP: Final = (
        "What you were doing (repeat): working, studying, chores, caring, socialising, "
        "screens, reading, hobby, creative, resting."
    )
    CLI_TAG_HELP: Final = "Your own tag (repeat for more)."


class Insights:
    """The dashboard and the report for a professional."""

    NAV: Final = "Insights"
    TITLE: Final = "Your insights"
    INTRO: Final = (
        "A look back at what you have noticed and done. These are your own records, shown "
        "as trends to reflect on, not a verdict or a diagnosis."
    )
    RANGE_LABEL: Final = "Time range"
    RANGES: Final = {
        "month": "Last month",
        "quarter": "Last 3 months",
        "year": "Last year",
        "all": "Everything",
    }
    RANGE_SHOW: Final = "Show"
    RANGE_UNKNOWN: Final = "Please choose one of these ranges: {choices}."
    RANGE_BACKWARDS: Final = "The start date is after the end date; please swap them."
    PERIOD: Final = "{start} to {end}"
    DATA_TABLE: Final = "Show the numbers as a table"
    DAY: Final = "Day"
    WEEK: Final = "Week of"
    MONTH: Final = "Month of"
    SUMMARY_TITLE: Final = "At a glance"
    SUMMARY_CHECKINS: Final = "Check-ins"
    SUMMARY_CHECKIN_DAYS: Final = "Days you checked in"
    SUMMARY_ENTRIES: Final = "Journal entries"
    SUMMARY_WORDS: Final = "Words written"
    SUMMARY_STREAK: Final = "Check-in days in a row"
    MOOD_SECTION: Final = "Mood and feelings"
    MARKERS_SECTION: Final = "Markers in your own words"
    MOOD_TITLE: Final = "Mood over time"
    MOOD_DESC: Final = (
        "Average pleasantness and energy of your check-ins per {bucket}, on the scale from -4 to 4."
    )
    MOOD_EMPTY: Final = "No check-ins in this range yet. A check-in takes under a minute."
    PLEASANTNESS: Final = "Pleasantness"
    ENERGY: Final = "Energy"
    CHECKINS_COLUMN: Final = "Check-ins"
    BUCKET_NAMES: Final = {"day": "day", "week": "week", "month": "month"}
    CHOSEN_TITLE: Final = "Feelings you named"
    CHOSEN_DESC: Final = "The words you chose most often at check-ins, with how many times."
    CHOSEN_EMPTY: Final = "You have not chosen any feeling words in this range yet."
    DETECTED_TITLE: Final = "Feelings noticed in your writing"
    DETECTED_DESC: Final = (
        "Emotions the on-device analysis noticed in your entries and check-in notes (or the "
        "ones you chose instead), most frequent first."
    )
    DETECTED_EMPTY: Final = "No feelings noticed in your writing in this range yet."
    WORD: Final = "Feeling"
    TIMES: Final = "Times"
    MARKERS_TITLE: Final = "How you name feelings"
    MARKERS_DESC: Final = (
        "Per {bucket}: the variety of feelings named (0% one feeling, 100% an even mix), the "
        "share of texts where no feeling stood out, and how much of your I/we language was "
        "'we'."
    )
    MARKERS_WORDS_TITLE: Final = "All-or-nothing words"
    MARKERS_WORDS_DESC: Final = (
        "Words such as always, never and nothing per 100 words you wrote, per {bucket}."
    )
    MARKERS_EMPTY: Final = "Markers appear once you have written or checked in during this range."
    MARKERS_EXPLAIN: Final = (
        "These markers are described on the markers page. They say something only about "
        "change over time in your own words."
    )
    EMODIVERSITY: Final = "Variety of feelings"
    NO_EMOTION: Final = "No clear feeling"
    WE_SHARE: Final = "'We' share"
    ABSOLUTIST: Final = "Per 100 words"
    SAMPLES: Final = "Texts"
    SCORES_TITLE: Final = "Questionnaires"
    SCORES_DESC: Final = "Totals over time for “{title}”, from 0 to {max}, with its score ranges."
    SCORES_EMPTY: Final = "No questionnaires taken in this range."
    SCORE: Final = "Total"
    BAND: Final = "Range"
    REFERRAL: Final = "Talking to a professional could help"
    REFLECTIVE: Final = "A reflection, not a validated measure."
    PRACTICES_SECTION: Final = "Practices and streaks"
    PRACTICES_TITLE: Final = "Practices done"
    PRACTICES_DESC: Final = "How many practices you logged per {bucket}."
    PRACTICES_EMPTY: Final = "No practices logged in this range."
    PRACTICES_COUNT: Final = "Practices"
    PRACTICE: Final = "Practice"
    PRACTICES_TOP: Final = "Most practised"
    PRACTICES_TOP_DESC: Final = "The practices you came back to most in this range."
    STREAKS_TITLE: Final = "Streaks"
    STREAK_PRACTICE: Final = "Practice days in a row: {days} (your best: {best})"
    STREAK_TOGETHER: Final = "Relationship check-ins in a row: {count}"
    STREAKS_EMPTY: Final = "Streaks appear as you log practices and relationship check-ins."
    STREAK_KIND: Final = "What"
    MILESTONES_TITLE: Final = "Milestones"
    MILESTONES_EMPTY: Final = "Milestones you reach will be celebrated here."
    REPORT_LINK: Final = "Make a report for a professional"
    PATTERNS_LINK: Final = "See what goes with better or harder days"
    REPORT_TITLE: Final = "A report for a professional"
    REPORT_INTRO: Final = (
        "Make a PDF to take to a counsellor, therapist or doctor. You choose what goes in; "
        "nothing is sent anywhere. Your journal text is only included if you ask for it."
    )
    REPORT_FROM: Final = "From"
    REPORT_TO: Final = "To"
    REPORT_PARTS: Final = "What to include"
    REPORT_PART_NAMES: Final = {
        "mood": "Mood over time and the feelings named",
        "markers": "How you name feelings (markers)",
        "questionnaires": "Questionnaire results",
        "practices": "Practices, streaks and milestones",
    }
    REPORT_EXCERPTS: Final = "Journal excerpts"
    REPORT_EXCERPTS_NONE: Final = "No journal text"
    REPORT_EXCERPTS_NEWEST: Final = "The newest entries in the range, up to"
    REPORT_EXCERPTS_CHOSEN: Final = "Only the entries I tick below"
    REPORT_EXCERPTS_CAP: Final = "How many entries"
    REPORT_CHOOSE_ENTRIES: Final = "Entries to include (newest 50)"
    REPORT_NO_ENTRIES: Final = "You have no journal entries to choose from."
    REPORT_MAKE: Final = "Make the PDF"
    REPORT_NOTHING: Final = "Please choose at least one part to include."
    REPORT_PART_UNKNOWN: Final = "These are not parts of the report: {names}."
    REPORT_CAP_INVALID: Final = "The number of entries must be from 1 to {limit}."
    REPORT_EXCERPTS_UNKNOWN: Final = "Please choose none, newest or chosen for journal excerpts."
    REPORT_NONE_CHOSEN: Final = "Please tick at least one entry, or choose another option."
    REPORT_DATE_INVALID: Final = "The date {value!r} is not a valid date (use YYYY-MM-DD)."
    REPORT_HEADING: Final = "Reconnect: a self-reported summary"
    REPORT_DISCLAIMER: Final = (
        "Everything in this report was recorded by the person themselves in the Reconnect "
        "self-reflection app. It is self-reported and is not a diagnosis or a clinical "
        "assessment. Questionnaire ranges are the authors' published score ranges."
    )
    REPORT_DISCLAIMER_SHORT: Final = "Self-reported; not a diagnosis."
    REPORT_FOR: Final = "Prepared by {name} on {day}, covering {start} to {end}."
    REPORT_EXCERPTS_TITLE: Final = "Journal excerpts chosen by the person"
    REPORT_EXCERPT_CUT: Final = "[…]"
    REPORT_PAGE: Final = "Page {page}"
    REPORT_EMPTY_SECTION: Final = "Nothing recorded in this range."
    REPORT_FILENAME: Final = "reconnect-report-{day}.pdf"
    API_RANGE_HELP: Final = "month, quarter, year or all"
    CLI_INSIGHTS_HELP: Final = "Print a short summary of your insights for a time range."
    CLI_REPORT_HELP: Final = (
        "Write a PDF report for a professional; journal text only with --excerpts or --entry."
    )
    CLI_REPORT_WRITTEN: Final = "Wrote the report to {path} ({size} KB)."
    CLI_REPORT_BOTH: Final = "Give either --excerpts N or --entry ID, not both."
    CLI_PERIOD: Final = "{name}: {start} to {end}"
    CLI_COUNTS: Final = (
        "{checkins} check-ins on {days} days, {entries} journal entries ({words} words)."
    )
    CLI_SECTIONS: Final = (
        "Questionnaires taken: {scores}. Practices logged: {practices}. Milestones: {milestones}."
    )
    CLI_NOTHING: Final = "Nothing recorded in this range yet."
    CLI_TOP_WORDS: Final = "Feelings you named most: {words}"
    CLI_TOP_DETECTED: Final = "Feelings noticed in your writing: {words}"
    CLI_MOOD: Final = (
        "Average pleasantness {pleasantness:+.1f}, energy {energy:+.1f} (from -4 to 4)"
    )

    MARK: Final = "{when}: {name} {value}"
    BAR_MARK: Final = "{label}: {count}"
    WEEK_OF: Final = "Week of {day}"
    AXIS_BUCKET: Final = {"day": "Day", "week": "Week (from Monday)", "month": "Month"}
    MOOD_AXIS: Final = "Average (-4 to +4)"
    MARKERS_AXIS: Final = "Share"
    ABSOLUTIST_AXIS: Final = "Per 100 words"
    SCORE_AXIS: Final = "Total score"
    CHECKINS_ONE: Final = "1 check-in"
    CHECKINS_MANY: Final = "{count} check-ins"
    CALENDAR_TITLE: Final = "Your year, day by day"
    CALENDAR_DESC: Final = (
        "Each square is a day from {start} to {end}, coloured by the average pleasantness of "
        "that day's check-ins: orange for unpleasant, purple for pleasant, grey in between. "
        "Days without a check-in are left blank. It always shows the last 12 months, so you "
        "can see the seasons of your year whichever range you pick above."
    )
    CALENDAR_EMPTY: Final = "No check-ins in the last 12 months yet, so the calendar is blank."
    CALENDAR_MARK: Final = "{when}: pleasantness {value} ({checkins})"
    CALENDAR_KEY: Final = "Average pleasantness {value}"
    CALENDAR_LOW: Final = "Unpleasant"
    CALENDAR_HIGH: Final = "Pleasant"
    CALENDAR_BLANK: Final = "No check-in"
    CALENDAR_BLANK_MARK: Final = "{when}: no check-in"
    GRID_TITLE: Final = "Where your check-ins were on the grid"
    GRID_DESC: Final = (
        "Each circle is a place on the grid you check in on (pleasantness across, energy up); "
        "the bigger the circle, the more check-ins you made there in this range."
    )
    GRID_EMPTY: Final = "No check-ins in this range yet, so the grid is empty."
    GRID_X_TITLE: Final = "Pleasantness (-4 to +4)"
    GRID_Y_TITLE: Final = "Energy (-4 to +4)"
    GRID_MARK: Final = (
        "Pleasantness {pleasantness}, energy {energy}: {checkins}, the latest on {day}"
    )
    GRID_QUADRANTS: Final = {
        "high_unpleasant": ("High energy,", "unpleasant"),
        "high_pleasant": ("High energy,", "pleasant"),
        "low_unpleasant": ("Low energy,", "unpleasant"),
        "low_pleasant": ("Low energy,", "pleasant"),
    }
    LATEST: Final = "Latest"
    SPREAD_SECTION: Final = "How your moods are spread"
    SPREAD_TITLE: Final = "How pleasant your check-ins felt"
    SPREAD_DESC: Final = "How many check-ins in this range had each pleasantness, from -4 to +4."
    SPREAD_EMPTY: Final = "No check-ins in this range yet."
    SPREAD_MARK: Final = "Pleasantness {value}: {checkins}"
    QUADRANTS_TITLE: Final = "Check-ins per quadrant"
    QUADRANTS_DESC: Final = (
        "How many check-ins in this range fell in each quarter of the grid; a check-in on a "
        "centre line counts as low energy or unpleasant, as on the check-in page."
    )
    QUADRANT: Final = "Quadrant"
    SLEEP_TITLE: Final = "Sleep beside mood"
    SLEEP_DESC: Final = (
        "Above: the hours of sleep you noted, on average per {bucket}. Below: the average "
        "pleasantness of your check-ins per {bucket}, on the same dates."
    )
    SLEEP_EMPTY: Final = (
        "Sleep appears here once you note hours of sleep with a check-in or an entry (under "
        "'What was going on')."
    )
    SLEEP_AXIS: Final = "Sleep (hours)"
    SLEEP_COLUMN: Final = "Sleep (hours)"
    SLEEP_MARK: Final = "{when}: {hours} hours of sleep"


class Data:
    """Export, import, backup, restore and account deletion."""

    TITLE: Final = "Your data"
    INTRO: Final = (
        "Everything you write here belongs to you. Take a copy whenever you like, bring in "
        "entries from another app, or delete your account and everything in it."
    )
    ACCOUNT_LINK: Final = "Your data: export, import, delete"
    EXPORT_TITLE: Final = "Take a copy"
    EXPORT_INTRO: Final = (
        "The full copy holds everything you own here, decrypted, in one file you can import "
        "again later. Keep it somewhere private: anyone with the file can read it."
    )
    EXPORT_JSON: Final = "Everything (JSON, can be imported again)"
    EXPORT_CSV: Final = "Spreadsheets (CSV files in a zip)"
    EXPORT_MARKDOWN: Final = "Journal as Markdown"
    WHAT_YOU_HAVE: Final = "What you have stored"
    NOTHING_STORED: Final = "Nothing stored yet."
    KIND: Final = "Kind"
    COUNT: Final = "How many"
    IMPORT_TITLE: Final = "Bring in entries"
    IMPORT_INTRO: Final = (
        "Import a Reconnect export, a Daylio CSV export or a jrnl JSON export. Anything you "
        "already have is skipped, so importing the same file twice is safe. If something in "
        "the file cannot be read, nothing from it is saved and we say where the problem is."
    )
    IMPORT_FILE: Final = "File to import"
    IMPORT_SOURCE: Final = "Where it comes from"
    SOURCE_AUTO: Final = "Work it out from the file"
    SOURCE_NAMES: Final = {
        "reconnect": "A Reconnect export (JSON)",
        "daylio": "Daylio (CSV export)",
        "jrnl": "jrnl (JSON export)",
    }
    IMPORT_BUTTON: Final = "Import"
    IMPORT_DONE: Final = "Imported {count} new items."
    IMPORT_NOTHING_NEW: Final = "Nothing new in that file: you already have all of it."
    IMPORT_SKIPPED: Final = "{count} items were already here and were skipped."
    IMPORT_ADDED_HEADING: Final = "Added"
    IMPORT_NOTES_HEADING: Final = "Good to know"
    IMPORT_FAILED_TITLE: Final = "Nothing was imported"
    IMPORT_CRISIS: Final = (
        "Some of the imported writing sounds like you may have been in real pain. If that is "
        "still how things are, you do not have to carry it alone: help is here."
    )
    IMPORT_CONCERN: Final = (
        "Some of the imported writing sounds heavy. Talking to a professional could help."
    )
    IMPORT_CRISIS_LINK: Final = "See people you can talk to now"
    NO_FILE: Final = "Choose a file to import."
    DELETE_TITLE: Final = "Delete your account"
    DELETE_INTRO: Final = (
        "This removes your account and everything in it from this computer for good: "
        "journal, check-ins, plans, answers and any link with a partner. It cannot be undone. "
        "You may want to take a copy first."
    )
    DELETE_CONFIRM: Final = "Type your username, {username}, to confirm"
    DELETE_PASSWORD: Final = "Your password"
    DELETE_BUTTON: Final = "Delete my account and everything in it"
    CONFIRM_MISMATCH: Final = (
        "The username you typed does not match this account, so nothing was deleted."
    )
    WRONG_PASSWORD: Final = "That password is not right, so nothing was deleted."
    ACCOUNT_DELETED: Final = "Your account and everything in it were deleted."
    # Import problems: each names where in the file it is.
    NOT_OUR_FORMAT: Final = (
        'This is not a Reconnect export (the "format" field is missing or different).'
    )
    BAD_VERSION: Final = 'The export\'s "version" field is missing or not a whole number.'
    NEWER_VERSION: Final = (
        "This export was made by a newer Reconnect (format version {version}). Update "
        "Reconnect, then import it again."
    )
    NO_TABLES: Final = 'The export has no "tables" section.'
    UNKNOWN_TABLES: Final = "The export holds kinds of data this version does not know: {names}."
    NOT_IMPORTED_KIND: Final = (
        "Your {kind} link another person's account too, so they were not imported; "
        "link again from inside the app."
    )
    TABLE_NOT_LIST: Final = "The {kind} section is not a list of rows."
    ROW_NOT_OBJECT: Final = "{where}: expected an object with fields."
    UNKNOWN_FIELDS: Final = "{where}: unknown fields {fields}."
    DUPLICATE_ID: Final = "{where}: the id {id} is used twice."
    BAD_FIELD: Final = '{where}, field "{field}": {problem}'
    BAD_REFERENCE: Final = '{where}, field "{field}": there is no {kind} with id {id} in the file.'
    MISSING_PARENT: Final = (
        '{where}, field "{field}": {kind} cannot be imported, so this row cannot either.'
    )
    LINK_FORWARD: Final = (
        '{where}, field "{field}": id {id} is not among the rows above it; a row must come '
        "after the row it points at."
    )
    PROBLEM_REQUIRED: Final = "a value is required."
    PROBLEM_DATETIME: Final = "expected a date and time like 2026-11-25T18:30:00+00:00."
    PROBLEM_DATE: Final = "expected a date like 2026-11-25."
    PROBLEM_BOOLEAN: Final = "expected true or false."
    PROBLEM_NUMBER: Final = "expected a number in range."
    PROBLEM_TEXT: Final = "expected text."
    PROBLEM_TEXT_LENGTH: Final = "expected text of at most {limit} characters."
    PROBLEM_RANGE: Final = "expected a number from {low} to {high}."
    PROBLEM_RANGE_OR_OFF: Final = "expected 0 (off) or a number from {low} to {high}."
    PROBLEM_COUNT: Final = "expected a count of 0 or more."
    PROBLEM_CHOICE: Final = "expected one of: {choices}."
    PROBLEM_CHOICES: Final = "expected a list of any of: {choices}."
    PROBLEM_FUTURE: Final = "the date is in the future; expected today or an earlier day."
    PROBLEM_DAY_RANGE: Final = (
        "the date is in the future or before {earliest}; expected a day from {earliest} to today."
    )
    PROBLEM_WORDS: Final = (
        "expected a list of at most {limit} feeling words from the app's vocabulary "
        "(reconnect checkin --list-words)."
    )
    PROBLEM_EMOTIONS: Final = "expected a list of the emotion model's labels."
    PROBLEM_NUMBERS: Final = "expected names, each with a number."
    PROBLEM_WHOLE_NUMBERS: Final = "expected names, each with a whole number."
    WHERE_ROW: Final = "{kind}, row {row}"
    WHERE_LINE: Final = "line {line}"
    WHERE_ID: Final = "{kind} with id {id}"
    WHERE_ENTRY: Final = "entry {number}"
    DATABASE_REFUSED: Final = (
        "The database refused the import ({problem}), so nothing was saved. The file may "
        "contain values that do not fit together."
    )
    FILE_TOO_BIG: Final = (
        "The file is larger than {limit} MB. Split it, or import from the command line."
    )
    UNKNOWN_SOURCE: Final = "Unknown source {source!r}: choose reconnect, daylio or jrnl."
    EMPTY_FILE: Final = "The file is empty."
    NOT_UTF8: Final = "The file is not UTF-8 text (unreadable byte at position {position})."
    BAD_JSON: Final = "The file is not valid JSON (line {line}, column {column})."
    TOO_DEEP: Final = "The file is nested too deeply to be an export."
    NOT_RECOGNISED: Final = (
        "We could not tell what kind of file this is. Choose where it comes from: a Reconnect "
        "export, Daylio CSV or jrnl JSON."
    )
    TEXT_TOO_LONG: Final = "{where}: the text is longer than {limit} characters."
    TAGS_TRIMMED: Final = (
        "Some entries had more than {limit} tags; only the first {limit} were kept."
    )
    DAYLIO_HEADER: Final = (
        "This does not look like a Daylio export: the first line should name the columns "
        "full_date (or year and date), time and mood."
    )
    TOO_MANY_CELLS: Final = "{where}: this row has more cells than the header."
    BAD_DAYLIO_DATE: Final = "{where}: the date is not like 2026-11-25."
    BAD_TIME: Final = "{where}: the time {value!r} is not like 20:30 or 8:30 pm."
    BAD_CSV: Final = "The CSV could not be read at line {line}: {problem}."
    DAYLIO_ACTIVITIES: Final = "Activities that day: {names}"
    DAYLIO_MOOD_UNKNOWN: Final = (
        "{where}: the mood {mood!r} is one of your own Daylio moods, so we kept the note "
        "but did not guess a check-in for it."
    )
    JRNL_SHAPE: Final = 'This does not look like a jrnl export: it needs an "entries" list.'
    CSV_README: Final = (
        "One CSV file per kind of data from Reconnect. Ids are numbered inside this export; "
        "a column ending in _id points at the row with that id in the matching file. To move "
        "your data to another Reconnect, use the JSON export instead: it can be imported.\n"
    )
    MARKDOWN_TITLE: Final = "Journal of {name}"
    MARKDOWN_EXPORTED: Final = "Exported from Reconnect on {when}."
    MARKDOWN_TAGS: Final = "Tags: {tags}"
    # Command line.
    EXPORT_HELP: Final = (
        "Export everything you own (JSON), CSV files per kind (zip), or the journal as Markdown."
    )
    EXPORT_WRITTEN: Final = "Wrote {path} ({size} bytes). Keep it private: it is not encrypted."
    EXPORT_BINARY_NEEDS_FILE: Final = (
        "The CSV export is a zip file: say where to write it with -o FILE."
    )
    IMPORT_HELP: Final = "Import a Reconnect export, a Daylio CSV or a jrnl JSON file."
    IMPORTING: Final = "Importing"
    BACKUP_HELP: Final = (
        "Make a consistent copy of the SQLite database (safe while the server runs)."
    )
    BACKUP_WRITTEN: Final = (
        "Backed up the database to {path}. Your private texts are encrypted with the key in "
        "{key}: keep a copy of that key too, somewhere separate."
    )
    BACKUP_POSTGRES: Final = (
        "This install uses PostgreSQL, which has its own backup tools. Make a backup with:\n"
        '  pg_dump --format=custom --file=reconnect.dump "$DATABASE_URL"\n'
        "and restore it into an empty database with:\n"
        '  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" reconnect.dump\n'
        "Keep the encryption key (RECONNECT_ENCRYPTION_KEY or its file) with it, separately."
    )
    SQLITE_FAILED: Final = (
        "SQLite could not copy the database ({problem}). Nothing was replaced; if the server "
        "is busy, try again in a moment."
    )
    RESTORE_HELP: Final = (
        "Replace the SQLite database with a backup (a safety copy of the current one is kept)."
    )
    RESTORE_CONFIRM: Final = "Replace everything in {current} with the backup {path}?"
    RESTORE_CANCELLED: Final = "Nothing was changed."
    RESTORE_NOT_SQLITE: Final = "{path} is not a Reconnect SQLite backup ({problem})."
    RESTORE_KEYS_MISSING: Final = (
        "{path} holds text sealed under keys this keyring does not have ({keys}), so it "
        "could not be read after restoring. Nothing was changed. Put the keyring file "
        "kept with that backup in place (or its keys into the keyring), then try again."
    )
    RESTORE_DONE: Final = "Restored {path}. The database as it was is kept in {safety}."
    NOT_A_FILE: Final = "There is no file at {path}."
    USER_DELETE_HELP: Final = "Delete an account and every row and file that belongs to it."
    USER_DELETE_CONFIRM: Final = "Type the username again to delete {username} and everything in it"
    USER_DELETED: Final = "Deleted {username} ({rows} rows)."
    UNKNOWN_EXPORT_FORMAT: Final = "Unknown format {format!r}: choose json, csv or markdown."
    KIND_NAMES: Final = {  # "What you have stored", in words rather than table names
        "assessment_drafts": "Questionnaires you have started",
        "assessment_reminders": "Questionnaire reminders",
        "assessment_results": "Questionnaire results",
        "checkins": "Check-ins",
        "journal_entries": "Journal entries",
        "tags": "Tags",
        "entry_tags": "Tags on journal entries",
        "factor_sets": "Sleep, movement and other things you noted beside an entry or check-in",
        "plans": "Your plan",
        "plan_practices": "Practices in your plan",
        "practice_logs": "Practices you logged",
        "safety_plans": "Your safety plan",
        "together_links": "Your link with a partner",
        "together_ladder": "Your step on the closeness ladder",
        "together_rounds": "Couple check-ins",
        "together_answers": "Your answers to couple check-ins",
        "together_replies": "Replies in couple check-ins",
        "together_activities": "Things to do together",
        "together_shared_entries": "Journal entries shared with your partner",
    }
