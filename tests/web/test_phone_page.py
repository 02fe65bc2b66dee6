"""The phone page in a real browser: Chromium, driven by Playwright, at a phone's size, over a real server.

What a person in the room does (join, write cards, put dots, give scores),
what the page does by itself (follow the facilitator's step, send again
after a dropped connection without doubling anything, keep what was typed
over a reload, say so when the phone was sent away), and how it looks: no
sideways scrolling, targets a thumb can hit, text that can be read, in light
and dark. Everything a phone sends is checked in the session file.

Chromium is Debian's (`scripts/system-deps test` installs it); Playwright's
own browser download is not used. Without either the tests fail, saying
which is missing: they never skip.
"""

from __future__ import annotations

import dataclasses
import os
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.core import board
from tests.web.conftest import ASK, RATE, VOTE, Served, serving
from workshop.core.session import SessionState
from workshop.session import OwnerThread, Session
from workshop.session.room import Room
from workshop.store import SessionFile
from workshop.web.server import RoomServer

try:
    from playwright.sync_api import Browser, BrowserContext, Page, Route, expect, sync_playwright
except ImportError as error:  # the test extras are missing: the browser fixture fails, saying so
    PLAYWRIGHT_MISSING: str | None = (f"Playwright is not installed ({error}); `make test` installs the "
                                      "test extras (pip install -e '.[test]')")
else:
    PLAYWRIGHT_MISSING = None

CHROMIUM = Path("/usr/bin/chromium")
WIDTH, HEIGHT = 390, 844
PHONE: dict[str, Any] = {"viewport": {"width": WIDTH, "height": HEIGHT}, "is_mobile": True, "has_touch": True}
HOSTILE = '<img src=x onerror="alert(1)"><b>bold?</b>'
SOON = 5.0  # seconds: how long a person would wait before thinking the page is stuck
STATEMENT = 5  # the board plan's statement step: the group composes it on the laptop, phones take nothing


# -- the browser and the phones -------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if PLAYWRIGHT_MISSING:
        pytest.fail(PLAYWRIGHT_MISSING, pytrace=False)
    if not CHROMIUM.exists():
        pytest.fail(f"Chromium is not installed ({CHROMIUM} is missing): the phone page is tested in it. "
                    "Install Debian's chromium package (scripts/system-deps test does).", pytrace=False)
    with sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        except Exception as error:
            pytest.fail(f"Chromium ({CHROMIUM}) did not start under Playwright: {error}", pytrace=False)
        yield launched
        launched.close()


@dataclasses.dataclass
class Phone:
    """One phone's page, and what it did that nobody asked for: errors, dialogs, refused code."""

    context: BrowserContext
    page: Page
    url: str
    errors: list[str] = dataclasses.field(default_factory=list)
    dialogs: list[str] = dataclasses.field(default_factory=list)
    requests: list[str] = dataclasses.field(default_factory=list)
    documents: int = 0

    def __post_init__(self) -> None:
        self.page.on("pageerror", lambda error: self.errors.append(f"uncaught: {error}"))
        self.page.on("console", self._console)
        self.page.on("dialog", self._dialog)
        self.page.on("request", self._request)

    def _console(self, message: Any) -> None:
        if "Content Security Policy" in message.text:  # an inline script or style the server's CSP refused
            self.errors.append(f"CSP: {message.text}")

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _request(self, request: Any) -> None:
        self.requests.append(request.url)
        if request.resource_type == "document":
            self.documents += 1

    def open(self) -> Phone:
        self.page.goto(self.url)
        return self

    def join(self, name: str = "") -> Phone:
        expect(self.page.locator("#join")).to_be_visible()
        self.page.fill("#name", name)
        self.page.get_by_role("button", name="Join", exact=True).click()
        expect(self.page.locator("#step")).to_be_visible()
        return self

    def write(self, text: str, column: str = "") -> None:
        """Type a card and press Enter, as a person does (the keyboard's send key)."""
        if column:
            self.page.select_option("#card-column", column)
        self.page.fill("#card-text", text)
        self.page.press("#card-text", "Enter")

    def received(self, count: int, timeout: float = SOON) -> None:
        expect(self.page.locator("#my-cards .state.ok")).to_have_count(count, timeout=timeout * 1000)

    def settled(self, label: str) -> None:
        """Nothing left to send: the status line names the phone again."""
        expect(self.page.locator("#status")).to_have_text(label)

    def button(self, name: str) -> Any:
        return self.page.get_by_role("button", name=name, exact=True)


