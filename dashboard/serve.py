"""Apache Superset on 127.0.0.1 with the dashboard of dashboard/bundle/ over the DuckDB views
of an output directory (`make dashboard`; docs/dashboard.md).

Runs in the foreground until interrupted: prepares Superset's state directory (metadata
database, secret key, admin user) on first start, starts Superset's web server, imports the
bundle through Superset's REST API with the connection pointed at DIR/reactions.duckdb, reads
each dataset's columns from its view, then prints the dashboard's URL and the login. It needs
DIR/reactions.duckdb, which `reactions.create_views_database(DIR)` makes (the Makefile does).

    .venv-dashboard/bin/python dashboard/serve.py notebooks-out --port 8088
"""

from __future__ import annotations

import argparse
import io
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import zipfile
from importlib.metadata import version
from pathlib import Path

import requests
import yaml

HERE = Path(__file__).resolve().parent
BUNDLE = HERE / "bundle"
ROOT = HERE.parent
DEFAULT_STATE = ROOT / ".dashboard"
ADMIN = "admin"
DASHBOARD_SLUG = "reactions"
# The placeholder of dashboard/bundle/databases/reactions.yaml for the served directory.
DIRECTORY_PLACEHOLDER = "DIRECTORY"


class DashboardError(Exception):
    """Superset could not be prepared, started or provisioned; the message says which step."""


def superset_environment(state: Path) -> dict[str, str]:
    """The environment Superset's commands and web server run in: dashboard/superset_config.py
    with its state in `state`."""
    env = dict(os.environ)
    env["SUPERSET_CONFIG_PATH"] = str(HERE / "superset_config.py")
    env["REACTIONS_DASHBOARD_STATE"] = str(state)
    env["FLASK_APP"] = "superset"
    return env


def superset_command(state: Path, *args: str) -> None:
    """Runs `superset ARGS` of this virtual environment, its output kept in the state
    directory's log and shown when it fails."""
    executable = Path(sys.executable).with_name("superset")
    log = state / "setup.log"
    with log.open("a", encoding="utf-8") as output:
        result = subprocess.run(
            [str(executable), *args], env=superset_environment(state), stdout=output,
            stderr=subprocess.STDOUT,
        )
    if result.returncode != 0:
        tail = "".join(log.read_text(encoding="utf-8").splitlines(keepends=True)[-30:])
        raise DashboardError(f"`superset {args[0]}` failed (exit {result.returncode}); the end of {log}:\n{tail}")


def kept_secret(path: Path, length: int) -> str:
    """A random secret made on first start and kept in the state directory, readable by its
    owner only, so that a restart uses the same one."""
    if not path.exists():
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(length), encoding="utf-8")
    return path.read_text(encoding="utf-8").strip()


def prepare(state: Path) -> str:
    """Makes Superset's secret key (superset_config.py reads it), creates or upgrades its
    metadata database and admin user, once per version of Superset (the slow part of a first
    start); returns the admin's password."""
    state.mkdir(parents=True, exist_ok=True)
    kept_secret(state / "secret_key", 48)
    password = kept_secret(state / "admin_password", 12)
    done = state / "prepared-for"
    superset_version = version("apache-superset")
    if done.exists() and done.read_text(encoding="utf-8") == superset_version:
        return password
    superset_command(state, "db", "upgrade")
    superset_command(
        state, "fab", "create-admin", "--username", ADMIN, "--firstname", "Reactions",
        "--lastname", "Admin", "--email", "admin@localhost", "--password", password,
    )
    superset_command(state, "init")
    done.write_text(superset_version, encoding="utf-8")
    return password


def bundle_zip(directory: Path) -> bytes:
    """dashboard/bundle/ as the ZIP Superset imports, its connection set to the DuckDB views
    database of `directory`, read-only, the views' relative paths resolved from `directory`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted(BUNDLE.rglob("*.yaml")):
            text = path.read_text(encoding="utf-8")
            if path.parent.name == "databases":
                database = yaml.safe_load(text)
                database["sqlalchemy_uri"] = database["sqlalchemy_uri"].replace(
                    DIRECTORY_PLACEHOLDER, str(directory)
                )
                connect_args = database["extra"]["engine_params"]["connect_args"]
                connect_args["config"]["file_search_path"] = str(directory)
                text = yaml.safe_dump(database, sort_keys=False)
            archive.writestr(f"bundle/{path.relative_to(BUNDLE)}", text)
    return buffer.getvalue()


class Superset:
    """An admin's session with Superset's REST API."""

    def __init__(self, url: str, password: str):
        self.url = url
        self.session = requests.Session()
        response = self.session.post(
            f"{url}/api/v1/security/login",
            json={"username": ADMIN, "password": password, "provider": "db", "refresh": False},
            timeout=60,
        )
        self.check(response, "log in as admin")
        self.session.headers["Authorization"] = f"Bearer {response.json()['access_token']}"
        response = self.session.get(f"{url}/api/v1/security/csrf_token/", timeout=60)
        self.check(response, "get a CSRF token")
        self.session.headers["X-CSRFToken"] = response.json()["result"]
        self.session.headers["Referer"] = url

    @staticmethod
    def check(response: requests.Response, what: str) -> None:
        if not response.ok:
            detail = response.text if "json" in response.headers.get("Content-Type", "") else "see server.log"
            raise DashboardError(f"could not {what}: HTTP {response.status_code}: {detail[:2000]}")

    def import_bundle(self, archive: bytes) -> None:
        """Imports the dashboard, its charts, datasets and connection, replacing an earlier
        import of the same bundle (matched by the UUIDs in its files)."""
        response = self.session.post(
            f"{self.url}/api/v1/dashboard/import/",
            files={"formData": ("reactions-dashboard.zip", archive, "application/zip")},
            data={"overwrite": "true"},
            timeout=300,
        )
        self.check(response, "import dashboard/bundle")

    def refresh_datasets(self, uuids: set[str]) -> list[str]:
        """Reads the columns of the datasets `uuids` from their views, so that they follow
        views.sql rather than a copy of its columns; returns the views' names."""
        response = self.session.get(
            f"{self.url}/api/v1/dataset/", params={"q": "(columns:!(id,uuid,table_name),page_size:100)"},
            timeout=60,
        )
        self.check(response, "list the datasets")
        names = []
        for dataset in response.json()["result"]:
            if dataset["uuid"] not in uuids:
                continue  # one of the user's own
            refreshed = self.session.put(f"{self.url}/api/v1/dataset/{dataset['id']}/refresh", timeout=120)
            self.check(refreshed, f"read the columns of the view {dataset['table_name']}")
            names.append(dataset["table_name"])
        if len(names) != len(uuids):
            raise DashboardError(f"the import made {len(names)} of the bundle's {len(uuids)} datasets")
        return sorted(names)


