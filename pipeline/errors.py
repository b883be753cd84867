"""The exception tree of newswatch: every unexpected failure raised by the package is one of these.

    NewswatchError
    ├── ConfigError        a config file or setting is invalid (names the file and key)
    ├── FetchError         an HTTP request failed (network, limits, SSRF guard, HTTP status)
    │   ├── BlockedURLError    the URL or an address it resolves to is not allowed
    │   ├── TooLargeError      the body exceeded its size cap (after decompression)
    │   ├── DeadlineError      the request took longer than its wall-clock deadline
    │   ├── HTTPStatusError    the server answered with an error status (has .status, .retry_after)
    │   ├── InvalidURLError    the URL cannot be parsed or has no host
    │   ├── ConnectFailedError the host could not be resolved or refused the connection
    │   ├── FetchTimeoutError  one network step (connect, read) timed out before the deadline
    │   ├── ProtocolError      the server broke HTTP (bad framing, bad compression, connection cut)
    │   └── TooManyRedirectsError  more than the allowed redirects, or a redirect loop
    ├── ExtractError       article extraction failed unexpectedly
    ├── StoreError         the DuckDB store failed (migrations, writes)
    └── DeliveryError      an alert could not be delivered

Expected outcomes ("not modified", "too short", "no figures") are values (`Skipped`), not exceptions.
"""
from __future__ import annotations


class NewswatchError(Exception):
    """Base of every error newswatch raises on purpose."""


class ConfigError(NewswatchError):
    """A config file or setting is invalid; the message names the file and the key."""


class FetchError(NewswatchError):
    """An HTTP request failed. `kind` is a short machine-readable reason stored on rows."""

    kind = "fetch"

    def __init__(self, message: str, *, url: str | None = None):
        super().__init__(message)
        self.url = url


class BlockedURLError(FetchError):
    kind = "blocked"


class TooLargeError(FetchError):
    kind = "too_large"


class DeadlineError(FetchError):
    kind = "deadline"


class HTTPStatusError(FetchError):
    kind = "http_status"

    def __init__(self, message: str, *, url: str | None = None, status: int, retry_after: float | None = None):
        super().__init__(message, url=url)
        self.status = status
        self.retry_after = retry_after


class InvalidURLError(FetchError):
    kind = "invalid_url"


class ConnectFailedError(FetchError):
    kind = "connect"


class FetchTimeoutError(FetchError):
    kind = "timeout"


class ProtocolError(FetchError):
    kind = "protocol"


class TooManyRedirectsError(FetchError):
    kind = "redirects"


class ExtractError(NewswatchError):
    """Article extraction failed in a way that is not an expected skip."""


class StoreError(NewswatchError):
    """The DuckDB store failed: a migration, a write or a read."""


class DeliveryError(NewswatchError):
    """An alert could not be delivered to a channel."""