@pytest.fixture
def phones(browser: Browser) -> Iterator[Callable[..., Phone]]:
    """Open a new phone (its own cookies and storage) on a join address; all are closed after the test."""
    opened: list[Phone] = []

    def open_phone(url: str, color_scheme: str = "light", width: int = WIDTH) -> Phone:
        context = browser.new_context(**{**PHONE, "viewport": {"width": width, "height": HEIGHT}},
                                      color_scheme=color_scheme)
        context.set_default_timeout(10_000)
        phone = Phone(context, context.new_page(), url)
        opened.append(phone)
        return phone.open()

    yield open_phone
    for phone in opened:
        phone.context.close()
    problems = [problem for phone in opened for problem in phone.errors]
    assert not problems, problems


def eventually(check: Callable[[], Any], timeout: float = SOON) -> Any:
    """The value of `check` once it is true (the session file is written on the session's thread)."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.05)


def cards(served: Served) -> list[tuple[str, str, str]]:
    """The cards the session file holds, read by a separate reader: (text, column, author)."""
    return [(card.text, card.column, card.author) for card in SessionFile.snapshot(served.path).cards]


def dots(served: Served) -> dict[str, int]:
    """The first phone's dots in the file, by target."""
    return {f"card:{vote.target.id}": vote.count for vote in SessionFile.snapshot(served.path).votes
            if vote.voter == "Phone 1"}


def scores(served: Served) -> list[tuple[str | None, int, int | None]]:
    return sorted((rating.participant, rating.subject, rating.value)
                  for rating in SessionFile.snapshot(served.path).ratings)


# -- joining and writing -----------------------------------------------------------------------------


def test_phones_join_write_cards_and_the_file_holds_them(served: Served,
                                                          phones: Callable[..., Phone]) -> None:
    anonymous = phones(served.server.url).join()
    anonymous.settled("Phone 1")
    named = phones(served.server.url).join("Ana")
    named.settled("Ana")
    assert named.page.locator("#title").text_content() == "Write cards"
    assert named.page.locator("#card-column option").all_text_contents() == ["Keep", "Drop"]

    anonymous.write("Greet by name")  # the first column unless another is chosen
    anonymous.received(1)
    named.write(HOSTILE, "drop")
    named.received(1)
    named.write("Smile at the door", "keep")
    named.received(2)
    assert named.page.locator("#card-text").input_value() == ""  # ready for the next idea

    assert sorted(cards(served)) == sorted([("Greet by name", "keep", ""), (HOSTILE, "drop", "Ana"),
                                            ("Smile at the door", "keep", "Ana")])
    # Each phone lists its own cards only, newest first, each marked received.
    assert anonymous.page.locator("#my-cards li").count() == 1
    rows = named.page.locator("#my-cards li")
    assert rows.nth(1).locator("span").first.text_content() == HOSTILE
    assert rows.all_text_contents() == ["Smile at the door✓ received", f"{HOSTILE}✓ received"]
    # The markup is text on the page: no image, no bold, no request for "x", no alert.
    assert named.page.locator("img, #my-cards b").count() == 0
    assert not [url for url in named.requests if url.endswith("/x")]
    assert named.dialogs == []


