"""What protects the endpoints from bad input before they run: a body-size limit and clear 422s.

Without a limit, one client posting 10 MB of JSON makes the service read and validate all of
it: a declared Content-Length over the limit is refused at once, and a body sent in chunks is
counted as it arrives. FastAPI's default 422 echoes the invalid input back, and an input of
NaN cannot be written as JSON, which turns a client's mistake into a 500: `refuse_invalid`
answers with the field, the problem and its type only.
"""

from fastapi import HTTPException, Request
from fastapi.exceptions import RequestValidationError
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 1_000_000


def too_large_detail(max_bytes: int) -> str:
    return f"request body over {max_bytes} bytes: send fewer applicants per request, or use batch scoring (puente score)"


class BodySizeLimit:
    """ASGI middleware: a body over `max_bytes` gets 413 with a one-line reason."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            response = JSONResponse({"detail": too_large_detail(self.max_bytes)}, status_code=413)
            await response(scope, receive, send)
            return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_bytes:
                raise HTTPException(status_code=413, detail=too_large_detail(self.max_bytes))
            return message

        await self.app(scope, counting_receive, send)


async def refuse_invalid(request: Request, error: RequestValidationError) -> JSONResponse:
    """422 naming each invalid field and what is wrong with it, without echoing the input."""
    detail = [{"type": e["type"], "loc": list(e["loc"]), "msg": e["msg"]} for e in error.errors()]
    return JSONResponse({"detail": detail}, status_code=422)
