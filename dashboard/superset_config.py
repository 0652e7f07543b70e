"""Superset's configuration for `make dashboard`: everything Superset keeps lives in the
state directory `dashboard/serve.py` passes as REACTIONS_DASHBOARD_STATE (git-ignored),
and the secret key is made there on first start, so nothing secret is committed."""

import os
import secrets
from pathlib import Path

STATE = Path(os.environ["REACTIONS_DASHBOARD_STATE"])
STATE.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    """The key that signs sessions and encrypts the stored connection: made once per state
    directory, because a new key would make the stored connection unreadable."""
    path = STATE / "secret_key"
    if not path.exists():
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(48), encoding="utf-8")
    return path.read_text(encoding="utf-8").strip()


SECRET_KEY = _secret_key()
SQLALCHEMY_DATABASE_URI = f"sqlite:///{STATE / 'superset.db'}?check_same_thread=false"
DATA_DIR = str(STATE)
# Sessions and the rate limiter in this process: no Redis to run beside it.
RATELIMIT_STORAGE_URI = "memory://"
# Every chart queries the views again: a rerun of `reactions run` shows at the next load.
DATA_CACHE_CONFIG = {"CACHE_TYPE": "NullCache"}
# Plain HTTP on 127.0.0.1: Talisman's HTTPS redirect and strict policy are for a deployment.
TALISMAN_ENABLED = False
