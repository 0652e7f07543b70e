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
# Superset's default content security policy, less its outside hosts: its telemetry pixel
# (Scarf), map tiles and web fonts. The page loads nothing from beyond this machine.
TALISMAN_CONFIG = {
    "content_security_policy": {
        "base-uri": ["'self'"],
        "default-src": ["'self'"],
        "img-src": ["'self'", "blob:", "data:"],
        "worker-src": ["'self'", "blob:"],
        "connect-src": ["'self'"],
        "object-src": "'none'",
        "style-src": ["'self'", "'unsafe-inline'"],
        "font-src": ["'self'"],
        "script-src": ["'self'", "'strict-dynamic'"],
    },
    "content_security_policy_nonce_in": ["script-src"],
    "force_https": False,  # plain HTTP on 127.0.0.1
    "session_cookie_secure": False,
}