def test_an_empty_card_is_not_sent(served: Served, phones: Callable[..., Phone]) -> None:
    phone = phones(served.server.url).join()
    phone.write("   ")
    expect(phone.page.locator("#message")).to_have_text("Write an idea first.")
    phone.page.get_by_role("button", name="Send card").click()
    phone.write("Now with words")
    phone.received(1)
    expect(phone.page.locator("#message")).to_have_text("")
    assert cards(served) == [("Now with words", "keep", "")]


# -- following the facilitator ------------------------------------------------------------------


def test_the_page_follows_the_steps_by_itself(served: Served, phones: Callable[..., Phone]) -> None:
    phone = phones(served.server.url).join()
    page = phone.page
    phone.write("Greet by name")
    phone.write(HOSTILE)
    phone.received(2)
    ids = {card.text: card.id for card in SessionFile.snapshot(served.path).cards}
    greet, hostile = f"card:{ids['Greet by name']}", f"card:{ids[HOSTILE]}"

    # Dot vote: on the cards the board shows, three dots, + and - on each.
    served.go_to(VOTE)
    expect(page.locator("#title")).to_have_text("Dot vote", timeout=SOON * 1000)
    expect(page.locator("#notes")).to_be_hidden()
    expect(page.locator("#dots-left")).to_have_text("3 of 3 dots left")
    assert page.locator(".target-cards").all_text_contents() == ["Greet by name", HOSTILE]
    assert page.locator("img").count() == 0
    put_greet = phone.button("Put a dot on Greet by name")
    put_hostile = phone.button(f"Put a dot on {HOSTILE}")
    put_greet.click()
    put_greet.click()
    expect(page.locator("#dots-left")).to_have_text("1 of 3 dots left")
    expect(phone.button("Take a dot off Greet by name")).to_be_enabled()
    expect(phone.button(f"Take a dot off {HOSTILE}")).to_be_disabled()  # nothing to take off
    put_hostile.click()
    expect(page.locator("#dots-left")).to_have_text("0 of 3 dots left")
    for plus in page.get_by_role("button", name=re.compile("^Put a dot on")).all():
        expect(plus).to_be_disabled()  # the limit: no fourth dot
    phone.button("Take a dot off Greet by name").click()
    expect(page.locator("#dots-left")).to_have_text("1 of 3 dots left")
    expect(put_greet).to_be_enabled()
    expect(page.locator(".stepper output")).to_have_text(["1", "1"])
    phone.settled("Phone 1")
    assert eventually(lambda: dots(served) == {greet: 1, hostile: 1}), dots(served)

    # Rating: a score is a pressed button; another score replaces it.
    served.go_to(RATE)
    expect(page.locator("#title")).to_have_text("Rate the words", timeout=SOON * 1000)
    expect(page.locator("#vote")).to_be_hidden()
    assert page.locator(".item-name").all_text_contents() == ["Pride", "Engage", "Delight"]
    phone.button("4 for Pride").click()
    expect(phone.button("4 for Pride")).to_have_attribute("aria-pressed", "true")
    phone.button("2 for Pride").click()
    expect(phone.button("2 for Pride")).to_have_attribute("aria-pressed", "true")
    expect(phone.button("4 for Pride")).to_have_attribute("aria-pressed", "false")
    phone.button("5 for Delight").click()
    expect(page.locator(".scale button[aria-pressed=true]")).to_have_count(2)
    phone.settled("Phone 1")
    assert eventually(lambda: scores(served) == [("Phone 1", 0, 2), ("Phone 1", 2, 5)]), scores(served)

    # Back to the vote: the page shows this phone's dots from the laptop again, not what it last sent.
    served.go_to(VOTE)
    expect(page.locator("#title")).to_have_text("Dot vote", timeout=SOON * 1000)
    expect(page.locator("#dots-left")).to_have_text("1 of 3 dots left")
    expect(page.locator(".stepper output")).to_have_text(["1", "1"])

    # A step phones take nothing in: the prompt and the time, nothing to press or type.
    served.go_to(STATEMENT)
    expect(page.locator("#title")).to_have_text("Our purpose", timeout=SOON * 1000)
    for section in ("#notes", "#vote", "#rating"):
        expect(page.locator(section)).to_be_hidden()
    expect(page.locator("button:visible, input:visible, textarea:visible, select:visible")).to_have_count(0)
    expect(page.locator("#timer")).to_have_text("5:00")
    expect(page.locator("#timer")).to_have_class(re.compile(r"\bpaused\b"))
    served.on_owner(served.session.start_timer)
    expect(page.locator("#timer")).to_have_text(re.compile(r"^4:5\d$"), timeout=SOON * 1000)
    expect(page.locator("#timer")).not_to_have_class(re.compile(r"\bpaused\b"))
    shown = page.locator("#timer").text_content()
    expect(page.locator("#timer")).not_to_have_text(shown or "", timeout=2500)  # it counts down by itself
    assert phone.documents == 1  # all of it without loading the page again


