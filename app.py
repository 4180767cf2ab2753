"""Start the bot: chat UI at /, REST API at /api, OpenAI-compatible API at /v1, docs at /docs.

    python app.py [--host HOST] [--port PORT]      (or BOT_HOST / BOT_PORT, see bot/settings.py)

The server answers at once; the models load once in the background (GET /api/health says
"loading" until they are ready).
"""

from __future__ import annotations

import argparse

import uvicorn

from bot.api import MODEL_ID, create_app
from bot.settings import Settings


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", help="address to listen on (default: BOT_HOST or 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port to listen on (default: BOT_PORT or 7860)")
    args = parser.parse_args(argv)
    overrides = {name: value for name, value in vars(args).items() if value is not None}
    settings = Settings(**overrides)
    base = f"http://{settings.host}:{settings.port}"
    print(f"Chat UI:        {base}/\n"
          f"REST API:       {base}/api/ask   (docs: {base}/docs)\n"
          f"OpenAI API:     {base}/v1        (model: {MODEL_ID})\n"
          f"Health:         {base}/api/health   (models load in the background)", flush=True)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="info")


if __name__ == "__main__":
    main()
