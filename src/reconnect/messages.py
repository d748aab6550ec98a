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
    NOT_FOUND: Final = (
        "We could not find that page. It may have been deleted, or it may not be yours."
    )
    OUT_OF_RANGE: Final = "A number in this request is too large. Please check it and try again."
    SERVER_ERROR: Final = (
        "Something went wrong on our side. Nothing you saved before this was lost. "
        "Please try again."
    )
    CSRF_FAILED: Final = (
        "This form had expired, so nothing was changed. Please go back, reload the page and "
        "try again."
    )
    SIGN_IN_NEEDED: Final = "Please sign in to continue."


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
    PASSWORD_CHANGED: Final = "Your password was changed. Other signed-in browsers were signed out."
    SETTINGS_SAVED: Final = "Your settings were saved."
    ACCOUNT_TITLE: Final = "Your account"
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
    NO_TOKENS: Final = "You have no tokens."
    API_TOKEN_INVALID: Final = (
        "A valid personal access token is needed (Authorization: Bearer ...)."
    )
    SIGNED_OUT: Final = "You are signed out. Take care."


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


class Today:
    GREETING: Final = "Hello, {name}"
    CHECKIN_NUDGE: Final = "A check-in takes under a minute: where are you on the grid right now?"
    NO_WORDS: Final = "no words picked"


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
    LEARNED_CRISIS: Final = "words close to thoughts of not wanting to live"
    LEARNED_CONCERN: Final = "words close to lasting numbness or distress"
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
    CRISIS_TITLE: Final = "You matter, and help is here right now"
    CRISIS_SAVED: Final = (
        "What you just wrote sounds very painful. It has been saved, privately. You do not "
        "have to carry this alone: the people on these lines are there for exactly this, "
        "day and night."
    )
    CRISIS_NEXT: Final = "If you can, reach out to one of them now, or to someone you trust."
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
    KEYS_FROM_ENV: Final = (
        "The key comes from RECONNECT_ENCRYPTION_KEY, which this command cannot change. "
        "Use RECONNECT_ENCRYPTION_KEY_FILE (a keyring file) to rotate keys."
    )
    USER_HELP: Final = "Accounts on this install."
    USER_CREATE_HELP: Final = "Create an account."
    USER_SET_PASSWORD_HELP: Final = "Set a new password for an account (signs it out everywhere)."
    USER_CREATED: Final = "Created the account {username}."
    PASSWORD_SET: Final = "The password for {username} was changed."
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
    DATABASE_PROBLEM: Final = "The database could not be used: {problem}. Try: reconnect db upgrade"
    SETTINGS_PROBLEM: Final = "The settings cannot be used: {problem}. See docs/configuration.md."


class Learn:
    """The learn library's page chrome (the topics themselves live in content/learn/)."""


class Assess:
    """Questionnaires and reflective checklists: page chrome, results wording, errors."""


class Plan:
    """The personal plan, practices, goals, streaks and the calendar feed."""


class Together:
    """Couples: linking, relationship check-ins, the vulnerability ladder, activities."""


class Patterns:
    """Contributing factors and the patterns page."""


class Insights:
    """The dashboard and the report for a professional."""


class Data:
    """Export, import, backup, restore and account deletion."""