# -- connections that drop --------------------------------------------------------------------------


def test_a_card_written_offline_waits_and_is_sent_once(served: Served, phones: Callable[..., Phone]) -> None:
    phone = phones(served.server.url).join()
    phone.context.set_offline(True)
    expect(phone.page.locator("#status")).to_contain_text("Offline")  # said at once, not at the next send
    phone.write("Written in the lift")
    row = phone.page.locator("#my-cards li")
    expect(row).to_have_text("Written in the lift" + "waiting")
    expect(phone.page.locator("#status")).to_have_text("Offline · 1 waiting to send")
    assert cards(served) == []
    phone.context.set_offline(False)
    phone.received(1, timeout=10)
    phone.settled("Phone 1")
    assert cards(served) == [("Written in the lift", "keep", "")]
    phone.write("And one more")  # the page goes on as before
    phone.received(2)
    assert [text for text, _, _ in cards(served)] == ["Written in the lift", "And one more"]


def test_a_lost_answer_is_sent_again_and_counted_once(served: Served, phones: Callable[..., Phone]) -> None:
    """The laptop saved the card, but its answer never reached the phone: the phone sends it again."""
    phone = phones(served.server.url).join()
    sent: list[dict[str, Any]] = []
    answered: list[int] = []

    def lose_the_first_answer(route: Route) -> None:
        sent.append(route.request.post_data_json)
        if len(sent) == 1:
            answered.append(route.fetch().status)  # reaches the server, which commits the card...
            route.abort()  # ...and the phone hears nothing back
        else:
            route.continue_()

    phone.page.route("**/api/send", lose_the_first_answer)
    phone.write("Said once")
    phone.received(1, timeout=10)
    phone.settled("Phone 1")
    assert answered == [200]
    assert len(sent) >= 2 and len({change["id"] for change in sent}) == 1  # the same change, again
    assert cards(served) == [("Said once", "keep", "")]
    expect(phone.page.locator("#my-cards li")).to_have_count(1)
    phone.page.unroute_all()


def test_a_late_answer_does_not_hide_a_received_card(served: Served, phones: Callable[..., Phone]) -> None:
    """Reconnecting, the page asks for the state and sends its waiting card: the state, read before
    the card was saved, answers last. The card stays shown as received."""
    phone = phones(served.server.url).join()
    stale = phone.context.request.get(served.server.url + "api/state").body()  # no card in it yet
    phone.context.set_offline(True)
    phone.write("Sent as the phone reconnects")
    expect(phone.page.locator("#my-cards li")).to_have_text("Sent as the phone reconnects" + "waiting")

    def late(route: Route) -> None:
        time.sleep(1.0)  # long enough for the card's own answer to come first, if it is not waiting
        route.fulfill(status=200, content_type="application/json", body=stale)

    phone.page.route("**/api/state", late, times=1)
    with phone.page.expect_response("**/api/state"):
        phone.context.set_offline(False)
    phone.page.wait_for_timeout(300)  # the page has read the late answer
    phone.received(1)
    phone.settled("Phone 1")
    assert cards(served) == [("Sent as the phone reconnects", "keep", "")]


