"""Serving benchmark: cold start to ready, and /api/ask latency, against real `python app.py` processes.

    python benchmarks/serve.py [--runs 3] [--requests 50] [--generators extractive llama]

Cold start is process start → first 200 from /api/health (imports, index, embedder, generator).
Ask latency is measured with the extractive backend (retrieval + evidence, no LLM) over the
default index, Arabic and English questions alternating; each run prints its p50/p90 and the
script ends with the median over runs.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = [
    "How much does the AI Infrastructure Partnership plan to raise initially?",
    "كم تنوي الشراكة جمعه من المستثمرين في المرحلة الأولى؟",
    "Which two companies joined the AI Infrastructure Partnership in March 2025?",
    "ما المبلغ الذي تعهدت «مايكروسوفت» بإنفاقه في سنتها المالية الحالية؟",
    "Who leads the Stargate project?",
    "من مالك شركة «إكس إيه آي»؟",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(generator: str) -> tuple[subprocess.Popen, str, float]:
    """Start app.py; return the process, its URL and seconds until /api/health answered 200."""
    port = free_port()
    env = {**os.environ, "BOT_GENERATOR": generator, "BOT_RATE_LIMIT_PER_MINUTE": "0"}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, str(ROOT / "app.py"), "--port", str(port)], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    while process.poll() is None:
        try:
            if httpx.get(f"{url}/api/health", timeout=1).status_code == 200:
                return process, url, time.perf_counter() - started
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"app.py exited with status {process.returncode} before it was ready")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    process.wait(timeout=30)


def ask_latencies(url: str, requests: int) -> list[float]:
    with httpx.Client(base_url=url, timeout=120) as client:
        client.post("/api/ask", json={"question": QUESTIONS[0]}).raise_for_status()  # warm the connection
        latencies = []
        for n in range(requests):
            started = time.perf_counter()
            client.post("/api/ask", json={"question": QUESTIONS[n % len(QUESTIONS)]}).raise_for_status()
            latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--generators", nargs="+", default=["extractive", "llama"])
    args = parser.parse_args()

    for generator in args.generators:
        starts, p50s = [], []
        for run in range(1, args.runs + 1):
            process, url, seconds = start(generator)
            try:
                starts.append(seconds)
                line = f"{generator} run {run}: cold start to ready {seconds:.2f} s"
                if generator == "extractive":
                    latencies = ask_latencies(url, args.requests)
                    p50s.append(statistics.median(latencies))
                    p90 = statistics.quantiles(latencies, n=10)[-1]
                    line += f"; /api/ask p50 {p50s[-1]:.1f} ms, p90 {p90:.1f} ms over {args.requests}"
                print(line, flush=True)
            finally:
                stop(process)
        summary = f"{generator}: median cold start {statistics.median(starts):.2f} s"
        if p50s:
            summary += f"; median /api/ask p50 {statistics.median(p50s):.1f} ms"
        print(summary + f" ({args.runs} runs)", flush=True)


if __name__ == "__main__":
    main()
