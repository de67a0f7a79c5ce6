"""The sandbox's report: one signed JSON line per test, written to a pipe the grader reads.

The key reaches the sandbox through a pipe that the guard plugin reads and closes before any
submission code is imported, so a line written by the submission (to the pipe, to a file, to
stdout) carries no valid signature and is counted as a forgery, never as a result.
"""

import hashlib
import hmac
import json

KEY_BYTES = 32
GUARD_ENV = "PUENTE_GUARD"  # "<key fd>:<report fd>:<soft CPU s>:<soft wall s>:<hard wall s>:<processes>", read by the guard


def guard_fields(spec: str) -> tuple[int, int, float, float, float, int]:
    """GUARD_ENV's fields: key fd, report fd, soft CPU s, soft wall s, hard wall s, processes."""
    key_fd, report_fd, cpu, wall, hard, processes = spec.split(":")
    return int(key_fd), int(report_fd), float(cpu), float(wall), float(hard), int(processes)


def signer(key: bytes) -> "hmac.HMAC":
    return hmac.new(key, digestmod=hashlib.sha256)


def signed_line(template: "hmac.HMAC", record: dict) -> str:
    body = json.dumps(record, sort_keys=True, separators=(",", ":"))
    mac = template.copy()
    mac.update(body.encode("utf-8"))
    return json.dumps({"body": body, "mac": mac.hexdigest()}) + "\n"


def read_signed(key: bytes, data: bytes) -> tuple[list[dict], int]:
    """The records whose signature holds, in order, and how many lines were forged or garbled."""
    records, forged = [], 0
    for raw in data.splitlines():
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
            body = line["body"]
            good = hmac.compare_digest(hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest(), line["mac"])
            record = json.loads(body) if good else None
        except (ValueError, KeyError, TypeError, AttributeError):
            record = None
        if isinstance(record, dict):
            records.append(record)
        else:
            forged += 1
    return records, forged
