"""Superset's configuration for `make dashboard`: everything Superset keeps lives in the
state directory `dashboard/serve.py` passes as REACTIONS_DASHBOARD_STATE (.dashboard/,
git-ignored), secrets included, so nothing secret is committed."""

import os
from pathlib import Path

STATE = Path(os.environ["REACTIONS_DASHBOARD_STATE"])


# Signs sessions and encrypts the stored connection: made by dashboard/serve.py on the first
# start with this state directory, and kept, because a new key would make the stored
# connection unreadable.
SECRET_KEY = (STATE / "secret_key").read_text(encoding="utf-8").strip()
SQLALCHEMY_DATABASE_URI = f"sqlite:///{STATE / 'superset.db'}?check_same_thread=false"
DATA_DIR = str(STATE)
# Sessions and the rate limiter in this process: no Redis to run beside it.
RATELIMIT_STORAGE_URI = "memory://"
# Every chart queries the views again: a rerun of `reactions run` shows at the next load.
DATA_CACHE_CONFIG = {"CACHE_TYPE": "NullCache"}
# Plain HTTP on 127.0.0.1: Talisman's HTTPS redirect and strict policy are for a deployment.
TALISMAN_ENABLED = False
