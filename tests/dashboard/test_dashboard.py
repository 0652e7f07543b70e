"""The Superset dashboard of `make dashboard` as a person sees it: started on 127.0.0.1 with a
state directory of its own (so provisioning runs from scratch), logged into and loaded in
headless Chromium; the numbers its charts render equal the summary tables (`tables/*.csv`) of
the output directory it serves.

Not part of `make test`: `make dashboard-test` runs it with .venv-dashboard's Python, on
REACTIONS_DASHBOARD_DIR (default notebooks-out/, which the Makefile makes with `make run`).
"""

import csv
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "python"))
from views_check import neutralize_formula  # noqa: E402

DIRECTORY = Path(os.environ.get("REACTIONS_DASHBOARD_DIR", ROOT / "notebooks-out")).resolve()
SCREENSHOT = os.environ.get("REACTIONS_DASHBOARD_SCREENSHOT")


def table(name: str) -> list[dict[str, str]]:
    with open(DIRECTORY / "tables" / f"{name}.csv", newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def chromium() -> str:
    for name in ["chromium", "chromium-browser"]:
        if path := shutil.which(name):
            return path
    pytest.fail("Chromium is missing: `make dashboard-test` installs it (sudo apt-get install chromium)")


@pytest.fixture(scope="module")
def dashboard(tmp_path_factory):
    """`dashboard/serve.py` on a free port: yields the dashboard's URL and the admin's
    password once it prints them, stops it (SIGTERM) after the tests."""
    assert (DIRECTORY / "reactions.duckdb").is_file(), f"{DIRECTORY}/reactions.duckdb is missing"
    state = tmp_path_factory.mktemp("superset-state")
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "dashboard" / "serve.py"), str(DIRECTORY),
         "--port", str(free_port()), "--state", str(state)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    output = []
    url = password = None
    try:
        for line in server.stdout:  # ends when serve.py exits
            output.append(line)
            if line.strip().startswith("dashboard:"):
                url = line.split(None, 1)[1].strip()
            if line.strip().startswith("login:"):
                password = line.split()[3]
                break
        assert url and password, "serve.py stopped before it was ready:\n" + "".join(output)
        yield url, password
    finally:
        server.terminate()
        server.wait(timeout=60)


@pytest.fixture(scope="module")
def outside_requests() -> list[str]:
    """What the page asked of any server but Superset's: refused, and listed."""
    return []


@pytest.fixture(scope="module")
def page(dashboard, outside_requests):
    url, password = dashboard
    origin = url.split("/superset/")[0]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        # Tall enough that every chart of the dashboard is in view, and so rendered.
        page = browser.new_page(viewport={"width": 1400, "height": 2400})
        page.set_default_timeout(120_000)

        def only_superset(route):
            if route.request.url.startswith(origin + "/"):
                route.continue_()
            else:
                outside_requests.append(route.request.url)
                route.abort()

        page.route("**/*", only_superset)
        page.goto(origin + "/login/")
        page.fill("#username", "admin")  # serve.py's ADMIN
        page.fill("#password", password)
        page.keyboard.press("Enter")
        page.wait_for_url(lambda address: "/login" not in address)
        page.goto(url)
        # Every chart has drawn (each gets its rows in one response): the tables a row, the big
        # number its figure.
        for name in ["Sentiment by day (table)", "Stance by target", "Top reactions by article"]:
            chart(page, name).locator("tbody tr").first.wait_for()
        chart(page, "Reactions read").locator(".header-line").wait_for()
        page.wait_for_load_state("networkidle")
        if SCREENSHOT:
            page.wait_for_timeout(2000)  # the line charts' drawing animation
            page.screenshot(path=SCREENSHOT, full_page=True)
        yield page
        browser.close()


def chart(page: Page, name: str) -> Locator:
    return page.locator(f'[data-test="chart-grid-component"][data-test-chart-name="{name}"]')


def rendered_rows(page: Page, name: str) -> list[dict[str, Locator]]:
    """A table chart's rows in order, each its cells by column name."""
    return [
        {cell.get_attribute("aria-labelledby").removeprefix("header-"): cell for cell in row.locator("td").all()}
        for row in chart(page, name).locator("tbody tr").all()
    ]