def bundle_datasets() -> set[str]:
    """The UUIDs of the datasets of dashboard/bundle/."""
    return {
        yaml.safe_load(path.read_text(encoding="utf-8"))["uuid"]
        for path in (BUNDLE / "datasets").rglob("*.yaml")
    }


def wait_for_health(url: str, server: subprocess.Popen, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise DashboardError(f"Superset's web server exited with status {server.returncode}; see {log}")
        try:
            if requests.get(f"{url}/health", timeout=2).text == "OK":
                return
        except (requests.ConnectionError, requests.Timeout):  # still loading
            pass
        time.sleep(0.5)
    raise DashboardError(f"Superset did not answer {url}/health within {timeout:.0f} s; see {log}")


def check_port_free(port: int) -> None:
    """Refuses a port another server holds, whose /health would otherwise answer for ours."""
    with socket.socket() as probe:
        # As gunicorn binds: a closed server's connections in TIME_WAIT do not hold the port.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError as error:
            raise DashboardError(f"127.0.0.1:{port} is taken ({error.strerror}): pick another with --port (make dashboard DASHBOARD_PORT=...)") from error


def start_server(state: Path, port: int) -> subprocess.Popen:
    """Superset's web server (gunicorn, one worker with threads), bound to 127.0.0.1 only."""
    gunicorn = Path(sys.executable).with_name("gunicorn")
    with (state / "server.log").open("a", encoding="utf-8") as log:
        return subprocess.Popen(
            [
                str(gunicorn), "--bind", f"127.0.0.1:{port}", "--workers", "1", "--threads", "8",
                "--timeout", "120", "superset.app:create_app()",
            ],
            env=superset_environment(state), stdout=log, stderr=subprocess.STDOUT,
        )


def stop_server(server: subprocess.Popen) -> None:
    """Gunicorn's quick shutdown (SIGINT): its graceful one (SIGTERM) waits 30 s for Superset's
    worker, which has nothing to finish here."""
    if server.poll() is None:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path, help="an output directory with reactions.duckdb")
    parser.add_argument("--port", type=int, default=8088)
    parser.add_argument("--state", type=Path, default=DEFAULT_STATE,
                        help="Superset's own files (default: .dashboard/)")
    args = parser.parse_args()
    directory = args.directory.resolve()
    if not (directory / "reactions.duckdb").is_file():
        print(
            f"{directory / 'reactions.duckdb'} is missing: make it with "
            f"reactions.create_views_database('{args.directory}') (`make dashboard` does)",
            file=sys.stderr,
        )
        return 2
    state = args.state.resolve()
    url = f"http://127.0.0.1:{args.port}"
    started = time.monotonic()
    server = None
    # A stop by SIGTERM (the test's) unwinds through `finally`, which stops the web server.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        check_port_free(args.port)
        password = prepare(state)
        server = start_server(state, args.port)
        wait_for_health(url, server, state / "server.log", timeout=180)
        api = Superset(url, password)
        api.import_bundle(bundle_zip(directory))
        datasets = api.refresh_datasets(bundle_datasets())
        print(
            f"Superset is serving the views of {directory} ({', '.join(datasets)}), "
            f"ready in {time.monotonic() - started:.1f} s\n"
            f"  dashboard: {url}/superset/dashboard/{DASHBOARD_SLUG}/\n"
            f"  login:     {ADMIN} / {password}   (kept in {state / 'admin_password'})\n"
            "Ctrl-C stops it.",
            flush=True,
        )
        server.wait()
        print(f"Superset's web server exited with status {server.returncode}; see {state / 'server.log'}",
              file=sys.stderr)
        return 1
    except DashboardError as error:
        print(f"dashboard: {error}", file=sys.stderr)
        return 1
    except requests.RequestException as error:
        print(f"dashboard: Superset's REST API failed: {error}; see {state / 'server.log'}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        if server is not None:
            stop_server(server)


if __name__ == "__main__":
    sys.exit(main())
