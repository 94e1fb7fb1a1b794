#!/usr/bin/env python3
"""Slow bodies against a running node (issue 15): opens N connections that each send the headers
and part of a 100 kB body, then stall; meanwhile times GET /healthz and reports its latency; then
waits for the stalled requests' answers (408 expected once the body timeout passes).

    bench/slow-bodies.py PORT [N]        N stalled bodies (default 70)

Only loopback is ever contacted. Prints one line per measure, for BENCHMARKS.md.
"""
import socket
import statistics
import sys
import time

port = int(sys.argv[1])
n = int(sys.argv[2]) if len(sys.argv) > 2 else 70
stalled = []
for _ in range(n):
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    s.sendall(b"POST /api/v1/checks HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              b"Content-Length: 100000\r\n\r\n{\"text\": \"" + b"x" * 1000)
    stalled.append(s)
time.sleep(1)

latencies = []
for _ in range(50):
    t0 = time.perf_counter()
    with socket.create_connection(("127.0.0.1", port), timeout=30) as h:
        h.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        reply = b""
        while chunk := h.recv(4096):
            reply += chunk
    latencies.append((time.perf_counter() - t0) * 1000)
    assert reply.startswith(b"HTTP/1.1 200"), reply[:40]
    time.sleep(0.05)
latencies.sort()
print(f"/healthz with {n} stalled bodies: {len(latencies)} requests, median {statistics.median(latencies):.1f} ms, "
      f"p90 {latencies[int(0.9 * len(latencies)) - 1]:.1f} ms, max {latencies[-1]:.1f} ms")

t0 = time.perf_counter()
statuses = {}
for s in stalled:
    s.settimeout(60)
    try:
        line = s.recv(64).split(b"\r\n", 1)[0].decode()
        code = line.split(" ")[1] if line.startswith("HTTP/") else "closed"
    except (socket.timeout, OSError):
        code = "no answer"
    statuses[code] = statuses.get(code, 0) + 1
    s.close()
print(f"stalled requests answered: {statuses} (the last within {time.perf_counter() - t0:.1f} s of the measurement's end)")