def test_unsent_words_survive_a_reload(served: Served, phones: Callable[..., Phone]) -> None:
    phone = phones(served.server.url).join()
    phone.page.fill("#card-text", "Half a thought")
    phone.page.reload()
    expect(phone.page.locator("#step")).to_be_visible()  # still joined: no second join
    expect(phone.page.locator("#card-text")).to_have_value("Half a thought")
    assert cards(served) == []
    phone.page.press("#card-text", "Enter")
    phone.received(1)
    phone.page.reload()
    expect(phone.page.locator("#step")).to_be_visible()
    expect(phone.page.locator("#card-text")).to_have_value("")  # sent: not offered again
    phone.received(1)
    assert cards(served) == [("Half a thought", "keep", "")]


# -- sent away ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["removed", "code rotated"])
def test_a_phone_sent_away_is_told(served: Served, phones: Callable[..., Phone], how: str) -> None:
    phone = phones(served.server.url).join()
    phone.write("Before")
    phone.received(1)
    room = Room(served.session)
    if how == "removed":
        device = served.on_owner(lambda: room.phones()[0].device)
        served.on_owner(lambda: room.remove(device))
    else:
        served.on_owner(room.rotate_token)
    gone = phone.page.locator("#gone")
    expect(gone).to_be_visible(timeout=SOON * 1000)
    expect(gone.get_by_role("heading")).to_have_text("You have left the room")
    expect(phone.page.locator("#step")).to_be_hidden()
    expect(phone.page.locator("#status")).to_have_text("")
    assert cards(served) == [("Before", "keep", "")]  # what it sent stays


# -- how it looks -------------------------------------------------------------------------------------------


PROMPT = ("Think of a moment **this month** when a guest left happier than they came in. What did we do?\n\n"
          "- One idea per card\n- Short is fine\n\nMore in [the handbook](https://example.org/handbook).")
LONG_TITLE = "Rate the words that describe us at our best and at our worst"
LONG_CARD = ("Supercalifragilisticexpialidociousandalongerwordwithoutanyspaces: we greeted the guest by "
             "name and remembered the allergy from last time, twice over.")


@pytest.fixture
def prompted(tmp_path: Path) -> Iterator[Served]:
    """The board plan with trainers' prompts and a long title: what a real room's phones show."""
    steps = tuple(dataclasses.replace(step, prompt=PROMPT,
                                      title=LONG_TITLE if step.key == "rate" else step.title)
                  for step in board.BOARD.steps)
    template = dataclasses.replace(board.BOARD, steps=steps)
    state: SessionState = board.board_state()
    state.templates = {template.id: template}
    with serving(tmp_path / "prompted.workshop", state) as served:
        yield served


