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
    TAGS_NAV: Final = "Tags"
    PAGES_NAV: Final = "Pages"


class Today:
    GREETING: Final = "Hello, {name}"
    CHECKIN_NUDGE: Final = "A check-in takes under a minute: where are you on the grid right now?"
    NO_WORDS: Final = "no words picked"


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
    CLI_HELP: Final = "Show crisis and support lines (no account needed)."
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
    SERVING: Final = "Reconnect is running at {url} (press Ctrl+C to stop)."
    KEYRING_PROBLEM: Final = "There is a problem with the encryption keys: {problem}"
    DATABASE_PROBLEM: Final = "The database could not be used: {problem}. Try: reconnect db upgrade"
