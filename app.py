"""Start the bot: an interactive search loop over the default index (the chat UI comes later)."""

from __future__ import annotations

import sys

from bot.cli import main

if __name__ == "__main__":
    print("Type a question (Arabic or English); an empty line quits.", flush=True)
    for line in sys.stdin:
        if not line.strip():
            break
        main(["search", "--k", "3", line.strip()])