@pytest.mark.parametrize(("scheme", "width"), [("light", WIDTH), ("dark", WIDTH), ("light", 360)])
def test_every_state_fits_a_phone(prompted: Served, phones: Callable[..., Phone], scheme: str, width: int,
                                  tmp_path: Path) -> None:
    """At 390 and 360 by 844: no sideways scroll, 44 px targets at least, readable contrast, the timer whole.

    The screenshots are left in the test's temporary folder to look at.
    """
    phone = phones(prompted.server.url, scheme, width)
    page = phone.page
    expect(page.locator("#join")).to_be_visible()
    look(page, tmp_path / f"{scheme}-join.png", width)

    phone.join("Ana María Fernández de la Concepción Oyelaran")
    expect(page.locator("#prompt li")).to_have_count(2)  # the trainer's list, as a list
    link = page.locator("#prompt a")
    expect(link).to_have_attribute("href", "https://example.org/handbook")
    expect(link).to_have_attribute("rel", "noopener noreferrer")
    for text in ("Greet by name", LONG_CARD, "Smile"):
        phone.write(text)
    phone.received(3)
    page.fill("#card-text", "A draft")
    look(page, tmp_path / f"{scheme}-notes.png", width)

    prompted.go_to(VOTE)
    expect(page.locator("#vote")).to_be_visible(timeout=SOON * 1000)
    phone.button("Put a dot on Greet by name").click()
    expect(page.locator("#dots-left")).to_have_text("2 of 3 dots left")
    look(page, tmp_path / f"{scheme}-vote.png", width)

    prompted.go_to(RATE)
    prompted.on_owner(prompted.session.start_timer)
    expect(page.locator("#rating")).to_be_visible(timeout=SOON * 1000)
    phone.button("4 for Pride").click()
    look(page, tmp_path / f"{scheme}-rating.png", width)
    # A long title wraps beside the timer; the timer stays one line, whole, on the screen.
    title, timer = page.locator("#title").bounding_box(), page.locator("#timer").bounding_box()
    assert title and timer and title["height"] > timer["height"] * 1.5
    assert timer["x"] + timer["width"] <= width and timer["height"] < 60
    assert timer["x"] >= title["x"] + title["width"]

    prompted.go_to(ASK)
    expect(page.locator("#questions")).to_be_visible(timeout=SOON * 1000)
    page.fill("#answer-0", LONG_CARD)
    look(page, tmp_path / f"{scheme}-questions.png", width)


def look(page: Page, screenshot: Path, width: int = WIDTH) -> None:
    """Check what a phone shows now, and keep a picture of it."""
    page.screenshot(path=screenshot, full_page=True)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width, "the page scrolls sideways"
    small = page.evaluate("""() => [...document.querySelectorAll("button, input, select, textarea")]
        .filter((el) => el.offsetParent !== null)
        .map((el) => [el.getAttribute("aria-label") || el.id || el.textContent, el.getBoundingClientRect()])
        .filter(([, box]) => box.width < 44 || box.height < 44)
        .map(([name, box]) => `${name}: ${Math.round(box.width)}x${Math.round(box.height)}`)""")
    assert not small, f"targets smaller than 44 px: {small}"
    low = [f"{name}: {ratio:.1f}" for name, ratio in contrasts(page) if ratio < 4.5]
    assert not low, f"text with too little contrast: {low}"


def contrasts(page: Page) -> list[tuple[str, float]]:
    """The contrast ratio (WCAG) of every visible piece of text against the background it sits on."""
    pairs = page.evaluate("""() => {
        const background = (el) => {
          for (; el; el = el.parentElement) {
            const colour = getComputedStyle(el).backgroundColor;
            if (!/rgba\\(.*, 0\\)$/.test(colour) && colour !== "transparent") return colour;
          }
          return getComputedStyle(document.body).backgroundColor;
        };
        const seen = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement;
          if (!node.textContent.trim() || el.closest("[hidden]") || el.closest(":disabled")) continue;
          if (el.offsetParent === null && getComputedStyle(el).position !== "fixed") continue;
          seen.push([node.textContent.trim().slice(0, 30), getComputedStyle(el).color, background(el)]);
        }
        return seen;
    }""")
    return [(text, contrast(colour, behind)) for text, colour, behind in pairs]


def contrast(colour: str, behind: str) -> float:
    def luminance(css: str) -> float:
        channels = [int(value) / 255 for value in re.findall(r"\d+", css)[:3]]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(colour), luminance(behind)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


# -- questions -----------------------------------------------------------------------------------


def answers(served: Served) -> list[tuple[str | None, int, str]]:
    return sorted((answer.participant, answer.question, answer.text)
                  for answer in SessionFile.snapshot(served.path).answers)