def as_printed(shown: str, printed: str) -> str:
    """A text cell as the CSV prints it: formulas neutralized, and empty where the chart shows
    a missing value as N/A."""
    return "" if shown == "N/A" and printed == "" else neutralize_formula(shown)


def assert_chart_shows_table(page: Page, name: str, table_name: str, key: str, counts: Sequence[str],
                             figures: Sequence[str], texts: Sequence[str] = ()) -> None:
    """The table chart `name` shows the rows of tables/TABLE_NAME.csv in their order (named by
    their `key` column): the same counts, figures and texts."""
    rows = rendered_rows(page, name)
    expected = table(table_name)
    assert [as_printed(cells[key].inner_text(), "") for cells in rows] == [row[key] for row in expected]
    for cells, row in zip(rows, expected):
        for column in counts:
            assert cells[column].inner_text() == row[column], (row[key], column)
        for column in figures:
            assert_same_figure(cells[column], row[column], f"{row[key]} {column}")
        for column in texts:
            assert as_printed(cells[column].inner_text(), row[column]) == row[column], (row[key], column)


def same_figure(shown_text: str, value: str | None, printed: str) -> bool:
    """Whether a cell that shows `shown_text` (a share as a percentage, `.2%`, or a number)
    for the double `value` (the cell's title) agrees with the CSV's `printed`, the same double
    with as many decimals. Where the double lies exactly half-way (3/48 = 0.0625 at three
    decimals), the CSV writer (Rust) rounds half to even and the chart (d3, JavaScript's
    toFixed) half up: the two then differ by one unit, and only then."""
    if printed == "":
        return shown_text in ("N/A", "")
    shown = Decimal(shown_text.removesuffix("%").replace(",", ""))
    if shown_text.endswith("%"):
        shown = shown.scaleb(-2)
    expected = Decimal(printed)
    if shown == expected:
        return True
    unit = Decimal(1).scaleb(expected.as_tuple().exponent)
    return abs(shown - expected) == unit and Decimal(float(value)) % unit == unit / 2


def assert_same_figure(cell: Locator, printed: str, what: str) -> None:
    shown = cell.inner_text().strip()
    assert same_figure(shown, cell.get_attribute("title"), printed), (
        f"{what}: the dashboard shows {shown}, tables/*.csv {printed}"
    )


def test_figures_agree_to_the_digit_but_for_ties():
    assert same_figure("33.33%", "0.3333333333333333", "0.3333")
    assert same_figure("-0.042", "-0.041666666666666664", "-0.042")
    assert same_figure("N/A", None, "")
    assert same_figure("0.063", "0.0625", "0.062")  # a tie: Rust to even, d3 up
    assert same_figure("3.13%", "0.03125", "0.0312")
    assert not same_figure("0.063", "0.0626", "0.062")  # no tie: one of them is wrong
    assert not same_figure("33.33%", "0.3333333333333333", "0.3334")
    assert not same_figure("8.33%", "0.08333333333333333", "0.0933")
    assert not same_figure("0", "0", "")


def test_the_dashboard_asks_nothing_of_other_servers(page, outside_requests):
    assert outside_requests == []


def test_the_big_number_is_every_days_n(page):
    shown = chart(page, "Reactions read").locator(".header-line").inner_text()
    assert int(shown.replace(",", "")) == sum(int(day["n"]) for day in table("days"))


def test_sentiment_by_day_shows_the_days_table(page):
    assert_chart_shows_table(page, "Sentiment by day (table)", "days", key="date", counts=["n", "unscored"],
                             figures=["mean_compound", "positive_share", "negative_share"])


def test_stance_by_target_shows_the_targets_table(page):
    assert_chart_shows_table(page, "Stance by target", "targets", key="target", counts=["n", "addressed"],
                             figures=["favor_share", "against_share", "none_share", "net_stance"])


def test_top_reactions_show_the_articles_table(page):
    assert_chart_shows_table(page, "Top reactions by article", "articles", key="article", counts=["n"],
                             figures=["mean_compound"], texts=["date", "most_positive", "most_negative"])