def test_each_phone_answers_each_question_and_can_change_it(served: Served,
                                                            phones: Callable[..., Phone]) -> None:
    served.go_to(ASK)
    phone = phones(served.server.url).join("Ana")
    page = phone.page
    surprised = page.get_by_role("textbox", name="What surprised you?")
    expect(surprised).to_be_visible()
    surprised.fill("How quiet the room got\nwhile writing " + HOSTILE)
    page.get_by_role("button", name="Send your answer to: What surprised you?").click()
    expect(page.locator("#answer-state-0")).to_have_text("✓ received")
    assert eventually(lambda: answers(served)) == [
        ("Ana", 0, "How quiet the room got\nwhile writing " + HOSTILE)]
    assert page.locator("#question-list img, #question-list b").count() == 0
    # Typing again says the file has the older words until it is sent.
    surprised.fill("The silence")
    expect(page.locator("#answer-state-0")).to_have_text("Changed: send again")
    # An update from the laptop (the timer starting) never takes away what is being typed.
    served.on_owner(served.session.start_timer)
    expect(page.locator("#timer")).not_to_have_class(re.compile(r"\bpaused\b"))
    expect(surprised).to_have_value("The silence")
    page.get_by_role("button", name="Send your answer to: What surprised you?").click()
    expect(page.locator("#answer-state-0")).to_have_text("✓ received")
    assert eventually(lambda: answers(served) == [("Ana", 0, "The silence")])
    # The group's answer is the facilitator's: a phone's never becomes it.
    assert served.session.state.answer(0, "ask", 0) == ""
    # A reload brings this phone's answer back into its field.
    page.reload()
    expect(surprised).to_have_value("The silence")
    expect(page.locator("#answer-state-0")).to_have_text("✓ received")


@pytest.fixture
def meeting(tmp_path: Path) -> Iterator[tuple[Served, Callable[[float], None]]]:
    """The shipped "Team meeting that moves" on a clock the test moves, at Troika's second round."""
    from workshop.core.session import SessionHeader, build_state
    from workshop.library.catalog import load_library
    from workshop.paths import shipped_library

    library = load_library([shipped_library()])
    plan = library.plans["team-meeting-that-moves"]
    path = tmp_path / "meeting.workshop"
    SessionFile.create(path, build_state(SessionHeader("Moves", "", "", "2026-12-05"), plan,
                                         library.templates_for(plan))).close()
    now = [1000.0]
    owner_thread = OwnerThread(lambda: Session.open(path, lambda: now[0]))
    session = owner_thread.start()
    second = next(i for i, stop in enumerate(session.state.stops) if stop.step.key == "consult~2")
    owner_thread.owner.submit(lambda: session.go_to(second)).result()
    server = RoomServer(owner_thread.owner, session, "127.0.0.1", 0)
    server.start()

    def advance(seconds: float) -> None:
        now[0] += seconds

    yield Served(server, owner_thread, session, path), advance
    server.stop()
    owner_thread.stop(session.close)


def test_a_phone_shows_the_round_and_follows_the_phases(meeting: tuple[Served, Callable[[float], None]],
                                                        phones: Callable[..., Phone]) -> None:
    served, advance = meeting
    phone = phones(served.server.url).join()
    page = phone.page
    expect(page.locator("#place")).to_have_text("Round 2 of 3 · Client: person 2 · Groups: trios")
    expect(page.locator("#phase-title")).to_have_text("The client shares (1 of 4)")
    expect(page.locator("#phase-prompt")).to_contain_text("The client describes the challenge")
    served.on_owner(served.session.start_timer)
    advance(130)  # 2 min 10 s on the session's clock: into the questions
    served.on_owner(served.session.pause_timer)  # a change: the phone hears the time it ran
    expect(page.locator("#phase-title")).to_have_text("Questions (2 of 4)", timeout=SOON * 1000)
    assert phone.errors == []


@pytest.fixture
def hinted(tmp_path: Path) -> Iterator[Served]:
    """The board plan whose "Drop" column has a hint from the trainer."""
    from workshop.core.templates import Column

    def with_hint(step: Any) -> Any:
        if step.key != "write":
            return step
        columns = (Column("keep", "Keep"), Column("drop", "Drop", "What would we let go of?"))
        return dataclasses.replace(step, input=dataclasses.replace(step.input, columns=columns))

    template = dataclasses.replace(board.BOARD, steps=tuple(with_hint(step) for step in board.BOARD.steps))
    state: SessionState = board.board_state()
    state.templates = {template.id: template}
    with serving(tmp_path / "hinted.workshop", state) as served:
        yield served


def test_a_columns_hint_shows_under_the_choice_of_column(hinted: Served,
                                                       phones: Callable[..., Phone]) -> None:
    phone = phones(hinted.server.url).join()
    page = phone.page
    expect(page.locator("#card-column-hint")).to_be_hidden()  # "Keep" has none
    page.select_option("#card-column", "drop")
    expect(page.locator("#card-column-hint")).to_have_text("What would we let go of?")
    page.select_option("#card-column", "keep")
    expect(page.locator("#card-column-hint")).to_be_hidden()
    assert phone.errors == []


# -- the session's language -------------------------------------------------------------------------------


@pytest.fixture
def german(tmp_path: Path) -> Iterator[Served]:
    """The board plan in a session whose language is German."""
    state = board.board_state()
    state = dataclasses.replace(state, header=dataclasses.replace(state.header, language="de"))
    with serving(tmp_path / "tafel.workshop", state) as served:
        yield served


def test_the_phones_speak_the_sessions_language(german: Served, phones: Callable[..., Phone]) -> None:
    phone = phones(german.server.url)
    page = phone.page
    assert page.locator("html").get_attribute("lang") == "de"
    expect(page.locator("#join h1")).to_have_text("Am Workshop teilnehmen")
    page.get_by_role("button", name="Teilnehmen", exact=True).click()
    expect(page.locator("#step")).to_be_visible()
    phone.settled("Handy 1")  # a phone with no name is named in the session's language too
    expect(page.locator("label[for=card-text]")).to_have_text("Ihre Idee")
    page.get_by_role("button", name="Karte senden", exact=True).click()  # nothing typed
    expect(page.locator("#message")).to_have_text("Schreiben Sie zuerst eine Idee.")
    phone.write("Mit Namen begrüßen")
    expect(page.locator("#my-cards .state.ok")).to_have_text(["✓ angekommen"])

    german.go_to(VOTE)
    expect(page.locator("#dots-left")).to_have_text("Noch 3 von 3 Punkten", timeout=SOON * 1000)
    put = page.get_by_role("button", name="Einen Punkt auf Mit Namen begrüßen setzen", exact=True)
    for left in ("2", "1", "0"):
        put.click()
        expect(page.locator("#dots-left")).to_have_text(f"Noch {left} von 3 Punkten")
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH  # longer words still fit
    if (shots := os.environ.get("PHONE_SHOTS")):  # to look at it: PHONE_SHOTS=folder
        page.screenshot(path=str(Path(shots) / "german-vote.png"), full_page=True)
    # What the laptop refuses is said in German too (a fourth dot, sent past the page).
    client = german.phone()
    client.join("Ana")
    [card] = SessionFile.snapshot(german.path).cards
    client.send({"id": "a1", "step": VOTE, "kind": "dots", "target": f"card:{card.id}", "count": 3})
    refused = client.send({"id": "a2", "step": VOTE, "kind": "dots", "target": f"card:{card.id}", "count": 4})
    assert refused.status == 422
    assert refused.data["error"] == "Ana hat noch 3 von 3 Punkten; 4 sind zu viele."
    # The address without the code asks for it in German.
    typed = german.phone().request("GET", "/join?code=falsch")
    assert "Das ist nicht der Code an der Wand." in typed.body.decode()
    assert '<html lang="de">' in typed.body.decode()
